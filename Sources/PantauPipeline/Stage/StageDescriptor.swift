public import PantauYAML

/// Everything Pantau knows about a stage without running it. One declaration drives the
/// validation of `with:`, the `pantau stages` listing and the generated stage reference.
public struct StageDescriptor: Sendable {
    public var id: String
    public var role: StageRole
    public var summary: LocalizedText
    public var details: LocalizedText?
    public var options: [StageOption]
    /// Kinds the stage needs; the pipeline is invalid without a producer for each.
    public var consumes: [DatasetKind]
    /// Kinds the stage uses when some stage produces them (a report's data-quality section, say).
    public var consumesIfPresent: [DatasetKind]
    public var produces: [DatasetKind]
    /// A stage entry as a user would write it in a pipeline.
    public var example: String
    /// Built into Pantau, or provided by an external plugin.
    public var origin: StageOrigin

    public init(
        id: String, role: StageRole, summary: LocalizedText, details: LocalizedText? = nil,
        options: [StageOption] = [], consumes: [DatasetKind] = [], consumesIfPresent: [DatasetKind] = [],
        produces: [DatasetKind] = [], example: String, origin: StageOrigin = .builtIn
    ) {
        self.id = id
        self.role = role
        self.summary = summary
        self.details = details
        self.options = options
        self.consumes = consumes
        self.consumesIfPresent = consumesIfPresent
        self.produces = produces
        self.example = example
        self.origin = origin
    }

    public func option(_ key: String) -> StageOption? { options.first { $0.key == key } }
}

/// Where a stage comes from.
public enum StageOrigin: Sendable, Equatable {
    case builtIn
    /// An external plugin: its name and version, and its manifest file as people should read it.
    case plugin(name: String, version: String, manifest: String)
}
