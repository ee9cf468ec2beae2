public import PantauYAML

/// Everything Pantau knows about a rule without running it: what it checks and why, the
/// regulation it rests on, how serious a breach is by default, what a pipeline may tune, and
/// examples that must and must not trigger it. The examples are the rule's tests and, through
/// `pantau rules` and `docs/rules.md`, its documentation.
public struct RuleDescription: Sendable {
    /// Stable, dotted, lower case: `standard.components-missing`. Pipelines and recommendations
    /// refer to a rule by it for years; never rename one.
    public var id: String
    public var area: RuleArea
    public var title: LocalizedText
    /// Why the rule exists and exactly what triggers it.
    public var explanation: LocalizedText
    /// The regulation (or the ministry's instrument) the rule rests on, as people cite it.
    public var regulation: String
    public var defaultSeverity: Finding.Severity
    public var parameters: [RuleParameter]
    /// The records the rule reads; without one of them imported the rule is not evaluated, and
    /// the report says so rather than finding nothing.
    public var requires: [RecordKind]
    public var examples: [RuleExample]

    public init(
        id: String, area: RuleArea, title: LocalizedText, explanation: LocalizedText, regulation: String,
        defaultSeverity: Finding.Severity, parameters: [RuleParameter] = [], requires: [RecordKind], examples: [RuleExample]
    ) {
        self.id = id
        self.area = area
        self.title = title
        self.explanation = explanation
        self.regulation = regulation
        self.defaultSeverity = defaultSeverity
        self.parameters = parameters
        self.requires = requires
        self.examples = examples
    }

    public func parameter(_ key: String) -> RuleParameter? { parameters.first { $0.key == key } }
}

/// The part of public-service delivery a rule looks at; the catalogue is grouped by it.
public enum RuleArea: String, Sendable, CaseIterable, Codable {
    case standards = "standard"
    case survey = "skm"
    case complaints = "complaint"
    case meetings = "meeting"
    case participation
    case innovation

    public var title: LocalizedText {
        switch self {
        case .standards: LocalizedText(id: "Standar pelayanan", en: "Service standards")
        case .survey: LocalizedText(id: "Survei kepuasan masyarakat", en: "Community satisfaction survey")
        case .complaints: LocalizedText(id: "Pengaduan", en: "Complaints")
        case .meetings: LocalizedText(id: "Rapat koordinasi", en: "Coordination meetings")
        case .participation: LocalizedText(id: "Partisipasi masyarakat", en: "Public participation")
        case .innovation: LocalizedText(id: "Inovasi", en: "Innovation")
        }
    }
}

/// The kinds of records rules read.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    case register, standards, survey, complaints, meetings, participation, followUps = "followups", innovations
    case surveyPublications = "publications"

    public var title: LocalizedText {
        switch self {
        case .register: LocalizedText(id: "daftar unit dan layanan", en: "register of units and services")
        case .standards: LocalizedText(id: "standar pelayanan", en: "service standards")
        case .survey: LocalizedText(id: "hasil SKM", en: "SKM results")
        case .complaints: LocalizedText(id: "pengaduan", en: "complaints")
        case .meetings: LocalizedText(id: "notulen rapat", en: "meeting records")
        case .participation: LocalizedText(id: "log partisipasi", en: "participation log")
        case .followUps: LocalizedText(id: "rencana tindak lanjut (RTL)", en: "follow-up plan (RTL)")
        case .innovations: LocalizedText(id: "daftar inovasi", en: "innovation register")
        case .surveyPublications: LocalizedText(id: "publikasi hasil SKM dan RTL", en: "publications of SKM results and RTL")
        }
    }
}
