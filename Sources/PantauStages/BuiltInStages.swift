public import PantauPipeline

/// Every built-in stage, listed once. `pantau stages`, validation and the generated reference
/// all read this list.
public enum BuiltInStages {
    public static let registry = StageRegistry([
        ImportSurvey.self,
        ImportStandards.self,
        ImportComplaints.self,
        EvaluateSKM.self,
        ReportMarkdown.self,
        ReportJSON.self,
    ])
}
