public import PantauCore
public import PantauPipeline

// The dataset kinds of the built-in stages, and the domain types that travel under them.

extension DatasetKind {
    public static let surveyResponses: DatasetKind = "survey-responses"
    public static let servicePopulations: DatasetKind = "service-populations"
    public static let importSummary: DatasetKind = "import-summary"
    public static let skmResults: DatasetKind = "skm-results"
    public static let serviceRegister: DatasetKind = "service-register"
    public static let serviceStandards: DatasetKind = "service-standards"
    public static let complaints: DatasetKind = "complaints"
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

extension ServiceStandards: Dataset {
    public static var kind: DatasetKind { .serviceStandards }
}

extension Complaints: Dataset {
    public static var kind: DatasetKind { .complaints }
}
