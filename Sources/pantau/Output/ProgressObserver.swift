import Foundation
import PantauPipeline
import PantauYAML

/// Shows a run's progress: `[2/5] evaluasi (evaluate.skm) …` lines on a terminal, and plain
/// `key=value` lines when the output goes to a file or cron's mail, where they are easy to grep.
struct ProgressObserver: RunObserver {
    var language: Language
    var quiet: Bool
    var terminal: Bool = Console.isTerminal
    private let lock = NSLock()

    init(language: Language, quiet: Bool) {
        self.language = language
        self.quiet = quiet
    }

    private func emit(_ line: String) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        Console.out(line)
    }

    func stageStarted(_ step: Plan.Step, number: Int, total: Int) {
        if terminal {
            emit(CLIText.progressStart(number: number, total: total, stage: step.id, uses: step.descriptor.id).text(language))
        } else {
            emit("pantau stage=\(step.id) uses=\(step.descriptor.id) step=\(number)/\(total) status=started")
        }
    }

    func stageFinished(_ step: Plan.Step, number: Int, total: Int, duration: Duration) {
        let seconds = Self.seconds(duration, language: terminal ? language : .english)
        if terminal {
            emit(CLIText.progressDone(number: number, total: total, stage: step.id, uses: step.descriptor.id, seconds: seconds).text(language))
        } else {
            emit("pantau stage=\(step.id) uses=\(step.descriptor.id) step=\(number)/\(total) status=done seconds=\(seconds)")
        }
    }

    func stageFailed(_ step: Plan.Step, number: Int, total: Int, failure: StageFailure) {
        if terminal {
            emit(CLIText.progressFailed(number: number, total: total, stage: step.id, uses: step.descriptor.id).text(language))
        } else {
            emit("pantau stage=\(step.id) uses=\(step.descriptor.id) step=\(number)/\(total) status=failed")
        }
    }

    func stageSkipped(_ step: Plan.Step, because dependency: String) {
        if terminal {
            emit(CLIText.progressSkipped(stage: step.id, dependency: dependency).text(language))
        } else {
            emit("pantau stage=\(step.id) uses=\(step.descriptor.id) status=skipped after=\(dependency)")
        }
    }

    func note(_ text: String, from stage: String) {
        emit(terminal ? "    \(stage): \(text)" : "pantau stage=\(stage) note=\(text)")
    }

    /// Seconds with two decimals, in the reader's notation (`0,08` in Indonesian).
    static func seconds(_ duration: Duration, language: Language) -> String {
        let (seconds, attoseconds) = duration.components
        let text = String(format: "%.2f", Double(seconds) + Double(attoseconds) / 1e18)
        return language == .indonesian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
