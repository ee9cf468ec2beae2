import PantauCore
import PantauYAML

/// A JSON entry made from one item of a dataset, which can also be written straight from the
/// item without being made (the tests check that both give the same bytes).
protocol JSONEntry: Encodable {
    associatedtype Item
    init(_ item: Item)
    static func write(_ item: Item, to json: inout JSONWriter)
}

/// The findings, the rules that did not run, and the recommendations, as the JSON reports
/// write them (documented in `docs/report-json.md`).
struct MonevJSONSections: Encodable {
    struct SubjectInfo: Encodable {
        var unit: String?
        var service: String?
    }

    struct FindingEntry: JSONEntry {
        var rule: String
        var title: String?
        var severity: String
        var subject: SubjectInfo
        var message: String
        var regulation: String?
        var period: String?
        var evidence: [String: String]
        var records: [String]
        var action: String?

        init(_ finding: Finding) {
            rule = finding.rule
            title = finding.title
            severity = finding.severity.rawValue
            subject = SubjectInfo(unit: finding.subject.unit, service: finding.subject.service)
            message = finding.message
            regulation = finding.regulation
            period = finding.period
            evidence = finding.evidence
            records = finding.records
            action = finding.action
        }
    }

    struct RuleNotRun: Encodable {
        var rule: String
        /// `disabled` or `missing-records`.
        var reason: String
        var missing: [String]
    }

    struct RecommendationEntry: JSONEntry {
        var id: String
        var rule: String
        var owner: String
        var subject: SubjectInfo
        var priority: String
        var severity: String
        var action: String
        var finding: String
        var regulation: String?
        var due: String
        var records: [String]

        init(_ item: Recommendation) {
            id = item.id
            rule = item.rule
            owner = item.owner
            subject = SubjectInfo(unit: item.subject.unit, service: item.subject.service)
            priority = Self.name(item.priority)
            severity = item.severity.rawValue
            action = item.action
            finding = item.finding
            regulation = item.regulation
            due = item.due.description
            records = item.records
        }

        /// The priority's name in the schema: its case name.
        static func name(_ priority: Recommendation.Priority) -> String {
            switch priority {
            case .urgent: "urgent"
            case .high: "high"
            case .normal: "normal"
            case .low: "low"
            }
        }
    }

    /// Items of the datasets as JSON entries, written straight from the items: a region has
    /// 50,000 findings and as many recommendations, and making an entry of each cost more than
    /// writing them. Encoded as the array of the entries.
    struct Entries<Entry: JSONEntry>: Encodable, JSONWritable {
        var lists: [[Entry.Item]] = []

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for list in lists {
                for item in list { try container.encode(Entry(item)) }
            }
        }

        func write(to json: inout JSONWriter) {
            json.array { json in
                for list in lists {
                    for item in list { Entry.write(item, to: &json) }
                }
            }
        }
    }

    typealias FindingEntries = Entries<FindingEntry>
    typealias RecommendationEntries = Entries<RecommendationEntry>

    var findings: FindingEntries?
    var rules_not_evaluated: [RuleNotRun]?
    var recommendations: RecommendationEntries?

    init(findings: [Findings], outcomes: RuleOutcomes?, plans: [RecommendationPlan]) {
        if !findings.isEmpty {
            self.findings = FindingEntries(lists: findings.map(\.items))
        }
        if let outcomes {
            rules_not_evaluated = outcomes.entries.compactMap { entry in
                switch entry.outcome {
                case .evaluated: nil
                case .disabled: RuleNotRun(rule: entry.rule, reason: "disabled", missing: [])
                case .missingRecords(let kinds): RuleNotRun(rule: entry.rule, reason: "missing-records", missing: kinds.map(\.rawValue))
                }
            }
        }
        if !plans.isEmpty {
            recommendations = RecommendationEntries(lists: plans.map(\.items))
        }
    }

    var isEmpty: Bool { findings == nil && rules_not_evaluated == nil && recommendations == nil }
}

// Each entry writes its keys in sorted order, as `JSONEncoder` with `.sortedKeys` does (see `JSONWriter`).

extension MonevJSONSections.SubjectInfo {
    static func write(_ subject: Finding.Subject, to json: inout JSONWriter) {
        json.object { json in
            json.field("service", subject.service)
            json.field("unit", subject.unit)
        }
    }
}

extension MonevJSONSections.FindingEntry {
    static func write(_ finding: Finding, to json: inout JSONWriter) {
        json.object { json in
            json.field("action", finding.action)
            json.field("evidence", finding.evidence)
            json.field("message", finding.message)
            json.field("period", finding.period)
            json.field("records", finding.records)
            json.field("regulation", finding.regulation)
            json.field("rule", finding.rule)
            json.field("severity", finding.severity.rawValue)
            json.key("subject")
            MonevJSONSections.SubjectInfo.write(finding.subject, to: &json)
            json.field("title", finding.title)
        }
    }
}

extension MonevJSONSections.RuleNotRun: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("missing", missing)
            json.field("reason", reason)
            json.field("rule", rule)
        }
    }
}

extension MonevJSONSections.RecommendationEntry {
    static func write(_ item: Recommendation, to json: inout JSONWriter) {
        json.object { json in
            json.field("action", item.action)
            json.field("due", item.due.description)
            json.field("finding", item.finding)
            json.field("id", item.id)
            json.field("owner", item.owner)
            json.field("priority", name(item.priority))
            json.field("records", item.records)
            json.field("regulation", item.regulation)
            json.field("rule", item.rule)
            json.field("severity", item.severity.rawValue)
            json.key("subject")
            MonevJSONSections.SubjectInfo.write(item.subject, to: &json)
        }
    }
}
