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
        // A workbook's rows have no text lines: its rejects give the row only.
        let hasLines = !SpreadsheetFile.isWorkbook(file)
        var fields: [Int] = []
        var expectedFields = 0
        var headerSeen = false
        log.beginFile(file.displayName)
        do {
            try stream.forEach { record in
                guard headerSeen else {
                    // The header: find the columns, or stop with the problem for each missing one.
                    let positions = try ColumnMap(headers: (0..<record.fieldCount).map { record.text($0) })
                        .require(columns, file: file.displayName)
                    fields = columns.map { positions[$0]! }
                    expectedFields = record.fieldCount
                    headerSeen = true
                    return true
                }
                // Blank lines are not records and are not counted.
                if record.isBlank { return true }
                log.beginRecord()
                let source = RecordSource(file: file.displayName, row: record.index + 1, line: hasLines ? record.line : nil)
                // A record that cannot be split into fields is reported by its row and line only:
                // its raw text may hold personal data from columns an importer never reads.
                if let problem = record.problem {
                    log.reject(source, field: "", value: "", StageMessage(problem))
                    return true
                }
                guard record.fieldCount == expectedFields else {
                    log.reject(source, field: "", value: "", .wrongFieldCount(expected: expectedFields, found: record.fieldCount))
                    return true
                }
                body(TableRow(record: record, source: source, fields: fields), &log)
                return true
            }
        } catch let error as CSVStreamError {
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: error.reason))
        }
        guard headerSeen else { throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName)) }
        log.finishFile()
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
