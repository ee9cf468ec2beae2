/// Hears what a run does, to show progress: `[2/5] evaluate.skm …` on a terminal, plain lines
/// in cron's mail.
public protocol RunObserver: Sendable {
    func stageStarted(_ step: Plan.Step, number: Int, total: Int)
    func stageFinished(_ step: Plan.Step, number: Int, total: Int, duration: Duration)
    func stageFailed(_ step: Plan.Step, number: Int, total: Int, failure: StageFailure)
    func stageSkipped(_ step: Plan.Step, because dependency: String)
    func note(_ text: String, from stage: String)
}

/// An observer that ignores everything, for tests and `--quiet`.
public struct SilentObserver: RunObserver {
    public init() {}
    public func stageStarted(_ step: Plan.Step, number: Int, total: Int) {}
    public func stageFinished(_ step: Plan.Step, number: Int, total: Int, duration: Duration) {}
    public func stageFailed(_ step: Plan.Step, number: Int, total: Int, failure: StageFailure) {}
    public func stageSkipped(_ step: Plan.Step, because dependency: String) {}
    public func note(_ text: String, from stage: String) {}
}
