// The English catalogue of the built-in stages' messages.
import PantauYAML

extension StageMessage {
    public var englishText: String {
        switch self {
        case .answerOutOfRange(let value, let element, let range):
            "answer \(value) for \(element.text(.english)) is outside \(range.lowerBound)–\(range.upperBound)"
        case .answerNotInteger(let value, let element, let range):
            "answer '\(value)' for \(element.text(.english)) is not a whole number \(range.lowerBound)–\(range.upperBound)"
        case .valueMissing(let field): "'\(field)' is empty"
        case .wrongFieldCount(let expected, let found): "the row has \(found) fields where the header has \(expected)"
        case .invalidDate(let value): "'\(value)' is not a valid date"
        case .invalidCount(let value): "'\(value)' is not a whole number of people"
        case .invalidPeriod(let value): "'\(value)' is not a period such as 2026-S1"
        case .unknownUnit(let name, _): "unit '\(name)' is not in the register of units and services"
        case .unknownService(let name, let unit, _): "service '\(name)' is not registered for '\(unit)'"
        case .duplicateID(let id, let firstRow): "id '\(id)' appears again (first on row \(firstRow))"
        case .invalidNumber(let value): "'\(value)' is not a number"
        case .invalidChoice(let value, let allowed): "'\(value)' is not one of \(allowed.joined(separator: ", "))"
        case .unclosedQuote: "a quote opens on this line and never closes; the line is read as one rejected record"
        case .textAfterQuote: "there is text after a closing quote, before the next separator"
        case .invalidText: "the row holds bytes that are not UTF-8 text"
        case .duplicateColumn(let column, let positions): "the header has column '\(column)' more than once (columns \(positions.map(String.init).joined(separator: ", ")))"
        case .fileUnreadable(let file, let reason): "cannot read '\(file)': \(reason)"
        case .fileEmpty(let file): "'\(file)' has no header row"
        case .columnMissing(let column, let file, _, _): "'\(file)' has no column '\(column)'"
        case .unknownScheme(let id, _): "there is no survey scheme '\(id)'"
        case .unknownColumnKey(let key, _, _): "'\(key)' is neither a record field nor an element of the scheme"
        case .elementNotMapped(let element, let name): "element \(element) (\(name)) has no column"
        case .columnMappedTwice(let column, let first, let second): "column '\(column)' is mapped to both \(first) and \(second)"
        case .undatedResponsesCounted(let count, let period): "\(count) responses have no date and are counted in \(period)"
        case .mixedSchemes(let first, let second): "survey responses use two schemes, '\(first)' and '\(second)', which cannot be combined"
        case .workbookNotXLSX(let file): "'\(file)' is named as an Excel workbook (.xlsx) but is not one"
        case .workbookLegacyXLS(let file): "'\(file)' is an old Excel 97–2003 workbook (.xls), not an .xlsx workbook"
        case .workbookEncrypted(let file): "'\(file)' is protected with a password and cannot be read"
        case .workbookDamaged(let file): "'\(file)' is damaged: it is not a readable .xlsx archive"
        case .workbookPartMissing(let file, let part): "'\(file)' is damaged: its part '\(part)' is missing"
        case .workbookPartInvalid(let file, let part, let line): "'\(file)' is damaged: its part '\(part)' is not well-formed XML (line \(line))"
        case .unknownSheet(let file, let sheet, _, _): "'\(file)' has no sheet '\(sheet)'"
        }
    }

    public var englishHint: String? {
        switch self {
        case .answerOutOfRange, .answerNotInteger: "correct the answer in the source file, or leave the row rejected"
        case .valueMissing: "fill in the value in the source file"
        case .wrongFieldCount: "check for an unquoted separator in a text field; quote such fields"
        case .invalidDate: "write the date as YYYY-MM-DD, DD/MM/YYYY or '12 Januari 2026'"
        case .invalidCount: "write digits only, for example 1250"
        case .invalidPeriod: "write 2026, 2026-S1, 2026-Q3 or 2026-03"
        case .unknownUnit(_, let suggestion?), .unknownService(_, _, let suggestion?): "did you mean '\(suggestion)'? Otherwise add it to the register"
        case .unknownUnit, .unknownService: "add it to the register (the standards file), or correct the name"
        case .duplicateID: "give each record its own id, or remove the repeated row"
        case .invalidNumber: "write a number such as 1.234,5 or 1234.5"
        case .invalidChoice: "use one of the listed values"
        case .unclosedQuote: "close the quote, or double a quote that is part of the text (\"\")"
        case .textAfterQuote: "put the whole value inside the quotes"
        case .invalidText: "save the file as UTF-8"
        case .duplicateColumn: "rename or remove one of the columns"
        case .fileUnreadable: "check the path and the file's permissions"
        case .fileEmpty: "export the file again with its header row"
        case .columnMissing(_, _, let found, let suggestion?):
            "did you mean '\(suggestion)'? Columns in the file: \(found.joined(separator: ", "))"
        case .columnMissing(_, _, let found, nil): "columns in the file: \(found.joined(separator: ", "))"
        case .unknownScheme(_, let suggestion?): "did you mean '\(suggestion)'?"
        case .unknownScheme: "use permenpan-14-2017 or kepmenpan-25-2004"
        case .unknownColumnKey(_, let allowed, let suggestion):
            suggestion.map { "did you mean '\($0)'?" } ?? "use one of: \(allowed.joined(separator: ", "))"
        case .elementNotMapped(let element, _):
            "add '\(element): <column>' under columns; map elements by their meaning, not their position (many apps ask Sarana as Q8 and Pengaduan as Q9)"
        case .columnMappedTwice: "map each column to one field only"
        case .undatedResponsesCounted: "map the date column under columns, so that each response counts in its own period"
        case .mixedSchemes: "evaluate each scheme in its own pipeline"
        case .workbookNotXLSX: "save it from Excel as 'Excel Workbook (*.xlsx)'; a CSV file should be named .csv"
        case .workbookLegacyXLS: "open it in Excel and save it as 'Excel Workbook (*.xlsx)', or save the sheet as CSV"
        case .workbookEncrypted:
            "remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, clear it) and save the workbook again"
        case .workbookDamaged, .workbookPartMissing, .workbookPartInvalid: "open it in Excel and save it again, or export it again"
        case .unknownSheet(_, _, let sheets, let suggestion?): "did you mean '\(suggestion)'? Sheets in the workbook: \(sheets.joined(separator: ", "))"
        case .unknownSheet(_, _, let sheets, nil): "sheets in the workbook: \(sheets.joined(separator: ", "))"
        }
    }
}
