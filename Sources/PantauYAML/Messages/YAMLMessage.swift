/// Every problem the YAML layer reports. The texts are in `YAMLMessage+Indonesian.swift`
/// and `YAMLMessage+English.swift`, one catalogue per language.
public enum YAMLMessage: CatalogueMessage, Equatable {
    // Reading and syntax
    case fileUnreadable(path: String, reason: String)
    case invalidEncoding(detail: String)
    case syntax(problem: String, context: String?)
    case multipleDocuments
    case emptyDocument
    // Structure
    case duplicateKey(key: String, firstLine: Int)
    case complexKey
    case undefinedAlias(name: String)
    case aliasBudgetExceeded(limit: Int)
    case nestingTooDeep(limit: Int)
    case mergeNeedsMapping
    // Typed readers
    case expectedKind(expected: Node.Kind, found: Node.Kind)
    case invalidInteger(value: String)
    case integerOutOfRange(value: Int, range: ClosedRange<Int>)
    case invalidDecimal(value: String)
    case invalidBool(value: String)
    case invalidDate(value: String)
    case invalidChoice(value: String, allowed: [String], suggestion: String?)
    case missingKey(key: String, context: LocalizedText)
    case unknownKey(key: String, context: LocalizedText, suggestion: String?, allowed: [String])
    case emptyValue
    case unexpected(String)

    public var code: String {
        switch self {
        case .fileUnreadable: "yaml.file-unreadable"
        case .invalidEncoding: "yaml.invalid-encoding"
        case .syntax: "yaml.syntax"
        case .multipleDocuments: "yaml.multiple-documents"
        case .emptyDocument: "yaml.empty-document"
        case .duplicateKey: "yaml.duplicate-key"
        case .complexKey: "yaml.complex-key"
        case .undefinedAlias: "yaml.undefined-alias"
        case .aliasBudgetExceeded: "yaml.alias-budget-exceeded"
        case .nestingTooDeep: "yaml.nesting-too-deep"
        case .mergeNeedsMapping: "yaml.merge-needs-mapping"
        case .expectedKind: "yaml.expected-kind"
        case .invalidInteger: "yaml.invalid-integer"
        case .integerOutOfRange: "yaml.integer-out-of-range"
        case .invalidDecimal: "yaml.invalid-decimal"
        case .invalidBool: "yaml.invalid-bool"
        case .invalidDate: "yaml.invalid-date"
        case .invalidChoice: "yaml.invalid-choice"
        case .missingKey: "yaml.missing-key"
        case .unknownKey: "yaml.unknown-key"
        case .emptyValue: "yaml.empty-value"
        case .unexpected: "internal.unexpected"
        }
    }


    /// The word that introduces a hint when diagnostics are rendered.
    static func hintLabel(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesianHintLabel
        case .english: englishHintLabel
        }
    }
}
