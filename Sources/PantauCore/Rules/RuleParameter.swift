public import PantauYAML

/// One setting of a rule a pipeline may change under `with: rules: <id>:`, with its type,
/// default and help.
public struct RuleParameter: Sendable {
    public enum Kind: Sendable, Equatable {
        case integer(ClosedRange<Int>)
        /// A decimal number such as a score or a share, within bounds.
        case decimal(ClosedRange<Rational>)
        case boolean
        /// One of a fixed set of words.
        case choice([String])
        /// A list of words (stakeholder groups, say).
        case words

        /// How the type is written in the catalogue.
        public var name: String {
            switch self {
            case .integer(let range): "integer (\(range.lowerBound)–\(range.upperBound))"
            case .decimal(let range): "decimal (\(range.lowerBound.decimalText)–\(range.upperBound.decimalText))"
            case .boolean: "boolean"
            case .choice(let words): words.joined(separator: " | ")
            case .words: "[string]"
            }
        }
    }

    public var key: String
    public var kind: Kind
    public var defaultValue: RuleValue
    public var help: LocalizedText

    public init(_ key: String, _ kind: Kind, default defaultValue: RuleValue, help: LocalizedText) {
        self.key = key
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }
}

/// A rule parameter's value.
public enum RuleValue: Sendable, Hashable {
    case integer(Int)
    case decimal(Rational)
    case boolean(Bool)
    case word(String)
    case words([String])

    /// As a pipeline would write it in YAML.
    public var yaml: String {
        switch self {
        case .integer(let value): String(value)
        case .decimal(let value): value.decimalText
        case .boolean(let value): value ? "true" : "false"
        case .word(let value): value
        case .words(let values): "[" + values.joined(separator: ", ") + "]"
        }
    }
}

extension Rational {
    /// The shortest exact decimal for values with a terminating expansion (at most six places),
    /// else six places: `76.61`, `0.9`, `3`.
    public var decimalText: String {
        var text = formatted(places: 6)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
