import Foundation
import PantauYAML
public import PantauCore
public import PantauPipeline

/// The reading loop every tabular importer shares: open the file (a file that cannot be read is
/// one error that names it), find the columns, count every record, reject records whose field
/// count differs from the header's, and hand the rest to the importer with their source.
public enum TableImport {
    public static func read(
        _ file: InputFile, columns: [String], delimiter: TableFile.Delimiter, log: inout RejectLog,
        _ body: (_ row: TableRow, _ log: inout RejectLog) -> Void
    ) throws {
        var stream = try TableFile.stream(file, delimiter: delimiter)
        var intake: RecordIntake?
        log.beginFile(file.displayName)
        do {
            try stream.forEach { record in
                guard let intake else {
                    intake = try RecordIntake(file: file, header: (0..<record.fieldCount).map { record.text($0) }, columns: columns)
                    return true
                }
                intake.take(record, log: &log, body)
                return true
            }
        } catch let error as CSVStreamError {
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: error.reason))
        }
        guard intake != nil else { throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName)) }
        log.finishFile()
    }
}

/// What is done with every record after the header, however the file is read: blank lines are
/// skipped and not counted; every other record is counted, and rejected when it cannot be split
/// into fields or has another number of fields than the header; the rest go to the importer.
struct RecordIntake: Sendable {
    let file: String
    /// A workbook's rows have no text lines: its rejects give the row only.
    let hasLines: Bool
    /// The field of each column the importer asked for.
    let fields: [Int]
    let expectedFields: Int

    private init(file: String, hasLines: Bool, fields: [Int], expectedFields: Int) {
        self.file = file
        self.hasLines = hasLines
        self.fields = fields
        self.expectedFields = expectedFields
    }

    /// A copy whose file name and column list are stored apart from this one's. Every record
    /// takes a reference to both; chunks read on several cores at once would otherwise all count
    /// references in the same memory, and the cores would wait on each other for it.
    func copyForOneCore() -> RecordIntake {
        RecordIntake(file: String(decoding: Array(file.utf8), as: UTF8.self), hasLines: hasLines, fields: fields.map { $0 },
                     expectedFields: expectedFields)
    }

    /// Finds the columns in the header, or stops with the problem for each missing one.
    init(file: InputFile, header: [String], columns: [String]) throws(Diagnostics) {
        let positions = try ColumnMap(headers: header).require(columns, file: file.displayName)
        self.file = file.displayName
        self.hasLines = !SpreadsheetFile.isWorkbook(file)
        self.fields = columns.map { positions[$0]! }
        self.expectedFields = header.count
    }

    @inline(__always)
    func take(_ record: borrowing CSVRecord, log: inout RejectLog, _ body: (_ row: TableRow, _ log: inout RejectLog) -> Void) {
        if record.isBlank { return }
        log.beginRecord()
        let source = RecordSource(file: file, row: record.index + 1, line: hasLines ? record.line : nil)
        // A record that cannot be split into fields is reported by its row and line only:
        // its raw text may hold personal data from columns an importer never reads.
        if let problem = record.problem {
            log.reject(source, field: "", value: "", StageMessage(problem))
            return
        }
        guard record.fieldCount == expectedFields else {
            log.reject(source, field: "", value: "", .wrongFieldCount(expected: expectedFields, found: record.fieldCount))
            return
        }
        body(TableRow(record: copy record, source: source, fields: fields), &log)
    }
}

/// One record handed to an importer, valid during the importer's callback. Columns are
/// addressed by their position in the list the importer asked for, resolved once per file, so
/// the hot path does no lookups by name.
public struct TableRow {
    let record: CSVRecord
    public let source: RecordSource
    /// The field of each column the importer asked for.
    let fields: [Int]

    /// The text of the importer's `index`-th column, without surrounding blanks.
    public func text(_ index: Int) -> String { record.trimmedText(fields[index]) }

    /// The importer's `index`-th column when it is exactly one digit, nothing around it.
    public func digit(_ index: Int) -> Int? { record.digit(fields[index]) }

    /// The importer's `index`-th column as a small whole number, read from the bytes.
    public func smallInteger(_ index: Int) -> Int? { record.smallInteger(fields[index]) }

    /// The column's bytes when they are its text as is, for names interned without a `String`.
    public func plainBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? { record.plainBytes(fields[index]) }
}

extension StageMessage {
    /// The reason a record that cannot be read as fields is rejected.
    init(_ problem: CSVRecord.Problem) {
        switch problem {
        case .unclosedQuote: self = .unclosedQuote
        case .textAfterQuote: self = .textAfterQuote
        case .invalidText: self = .invalidText
        }
    }
}
