import Foundation

/// A delimited text held in memory with every record's field boundaries: for small files,
/// header rows and tests. Parsing is `CSVStream`'s; this keeps what it hands out.
///
/// Windows-1252 text is converted to UTF-8 once, on reading, when the text is not valid UTF-8.
public struct CSVTable: Sendable {
    public typealias Encoding = CSVStream.Encoding

    /// The text as UTF-8, without a byte-order mark.
    public let bytes: [UInt8]
    public let delimiter: UInt8
    public let encoding: Encoding
    private let fields: [CSVRecord.Field]
    /// For record r, fields `recordStarts[r] ..< recordStarts[r+1]`.
    private let recordStarts: [Int]
    private let recordLines: [Int]

    /// Parses `data`. `delimiter` nil means detect it from the first line.
    public init(data: [UInt8], delimiter: UInt8? = nil) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if CSVText.isValidUTF8(bytes) {
            encoding = .utf8
        } else {
            bytes = CSVText.utf8(fromWindows1252: bytes)
            encoding = .windows1252
        }
        self.bytes = bytes
        var stream = CSVStream(bytes: bytes, delimiter: delimiter)
        var fields: [CSVRecord.Field] = []
        var recordStarts = [0]
        var recordLines: [Int] = []
        // Reading from memory cannot fail.
        try? stream.forEach { record in
            fields.append(contentsOf: record.fields)
            recordStarts.append(fields.count)
            recordLines.append(record.line)
            return true
        }
        self.delimiter = stream.delimiter
        self.fields = fields
        self.recordStarts = recordStarts
        self.recordLines = recordLines
    }

    public init(contentsOf path: String, delimiter: UInt8? = nil) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(data: [UInt8](data), delimiter: delimiter)
    }

    /// Number of records, the header included.
    public var recordCount: Int { recordStarts.count - 1 }

    public func fieldCount(ofRecord record: Int) -> Int { recordStarts[record + 1] - recordStarts[record] }

    /// The physical line on which a record starts (1-based).
    public func line(ofRecord record: Int) -> Int { recordLines[record] }

    public func text(record: Int, field: Int) -> String { view(record) { $0.text(field) } }

    public func trimmedText(record: Int, field: Int) -> String { view(record) { $0.trimmedText(field) } }

    public func smallInteger(record: Int, field: Int) -> Int? { view(record) { $0.smallInteger(field) } }

    public func isBlank(record: Int) -> Bool { view(record) { $0.isBlank } }

    /// A record as the stream shows it, so that both read fields by the same code.
    private func view<T>(_ record: Int, _ body: (borrowing CSVRecord) -> T) -> T {
        bytes.withUnsafeBufferPointer { buffer in
            fields.withUnsafeBufferPointer { allFields in
                let recordFields = UnsafeBufferPointer(rebasing: allFields[recordStarts[record]..<recordStarts[record + 1]])
                let span = (recordFields.first?.start ?? 0)..<(recordFields.last?.end ?? 0)
                return body(CSVRecord(index: record, line: recordLines[record], bytes: buffer, fields: recordFields, encoding: .utf8, span: span))
            }
        }
    }
}
