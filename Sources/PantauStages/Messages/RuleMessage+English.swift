// The English catalogue of rule-setting messages.
import PantauYAML

extension RuleMessage {
    public var englishText: String {
        switch self {
        case .unknownRule(let id, let suggestion): "unknown rule '\(id)'" + StageMessage.englishSuggestion(suggestion)
        case .unknownParameter(let rule, let key, _, let suggestion):
            "rule '\(rule)' has no parameter '\(key)'" + StageMessage.englishSuggestion(suggestion)
        case .invalidSetting(let rule): "the setting of rule '\(rule)' must be off/on or a mapping of parameters"
        case .decimalOutOfRange(let value, let lower, let upper): "\(value) is outside \(lower)–\(upper)"
        case .notDecimal(let value): "'\(value)' is not a decimal number"
        case .emptyWords: "the list must not be empty"
        }
    }

    public var englishHint: String? {
        switch self {
        case .unknownRule: "list the rules with `pantau rules`"
        case .unknownParameter(let rule, _, let allowed, _):
            "known parameters: " + (["enabled", "severity"] + allowed).joined(separator: ", ") + "; see `pantau rules \(rule)`"
        case .invalidSetting: "write `off` to switch the rule off, or e.g. `{ severity: major }`"
        case .decimalOutOfRange, .notDecimal: "write the number with a decimal point, e.g. 76.61"
        case .emptyWords: "give at least one value, or remove the key to use the default"
        }
    }
}
