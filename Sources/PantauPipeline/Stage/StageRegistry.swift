public import PantauYAML

/// How to make a configured stage: its descriptor and a function from configuration to stage.
///
/// Built-in stages are Swift types and make themselves; an external plugin is described by its
/// manifest and made by the plugin host. The engine sees one kind of stage either way.
public struct StageFactory: Sendable {
    public var descriptor: StageDescriptor
    public var make: @Sendable (StageConfiguration) throws(Diagnostics) -> any RunnableStage

    public init(descriptor: StageDescriptor, make: @escaping @Sendable (StageConfiguration) throws(Diagnostics) -> any RunnableStage) {
        self.descriptor = descriptor
        self.make = make
    }

    /// The factory of a built-in stage type.
    public init<S: Stage>(_ type: S.Type) {
        self.init(descriptor: S.descriptor) { configuration throws(Diagnostics) in try S(configuration: configuration) }
    }
}

/// The stages a pipeline may use, looked up by id. Built-in stages are listed once, in
/// `PantauStages`; external plugins join the same registry.
public struct StageRegistry: Sendable {
    public private(set) var factories: [StageFactory]

    public init(factories: [StageFactory]) { self.factories = factories }

    /// A registry of built-in stage types.
    public init(_ stages: [any Stage.Type]) {
        self.init(factories: stages.map { StageFactory($0) })
    }

    /// This registry with more stages; a stage whose id is already taken is not added, and is
    /// returned so that the caller can report it.
    public func adding(_ more: [StageFactory]) -> (registry: StageRegistry, refused: [StageFactory]) {
        var result = self
        var refused: [StageFactory] = []
        for factory in more {
            if result.stage(factory.descriptor.id) != nil {
                refused.append(factory)
            } else {
                result.factories.append(factory)
            }
        }
        return (result, refused)
    }

    public func stage(_ id: String) -> StageFactory? {
        factories.first { $0.descriptor.id == id }
    }

    public var descriptors: [StageDescriptor] { factories.map(\.descriptor) }

    public var ids: [String] { descriptors.map(\.id) }

    /// Stages that produce a kind, for "add a stage such as …" hints.
    public func producers(of kind: DatasetKind) -> [String] {
        descriptors.filter { $0.produces.contains(kind) }.map(\.id)
    }
}
