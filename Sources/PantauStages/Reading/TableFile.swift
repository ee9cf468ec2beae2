import Foundation
public import PantauPipeline
public import PantauYAML

/// Opens the delimited files importers read, turning a file that cannot be read into one clear
/// error that names it. An Excel workbook (.xlsx) is read as the CSV text of one of its sheets
/// (`SpreadsheetFile`), so importers need not know which they were given.
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

    /// Opens a file for streaming; a file that cannot be opened is one error that names it.
    public static func stream(_ file: InputFile, delimiter: Delimiter) throws(Diagnostic) -> CSVStream {
        if SpreadsheetFile.isWorkbook(file) { return CSVStream(bytes: try SpreadsheetFile.csv(file), delimiter: UInt8(ascii: ",")) }
        do {
            return try CSVStream(path: file.path, delimiter: delimiter.byte)
        } catch {
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: error.reason))
        }
    }

    /// The header row only, read from the start of the file: for checks at validation time.
    public static func header(of file: InputFile, delimiter: Delimiter) throws(Diagnostic) -> ColumnMap {
        if SpreadsheetFile.isWorkbook(file) {
            let headers = try SpreadsheetFile.header(file)
            guard !headers.isEmpty else { throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName)) }
            return ColumnMap(headers: headers)
        }
        var stream = try Self.stream(file, delimiter: delimiter)
        let headers: [String]
        do {
            headers = try stream.header()
        } catch {
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: reason(error)))
        }
        guard !headers.isEmpty else { throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName)) }
        return ColumnMap(headers: headers)
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? CSVStreamError { return error.reason }
        return RunOutput.reason(error)
    }
}
