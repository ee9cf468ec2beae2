import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// The parts of a workbook are read with Foundation's `XMLParser`, a streaming (SAX) parser:
// it hands out one element or run of text at a time and never builds a document tree, so a
// worksheet of a million rows costs the memory of one row plus its inflated bytes. The XML
// packages listed for this machine are no better fit: XMLCoder decodes a whole document into
// values and SWXMLHash builds a tree of it (lazily at best), both more than reading rows in
// order needs, and each would be one more dependency for what the toolchain already ships
// (FoundationXML, over the system's libxml2).

/// What every part reader shares: a failure found while reading, and whether it stopped on
/// purpose once it had what it needed.
class XLSXPartReader: NSObject, XMLParserDelegate {
    /// Set when the content is wrong though the XML is well formed (a shared string that does not exist, say).
    var failure: XLSXError?
    /// Set when the reader stopped the parser because it had read enough.
    var finished = false
    /// The line of the first XML error before the reader finished: libxml2 recovers from some
    /// errors (a tag closed by the wrong name) and reads on, but the part is damaged all the same.
    var errorLine: Int?

    /// Stops the parser on purpose.
    func finish(_ parser: XMLParser) {
        finished = true
        parser.abortParsing()
    }

    /// Stops the parser because the content is wrong.
    func fail(_ parser: XMLParser, _ error: XLSXError) {
        failure = error
        parser.abortParsing()
    }

    // The events the readers override. They are declared here, where the class conforms to
    // `XMLParserDelegate`: outside Apple's platforms the protocol is a plain Swift one, and a
    // method only a subclass declared would never be called.

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {}

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLine == nil, !finished, failure == nil { errorLine = parser.lineNumber }
    }
}

enum XLSXXML {
    /// Parses one part with `reader`; a part that is not well-formed XML is reported with the
    /// line where the parser stopped, unless the reader had already finished.
    static func parse(_ data: Data, part: String, with reader: XLSXPartReader) throws(XLSXError) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let parsed = parser.parse()
        if let failure = reader.failure { throw failure }
        if let line = reader.errorLine { throw .partInvalid(part: part, line: line) }
        if parsed || reader.finished { return }
        throw .partInvalid(part: part, line: parser.lineNumber)
    }

    /// An element's name without its namespace prefix: some exporters write `<x:row>` for `<row>`.
    /// Returned as a `String`, not a slice: comparing a short `String` with a literal is much
    /// cheaper than comparing a `Substring`, and this runs for every element of a sheet.
    @inline(__always)
    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    /// A relationship id attribute (`r:id`), whatever prefix the exporter bound its namespace to.
    static func relationshipID(_ attributes: [String: String]) -> String? {
        attributes.first { $0.key.hasSuffix(":id") }?.value
    }

    /// Undoes the `_xHHHH_` escapes Office writes for characters XML cannot hold (a carriage
    /// return is `_x000D_`); `_x005F_` escapes a literal underscore before such a pattern.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" {
                let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)]))
                if hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    result.append(scalar)
                    index += 7
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}
