/// Writes a sheet's rows as CSV text (RFC 4180: comma-separated, fields with a comma, a quote or
/// a line break quoted, quotes doubled), one record per spreadsheet row, so that record n is row
/// n + 1 as for any CSV file whose header is row 1. A row the sheet does not hold, or whose cells
/// are all empty, is an empty line: a blank record, which importers skip without losing count.
///
/// Every other row has as many fields as the widest row, as Excel's own CSV export writes them:
/// a cell beside the table is one more unnamed column, not a row with too many fields.
struct XLSXCSVBuilder {
    private var buffer: [UInt8] = []
    private var rows: [(number: Int, bytes: Range<Int>, width: Int)] = []
    private var width = 0
    private var inOrder = true

    /// Adds a row's cells (those with a value, in any order; of two cells in one column the
    /// later wins).
    mutating func append(row number: Int, cells: [XLSXCell]) {
        guard !cells.isEmpty else { return }
        var cells = cells
        if !zip(cells, cells.dropFirst()).allSatisfy({ $0.column < $1.column }) {
            cells = Self.ordered(cells)
        }
        let start = buffer.count
        var lastColumn = -1
        // CSVStream takes a quote still open after this many line breaks for one left unclosed;
        // line breaks past it (in a record of very long notes) are written as spaces instead.
        var lineBreaksLeft = CSVStream.maximumLineBreaksInQuotes
        for cell in cells {
            buffer.append(contentsOf: repeatElement(UInt8(ascii: ","), count: cell.column - max(lastColumn, 0)))
            Self.appendField(cell.text, to: &buffer, lineBreaksLeft: &lineBreaksLeft)
            lastColumn = cell.column
        }
        if let last = rows.last, last.number >= number { inOrder = false }
        rows.append((number, start..<buffer.count, lastColumn + 1))
        width = max(width, lastColumn + 1)
    }

    /// The CSV text, every record ended by a line feed.
    func bytes() -> [UInt8] {
        var ordered = rows
        if !inOrder { ordered = rows.enumerated().sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }.map(\.element) }
        var output: [UInt8] = []
        output.reserveCapacity(buffer.count + ordered.count * 2 + (ordered.last?.number ?? 0))
        var nextRow = 1
        for row in ordered {
            if row.number > nextRow { output.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: row.number - nextRow)) }
            output.append(contentsOf: buffer[row.bytes])
            output.append(contentsOf: repeatElement(UInt8(ascii: ","), count: width - row.width))
            output.append(UInt8(ascii: "\n"))
            nextRow = max(nextRow, row.number + 1)
        }
        return output
    }

    private static func ordered(_ cells: [XLSXCell]) -> [XLSXCell] {
        var byColumn: [Int: String] = [:]
        for cell in cells { byColumn[cell.column] = cell.text }
        return byColumn.keys.sorted().map { XLSXCell(column: $0, text: byColumn[$0]!) }
    }

    private static func appendField(_ text: String, to buffer: inout [UInt8], lineBreaksLeft: inout Int) {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == lf || $0 == cr }) else {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(quote)
        var previous: UInt8 = 0
        var breakKept = false
        for byte in utf8 {
            switch byte {
            case quote: buffer.append(contentsOf: [quote, quote])
            case lf where previous == cr:
                // The second half of CRLF, counted with its CR.
                if breakKept { buffer.append(lf) }
            case lf, cr:
                breakKept = lineBreaksLeft > 0
                if breakKept {
                    lineBreaksLeft -= 1
                    buffer.append(byte)
                } else {
                    buffer.append(UInt8(ascii: " "))
                }
            default: buffer.append(byte)
            }
            previous = byte
        }
        buffer.append(quote)
    }
}
