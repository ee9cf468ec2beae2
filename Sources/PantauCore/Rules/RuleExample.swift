public import PantauYAML

/// A situation that must, or must not, trigger a rule. The catalogue shows it (with the
/// finding it produces) and one generic test runs every example of every rule.
public struct RuleExample: Sendable {
    public enum Expectation: Sendable, Hashable {
        /// The rule finds exactly these subjects, in this order.
        case triggers([Finding.Subject])
        /// The rule finds nothing.
        case passes
    }

    /// The situation in a sentence or two, for the catalogue.
    public var situation: LocalizedText
    public var records: EvaluationRecords
    /// Parameters the example sets; the rest keep their defaults.
    public var parameters: [String: RuleValue]
    public var expectation: Expectation

    public init(_ situation: LocalizedText, records: EvaluationRecords, parameters: [String: RuleValue] = [:], _ expectation: Expectation) {
        self.situation = situation
        self.records = records
        self.parameters = parameters
        self.expectation = expectation
    }

    public static func triggers(
        _ situation: LocalizedText, records: EvaluationRecords, parameters: [String: RuleValue] = [:], subjects: [Finding.Subject]
    ) -> RuleExample {
        RuleExample(situation, records: records, parameters: parameters, .triggers(subjects))
    }

    public static func passes(_ situation: LocalizedText, records: EvaluationRecords, parameters: [String: RuleValue] = [:]) -> RuleExample {
        RuleExample(situation, records: records, parameters: parameters, .passes)
    }

    public var triggers: Bool { expectation != .passes }
}
