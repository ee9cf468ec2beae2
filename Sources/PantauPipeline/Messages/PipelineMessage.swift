public import PantauYAML

/// Every problem the pipeline engine reports. Texts live in `PipelineMessage+Indonesian.swift`
/// and `PipelineMessage+English.swift`.
public enum PipelineMessage: CatalogueMessage, Equatable {
    // Spec
    case unsupportedVersion(found: String, supported: Int)
    case noStages
    case invalidStageID(String)
    case duplicateStageID(id: String, firstLine: Int)
    case unknownStage(uses: String, suggestion: String?)
    case unknownNeed(need: String, stage: String, suggestion: String?)
    case needsItself(stage: String)
    case cycle(path: [String])
    case missingProducer(stage: String, kind: DatasetKind, candidates: [String])
    case unknownPlaceholder(name: String, allowed: [String])
    case missingPeriod
    case invalidPeriod(value: String)
    // Option values
    case noInputFile(pattern: String)
    case invalidFileName(String)
    // Output
    case outputCannotCreate(path: String, reason: String)
    case outputCannotWrite(path: String, reason: String)
    case outputInvalidName(String)
    case outputWrittenTwice(String)
    // Calendar files
    case calendarDateOutsideYear(date: String, year: Int)
    case calendarDateTwice(date: String, firstLine: Int)
    // Running
    case stageFailed(stage: String, uses: String)
    case stageSkipped(stage: String, failedDependency: String)
    case unexpectedError(String)

    public var code: String {
        switch self {
        case .unsupportedVersion: "pipeline.unsupported-version"
        case .noStages: "pipeline.no-stages"
        case .invalidStageID: "pipeline.invalid-stage-id"
        case .duplicateStageID: "pipeline.duplicate-stage-id"
        case .unknownStage: "pipeline.unknown-stage"
        case .unknownNeed: "pipeline.unknown-need"
        case .needsItself: "pipeline.needs-itself"
        case .cycle: "pipeline.cycle"
        case .missingProducer: "pipeline.missing-producer"
        case .unknownPlaceholder: "pipeline.unknown-placeholder"
        case .missingPeriod: "pipeline.missing-period"
        case .invalidPeriod: "pipeline.invalid-period"
        case .noInputFile: "pipeline.no-input-file"
        case .invalidFileName: "pipeline.invalid-file-name"
        case .outputCannotCreate: "output.cannot-create"
        case .outputCannotWrite: "output.cannot-write"
        case .outputInvalidName: "output.invalid-name"
        case .outputWrittenTwice: "output.written-twice"
        case .calendarDateOutsideYear: "calendar.date-outside-year"
        case .calendarDateTwice: "calendar.date-twice"
        case .stageFailed: "run.stage-failed"
        case .stageSkipped: "run.stage-skipped"
        case .unexpectedError: "run.unexpected-error"
        }
    }

}
