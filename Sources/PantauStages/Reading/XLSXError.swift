import PantauYAML

/// Why an Excel workbook cannot be read. Each case becomes one diagnostic that names the file,
/// in the reader's language, through `StageMessage`.
enum XLSXError: Error, Equatable {
    /// The system could not open or read the file: its reason (`errno`).
    case unreadable(reason: String)
    /// Neither a zip archive nor an Office file: a CSV or something else named .xlsx.
    case notXLSX
    /// An Excel 97–2003 workbook (an OLE compound file) named .xlsx.
    case legacyXLS
    /// A workbook encrypted with a password: Excel stores it as an OLE compound file around an encrypted package.
    case encrypted
    /// A zip archive that cannot be read, or a part whose content is not what the format says.
    case damaged
    /// A part the workbook needs is not in the archive.
    case partMissing(String)
    /// A part that is not well-formed XML, with the line the parser stopped on.
    case partInvalid(part: String, line: Int)
    /// No worksheet has the name given after `#`; the worksheets there are.
    case unknownSheet(String, sheets: [String])

    /// The diagnostic's message, naming the workbook as the pipeline names it.
    func message(file: String) -> StageMessage {
        switch self {
        case .unreadable(let reason): .fileUnreadable(file: file, reason: reason)
        case .notXLSX: .workbookNotXLSX(file: file)
        case .legacyXLS: .workbookLegacyXLS(file: file)
        case .encrypted: .workbookEncrypted(file: file)
        case .damaged: .workbookDamaged(file: file)
        case .partMissing(let part): .workbookPartMissing(file: file, part: part)
        case .partInvalid(let part, let line): .workbookPartInvalid(file: file, part: part, line: line)
        case .unknownSheet(let sheet, let sheets):
            .unknownSheet(file: file, sheet: sheet, sheets: sheets, suggestion: ClosestName.suggest(for: sheet, among: sheets))
        }
    }
}
