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
    // Whole files and configuration
    case fileUnreadable(file: String, reason: String)
    case fileEmpty(file: String)
    case columnMissing(column: String, file: String, found: [String], suggestion: String?)
    case unknownScheme(id: String, suggestion: String?)
    case unknownColumnKey(key: String, allowed: [String], suggestion: String?)
    case elementNotMapped(element: String, name: String)
    case columnMappedTwice(column: String, first: String, second: String)
    case mixedSchemes(first: String, second: String)
    // A record from an external plugin, rejected for `reason`.
    indirect case fromPlugin(plugin: String, reason: StageMessage)

    public var code: String {
        switch self {
        case .answerOutOfRange: "record.answer-out-of-range"
        case .answerNotInteger: "record.answer-not-integer"
        case .valueMissing: "record.value-missing"
        case .wrongFieldCount: "record.wrong-field-count"
        case .invalidDate: "record.invalid-date"
        case .invalidCount: "record.invalid-count"
        case .invalidPeriod: "record.invalid-period"
        case .fileUnreadable: "input.file-unreadable"
        case .fileEmpty: "input.file-empty"
        case .columnMissing: "input.column-missing"
        case .unknownScheme: "config.unknown-scheme"
        case .unknownColumnKey: "config.unknown-column-key"
        case .elementNotMapped: "config.element-not-mapped"
        case .columnMappedTwice: "config.column-mapped-twice"
        case .mixedSchemes: "input.mixed-schemes"
        // Counted under the reason's own code, so reports add up rejects of every importer alike.
        case .fromPlugin(_, let reason): reason.code
        }
    }

}
