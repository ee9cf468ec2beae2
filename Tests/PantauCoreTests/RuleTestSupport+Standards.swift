@testable import PantauCore

// Running one rule outside the catalogue, for the focused tests of standard and participation rules.

extension Rule {
    /// What the rule finds in the records, with its defaults changed by `parameters`.
    static func findings(in records: EvaluationRecords, _ parameters: [String: RuleValue] = [:]) -> [RuleFinding] {
        Self(settings: RuleSettings(description, values: parameters)).evaluate(records)
    }
}

extension RuleFinding {
    /// The finding's figures by name.
    var figures: [String: String] { Dictionary(uniqueKeysWithValues: evidence.map { ($0.name, $0.value) }) }
}
