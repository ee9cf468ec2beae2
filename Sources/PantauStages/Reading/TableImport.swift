import Foundation
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
        let table = try TableFile.open(file, delimiter: delimiter)
        let positions = try ColumnMap(table: table).require(columns, file: file.displayName)
        let expectedFields = table.fieldCount(ofRecord: 0)
        log.beginFile(file.displayName)
        table.forEachRecord { record, row in
            log.beginRecord()
            let source = RecordSource(file: file.displayName, row: row, line: table.line(ofRecord: record))
            let fieldCount = table.fieldCount(ofRecord: record)
            guard fieldCount == expectedFields else {
                log.reject(source, field: "", value: "", .wrongFieldCount(expected: expectedFields, found: fieldCount))
                return
            }
            body(TableRow(table: table, record: record, source: source, positions: positions), &log)
        }
        log.finishFile()
    }
}

/// One record handed to an importer.
public struct TableRow {
    public let table: CSVTable
    public let record: Int
    public let source: RecordSource
    /// The position of every column the importer asked for.
    public let positions: [String: Int]

    /// The text of a column the importer asked for, without surrounding blanks.
    public func text(_ column: String) -> String {
        guard let field = positions[column] else { return "" }
        return table.text(record: record, field: field).trimmingCharacters(in: .whitespaces)
    }

    /// A small whole number read straight from the bytes (the hot path of survey answers).
    public func smallInteger(_ column: String) -> Int? {
        positions[column].flatMap { table.smallInteger(record: record, field: $0) }
    }
}
