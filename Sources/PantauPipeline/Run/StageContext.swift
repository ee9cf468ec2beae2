public import PantauCore
public import PantauYAML

/// What a running stage is given: its inputs, the period, the report language and a place to
/// write files.
public struct StageContext: Sendable {
    public var stageID: String
    /// The pipeline's name, for report titles.
    public var pipelineName: String
    public var inputs: Datasets
    public var period: Period
    /// The language of reports and rejects files.
    public var language: Language
    public var output: RunOutput
    /// The date the run reports as its own. The only clock reading a stage sees, so that the
    /// same inputs give the same outputs, byte for byte, on the same day.
    public var generatedOn: CalendarDate
    /// Working days for every limit counted in them (weekends only unless the pipeline names
    /// calendar files).
    public var calendar = WorkingDayCalendar()
    /// Notes for the person running the pipeline (shown with `--verbose`, logged otherwise).
    public var note: @Sendable (String) -> Void

    public init(
        stageID: String, pipelineName: String = "", inputs: Datasets, period: Period, language: Language, output: RunOutput,
        generatedOn: CalendarDate, note: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.stageID = stageID
        self.pipelineName = pipelineName
        self.generatedOn = generatedOn
        self.inputs = inputs
        self.period = period
        self.language = language
        self.output = output
        self.note = note
    }
}
