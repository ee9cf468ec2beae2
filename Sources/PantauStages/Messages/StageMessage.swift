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
    // Whole files and configuration
    case fileUnreadable(file: String, reason: String)
    case fileEmpty(file: String)
    case columnMissing(column: String, file: String, found: [String], suggestion: String?)
    case unknownScheme(id: String, suggestion: String?)
    case unknownColumnKey(key: String, allowed: [String], suggestion: String?)
    case elementNotMapped(element: String, name: String)
    case columnMappedTwice(column: String, first: String, second: String)
    case mixedSchemes(first: String, second: String)
    // Service standards and complaints
    case unknownComponent(name: String, suggestion: String?)
    case negativeFee(value: String)
    case invalidWorkingDays(value: String)
    case duplicateIDElsewhere(id: String, file: String, row: Int)
    case nameTaken(name: String, owner: String, file: String?, row: Int)
    case unitNameDiffers(id: String, name: String, firstName: String, firstRow: Int)
    case rejectedWithParent(parent: String, row: Int)
    case unmappedStatus(label: String, known: [String])
    case dateBeforeReceived(field: String, value: String, received: String)
    case personalColumnMapped(column: String, key: String)
    case reporterSaltTooShort(minimum: Int)
    case environmentVariableUnset(name: String)

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
        case .fileUnreadable: "input.file-unreadable"
        case .fileEmpty: "input.file-empty"
        case .columnMissing: "input.column-missing"
        case .unknownScheme: "config.unknown-scheme"
        case .unknownColumnKey: "config.unknown-column-key"
        case .elementNotMapped: "config.element-not-mapped"
        case .columnMappedTwice: "config.column-mapped-twice"
        case .mixedSchemes: "input.mixed-schemes"
        case .unknownComponent: "record.unknown-component"
        case .negativeFee: "record.negative-fee"
        case .invalidWorkingDays: "record.invalid-working-days"
        case .duplicateIDElsewhere: "record.duplicate-id"
        case .nameTaken: "record.name-taken"
        case .unitNameDiffers: "record.unit-name-differs"
        case .rejectedWithParent: "record.rejected-with-parent"
        case .unmappedStatus: "record.unmapped-status"
        case .dateBeforeReceived: "record.date-before-received"
        case .personalColumnMapped: "config.personal-column-mapped"
        case .reporterSaltTooShort: "config.reporter-salt-too-short"
        case .environmentVariableUnset: "config.environment-variable-unset"
        }
    }

}
