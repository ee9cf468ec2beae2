import PantauCore
import PantauYAML

/// The findings, the rules that did not run, and the recommendations, as the JSON reports
/// write them (documented in `docs/report-json.md`).
struct MonevJSONSections: Encodable {
    struct SubjectInfo: Encodable {
        var unit: String?
        var service: String?
    }

    struct FindingEntry: Encodable {
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
    }

    struct RuleNotRun: Encodable {
        var rule: String
        /// `disabled` or `missing-records`.
        var reason: String
        var missing: [String]
    }

    struct RecommendationEntry: Encodable {
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
    }

    var findings: [FindingEntry]?
    var rules_not_evaluated: [RuleNotRun]?
    var recommendations: [RecommendationEntry]?

    init(findings: [Findings], outcomes: RuleOutcomes?, plans: [RecommendationPlan]) {
        if !findings.isEmpty {
            self.findings = findings.flatMap(\.items).map { finding in
                FindingEntry(
                    rule: finding.rule, title: finding.title, severity: finding.severity.rawValue,
                    subject: SubjectInfo(unit: finding.subject.unit, service: finding.subject.service), message: finding.message,
                    regulation: finding.regulation, period: finding.period, evidence: finding.evidence, records: finding.records,
                    action: finding.action)
            }
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
            recommendations = plans.flatMap(\.items).map { item in
                RecommendationEntry(
                    id: item.id, rule: item.rule, owner: item.owner, subject: SubjectInfo(unit: item.subject.unit, service: item.subject.service),
                    priority: "\(item.priority)", severity: item.severity.rawValue, action: item.action, finding: item.finding,
                    regulation: item.regulation, due: item.due.description, records: item.records)
            }
        }
    }

    var isEmpty: Bool { findings == nil && rules_not_evaluated == nil && recommendations == nil }
}

// Each entry writes its keys in sorted order, as `JSONEncoder` with `.sortedKeys` does (see `JSONWriter`).

extension MonevJSONSections.SubjectInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("service", service)
            json.field("unit", unit)
        }
    }
}

extension MonevJSONSections.FindingEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("action", action)
            json.field("evidence", evidence)
            json.field("message", message)
            json.field("period", period)
            json.field("records", records)
            json.field("regulation", regulation)
            json.field("rule", rule)
            json.field("severity", severity)
            json.field("subject", subject)
            json.field("title", title)
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

extension MonevJSONSections.RecommendationEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("action", action)
            json.field("due", due)
            json.field("finding", finding)
            json.field("id", id)
            json.field("owner", owner)
            json.field("priority", priority)
            json.field("records", records)
            json.field("regulation", regulation)
            json.field("rule", rule)
            json.field("severity", severity)
            json.field("subject", subject)
        }
    }
}
