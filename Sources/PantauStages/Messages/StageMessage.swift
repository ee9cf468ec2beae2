public import PantauYAML

/// Every problem the built-in stages report: reasons a record is rejected, and reasons a
/// stage cannot go on. Texts live in `StageMessage+Indonesian.swift` and `StageMessage+English.swift`.
public enum StageMessage: CatalogueMessage, Equatable {
    // Record rejects (one row, one field)
    case answerOutOfRange(value: String, element: LocalizedText, range: ClosedRange<Int>)
    case answerNotInteger(value: String, element: LocalizedText, range: ClosedRange<Int>)
    case valueMissing(field: String)
    case wrongFieldCount(expected: Int, found: Int)
    case invalidDate(value: String)
    case invalidCount(value: String)
    case invalidPeriod(value: String)
    case unknownUnit(name: String, suggestion: String?)
    case unknownService(name: String, unit: String, suggestion: String?)
    case duplicateID(id: String, firstRow: Int)
    case invalidNumber(value: String)
    case invalidChoice(value: String, allowed: [String])
    case unclosedQuote
    case textAfterQuote
    case invalidText
    case duplicateColumn(column: String, positions: [Int])
    // Whole files and configuration
    case fileUnreadable(file: String, reason: String)
    case fileEmpty(file: String)
    case columnMissing(column: String, file: String, found: [String], suggestion: String?)
    case unknownScheme(id: String, suggestion: String?)
    case unknownColumnKey(key: String, allowed: [String], suggestion: String?)
    case elementNotMapped(element: String, name: String)
    case columnMappedTwice(column: String, first: String, second: String)
    case mixedSchemes(first: String, second: String)
    case undatedResponsesCounted(count: Int, period: String)
    // Excel workbooks (.xlsx)
    case workbookNotXLSX(file: String)
    case workbookLegacyXLS(file: String)
    case workbookEncrypted(file: String)
    case workbookDamaged(file: String)
    case workbookPartMissing(file: String, part: String)
    case workbookPartInvalid(file: String, part: String, line: Int)
    case unknownSheet(file: String, sheet: String, sheets: [String], suggestion: String?)

    public var code: String {
        switch self {
        case .answerOutOfRange: "record.answer-out-of-range"
        case .answerNotInteger: "record.answer-not-integer"
        case .valueMissing: "record.value-missing"
        case .wrongFieldCount: "record.wrong-field-count"
        case .invalidDate: "record.invalid-date"
        case .invalidCount: "record.invalid-count"
        case .invalidPeriod: "record.invalid-period"
        case .unknownUnit: "record.unknown-unit"
        case .unknownService: "record.unknown-service"
        case .duplicateID: "record.duplicate-id"
        case .invalidNumber: "record.invalid-number"
        case .invalidChoice: "record.invalid-choice"
        case .unclosedQuote: "record.unclosed-quote"
        case .textAfterQuote: "record.text-after-quote"
        case .invalidText: "record.invalid-text"
        case .duplicateColumn: "input.duplicate-column"
        case .fileUnreadable: "input.file-unreadable"
        case .fileEmpty: "input.file-empty"
        case .columnMissing: "input.column-missing"
        case .unknownScheme: "config.unknown-scheme"
        case .unknownColumnKey: "config.unknown-column-key"
        case .elementNotMapped: "config.element-not-mapped"
        case .columnMappedTwice: "config.column-mapped-twice"
        case .mixedSchemes: "input.mixed-schemes"
        case .undatedResponsesCounted: "note.undated-responses"
        case .workbookNotXLSX: "input.workbook-not-xlsx"
        case .workbookLegacyXLS: "input.workbook-legacy-xls"
        case .workbookEncrypted: "input.workbook-encrypted"
        case .workbookDamaged: "input.workbook-damaged"
        case .workbookPartMissing: "input.workbook-part-missing"
        case .workbookPartInvalid: "input.workbook-part-invalid"
        case .unknownSheet: "input.unknown-sheet"
        }
    }

}
