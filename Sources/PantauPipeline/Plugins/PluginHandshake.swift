public import PantauYAML
import Synchronization

/// `program arguments… --describe`: the plugin prints its descriptor as one JSON object, and
/// `pantau plugins check` compares it with the manifest, so that a program and its manifest
/// cannot drift apart unnoticed.
public enum PluginHandshake {
    /// What `--describe` may print, and the longest it may take.
    static let outputLimit = 1 << 20
    static let timeout: Duration = .seconds(10)

    /// Every difference between the manifest and what the program describes, or why it could not say.
    public static func check(_ manifest: PluginManifest, support: PluginSupport) async -> [Diagnostic] {
        let plugin = manifest.name
        let workspace: PluginWorkspace
        do {
            workspace = try PluginWorkspace.make()
        } catch {
            return [error]
        }
        defer { workspace.remove() }
        let collected = CollectedLines()
        let launch = PluginLaunch(
            executable: manifest.executable, arguments: manifest.arguments + ["--describe"], workingDirectory: manifest.directory,
            environment: PluginWorkspace.environment(home: workspace.home, temporary: workspace.temporary), standardInput: nil,
            limits: PluginLimits(timeout: timeout, maxOutputBytes: outputLimit), gracePeriod: support.gracePeriod)
        let exit = await PluginProcess.run(launch) { line, _ in
            collected.append(line)
            return .proceed
        }
        var failure: PluginMessage?
        if exit.outputLimitExceeded {
            failure = .outputTooLarge(plugin: plugin, limit: outputLimit)
        } else if exit.timedOut {
            failure = .timedOut(plugin: plugin, seconds: 10)
        } else {
            switch exit.ending {
            case .exited(0): break
            case .exited(let status): failure = .exitStatus(plugin: plugin, status: status)
            case .signalled(let signal): failure = .signalled(plugin: plugin, signal: signal)
            case .notStarted(let reason): failure = .cannotStart(plugin: plugin, program: manifest.executable, reason: reason)
            }
        }
        if let failure {
            var problems = [Diagnostic.error(at: nil, failure)]
            if !exit.stderrTail.isEmpty { problems.append(Diagnostic(.note, at: nil, PluginMessage.stderrTail(lines: exit.stderrTail))) }
            return problems
        }
        let described: JSONValue
        do {
            described = try JSONValue.parse(collected.bytes)
        } catch {
            return [.error(at: nil, PluginMessage.describeNotJSON(plugin: plugin, error: error))]
        }
        guard described.objectValue != nil else { return [.error(at: nil, PluginMessage.describeNotJSON(plugin: plugin, error: nil))] }
        return compare(described, with: manifest)
    }

    static func compare(_ described: JSONValue, with manifest: PluginManifest) -> [Diagnostic] {
        let plugin = manifest.name
        let descriptor = manifest.descriptor
        var problems: [Diagnostic] = []
        func mismatch(_ field: String, _ expected: String, _ found: String) {
            problems.append(.error(at: nil, PluginMessage.describeMismatch(plugin: plugin, field: field, manifest: expected, program: found)))
        }
        func required(_ field: String) -> JSONValue? {
            guard let value = described[field] else {
                problems.append(.error(at: nil, PluginMessage.describeMissing(plugin: plugin, field: field)))
                return nil
            }
            return value
        }
        if let value = required("protocol"), value != .integer(PluginManifest.protocolVersion) {
            mismatch("protocol", String(PluginManifest.protocolVersion), value.text)
        }
        if let value = required("stage"), value != .string(descriptor.id) { mismatch("stage", "'\(descriptor.id)'", value.text) }
        if let value = required("role"), value != .string(descriptor.role.rawValue) { mismatch("role", "'\(descriptor.role.rawValue)'", value.text) }
        for (field, expected) in [("name", manifest.name), ("version", manifest.version)] {
            if let value = described[field], value != .string(expected) { mismatch(field, "'\(expected)'", value.text) }
        }
        let kindLists: [(String, [DatasetKind], Bool)] = [
            ("consumes", descriptor.consumes, true), ("consumes_if_present", descriptor.consumesIfPresent, false),
            ("produces", manifest.declaredProduces, true),
        ]
        for (field, expected, isRequired) in kindLists {
            let value = isRequired ? required(field) : (described[field] ?? .array([]))
            guard let value else { continue }
            let found = value.arrayValue?.compactMap(\.stringValue)
            if found.map(Set.init) != Set(expected.map(\.rawValue)) || found?.count != value.arrayValue?.count {
                mismatch(field, list(expected.map(\.rawValue)), value.text)
            }
        }
        if let value = required("options") {
            let expected = descriptor.options.map { "\($0.key): \(typeName($0.type))\($0.isRequired ? " (required)" : "")" }
            var found: [String] = []
            for item in value.arrayValue ?? [] {
                let key = item["key"]?.stringValue ?? "?"
                let type = item["type"]?.stringValue ?? "?"
                let isRequired = item["required"] == .bool(true)
                found.append("\(key): \(type)\(isRequired ? " (required)" : "")")
            }
            if value.arrayValue == nil || Set(found) != Set(expected) || found.count != expected.count {
                mismatch("options", list(expected), list(found))
            }
        }
        return problems
    }

    /// An option type as a manifest names it.
    static func typeName(_ type: OptionType) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .decimal: "decimal"
        case .boolean: "boolean"
        case .date: "date"
        case .choice: "choice"
        case .inputFile: "path"
        case .inputFiles: "paths"
        case .outputFileName: "file-name"
        case .list: "list"
        case .mapping: "mapping"
        case .object: "object"
        case .custom: "custom"
        }
    }

    private static func list(_ items: [String]) -> String { "[\(items.sorted().joined(separator: ", "))]" }
}

/// Standard output of `--describe`, line by line.
private final class CollectedLines: Sendable {
    private let storage = Mutex<[UInt8]>([])

    func append(_ line: ArraySlice<UInt8>) {
        storage.withLock {
            $0.append(contentsOf: line)
            $0.append(0x0A)
        }
    }

    var bytes: [UInt8] { storage.withLock { $0 } }
}
