import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

#if canImport(Glibc)
import Glibc
#endif

// MARK: - What test plugins exchange

extension LetterA: PluginEncodableDataset {
    func pluginJSON(in context: StageContext) throws -> [UInt8] { Array(JSONValue.object([("value", .string(value))]).text.utf8) }
}

/// Records of kind `a`: `{"value": "…"}`; anything else is rejected, so tests can count.
struct LetterRecordIntake: PluginRecordIntake {
    var kind: DatasetKind { "a" }
    var alsoProduces: [DatasetKind] { ["a-account"] }

    func collector(for configuration: StageConfiguration, plugin: String) throws(Diagnostics) -> any PluginRecordCollector {
        LetterCollector()
    }
}

struct LetterAccount: Dataset {
    static let kind: DatasetKind = "a-account"
    var read: Int
    var accepted: Int
    var rejected: [Int]
}

struct LetterCollector: PluginRecordCollector {
    var values: [String] = []
    var read = 0
    var rejected: [Int] = []

    mutating func add(_ data: JSONValue, source: JSONValue?, number: Int) {
        read += 1
        if let value = data["value"]?.stringValue { values.append(value) } else { rejected.append(number) }
    }

    func finish(in context: StageContext) throws -> [any Dataset] {
        values.map { LetterA(value: $0) } + [LetterAccount(read: read, accepted: values.count, rejected: rejected)]
    }
}

/// Short limits, so that the failure tests stay quick on a loaded machine.
let testPluginSupport = PluginSupport(
    recordIntakes: [LetterRecordIntake()], consumableKinds: ["a"], defaultLimits: PluginLimits(timeout: .seconds(20), maxOutputBytes: 1 << 20),
    gracePeriod: .milliseconds(500))

// MARK: - A project with plugins

/// A pipeline file `p.yaml` and plugins under `plugins/`, in a temporary directory.
final class PluginProject {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    var path: String { directory.path }

    /// Writes `plugins/<name>/plugin.yaml` and an executable `run.sh` holding `script` after `#!/bin/sh`.
    @discardableResult
    func plugin(
        _ name: String, stage: String = "evaluate.test", role: String = "evaluator", produces: [String] = ["findings"],
        consumes: [String] = [], options: String = "", limits: String = "", script: String, shebang: String = "#!/bin/sh",
        program: String = "./run.sh", arguments: [String] = []
    ) throws -> String {
        var manifest = """
            name: \(name)
            version: 1.0.0
            protocol: 1
            stage: \(stage)
            role: \(role)
            summary: { id: Uji \(name), en: Test \(name) }
            program: \(program)
            arguments: [\(arguments.joined(separator: ", "))]
            consumes: [\(consumes.joined(separator: ", "))]
            produces: [\(produces.joined(separator: ", "))]
            example: "- id: x"

            """
        if !options.isEmpty { manifest += "options:\n\(options)\n" }
        if !limits.isEmpty { manifest += "limits:\n\(limits)\n" }
        try directory.write("plugins/\(name)/plugin.yaml", manifest)
        let script = try directory.write("plugins/\(name)/run.sh", "\(shebang)\n\(script)\n")
        chmod(script, 0o755)
        return directory.url("plugins/\(name)")
    }

    func write(_ relative: String, _ text: String) throws { try directory.write(relative, text) }

    func load(_ pipeline: String, support: PluginSupport = testPluginSupport) throws(Diagnostics) -> LoadedPipeline {
        do {
            try directory.write("p.yaml", pipeline)
        } catch {
            Issue.record("cannot write the pipeline: \(error)")
        }
        return try PipelineLoader(registry: testRegistry, today: today, plugins: support).load(path: directory.url("p.yaml"))
    }

    /// Loads and runs the pipeline into `out/`.
    func run(
        _ pipeline: String, support: PluginSupport = testPluginSupport, observer: RecordingObserver = RecordingObserver()
    ) async throws -> RunResult {
        let loaded = try load(pipeline, support: support)
        return await PipelineRunner(pipeline: loaded, observer: observer).run(settings(output: directory.url("out")))
    }

    /// A pipeline with the one plugin stage `uses`, as stage `x`, with `with` under it.
    static func pipeline(_ uses: String = "evaluate.test", with: String = "", before: String = "") -> String {
        """
        version: 1
        name: Uji plugin
        stages:
        \(before)  - id: x
            uses: \(uses)
        \(with.isEmpty ? "" : "    with:\n" + with)
        """
    }
}

/// The English text of every diagnostic of every failure.
func failureTexts(_ result: RunResult) -> [String] {
    result.failures.flatMap(\.diagnostics).map { $0.message.text(.english) }
}

/// Whether a process is alive (a zombie awaiting its reaper counts as ended).
func isAlive(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
    let state = stat.split(separator: ")").last?.split(separator: " ").first
    return state != "Z" && state != "X"
}
