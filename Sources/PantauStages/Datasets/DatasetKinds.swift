public import PantauCore
public import PantauPipeline

// The dataset kinds of the built-in stages, and the domain types that travel under them.

extension DatasetKind {
    public static let surveyResponses: DatasetKind = "survey-responses"
    public static let servicePopulations: DatasetKind = "service-populations"
    public static let importSummary: DatasetKind = "import-summary"
    public static let skmResults: DatasetKind = "skm-results"
    public static let serviceRegister: DatasetKind = "service-register"
    public static let meetings: DatasetKind = "meetings"
    public static let participation: DatasetKind = "participation"
    public static let followUps: DatasetKind = "followups"
    public static let surveyPublications: DatasetKind = "survey-publications"
    public static let innovations: DatasetKind = "innovations"
    public static let serviceStandards: DatasetKind = "service-standards"
    public static let complaints: DatasetKind = "complaints"
    public static let ruleOutcomes: DatasetKind = "rule-outcomes"
    public static let recommendations: DatasetKind = "recommendations"
    public static let performanceIndex: DatasetKind = "performance-index"
}

extension ServiceRegister: Dataset {
    public static var kind: DatasetKind { .serviceRegister }
}

extension SurveyResponses: Dataset {
    public static var kind: DatasetKind { .surveyResponses }
}

extension ServicePopulations: Dataset {
    public static var kind: DatasetKind { .servicePopulations }
}

extension ImportAccount: Dataset {
    public static var kind: DatasetKind { .importSummary }
}

extension SKMEvaluation: Dataset {
    public static var kind: DatasetKind { .skmResults }
}

extension Meetings: Dataset {
    public static var kind: DatasetKind { .meetings }
}

extension ParticipationLog: Dataset {
    public static var kind: DatasetKind { .participation }
}

extension FollowUpPlan: Dataset {
    public static var kind: DatasetKind { .followUps }
}

extension SurveyPublications: Dataset {
    public static var kind: DatasetKind { .surveyPublications }
}

extension InnovationRegister: Dataset {
    public static var kind: DatasetKind { .innovations }
}

extension ServiceStandards: Dataset {
    public static var kind: DatasetKind { .serviceStandards }
}

extension Complaints: Dataset {
    public static var kind: DatasetKind { .complaints }
}

extension RecommendationPlan: Dataset {
    public static var kind: DatasetKind { .recommendations }
}

extension PerformanceIndex: Dataset {
    public static var kind: DatasetKind { .performanceIndex }
}
