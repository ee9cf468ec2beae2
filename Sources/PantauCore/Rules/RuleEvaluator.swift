public import PantauYAML

/// Runs the rules a pipeline enables over the records and turns what they find into findings
/// in the reader's language.
public struct RuleEvaluator: Sendable {
    /// What became of one rule in a run.
    public enum Outcome: Sendable, Hashable {
        case evaluated(findings: Int)
        /// Switched off in the pipeline.
        case disabled
        /// Not evaluated: the records it reads were not imported.
        case missingRecords([RecordKind])
    }

    public struct Run: Sendable {
        /// Ordered by unit, service, then the catalogue's order of rules.
        public var findings: [Finding]
        /// Every rule of the catalogue, in its order, with what became of it.
        public var outcomes: [(rule: String, outcome: Outcome)]
    }

    public var rules: [any Rule.Type]
    public var settings: [String: RuleSettings]
    public var language: Language

    /// - Parameter settings: per rule id; a rule without settings runs with its defaults.
    public init(rules: [any Rule.Type] = RuleCatalogue.rules, settings: [String: RuleSettings] = [:], language: Language) {
        self.rules = rules
        self.settings = settings
        self.language = language
    }

    public func evaluate(_ records: EvaluationRecords) -> Run {
        var findings: [(order: Int, finding: Finding)] = []
        var outcomes: [(rule: String, outcome: Outcome)] = []
        for (order, rule) in rules.enumerated() {
            let description = rule.description
            let ruleSettings = settings[description.id] ?? RuleSettings(description)
            guard ruleSettings.enabled else {
                outcomes.append((description.id, .disabled))
                continue
            }
            let missing = description.requires.filter { !records.has($0) }
            guard missing.isEmpty else {
                outcomes.append((description.id, .missingRecords(missing)))
                continue
            }
            let found = rule.init(settings: ruleSettings).evaluate(records)
            outcomes.append((description.id, .evaluated(findings: found.count)))
            findings += found.map { (order, finding($0, of: description, severity: ruleSettings.severity, period: records.period)) }
        }
        let ordered = findings.enumerated().sorted { a, b in
            let (x, y) = (a.element.finding.subject, b.element.finding.subject)
            if x != y { return x < y }
            return (a.element.order, a.offset) < (b.element.order, b.offset)
        }
        return Run(findings: ordered.map(\.element.finding), outcomes: outcomes)
    }

    func finding(_ found: RuleFinding, of description: RuleDescription, severity: Finding.Severity, period: Period) -> Finding {
        var evidence: [String: String] = [:]
        for item in found.evidence { evidence[item.name] = item.value }
        return Finding(
            rule: description.id, subject: found.subject, severity: found.severity ?? severity, message: found.message.text(language),
            evidence: evidence, records: found.records, title: description.title.text(language), regulation: description.regulation,
            period: period.description, action: found.action.text(language))
    }
}
