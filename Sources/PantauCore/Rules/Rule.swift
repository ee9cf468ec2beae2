public import PantauYAML

/// One check of the records against a standard or a regulation.
///
/// A rule is a small value made from its settings; `evaluate` reads the records and says what
/// falls short, for whom, with the figures and records behind it. It never reads files or the
/// clock: everything it may look at is in `EvaluationRecords`, so its examples are its tests.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init(settings: RuleSettings)
    func evaluate(_ records: EvaluationRecords) -> [RuleFinding]
}

/// What a rule found, before it becomes a `Finding` in the reader's language.
public struct RuleFinding: Sendable, Hashable {
    /// One figure behind a finding: `respondents` = `42`.
    public struct Evidence: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }

        public init(_ name: String, _ value: Int) { self.init(name, String(value)) }
    }

    public var subject: Finding.Subject
    public var message: LocalizedText
    /// What to do about it, with the figures filled in: the recommendation's text.
    public var action: LocalizedText
    /// The figures behind the finding, in the order a reader should see them.
    public var evidence: [Evidence]
    /// The ids of the records behind it: complaint ids, meeting and action-item ids, `file:row`.
    public var records: [String]
    /// A severity other than the rule's setting, for a finding worse (or milder) than usual.
    public var severity: Finding.Severity?

    public init(
        subject: Finding.Subject, message: LocalizedText, action: LocalizedText, evidence: [Evidence] = [], records: [String] = [],
        severity: Finding.Severity? = nil
    ) {
        self.subject = subject
        self.message = message
        self.action = action
        self.evidence = evidence
        self.records = records
        self.severity = severity
    }
}
