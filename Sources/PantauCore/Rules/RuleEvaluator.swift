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
        var findings: [Finding] = []
        findings.reserveCapacity(results.reduce(0) { $0 + $1.findings.count })
        var outcomes: [(rule: String, outcome: Outcome)] = []
        for (rule, result) in zip(rules, results) {
            outcomes.append((rule.description.id, result.outcome))
            findings += result.findings
        }
        Self.orderBySubject(&findings)
        return Run(findings: findings, outcomes: outcomes)
    }

    /// Puts findings in order by subject, and those about one subject in the order they came: the
    /// catalogue's order of rules, then each rule's own.
    static func orderBySubject(_ findings: inout [Finding]) {
        // Sorting 50,000 findings by subject would compare their names again and again: the few
        // thousand subjects are sorted once, and the findings placed by their subject's rank.
        var slots: [SubjectKey: Int] = [:]
        var subjects: [SubjectKey] = []
        let slotOfFinding = findings.map { finding in
            let key = SubjectKey(finding.subject)
            if let slot = slots[key] { return slot }
            slots[key] = subjects.count
            subjects.append(key)
            return subjects.count - 1
        }
        var rankOfSlot = [Int](repeating: 0, count: subjects.count)
        for (rank, slot) in subjects.indices.sorted(by: { subjects[$0] < subjects[$1] }).enumerated() { rankOfSlot[slot] = rank }
        // A counting sort by rank: stable, so one subject's findings keep the order they came in.
        var start = [Int](repeating: 0, count: subjects.count + 1)
        for slot in slotOfFinding { start[rankOfSlot[slot] + 1] += 1 }
        for rank in subjects.indices { start[rank + 1] += start[rank] }
        var order = [Int](repeating: 0, count: findings.count)
        for (position, slot) in slotOfFinding.enumerated() {
            order[start[rankOfSlot[slot]]] = position
            start[rankOfSlot[slot]] += 1
        }
        findings.arrange(in: order)
    }

    /// A subject as findings are ordered by it: a missing name sorts as an empty one.
    private struct SubjectKey: Hashable, Comparable {
        var unit: String
        var service: String

        init(_ subject: Finding.Subject) {
            unit = subject.unit ?? ""
            service = subject.service ?? ""
        }

        static func < (a: SubjectKey, b: SubjectKey) -> Bool { (a.unit, a.service) < (b.unit, b.service) }
    }

    private func evaluate(_ rule: any Rule.Type, _ records: EvaluationRecords) -> (outcome: Outcome, findings: [Finding]) {
        let description = rule.description
        let ruleSettings = settings[description.id] ?? RuleSettings(description)
        guard ruleSettings.enabled else { return (.disabled, []) }
        let missing = description.requires.filter { !records.has($0) }
        guard missing.isEmpty else { return (.missingRecords(missing), []) }
        let found = rule.init(settings: ruleSettings).evaluate(records)
        // What all of a rule's findings say alike is put in words once.
        let (title, period) = (description.title.text(language), records.period.description)
        return (.evaluated(findings: found.count), found.map { found in
            var evidence: [String: String] = [:]
            for item in found.evidence { evidence[item.name] = item.value }
            return Finding(
                rule: description.id, subject: found.subject, severity: found.severity ?? ruleSettings.severity,
                message: found.message.text(language), evidence: evidence, records: found.records, title: title,
                regulation: description.regulation, period: period, action: found.action.text(language))
        })
    }
}
