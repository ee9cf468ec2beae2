/// Something an evaluator found about a unit or a service: which rule, about whom, how serious,
/// what it says, the regulation it rests on, and the figures and records behind it.
///
/// Built-in rules fill every field; external plugins give at least the rule, the subject, the
/// severity and the message.
public struct Finding: Sendable, Hashable, Codable {
    /// How much a finding matters, from a remark to something that needs action now.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case info, minor, major, critical

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Whom a finding is about: a unit, a service of a unit, or (both empty) the whole region.
    public struct Subject: Sendable, Hashable, Codable, Comparable {
        public var unit: String?
        public var service: String?

        public init(unit: String? = nil, service: String? = nil) {
            self.unit = unit
            self.service = service
        }

        public static func < (lhs: Subject, rhs: Subject) -> Bool {
            (lhs.unit ?? "", lhs.service ?? "") < (rhs.unit ?? "", rhs.service ?? "")
        }
    }

    /// The rule that produced the finding, such as `skm.few-respondents`.
    public var rule: String
    public var subject: Subject
    public var severity: Severity
    /// What was found, already in the reader's language.
    public var message: String
    /// The figures behind the finding, as text by name (`respondents: 3`, `minimum: 10`).
    public var evidence: [String: String]
    /// The ids of the records behind the finding (complaint ids, meeting ids, `file:row`), never
    /// anything that names a citizen.
    public var records: [String]
    /// The rule's title, in the reader's language.
    public var title: String?
    /// The regulation the rule rests on, such as `PermenPAN-RB 14/2017`.
    public var regulation: String?
    /// The period evaluated, as its code (`2026-S1`).
    public var period: String?
    /// What to do about it, with the figures filled in, in the reader's language.
    public var action: String?

    public init(
        rule: String, subject: Subject, severity: Severity, message: String, evidence: [String: String] = [:],
        records: [String] = [], title: String? = nil, regulation: String? = nil, period: String? = nil, action: String? = nil
    ) {
        self.rule = rule
        self.subject = subject
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.records = records
        self.title = title
        self.regulation = regulation
        self.period = period
        self.action = action
    }
}

/// The findings one stage produced, in the order it produced them.
public struct Findings: Sendable {
    public var items: [Finding]

    public init(_ items: [Finding]) { self.items = items }
}
