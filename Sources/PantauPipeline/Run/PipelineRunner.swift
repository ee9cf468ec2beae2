public import PantauCore
public import PantauYAML

/// What a run needs beyond the pipeline itself.
public struct RunSettings: Sendable {
    public var period: Period
    /// The language of reports and rejects files.
    public var language: Language
    public var outputDirectory: String
    /// The date reports carry (see `StageContext.generatedOn`).
    public var generatedOn: CalendarDate

    public init(period: Period, language: Language, outputDirectory: String, generatedOn: CalendarDate) {
        self.period = period
        self.language = language
        self.outputDirectory = outputDirectory
        self.generatedOn = generatedOn
    }
}

/// How a run ended.
public struct RunResult: Sendable {
    /// Final paths of the files written, when the run succeeded.
    public var artifacts: [String]
    public var failures: [StageFailure]
    /// Stages that did not run because a stage they depend on failed.
    public var skipped: [String]
    /// What each stage produced, by stage id (for tests and the run store).
    public var datasets: [String: [any Dataset]]

    public var succeeded: Bool { failures.isEmpty }
}

/// Runs a loaded pipeline: every stage starts as soon as the stages it depends on have
/// finished, so independent stages run concurrently. Outputs are committed only when every
/// stage succeeded.
public struct PipelineRunner: Sendable {
    public var pipeline: LoadedPipeline
    public var observer: any RunObserver

    public init(pipeline: LoadedPipeline, observer: any RunObserver = SilentObserver()) {
        self.pipeline = pipeline
        self.observer = observer
    }

    public func run(_ settings: RunSettings) async -> RunResult {
        let output: RunOutput
        do {
            output = try RunOutput(directory: settings.outputDirectory)
        } catch {
            let failure = StageFailure(stage: "output", uses: "output", error: error)
            return RunResult(artifacts: [], failures: [failure], skipped: [], datasets: [:])
        }

        let plan = pipeline.plan
        let total = plan.steps.count
        var produced: [String: [any Dataset]] = [:]
        var failures: [StageFailure] = []
        var failed: Set<String> = []
        var skipped: [String] = []
        /// For a skipped stage, the failed stage that caused it (through any number of skips).
        var rootFailure: [String: String] = [:]
        var started: Set<String> = []
        var finished: Set<String> = []

        await withTaskGroup(of: (String, Result<[any Dataset], StageFailure>).self) { group in
            var number = 0
            func launchReady() {
                for step in plan.steps where !started.contains(step.id) {
                    let dependencies = step.dependencies.map(\.stage)
                    if let broken = dependencies.first(where: { failed.contains($0) }) {
                        let root = rootFailure[broken] ?? broken
                        started.insert(step.id)
                        failed.insert(step.id)
                        skipped.append(step.id)
                        rootFailure[step.id] = root
                        observer.stageSkipped(step, because: root)
                        continue
                    }
                    guard dependencies.allSatisfy(finished.contains) else { continue }
                    started.insert(step.id)
                    number += 1
                    let context = makeContext(for: step, produced: produced, settings: settings, output: output)
                    let stepNumber = number
                    group.addTask { [observer, pipeline] in
                        observer.stageStarted(step, number: stepNumber, total: total)
                        let clock = ContinuousClock()
                        let start = clock.now
                        do {
                            guard let stage = pipeline.stages[step.id] else { return (step.id, .success([])) }
                            let datasets = try await stage.run(in: context)
                            observer.stageFinished(step, number: stepNumber, total: total, duration: clock.now - start)
                            return (step.id, .success(datasets))
                        } catch {
                            let failure = StageFailure(stage: step.id, uses: step.descriptor.id, error: error)
                            observer.stageFailed(step, number: stepNumber, total: total, failure: failure)
                            return (step.id, .failure(failure))
                        }
                    }
                }
            }
            launchReady()
            for await (id, result) in group {
                switch result {
                case .success(let datasets):
                    produced[id] = datasets
                    finished.insert(id)
                case .failure(let failure):
                    failures.append(failure)
                    failed.insert(id)
                }
                launchReady()
            }
        }

        guard failures.isEmpty else {
            output.discard()
            // In plan order, so that the same failure reads the same way every time.
            let order = Dictionary(uniqueKeysWithValues: plan.steps.enumerated().map { ($1.id, $0) })
            failures.sort { (order[$0.stage] ?? 0) < (order[$1.stage] ?? 0) }
            return RunResult(artifacts: [], failures: failures, skipped: skipped, datasets: produced)
        }
        do {
            // By name: stages that run side by side finish in any order, and the list a run
            // prints must read the same every night.
            let artifacts = try output.commit().sorted()
            return RunResult(artifacts: artifacts, failures: [], skipped: [], datasets: produced)
        } catch {
            output.discard()
            return RunResult(
                artifacts: [], failures: [StageFailure(stage: "output", uses: "output", error: error)], skipped: [], datasets: produced)
        }
    }

    private func makeContext(
        for step: Plan.Step, produced: [String: [any Dataset]], settings: RunSettings, output: RunOutput
    ) -> StageContext {
        let ancestors = pipeline.plan.ancestors(of: step.id)
        var inputs = Datasets()
        for upstream in pipeline.plan.steps where ancestors.contains(upstream.id) {
            for dataset in produced[upstream.id] ?? [] { inputs.append(dataset, from: upstream.id) }
        }
        let observer = observer
        let id = step.id
        var context = StageContext(
            stageID: step.id, pipelineName: pipeline.spec.name, inputs: inputs, period: settings.period, language: settings.language,
            output: output, generatedOn: settings.generatedOn, note: { observer.note($0, from: id) })
        context.calendar = pipeline.calendar
        return context
    }
}
