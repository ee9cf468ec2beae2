import Foundation
import PantauCore
public import PantauYAML
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pipeline stage provided by an external plugin: a program started for each run, without a
/// shell, in its own directory, with a clean environment and a private temporary directory. It
/// gets one JSON request on standard input and answers with JSON Lines on standard output
/// (docs/plugin-protocol.md). Every message is checked; anything wrong fails this stage with the
/// plugin's own last words, never the host.
public struct ExternalStage: RunnableStage {
    public let manifest: PluginManifest
    /// The stage's `with:` as the request sends it: defaults filled in, input paths absolute.
    public let configuration: JSONValue
    let collectors: [(kind: DatasetKind, collector: any PluginRecordCollector)]
    let support: PluginSupport

    /// The factory that makes this stage from a pipeline's configuration.
    public static func factory(_ manifest: PluginManifest, support: PluginSupport) -> StageFactory {
        StageFactory(descriptor: manifest.descriptor) { configuration throws(Diagnostics) in
            try ExternalStage(manifest: manifest, configuration: configuration, support: support)
        }
    }

    public init(manifest: PluginManifest, configuration: StageConfiguration, support: PluginSupport) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let json = problems.attempt { try PluginConfiguration.json(configuration) }
        var collectors: [(kind: DatasetKind, collector: any PluginRecordCollector)] = []
        for kind in manifest.declaredProduces where kind != .findings {
            guard let intake = support.intake(for: kind) else { continue }
            if let collector = problems.attempt({ try intake.collector(for: configuration, plugin: manifest.name) }) {
                collectors.append((kind, collector))
            }
        }
        try problems.throwIfErrors()
        self.manifest = manifest
        self.configuration = json ?? .object([])
        self.collectors = collectors
        self.support = support
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let workspace = try PluginWorkspace.make()
        defer { workspace.remove() }

        let request = try PluginRequest.encode(
            manifest: manifest, configuration: configuration, context: context, workspace: workspace,
            inlineLimit: support.inlineDatasetLimit)
        let requestFile = (workspace.root as NSString).appendingPathComponent("request.json")
        do {
            try Data(request).write(to: URL(fileURLWithPath: requestFile))
        } catch {
            throw Diagnostic.error(at: nil, PluginMessage.cannotPrepare(reason: RunOutput.reason(error)))
        }

        let session = PluginSession(manifest: manifest, collectors: collectors, note: context.note)
        let launch = PluginLaunch(
            executable: manifest.executable, arguments: manifest.arguments, workingDirectory: manifest.directory,
            environment: PluginWorkspace.environment(home: workspace.home, temporary: workspace.temporary), standardInput: requestFile,
            limits: manifest.limits, gracePeriod: support.gracePeriod)
        let exit = await PluginProcess.run(launch) { line, number in session.handle(line, number: number) }

