import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

/// Records what a run tells its observer.
final class RecordingObserver: RunObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []
    private var skips: [(stage: String, dependency: String)] = []
    private var numbers: [Int] = []

    var events: [String] { lock.withLock { recorded } }
    var skipped: [(stage: String, dependency: String)] { lock.withLock { skips } }
    var stepNumbers: [Int] { lock.withLock { numbers } }

    private func record(_ event: String) { lock.withLock { recorded.append(event) } }

    func stageStarted(_ step: Plan.Step, number: Int, total: Int) {
        lock.withLock { numbers.append(number) }
        record("started \(step.id) of \(total)")
    }
    func stageFinished(_ step: Plan.Step, number: Int, total: Int, duration: Duration) { record("finished \(step.id)") }
    func stageFailed(_ step: Plan.Step, number: Int, total: Int, failure: StageFailure) { record("failed \(step.id)") }
    func stageSkipped(_ step: Plan.Step, because dependency: String) {
        lock.withLock { skips.append((step.id, dependency)) }
        record("skipped \(step.id)")
    }
    func note(_ text: String, from stage: String) { record("note \(stage): \(text)") }
}

func settings(output: String) -> RunSettings {
    RunSettings(period: Period("2026-S1")!, language: .english, outputDirectory: output, generatedOn: today)
}

func run(_ text: String, output: String, observer: RecordingObserver = RecordingObserver()) async throws -> RunResult {
    let pipeline = try loadPipeline(text)
    return await PipelineRunner(pipeline: pipeline, observer: observer).run(settings(output: output))
}

/// Names of entries in a directory that a run leaves behind while staging.
func stagingEntries(in path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(".pantau-staging-") }
}

