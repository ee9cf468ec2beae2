import Foundation
import PantauPipeline
import PantauYAML

/// Excel workbooks (.xlsx, and .xlsm, the same format with macros) read as the tables
/// importers know: one sheet turned into CSV text in memory, which `CSVStream` then reads like
/// any CSV file. Every importer, the header check at validation time and every rejects rule
/// therefore work on a workbook exactly as on its CSV export; rows keep their spreadsheet row
/// numbers, so a reject says "row 7" where Excel shows row 7.
///
/// The first sheet Excel shows is read, or the one named after `#` in the path:
/// `rekap.xlsx#Responden`. A workbook is chosen by its extension, without regard to case.
enum SpreadsheetFile {
    private static let extensions = ["xlsx", "xlsm"]

    /// Whether the file is read as an Excel workbook.
    static func isWorkbook(_ file: InputFile) -> Bool { split(file.path) != nil }

    /// The workbook's path and the sheet named after `#`, when `path` names a workbook.
    static func split(_ path: String) -> (path: String, sheet: String?)? {
        for suffix in extensions.map({ "." + $0 }) {
            if path.range(of: suffix, options: [.caseInsensitive, .backwards, .anchored]) != nil { return (path, nil) }
        }
        for marker in extensions.map({ "." + $0 + "#" }) {
            if let range = path.range(of: marker, options: .caseInsensitive) {
                let sheet = String(path[range.upperBound...])
                return (String(path[..<path.index(before: range.upperBound)]), sheet.isEmpty ? nil : sheet)
            }
        }
        return nil
    }

    /// The sheet as CSV text (comma-separated, UTF-8), or one error that names the workbook.
    static func csv(_ file: InputFile) throws(Diagnostic) -> [UInt8] {
        try read(file) { workbook, sheet throws(XLSXError) in
            var csv = XLSXCSVBuilder()
            try workbook.rows(of: sheet) { row, cells in
                csv.append(row: row, cells: cells)
                return true
            }
            return csv.bytes()
        }
    }

    /// The sheet's first row as its CSV export's header record would hold it, read without
    /// inflating the rest of the sheet: `[]` for a sheet with no rows, `[""]` when row 1 is empty.
    static func header(_ file: InputFile) throws(Diagnostic) -> [String] {
        try read(file) { workbook, sheet throws(XLSXError) in
            var header: [String]?
            try workbook.rows(of: sheet, firstRowOnly: true) { row, cells in
                guard row == 1, let last = cells.map(\.column).max() else {
                    header = [""]
                    return false
                }
                var fields = [String](repeating: "", count: last + 1)
                for cell in cells { fields[cell.column] = cell.text }
                header = fields
                return false
            }
            return header ?? []
        }
    }

    private static func read<T>(
        _ file: InputFile, _ body: (XLSXWorkbook, XLSXWorkbook.Sheet) throws(XLSXError) -> T
    ) throws(Diagnostic) -> T {
        guard let (path, sheetName) = split(file.path) else { preconditionFailure("not a workbook: \(file.path)") }
        do {
            let workbook = try XLSXWorkbook(path: path)
            return try body(workbook, try workbook.sheet(named: sheetName))
        } catch {
            // The workbook as the pipeline names it, without the sheet.
            let name = split(file.displayName)?.path ?? file.displayName
            throw Diagnostic.error(at: nil, error.message(file: name))
        }
    }
}
