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

    /// Opens a file for streaming; a file that cannot be opened is one error that names it.
    public static func stream(_ file: InputFile, delimiter: Delimiter) throws(Diagnostic) -> CSVStream {
        do {
            return try CSVStream(path: file.path, delimiter: delimiter.byte)
        } catch {
            throw Diagnostic.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: error.reason))
        }
    }

    /// The header row only, read from the start of the file: for checks at validation time.
    public static func header(of file: InputFile, delimiter: Delimiter) throws(Diagnostic) -> ColumnMap {
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
