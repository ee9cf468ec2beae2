import Foundation
public import PantauPipeline
public import PantauYAML

/// Opens the delimited files importers read, turning a file that cannot be read into one clear
/// error that names it.
public enum TableFile {
    public enum Delimiter: String, CaseIterable, Sendable {
        case auto, comma, semicolon, tab

        var byte: UInt8? {
            switch self {
            case .auto: nil
            case .comma: UInt8(ascii: ",")
            case .semicolon: UInt8(ascii: ";")
            case .tab: UInt8(ascii: "\t")
            }
        }
    }

    public static func open(_ file: InputFile, delimiter: Delimiter) throws(Diagnostic) -> CSVTable {
        let table: CSVTable
        do {
            table = try CSVTable(contentsOf: file.path, delimiter: delimiter.byte)
        } catch {
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: reason(error)))
        }
        guard table.recordCount > 0 else { throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName)) }
        return table
    }

    /// The header row only, read from the start of the file: for checks at validation time.
    public static func header(of file: InputFile, delimiter: Delimiter) throws(Diagnostic) -> ColumnMap {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            let reason = FileManager.default.fileExists(atPath: file.path) ? String(cString: strerror(EACCES)) : String(cString: strerror(ENOENT))
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: reason))
        }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        var bytes = [UInt8](prefix)
        if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) { bytes = Array(bytes[..<newline]) }
        let table = CSVTable(data: bytes, delimiter: delimiter.byte)
        guard table.recordCount > 0 else { throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName)) }
        return ColumnMap(table: table)
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return String(cString: strerror(ENOENT)) }
        return RunOutput.reason(error)
    }
}

extension CSVTable {
    /// Visits every data record (the header excluded) that is not blank, with its spreadsheet
    /// row number (the header is row 1). Blank lines are not records and are not counted.
    public func forEachRecord(_ body: (_ record: Int, _ row: Int) -> Void) {
        guard recordCount > 1 else { return }
        for record in 1..<recordCount where !isBlank(record: record) {
            body(record, record + 1)
        }
    }
}
