import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/styles.xml` for the one thing a table needs from it: which cell styles show
/// numbers as dates or times. A cell's `s` attribute indexes `<cellXfs>`; each `<xf>` there names
/// a number format, either built in (by id) or written out under `<numFmts>`.
final class XLSXStylesReader: XLSXPartReader {
    /// How each cell style (`<cellXfs>` entry) shows numbers.
    private(set) var cellFormats: [XLSXNumberFormat] = []
    private var customFormats: [Int: XLSXNumberFormat] = [:]
    private var inNumberFormats = false
    private var inCellFormats = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XLSXXML.localName(elementName) {
        case "numFmts": inNumberFormats = true
        case "cellXfs": inCellFormats = true
        case "numFmt" where inNumberFormats:
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = XLSXNumberFormat(code: code)
            }
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            cellFormats.append(customFormats[id] ?? XLSXNumberFormat(builtIn: id))
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXXML.localName(elementName) {
        case "numFmts": inNumberFormats = false
        case "cellXfs": inCellFormats = false
        default: break
        }
    }
}
