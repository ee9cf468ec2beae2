/// The stages a pipeline may use, looked up by id. Built-in stages are listed once, in
/// `PantauStages`; external plugins join the same registry.
public struct StageRegistry: @unchecked Sendable {
    // Metatypes of Sendable types are safe to share; the annotation only spares the compiler
    // from proving it for an existential metatype array.
    public private(set) var stages: [any Stage.Type]

    public init(_ stages: [any Stage.Type]) { self.stages = stages }

    public func stage(_ id: String) -> (any Stage.Type)? {
        stages.first { $0.descriptor.id == id }
    }

    public var descriptors: [StageDescriptor] { stages.map { $0.descriptor } }

    public var ids: [String] { descriptors.map(\.id) }

    /// Stages that produce a kind, for "add a stage such as …" hints.
    public func producers(of kind: DatasetKind) -> [String] {
        descriptors.filter { $0.produces.contains(kind) }.map(\.id)
    }
}
