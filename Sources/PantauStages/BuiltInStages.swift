public import PantauPipeline

/// Every built-in stage, listed once. `pantau stages`, validation and the generated reference
/// all read this list.
public enum BuiltInStages {
    public static let registry = StageRegistry([
        ImportSurvey.self,
        ImportStandards.self,
        ImportComplaints.self,
        ImportMeetings.self,
        ImportParticipation.self,
        ImportFollowUps.self,
        ImportInnovations.self,
        EvaluateSKM.self,
        EvaluateRules.self,
        Recommend.self,
        EvaluateIndex.self,
        ReportMarkdown.self,
        ReportJSON.self,
    ])

    /// What external plugins may exchange with Pantau: survey responses they import are checked
    /// as `import.survey` checks its rows, and these datasets can be handed to them as JSON.
    public static let plugins = PluginSupport(
        recordIntakes: [SurveyRecordIntake()],
        consumableKinds: [.skmResults, .surveyResponses, .servicePopulations, .importSummary])
}