@Suite("Pipeline runner")
struct RunnerTests {
    @Test func independentStagesRunConcurrently() async throws {
        // Each importer waits at the rendezvous until the other has started too: run one after
        // the other, the first gives up after its patience and the run fails. The patience is
        // generous and nothing is timed, so a loaded machine cannot fail the test.
        let directory = try TemporaryDirectory()
        let meeting = uniqueName("meet")
        let observer = RecordingObserver()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: one
                uses: import.a
                with: {value: "1", rendezvous: \(meeting), patience: 10000}
              - id: two
                uses: import.a
                with: {value: "2", rendezvous: \(meeting), patience: 10000}
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
            """, output: directory.path, observer: observer)
        #expect(result.failures.map(\.stage) == [])
        #expect(result.succeeded)
        #expect(try directory.read("report.txt") == "one:1\ntwo:2\n")
        #expect(observer.stepNumbers.sorted() == [1, 2, 3, 4])
        #expect(observer.events.filter { $0.hasPrefix("started") }.allSatisfy { $0.hasSuffix("of 4") })
    }

    @Test func theRendezvousGivesUpWhenStagesRunOneAfterTheOther() async throws {
        // The control for the test above: `late` cannot start before `one` has finished.
        let directory = try TemporaryDirectory()
        let meeting = uniqueName("meet")
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: one
                uses: import.a
                with: {rendezvous: \(meeting), patience: 50}
              - id: late
                uses: import.a
                needs: [one]
                with: {rendezvous: \(meeting), patience: 50}
            """, output: directory.path)
        #expect(!result.succeeded)
        #expect(result.failures.map(\.stage) == ["one"])
        #expect(result.failures.first?.error is TimedOut)
        #expect(result.skipped == ["late"])
    }

    @Test func datasetsFlowFromAncestorsOnly() async throws {
        // `two` finishes before `one` (which waits for its signal), yet `look`, which needs only
        // `one`, must not receive what `two` produced.
        let directory = try TemporaryDirectory()
        let signal = uniqueName("two-done")
        let observer = RecordingObserver()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: one
                uses: import.a
                with: {value: "1", wait_for: \(signal)}
              - id: two
                uses: import.a
                with: {value: "2", signal: \(signal)}
              - id: look
                uses: observe
                needs: [one]
              - id: score
                uses: evaluate.b
              - id: all
                uses: observe
                needs: [score]
            """, output: directory.path, observer: observer)
        #expect(result.succeeded)
        #expect((result.datasets["look"]?.first as? Seen)?.producers == ["one"])
        #expect((result.datasets["score"]?.first as? LetterB)?.received == ["one:1", "two:2"])
        // Ancestors through other stages count too, in plan order.
        #expect((result.datasets["all"]?.first as? Seen)?.producers == ["one", "two", "score"])
        #expect((result.datasets["one"]?.first as? LetterA)?.value == "1")
        #expect(Set(result.datasets.keys) == ["one", "two", "look", "score", "all"])
        // The context carries the run's settings, and notes reach the observer.
        #expect((result.datasets["look"]?.first as? Seen)?.context == "look Uji 2026-S1 english 2026-05-20")
        #expect(observer.events.contains("note look: saw 1"))
        #expect(observer.events.contains("note all: saw 3"))
    }

    @Test func aFailingStageFailsTheRunSkipsItsDependantsAndWritesNothing() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("imp.txt", "earlier run")
        try directory.write("keep.txt", "earlier report")
        let observer = RecordingObserver()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: imp
                uses: import.a
                with: {value: "1", write: imp.txt}
              - id: broken
                uses: fail.always
                with: {write: partial.txt}
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
              - id: look
                uses: observe
                needs: [imp]
            """, output: directory.path, observer: observer)

        #expect(!result.succeeded)
        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.stage == "broken")
        #expect(failure.uses == "fail.always")
        #expect(failure.error is StageBroke)
        #expect(summaries(failure.diagnostics) == ["- run.unexpected-error: unexpected error: StageBroke()"])
        #expect(result.skipped == ["score", "report"])
        #expect(result.artifacts == [])
        // Independent stages still ran.
        #expect(Set(result.datasets.keys) == ["imp", "look"])
        #expect(observer.events.contains("finished look"))
        #expect(observer.events.contains("failed broken"))
        #expect(!observer.events.contains { $0.hasPrefix("started score") || $0.hasPrefix("started report") })

        // Nothing new in the output directory, the earlier files unchanged, no staging left.
        #expect(try directory.contents() == ["imp.txt", "keep.txt"])
        #expect(try directory.read("imp.txt") == "earlier run")
        #expect(try directory.read("keep.txt") == "earlier report")
        #expect(stagingEntries(in: directory.path) == [])
    }

    @Test func everyFailingStageIsReported() async throws {
        let directory = try TemporaryDirectory()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: broken
                uses: fail.always
              - id: also
                uses: fail.always
              - id: fine
                uses: import.a
                with: {write: satu.txt}
            """, output: directory.path)
        #expect(Set(result.failures.map(\.stage)) == ["broken", "also"])
        #expect(result.failures.allSatisfy { $0.uses == "fail.always" })
        #expect(result.skipped == [])
        #expect(result.datasets.keys.sorted() == ["fine"])
        #expect(try directory.contents() == [])
    }

    @Test func aSkippedStageNamesAFailedDependencyAsTheReason() async throws {
        // `report` waits on `score`, which was skipped, not failed: "'score' failed" would be untrue.
        let directory = try TemporaryDirectory()
        let observer = RecordingObserver()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: broken
                uses: fail.always
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
            """, output: directory.path, observer: observer)
        #expect(result.skipped == ["score", "report"])
        let failed = Set(result.failures.map(\.stage))
        #expect(observer.skipped.map(\.stage) == ["score", "report"])
        for skip in observer.skipped {
            #expect(failed.contains(skip.dependency), "'\(skip.stage)' is said to be skipped because '\(skip.dependency)' failed")
        }
    }

    @Test func aSuccessfulRunCommitsItsFilesAndRemovesTheStagingDirectory() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("out/2026-S1/report.txt", "stale")
        try directory.write("out/2026-S1/other.txt", "untouched")
        let output = directory.url("out/2026-S1")
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: imp
                uses: import.a
                with: {value: "1", write: satu.txt}
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
            """, output: output)
        #expect(result.succeeded)
        #expect(result.skipped == [])
        #expect(result.artifacts == [directory.url("out/2026-S1/report.txt"), directory.url("out/2026-S1/satu.txt")])
        #expect(try directory.contents("out/2026-S1") == ["other.txt", "report.txt", "satu.txt"])
        #expect(try directory.read("out/2026-S1/report.txt") == "imp:1\n")
        #expect(try directory.read("out/2026-S1/satu.txt") == "1")
        #expect(try directory.read("out/2026-S1/other.txt") == "untouched")
        #expect(stagingEntries(in: output) == [])
    }

    /// A commit that fails half-way (here a directory stands where the second file goes) fails
    /// the run; the file moved before it must not have replaced the last good one.
    @Test func aCommitThatFailsHalfWayLeavesTheEarlierFilesUnchanged() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("satu.txt", "earlier run")
        try FileManager.default.createDirectory(atPath: directory.url("report.txt"), withIntermediateDirectories: false)
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: imp
                uses: import.a
                with: {value: "1", write: satu.txt}
              - id: score
                uses: evaluate.b
              - id: report
                uses: report.b
            """, output: directory.path)
        #expect(!result.succeeded)
        #expect(result.failures.map(\.stage) == ["output"])
        #expect(result.failures.first?.diagnostics.map(\.code) == ["output.cannot-write"])
        #expect(result.artifacts == [])
        #expect(stagingEntries(in: directory.path) == [])
        #expect(try directory.read("satu.txt") == "earlier run")
    }

    @Test func theOutputDirectoryIsCreatedWhenMissing() async throws {
        let directory = try TemporaryDirectory()
        let output = directory.url("a/b/c")
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: imp
                uses: import.a
                with: {write: satu.txt}
            """, output: output)
        #expect(result.succeeded)
        #expect(try directory.contents("a/b/c") == ["satu.txt"])
    }

    @Test func twoStagesWritingTheSameFileFailTheRun() async throws {
        let directory = try TemporaryDirectory()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: imp
                uses: import.a
              - id: score
                uses: evaluate.b
              - id: left
                uses: report.b
                with: {file: sama.txt}
              - id: right
                uses: report.b
                with: {file: sama.txt}
            """, output: directory.path)
        #expect(!result.succeeded)
        #expect(result.failures.count == 1)
        let failure = try #require(result.failures.first)
        #expect(["left", "right"].contains(failure.stage))
        #expect(failure.diagnostics == [.error(at: nil, PipelineMessage.outputWrittenTwice("sama.txt"))])
        #expect(summary(failure.diagnostics[0]) == "- output.written-twice: two stages write the same output file 'sama.txt' [give the stages different file names]")
        #expect(try directory.contents() == [])
    }

    @Test func anOutputDirectoryThatCannotBeCreatedFailsBeforeAnyStage() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("berkas", "a file, not a directory")
        let observer = RecordingObserver()
        let result = try await run("""
            version: 1
            name: Uji
            stages:
              - id: imp
                uses: import.a
            """, output: directory.url("berkas/out"), observer: observer)
        #expect(!result.succeeded)
        #expect(result.failures.map(\.stage) == ["output"])
        #expect(result.failures.first?.diagnostics.map(\.code) == ["output.cannot-create"])
        #expect(observer.events == [])
    }

    @Test func stageFailureDiagnostics() {
        let diagnostic = Diagnostic.error(at: at(3, 4), PipelineMessage.noInputFile(pattern: "x.csv"))
        #expect(StageFailure(stage: "s", uses: "u", error: diagnostic).diagnostics == [diagnostic])
        #expect(StageFailure(stage: "s", uses: "u", error: Diagnostics([diagnostic, diagnostic])).diagnostics == [diagnostic, diagnostic])
        #expect(StageFailure(stage: "s", uses: "u", error: StageBroke()).diagnostics
            == [.error(at: nil, PipelineMessage.unexpectedError("StageBroke()"))])
    }
}
