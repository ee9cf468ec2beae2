public import PantauYAML

/// What a stage does in a pipeline. Roles order the stage reference and `pantau stages`.
public enum StageRole: String, Sendable, CaseIterable, Codable {
    case importer
    case evaluator
    case recommender
    case reporter

    public var title: LocalizedText {
        switch self {
        case .importer: LocalizedText(id: "Pengimpor", en: "Importers")
        case .evaluator: LocalizedText(id: "Evaluator", en: "Evaluators")
        case .recommender: LocalizedText(id: "Perekomendasi", en: "Recommenders")
        case .reporter: LocalizedText(id: "Pelapor", en: "Reporters")
        }
    }
}
