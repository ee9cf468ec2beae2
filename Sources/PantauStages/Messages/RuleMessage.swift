public import PantauYAML

/// Problems with the rule settings of `evaluate.rules` (`with: rules:`). Texts live in
/// `RuleMessage+Indonesian.swift` and `RuleMessage+English.swift`.
public enum RuleMessage: CatalogueMessage, Equatable {
    case unknownRule(id: String, suggestion: String?)
    case unknownParameter(rule: String, key: String, allowed: [String], suggestion: String?)
    case invalidSetting(rule: String)
    case decimalOutOfRange(value: String, lower: String, upper: String)
    case notDecimal(value: String)
    case emptyWords

    public var code: String {
        switch self {
        case .unknownRule: "config.unknown-rule"
        case .unknownParameter: "config.unknown-rule-parameter"
        case .invalidSetting: "config.invalid-rule-setting"
        case .decimalOutOfRange: "config.decimal-out-of-range"
        case .notDecimal: "config.invalid-decimal"
        case .emptyWords: "config.empty-list"
        }
    }
}
