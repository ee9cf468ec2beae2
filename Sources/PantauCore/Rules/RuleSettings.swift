/// A rule's settings in one pipeline: whether it runs, its severity, and its parameters, each
/// the pipeline's value or the rule's default.
public struct RuleSettings: Sendable, Hashable {
    public var enabled: Bool
    public var severity: Finding.Severity
    public private(set) var values: [String: RuleValue]

    /// The defaults of a rule, overridden by `values`; the caller has checked the values'
    /// keys and types against the description.
    public init(_ description: RuleDescription, enabled: Bool = true, severity: Finding.Severity? = nil, values: [String: RuleValue] = [:]) {
        self.enabled = enabled
        self.severity = severity ?? description.defaultSeverity
        var merged: [String: RuleValue] = [:]
        for parameter in description.parameters { merged[parameter.key] = values[parameter.key] ?? parameter.defaultValue }
        self.values = merged
    }

    // The accessors trap on a key the rule did not declare or a value of another type: both are
    // mistakes in the rule's own code, caught by its examples.

    public func integer(_ key: String) -> Int {
        guard case .integer(let value)? = values[key] else { preconditionFailure("rule parameter \(key) is not an integer") }
        return value
    }

    public func decimal(_ key: String) -> Rational {
        switch values[key] {
        case .decimal(let value)?: return value
        case .integer(let value)?: return Rational(value)
        default: preconditionFailure("rule parameter \(key) is not a decimal")
        }
    }

    public func boolean(_ key: String) -> Bool {
        guard case .boolean(let value)? = values[key] else { preconditionFailure("rule parameter \(key) is not a boolean") }
        return value
    }

    public func word(_ key: String) -> String {
        guard case .word(let value)? = values[key] else { preconditionFailure("rule parameter \(key) is not a word") }
        return value
    }

    public func words(_ key: String) -> [String] {
        guard case .words(let value)? = values[key] else { preconditionFailure("rule parameter \(key) is not a list of words") }
        return value
    }
}
