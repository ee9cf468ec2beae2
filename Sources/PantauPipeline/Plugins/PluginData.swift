public import PantauCore
public import PantauYAML

// What crosses the boundary between Pantau and an external plugin: datasets a plugin consumes
// go out as JSON, records it produces come back through the same checks a built-in importer of
// that kind applies. The engine does not know the domain's kinds; the library that defines
// them (PantauStages) provides both directions through these protocols.

/// A dataset that can be handed to a plugin as JSON.
public protocol PluginEncodableDataset: Dataset {
    /// The dataset as compact JSON text (UTF-8), as the plugin protocol documents it for the kind.
    func pluginJSON(in context: StageContext) throws -> [UInt8]
}

/// Checks the records of one dataset kind that plugins produce, exactly as the built-in
/// importer of that kind checks its rows, and turns the accepted ones into datasets.
public protocol PluginRecordIntake: Sendable {
    /// The kind of the records, as plugins name it in `record` messages.
    var kind: DatasetKind { get }
    /// What the intake produces besides `kind` (an import account, say), for the descriptor.
    var alsoProduces: [DatasetKind] { get }
    /// Reads what the intake needs from the stage's configuration, at validation time, and
    /// returns an empty collector for one run of the stage.
    func collector(for configuration: StageConfiguration, plugin: String) throws(Diagnostics) -> any PluginRecordCollector
}

/// Collects the records of one kind during one run of a plugin stage.
public protocol PluginRecordCollector: Sendable {
    /// One record's `data`, with where it came from: `source` as the plugin gave it (`file`,
    /// `row`, `line`), and its number among the records of this kind, from 1.
    mutating func add(_ data: JSONValue, source: JSONValue?, number: Int)
    /// The datasets the accepted records make; writes the rejects file, if any, into the run's output.
    func finish(in context: StageContext) throws -> [any Dataset]
}

/// What the plugin host may exchange with plugins, beyond the findings it handles itself.
public struct PluginSupport: Sendable {
    /// Kinds plugins may produce as `record` messages, each with its checks.
    public var recordIntakes: [any PluginRecordIntake]
    /// Kinds whose datasets can be handed to a plugin (they conform to `PluginEncodableDataset`).
    public var consumableKinds: [DatasetKind]
    /// Limits for plugins whose manifest sets none.
    public var defaultLimits: PluginLimits
    /// How long a plugin has to end after SIGTERM before it gets SIGKILL.
    public var gracePeriod: Duration
    /// A consumed dataset larger than this goes to the plugin as a file rather than inline.
    public var inlineDatasetLimit: Int

    public init(
        recordIntakes: [any PluginRecordIntake], consumableKinds: [DatasetKind], defaultLimits: PluginLimits = .default,
        gracePeriod: Duration = .seconds(2), inlineDatasetLimit: Int = 1 << 20
    ) {
        self.recordIntakes = recordIntakes
        self.consumableKinds = (consumableKinds + [.findings]).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        self.defaultLimits = defaultLimits
        self.gracePeriod = gracePeriod
        self.inlineDatasetLimit = inlineDatasetLimit
    }

    /// Kinds a plugin may declare under `produces`.
    public var producibleKinds: [DatasetKind] { [.findings] + recordIntakes.map(\.kind) }

    public func intake(for kind: DatasetKind) -> (any PluginRecordIntake)? {
        recordIntakes.first { $0.kind == kind }
    }
}

/// How long a plugin may run and how much it may write to standard output.
public struct PluginLimits: Sendable, Equatable {
    public var timeout: Duration
    public var maxOutputBytes: Int

    public init(timeout: Duration, maxOutputBytes: Int) {
        self.timeout = timeout
        self.maxOutputBytes = maxOutputBytes
    }

    /// One minute and 64 MiB: generous for a bureau's importers, short enough that a hung
    /// plugin does not hold a nightly run until morning.
    public static let `default` = PluginLimits(timeout: .seconds(60), maxOutputBytes: 64 << 20)
}

// MARK: - Findings

extension DatasetKind {
    /// Findings of evaluators: built-in ones later, external plugins' `finding` messages now.
    public static let findings: DatasetKind = "findings"
}

extension Findings: PluginEncodableDataset {
    public static var kind: DatasetKind { .findings }

    /// An array of findings, each `{rule, subject: {unit, service}, severity, message, evidence}`.
    public func pluginJSON(in context: StageContext) throws -> [UInt8] {
        var out: [UInt8] = []
        JSONValue.array(items.map(\.json)).write(to: &out)
        return out
    }
}

extension Finding {
    var json: JSONValue {
        var subject: [(key: String, value: JSONValue)] = []
        if let unit = self.subject.unit { subject.append(("unit", .string(unit))) }
        if let service = self.subject.service { subject.append(("service", .string(service))) }
        return .object([
            ("rule", .string(rule)),
            ("subject", .object(subject)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
            ("evidence", .object(evidence.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }
}
