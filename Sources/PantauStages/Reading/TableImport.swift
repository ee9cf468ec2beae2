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
        let fields = columns.map { positions[$0]! }
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
            body(TableRow(table: table, record: record, source: source, columns: columns, fields: fields), &log)
        }
        log.finishFile()
    }
}

/// One record handed to an importer. Columns are addressed by their position in the list the
/// importer asked for, resolved once per file, so the hot path does no lookups by name.
public struct TableRow {
    public let table: CSVTable
    public let record: Int
    public let source: RecordSource
    /// The column names the importer asked for, in its order.
    public let columns: [String]
    /// The field of each of those columns in this file.
    let fields: [Int]

    /// The text of the importer's `index`-th column, without surrounding blanks.
    public func text(_ index: Int) -> String {
        table.trimmedText(record: record, field: fields[index])
    }

    /// The importer's `index`-th column as a small whole number, read from the bytes.
    public func smallInteger(_ index: Int) -> Int? {
        table.smallInteger(record: record, field: fields[index])
    }
}