        let outcome = session.outcome()
        var problems = Self.failures(of: exit, outcome: outcome, manifest: manifest)
        var artifacts: [(name: String, contents: Data)] = []
        if problems.isEmpty {
            do {
                artifacts = try outcome.artifacts.map { name throws(Diagnostic) in
                    (name, try workspace.artifact(name, plugin: manifest.name))
                }
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else {
            if !exit.stderrTail.isEmpty { problems.append(Diagnostic(.note, at: nil, PluginMessage.stderrTail(lines: exit.stderrTail))) }
            throw Diagnostics(problems)
        }

        var datasets: [any Dataset] = []
        for collector in outcome.collectors {
            datasets += try collector.collector.finish(in: context)
        }
        if manifest.declaredProduces.contains(.findings) { datasets.append(Findings(outcome.findings)) }
        for artifact in artifacts {
            try context.output.write(artifact.name, contents: artifact.contents)
        }
        return datasets
    }

    /// What went wrong, in the order it matters: a broken message first (the host stopped the
    /// plugin for it), then the limits, then how the plugin ended, then errors it reported.
    static func failures(of exit: PluginExit, outcome: PluginSession.Outcome, manifest: PluginManifest) -> [Diagnostic] {
        let plugin = manifest.name
        if let violation = outcome.violation { return [.error(at: nil, violation)] }
        if exit.outputLimitExceeded { return [.error(at: nil, PluginMessage.outputTooLarge(plugin: plugin, limit: manifest.limits.maxOutputBytes))] }
        if exit.timedOut {
            let (seconds, _) = manifest.limits.timeout.components
            return [.error(at: nil, PluginMessage.timedOut(plugin: plugin, seconds: Int(seconds)))]
        }
        var problems = outcome.reportedErrors.map { Diagnostic.error(at: nil, PluginMessage.reportedError(plugin: plugin, message: $0)) }
        switch exit.ending {
        case .exited(0): break
        case .exited(let status): problems.append(.error(at: nil, PluginMessage.exitStatus(plugin: plugin, status: status)))
        case .signalled(let signal): problems.append(.error(at: nil, PluginMessage.signalled(plugin: plugin, signal: signal)))
        case .notStarted(let reason):
            problems.append(.error(at: nil, PluginMessage.cannotStart(plugin: plugin, program: manifest.executable, reason: reason)))
        }
        return problems
    }
}

// MARK: - Session

/// Checks a running plugin's messages one line at a time and keeps what they carry.
final class PluginSession: Sendable {
    struct Outcome: Sendable {
        var collectors: [(kind: DatasetKind, collector: any PluginRecordCollector)]
        var findings: [Finding] = []
        /// Artifact file names, in the order announced, each once.
        var artifacts: [String] = []
        var reportedErrors: [String] = []
        /// The first message that broke the protocol.
        var violation: PluginMessage?
        var records: [DatasetKind: Int] = [:]
        var lastProgressNote: ContinuousClock.Instant?
    }

    private let state: Mutex<Outcome>
    private let plugin: String
    private let declared: [DatasetKind]
    private let note: @Sendable (String) -> Void

    init(manifest: PluginManifest, collectors: [(kind: DatasetKind, collector: any PluginRecordCollector)], note: @escaping @Sendable (String) -> Void) {
        self.state = Mutex(Outcome(collectors: collectors))
        self.plugin = manifest.name
        self.declared = manifest.declaredProduces
        self.note = note
    }

    func outcome() -> Outcome { state.withLock { $0 } }

    func handle(_ line: ArraySlice<UInt8>, number: Int) -> PluginProcess.Verdict {
        // Blank lines carry nothing; they are allowed so that a stray newline is no failure.
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .proceed }
        let event: PluginEvent
        do {
            event = try PluginEvent.parse(line, number: number, plugin: plugin, declared: declared)
        } catch {
            state.withLock { $0.violation = error.message }
            return .stop
        }
        switch event {
        case .record(let kind, let data, let source):
            state.withLock { state in
                let count = state.records[kind, default: 0] + 1
                state.records[kind] = count
                if let index = state.collectors.firstIndex(where: { $0.kind == kind }) {
                    state.collectors[index].collector.add(data, source: source, number: count)
                }
            }
        case .finding(let finding):
            state.withLock { $0.findings.append(finding) }
        case .artifact(let path):
            switch PluginWorkspace.artifactName(path, plugin: plugin) {
            case .success(let name):
                state.withLock { if !$0.artifacts.contains(name) { $0.artifacts.append(name) } }
            case .failure(let violation):
                state.withLock { $0.violation = violation }
                return .stop
            }
        case .log(let level, let message):
            switch level {
            case .debug: break
            case .info: note("\(plugin): \(message)")
            case .warning, .error: note("\(plugin): \(level.rawValue): \(message)")
            }
        case .progress(let done, let total, let message):
            // At most one progress note a second, and the last one.
            let now = ContinuousClock.now
            let show = state.withLock { state -> Bool in
                let finished = total.map { done >= $0 } ?? false
                guard finished || state.lastProgressNote.map({ now - $0 >= .seconds(1) }) ?? true else { return false }
                state.lastProgressNote = now
                return true
            }
            if show {
                let figures = total.map { "\(done)/\($0)" } ?? "\(done)"
                note("\(plugin): \(figures)\(message.map { " \($0)" } ?? "")")
            }
        case .error(let message):
            state.withLock { $0.reportedErrors.append(message) }
        }
        return .proceed
    }
}

