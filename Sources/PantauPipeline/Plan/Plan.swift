/// The stages of a pipeline in an order that respects every dependency, with the reason for
/// each dependency: a `needs:` entry, or a dataset kind one stage produces and another consumes.
public struct Plan: Sendable {
    public enum Reason: Sendable, Hashable {
        case needs
        case consumes(DatasetKind)
    }

    public struct Dependency: Sendable, Hashable {
        public var stage: String
        public var reasons: [Reason]
    }

    public struct Step: Sendable {
        public var spec: StageSpec
        public var descriptor: StageDescriptor
        /// Direct dependencies, in pipeline order.
        public var dependencies: [Dependency]

        public var id: String { spec.id.value }
    }

    /// Topologically ordered: each step comes after its dependencies, and whenever several
    /// stages are ready the earliest in the pipeline file comes first.
    public var steps: [Step]

    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

    /// Every stage `id` depends on, directly or through others.
    public func ancestors(of id: String) -> Set<String> {
        var seen: Set<String> = []
        var pending = step(id)?.dependencies.map(\.stage) ?? []
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            pending += step(next)?.dependencies.map(\.stage) ?? []
        }
        return seen
    }

    /// Groups of stages that can run together: each wave depends only on earlier waves.
    public var waves: [[String]] {
        var level: [String: Int] = [:]
        for step in steps {
            level[step.id] = (step.dependencies.compactMap { level[$0.stage] }.max() ?? -1) + 1
        }
        let count = (level.values.max() ?? -1) + 1
        return (0..<count).map { wave in steps.filter { level[$0.id] == wave }.map(\.id) }
    }
}
