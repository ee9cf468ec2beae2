import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One cell that holds a value: its column (0 for A) and its text as a CSV export would hold it.
struct XLSXCell: Equatable {
    var column: Int
    var text: String
}

/// Reads a worksheet part row by row, streaming its XML. Each `<row r="7">` is handed on with
/// its spreadsheet row number and the cells that hold a value, placed by their reference
/// (`r="C7"` is column 2 even when A7 and B7 are omitted, as Excel omits empty cells).
///
/// Cell types: `s` shared string, `inlineStr` (`<is><t>`, rich runs joined), `str` (a formula's
/// text), `b` (`TRUE`/`FALSE`), `e` (the error as shown, such as `#N/A`), `d` (an ISO date, its
/// time dropped), and numbers: as written without floating-point noise, or as an ISO date when
/// the cell's style shows a date. A formula's result is its cached `<v>`; the formula itself is
/// not read.
final class XLSXSheetReader: XLSXPartReader {
    /// Excel's largest sheet: 1,048,576 rows of 16,384 columns (A to XFD).
    static let maximumRow = 1_048_576
    static let maximumColumns = 16_384

    private let sharedStrings: [String]?
    private let sharedStringsPart: String
    private let formats: [XLSXNumberFormat]
    private let date1904: Bool
    private let onRow: (Int, [XLSXCell]) -> Bool

    private var inSheetData = false
    private var row = 0
    private var cells: [XLSXCell] = []
    private var inRow = false
    // The cell being read.
    private var inCell = false
    private var column = 0
    private var nextColumn = 0
    private var type = ""
    private var style = 0
    private var value = ""
    private var capturing = false
    private var inInlineString = false
    private var inPhonetic = false

    init(
        sharedStrings: [String]?, sharedStringsPart: String, formats: [XLSXNumberFormat], date1904: Bool,
        onRow: @escaping (Int, [XLSXCell]) -> Bool
    ) {
        self.sharedStrings = sharedStrings
        self.sharedStringsPart = sharedStringsPart
        self.formats = formats
        self.date1904 = date1904
        self.onRow = onRow
    }

    /// Forgets what was read, to read the part again from its start.
    func reset() {
        failure = nil
        finished = false
        errorLine = nil
        inSheetData = false
        row = 0
        inRow = false
        inCell = false
        capturing = false
        inInlineString = false
        inPhonetic = false
        cells.removeAll()
    }

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XLSXXML.localName(elementName) {
        case "sheetData": inSheetData = true
        case "row" where inSheetData:
            let number = attributes["r"].flatMap { Int($0) } ?? row + 1
            guard number >= 1, number <= Self.maximumRow else { return fail(parser, .damaged) }
            row = number
            inRow = true
            cells.removeAll(keepingCapacity: true)
            nextColumn = 0
        case "c" where inRow:
            if let reference = attributes["r"] {
                guard let parsed = Self.column(of: reference) else { return fail(parser, .damaged) }
                column = parsed
            } else {
                column = nextColumn
            }
            guard column < Self.maximumColumns else { return fail(parser, .damaged) }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inCell = true
        case "v" where inCell: capturing = true
        case "is" where inCell: inInlineString = true
        case "t" where inInlineString: capturing = !inPhonetic
        case "rPh" where inCell: inPhonetic = true
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXXML.localName(elementName) {
        case "v", "t": capturing = false
        case "rPh": inPhonetic = false
        case "is": inInlineString = false
        case "c" where inCell:
            inCell = false
            capturing = false
            nextColumn = column + 1
            guard let text = cellText(parser) else { return }
            if !text.isEmpty { cells.append(XLSXCell(column: column, text: text)) }
        case "row" where inRow:
            inRow = false
            if !onRow(row, cells) { finish(parser) }
        case "sheetData":
            // Nothing after the rows (merged cells, print settings) matters to a table.
            finish(parser)
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { value += string }
    }

    override func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if capturing { value += String(decoding: CDATABlock, as: UTF8.self) }
    }

    /// The cell's text; nil after a failure.
    private func cellText(_ parser: XMLParser) -> String? {
        switch type {
        case "s":
            guard !value.isEmpty else { return "" }
            guard let strings = sharedStrings else {
                fail(parser, .partMissing(sharedStringsPart))
                return nil
            }
            guard let index = Int(XLSXValueText.trimmed(value)), strings.indices.contains(index) else {
                fail(parser, .damaged)
                return nil
            }
            return strings[index]
        case "inlineStr", "str": return XLSXXML.unescape(value)
        case "b":
            switch XLSXValueText.trimmed(value) {
            case "1": return "TRUE"
            case "0": return "FALSE"
            default: return value
            }
        case "e": return value
        case "d":
            // An ISO 8601 date written as text (`t="d"`, from some exporters): its date part.
            let date = value.prefix(10)
            return date.count == 10 && date.dropFirst(4).first == "-" ? String(date) : value
        default:
            guard !value.isEmpty else { return "" }
            let format = formats.indices.contains(style) ? formats[style] : .plain
            return format.text(value, date1904: date1904)
        }
    }

    /// The column of a reference such as `C7` (2) or `AA1` (26); nil when it has no letters.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte & 0xDF
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }
}