// MARK: - Workspace

/// A plugin run's private temporary directory: its home, its temporary files, the request,
/// the datasets too large to send inline, and the output directory it may write in. Removed
/// when the stage ends, and by the signal clean-up if pantau is stopped.
struct PluginWorkspace: Sendable {
    let root: String

    var home: String { (root as NSString).appendingPathComponent("home") }
    var temporary: String { (root as NSString).appendingPathComponent("tmp") }
    var output: String { (root as NSString).appendingPathComponent("output") }
    var datasets: String { (root as NSString).appendingPathComponent("datasets") }

    static func make() throws(Diagnostic) -> PluginWorkspace {
        let base = FileManager.default.temporaryDirectory.path
        var template = Array((base as NSString).appendingPathComponent("pantau-plugin-XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Diagnostic.error(at: nil, PluginMessage.cannotPrepare(reason: String(cString: strerror(errno))))
        }
        let workspace = PluginWorkspace(root: String(cString: created))
        StagingDirectories.shared.insert(workspace.root)
        for directory in [workspace.home, workspace.temporary, workspace.output, workspace.datasets] where mkdir(directory, 0o700) != 0 {
            let reason = String(cString: strerror(errno))
            workspace.remove()
            throw Diagnostic.error(at: nil, PluginMessage.cannotPrepare(reason: reason))
        }
        return workspace
    }

    func remove() {
        StagingDirectories.shared.removeIfRegistered(root)
    }

    /// The whole environment a plugin sees: nothing from pantau's own.
    static func environment(home: String, temporary: String) -> [String: String] {
        [
            "PATH": PluginManifestReader.searchPath.joined(separator: ":"),
            "LANG": "C.UTF-8",
            "HOME": home,
            "TMPDIR": temporary,
            "PANTAU_PROTOCOL": String(PluginManifest.protocolVersion),
        ]
    }

    /// The file name an `artifact` message announces: a file directly in the output directory.
    static func artifactName(_ path: String, plugin: String) -> Result<String, PluginMessage> {
        if path.hasPrefix("/") { return .failure(.artifactAbsolute(plugin: plugin, path: path)) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if parts.contains("..") { return .failure(.artifactEscapes(plugin: plugin, path: path)) }
        guard parts.count == 1 else { return .failure(.artifactInSubdirectory(plugin: plugin, path: path)) }
        let name = String(parts[0])
        guard RunOutput.isPlainName(name) else { return .failure(.artifactEscapes(plugin: plugin, path: path)) }
        return .success(name)
    }

    /// The contents of an announced artifact, after checking that it is a regular file in the
    /// output directory, reached without following any symbolic link.
    func artifact(_ name: String, plugin: String) throws(Diagnostic) -> Data {
        var info = stat()
        // The output directory itself may have been replaced by a link to somewhere else.
        guard lstat(output, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Diagnostic.error(at: nil, PluginMessage.artifactEscapes(plugin: plugin, path: name))
        }
        let path = (output as NSString).appendingPathComponent(name)
        guard lstat(path, &info) == 0 else { throw Diagnostic.error(at: nil, PluginMessage.artifactMissing(plugin: plugin, path: name)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw Diagnostic.error(at: nil, PluginMessage.artifactSymlink(plugin: plugin, path: name))
        default: throw Diagnostic.error(at: nil, PluginMessage.artifactNotFile(plugin: plugin, path: name))
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Diagnostic.error(at: nil, PluginMessage.artifactUnreadable(plugin: plugin, path: name, reason: String(cString: strerror(errno))))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw Diagnostic.error(at: nil, PluginMessage.artifactUnreadable(plugin: plugin, path: name, reason: RunOutput.reason(error)))
        }
    }
}
