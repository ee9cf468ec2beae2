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
        // Rules read the records and nothing else: they run on every core at once, and what
        // they find is put together in the catalogue's order.
        let results = rules.concurrentMap { rule in evaluate(rule, records) }
        var findings: [(order: Int, finding: Finding)] = []
        var outcomes: [(rule: String, outcome: Outcome)] = []
        for (order, (rule, result)) in zip(rules, results).enumerated() {
            outcomes.append((rule.description.id, result.outcome))
            findings += result.findings.map { (order, $0) }
        }
        let ordered = findings.enumerated().sorted { a, b in
            let (x, y) = (a.element.finding.subject, b.element.finding.subject)
            if x != y { return x < y }
            return (a.element.order, a.offset) < (b.element.order, b.offset)
        }
        return Run(findings: ordered.map(\.element.finding), outcomes: outcomes)
    }

    private func evaluate(_ rule: any Rule.Type, _ records: EvaluationRecords) -> (outcome: Outcome, findings: [Finding]) {
        let description = rule.description
        let ruleSettings = settings[description.id] ?? RuleSettings(description)
        guard ruleSettings.enabled else { return (.disabled, []) }
        let missing = description.requires.filter { !records.has($0) }
        guard missing.isEmpty else { return (.missingRecords(missing), []) }
        let found = rule.init(settings: ruleSettings).evaluate(records)
        return (.evaluated(findings: found.count), found.map { finding($0, of: description, severity: ruleSettings.severity, period: records.period) })
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
