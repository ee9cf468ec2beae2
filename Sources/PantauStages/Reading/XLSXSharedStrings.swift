import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`, the table of texts that cells of type `s` refer to by index.
/// A text is either one `<t>` or rich text, runs of `<r><rPr>…</rPr><t>…</t></r>` whose texts
/// join; phonetic guides (`<rPh>`, over Japanese text) are not part of the cell's text.
final class XLSXSharedStringsReader: XLSXPartReader {
    private(set) var strings: [String] = []
    private var text = ""
    private var inItem = false
    private var inText = false
    private var inPhonetic = false

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XLSXXML.localName(elementName) {
        case "sst":
            if let count = attributes["uniqueCount"].flatMap({ Int($0) }) { strings.reserveCapacity(min(count, 1 << 22)) }
        case "si":
            inItem = true
            text = ""
        case "t": inText = inItem && !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXXML.localName(elementName) {
        case "si":
            strings.append(XLSXXML.unescape(text))
            inItem = false
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    override func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText { text += String(decoding: CDATABlock, as: UTF8.self) }
    }
}
