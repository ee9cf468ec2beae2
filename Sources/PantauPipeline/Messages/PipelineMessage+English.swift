// The English catalogue of the pipeline engine's messages.

extension PipelineMessage {
    public var englishText: String {
        switch self {
        case .unsupportedVersion(let found, let supported): "pipeline version '\(found)' is not supported; this Pantau reads version \(supported)"
        case .noStages: "the pipeline has no stages"
        case .invalidStageID(let id): "'\(id)' is not a valid stage id"
        case .duplicateStageID(let id, let firstLine): "stage id '\(id)' is used twice (first on line \(firstLine))"
        case .unknownStage(let uses, _): "there is no stage called '\(uses)'"
        case .unknownNeed(let need, let stage, _): "stage '\(stage)' needs '\(need)', but no stage has that id"
        case .needsItself(let stage): "stage '\(stage)' lists itself under needs"
        case .cycle(let path): "these stages wait on each other in a circle: \(path.joined(separator: " → "))"
        case .missingProducer(let stage, let kind, _): "stage '\(stage)' consumes '\(kind)', but no stage in this pipeline produces it"
        case .unknownPlaceholder(let name, _): "unknown placeholder '{\(name)}'"
        case .missingPeriod: "no period is given"
        case .invalidPeriod(let value): "'\(value)' is not a period"
        case .noInputFile(let pattern): "no file found at '\(pattern)'"
        case .invalidFileName(let value): "'\(value)' is not a plain file name"
        case .outputCannotCreate(let path, let reason): "cannot create the output directory '\(path)': \(reason)"
        case .outputCannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .outputInvalidName(let name): "'\(name)' is not a plain file name for an output"
        case .calendarDateOutsideYear(let date, let year): "\(date) is not in \(year), the year of this calendar"
        case .calendarDateTwice(let date, let firstLine): "\(date) is listed twice (first on line \(firstLine))"
        case .outputWrittenTwice(let name): "two stages write the same output file '\(name)'"
        case .stageFailed(let stage, let uses): "stage '\(stage)' (\(uses)) failed"
        case .stageSkipped(let stage, let dependency): "stage '\(stage)' did not run because '\(dependency)' failed"
        case .unexpectedError(let detail): "unexpected error: \(detail)"
        }
    }

    public var englishHint: String? {
        switch self {
        case .unsupportedVersion(_, let supported): "write 'version: \(supported)'"
        case .noStages: "add a 'stages:' list; 'pantau stages' shows what is available"
        case .invalidStageID: "use lower-case letters, digits, '-', '_' and '.', starting with a letter"
        case .duplicateStageID: "give each stage its own id"
        case .unknownStage(_, let suggestion?): "did you mean '\(suggestion)'? 'pantau stages' lists every stage"
        case .unknownStage: "'pantau stages' lists every stage"
        case .unknownNeed(_, _, let suggestion?): "did you mean '\(suggestion)'?"
        case .unknownNeed: "write the id of a stage in this pipeline"
        case .needsItself: "remove it from its own needs"
        case .cycle: "remove one of these needs so that the stages can run in order"
        case .missingProducer(_, let kind, let candidates) where !candidates.isEmpty:
            "add a stage that produces '\(kind)', such as \(candidates.map { "'\($0)'" }.joined(separator: ", "))"
        case .missingProducer(_, let kind, _): "add a stage that produces '\(kind)'"
        case .unknownPlaceholder(_, let allowed): "placeholders you can use: \(allowed.map { "{\($0)}" }.joined(separator: ", "))"
        case .missingPeriod: "write 'period: 2026-S1' in the pipeline or pass --period 2026-S1"
        case .invalidPeriod:
            "write a year (2026), a semester (2026-S1), a quarter (2026-Q3), a month (2026-03) or previous-quarter / previous-semester / previous-year"
        case .noInputFile: "check the path; relative paths start at the pipeline file's directory"
        case .invalidFileName: "write only a file name such as laporan.md, without directories"
        case .outputCannotCreate, .outputCannotWrite: "check that the directory exists and that you may write in it"
        case .outputInvalidName: nil
        case .calendarDateOutsideYear: "put it in the calendar file of its own year"
        case .calendarDateTwice: "keep one entry for the date"
        case .outputWrittenTwice: "give the stages different file names"
        case .stageFailed, .stageSkipped, .unexpectedError: nil
        }
    }
}
