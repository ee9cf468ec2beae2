public import PantauYAML

/// Turns checked stage entries into a `Plan`: connects consumers to producers, follows `needs`,
/// and reports unknown needs, kinds nobody produces, and cycles.
public struct Planner: Sendable {
    public var registry: StageRegistry

    public init(registry: StageRegistry) { self.registry = registry }

    /// - Parameters:
    ///   - entries: the stages whose `uses` names a known stage.
    ///   - declared: every stage id the pipeline declares, known `uses` or not, so that a need
    ///     naming a stage with a misspelt `uses` is not reported a second time.
    ///   - complete: false when some stages were left out for an unknown `uses`; what they would
    ///     have produced is unknown, so missing producers are not reported.
    ///   - unplanned: stages left out of the plan whose `needs` are still worth checking.
    public func plan(
        _ entries: [(spec: StageSpec, descriptor: StageDescriptor)], declared: [String]? = nil, complete: Bool = true,
        unplanned: [StageSpec] = []
    ) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let ids = entries.map(\.spec.id.value)
        let declaredIDs = declared ?? ids
        // A need that matches a declared id but for case names a stage whose invalid id is
        // already reported: one mistake, one message.
        let declaredLowercased = Set(declaredIDs.map { $0.lowercased() })
        for spec in unplanned {
            for need in spec.needs where !declaredLowercased.contains(need.value.lowercased()) {
                problems.append(.error(at: need.location, PipelineMessage.unknownNeed(
                    need: need.value, stage: spec.id.value, suggestion: ClosestName.suggest(for: need.value, among: declaredIDs))))
            }
        }
        var steps: [Plan.Step] = []

        for (spec, descriptor) in entries {
            var dependencies: [String: [Plan.Reason]] = [:]
            for need in spec.needs {
                if need.value == spec.id.value {
                    problems.append(.error(at: need.location, PipelineMessage.needsItself(stage: spec.id.value)))
                } else if ids.contains(need.value) {
                    dependencies[need.value, default: []].append(.needs)
                } else if !declaredLowercased.contains(need.value.lowercased()) {
                    problems.append(.error(at: need.location, PipelineMessage.unknownNeed(
                        need: need.value, stage: spec.id.value, suggestion: ClosestName.suggest(for: need.value, among: declaredIDs))))
                }
            }
            for (kind, required) in descriptor.consumes.map({ ($0, true) }) + descriptor.consumesIfPresent.map({ ($0, false) }) {
                let producers = entries.filter { $0.spec.id.value != spec.id.value && $0.descriptor.produces.contains(kind) }
                if producers.isEmpty && required && complete {
                    problems.append(.error(at: spec.uses.location, PipelineMessage.missingProducer(
                        stage: spec.id.value, kind: kind, candidates: registry.producers(of: kind))))
                }
                for producer in producers { dependencies[producer.spec.id.value, default: []].append(.consumes(kind)) }
            }
            let ordered = ids.filter { dependencies[$0] != nil }.map { Plan.Dependency(stage: $0, reasons: dependencies[$0]!) }
            steps.append(Plan.Step(spec: spec, descriptor: descriptor, dependencies: ordered))
        }

        // Kahn's algorithm, always taking the earliest ready stage in pipeline order.
        var ordered: [Plan.Step] = []
        var done: Set<String> = []
        var remaining = steps
        while let index = remaining.firstIndex(where: { $0.dependencies.allSatisfy { done.contains($0.stage) } }) {
            let step = remaining.remove(at: index)
            ordered.append(step)
            done.insert(step.id)
        }
        if !remaining.isEmpty, let cycle = findCycle(in: remaining) {
            let first = remaining.first { $0.id == cycle[0] }!
            let location = first.spec.needs.first { $0.value == cycle[1] }?.location ?? first.spec.location
            problems.append(.error(at: location, PipelineMessage.cycle(path: cycle)))
        }
        return (problems.isEmpty ? Plan(steps: ordered) : nil, problems)
    }

    /// A closed path through the stages that could not be ordered, starting and ending at one stage.
    private func findCycle(in steps: [Plan.Step]) -> [String]? {
        let byID = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0) })
        for start in steps {
            var path = [start.id]
            var visited: Set<String> = [start.id]
            var current = start
            while let next = current.dependencies.map(\.stage).first(where: { byID[$0] != nil }) {
                if let loopStart = path.firstIndex(of: next) {
                    // Report the loop in the direction people read it: a needs b needs … needs a.
                    return Array(path[loopStart...]) + [next]
                }
                guard visited.insert(next).inserted, let step = byID[next] else { break }
                path.append(next)
                current = step
            }
        }
        return nil
    }
}
