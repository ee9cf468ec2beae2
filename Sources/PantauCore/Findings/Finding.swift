/// Something an evaluator found about a unit or a service: which rule, about whom, how serious,
/// what it says, and the figures behind it.
///
/// Deliberately small: external plugins produce findings today, and the built-in evaluators
/// that come later will add what they need (the regulation a rule rests on, a stable id for
/// follow-up) without changing what is here.
public struct Finding: Sendable, Hashable, Codable {
    /// How much a finding matters, from a remark to something that needs action now.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case info, minor, major, critical

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Whom a finding is about: a unit, a service of a unit, or (both empty) the whole region.
    public struct Subject: Sendable, Hashable, Codable {
        public var unit: String?
        public var service: String?

        public init(unit: String? = nil, service: String? = nil) {
            self.unit = unit
            self.service = service
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

    public init(rule: String, subject: Subject, severity: Severity, message: String, evidence: [String: String] = [:]) {
        self.rule = rule
        self.subject = subject
        self.severity = severity
        self.message = message
        self.evidence = evidence
    }
}

/// The findings one stage produced, in the order it produced them.
public struct Findings: Sendable {
    public var items: [Finding]

    public init(_ items: [Finding]) { self.items = items }
}
