import PantauCore
import Foundation
public import PantauYAML

/// A pipeline that passed every check: its spec, its plan and its configured stages.
public struct LoadedPipeline: Sendable {
    public var spec: PipelineSpec
    public var plan: Plan
    /// The configured stage of every step, by stage id.
    public var stages: [String: any Stage]
    /// The directory of the pipeline file; relative paths start here.
    public var baseDirectory: String
}

/// Loads a pipeline in phases — read, decode, validate, plan — and reports every problem of
/// every phase it reaches at once, each with its file, line and column.
public struct PipelineLoader: Sendable {
    public var registry: StageRegistry
    public var yaml: YAMLLoader
    /// The date relative periods such as `previous-quarter` are counted from.
    public var today: CalendarDate

    public init(registry: StageRegistry, today: CalendarDate, yaml: YAMLLoader = YAMLLoader()) {
        self.registry = registry
        self.today = today
        self.yaml = yaml
    }

    public func load(path: String) throws(Diagnostics) -> LoadedPipeline {
        let root = try yaml.load(contentsOf: path)
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        let baseDirectory = ((absolute as NSString).standardizingPath as NSString).deletingLastPathComponent
        return try load(root: root, file: path, baseDirectory: baseDirectory)
    }

    public func load(root: Node, file: String, baseDirectory: String) throws(Diagnostics) -> LoadedPipeline {
        var problems = DiagnosticCollector()
        let (decoded, decodeProblems) = PipelineDecoder.decode(root, file: file)
        problems.add(contentsOf: decodeProblems)
        guard let spec = decoded else { throw Diagnostics(Self.ordered(problems.items, pipelineFile: file)) }

        if let period = spec.period, Period.parse(period.value, today: today) == nil {
            problems.add(.error(at: period.location, PipelineMessage.invalidPeriod(value: period.value)))
        }
        if let output = spec.output {
            var seenPlaceholders: Set<String> = []
            for name in OutputTemplate(output.value).unknownPlaceholders() where seenPlaceholders.insert(name).inserted {
                problems.add(.error(at: output.location, PipelineMessage.unknownPlaceholder(name: name, allowed: OutputTemplate.placeholders)))
            }
        }

        var seen: [String: SourceLocation] = [:]
        var entries: [(spec: StageSpec, descriptor: StageDescriptor)] = []
        var unplanned: [StageSpec] = []
        var stages: [String: any Stage] = [:]
        let options = OptionValidator(baseDirectory: baseDirectory)
        for stageSpec in spec.stages {
            let id = stageSpec.id.value
            if let first = seen[id] {
                problems.add(.error(at: stageSpec.id.location, PipelineMessage.duplicateStageID(id: id, firstLine: first.line)))
                continue
            }
            seen[id] = stageSpec.id.location
            guard let factory = registry.stage(stageSpec.uses.value) else {
                problems.add(.error(at: stageSpec.uses.location, PipelineMessage.unknownStage(
                    uses: stageSpec.uses.value, suggestion: ClosestName.suggest(for: stageSpec.uses.value, among: registry.ids))))
                unplanned.append(stageSpec)
                continue
            }
            let descriptor = factory.descriptor
            entries.append((stageSpec, descriptor))
            let optionProblems = options.validate(stageSpec.with, options: descriptor.options, stageID: id, stageLocation: stageSpec.location)
            problems.add(contentsOf: optionProblems)
            guard optionProblems.isEmpty else { continue }
            let configuration = StageConfiguration(
                stageID: id, descriptor: descriptor, node: stageSpec.with, location: stageSpec.location, baseDirectory: baseDirectory)
            do {
                stages[id] = try factory.make(configuration)
            } catch {
                problems.add(contentsOf: error.items)
            }
        }

        // Two stages writing one output file would fail at the end of the run: refuse it now.
        var writers: [String: String] = [:]
        for stageSpec in spec.stages {
            guard let stage = stages[stageSpec.id.value] else { continue }
            for name in stage.outputFiles {
                if writers[name] != nil {
                    problems.add(.error(at: stageSpec.location, PipelineMessage.outputWrittenTwice(name)))
                } else {
                    writers[name] = stageSpec.id.value
                }
            }
        }

        // Stages left out above (unknown `uses`, duplicate or undecodable entries) would have
        // produced something: what they would have produced is unknown, so missing producers
        // are not reported, but their own `needs` are still checked.
        let complete = entries.count == spec.stages.count && spec.undecodedStages.isEmpty
        let (plan, planProblems) = Planner(registry: registry).plan(
            entries, declared: spec.declaredStageIDs, complete: complete, unplanned: unplanned)
        problems.add(contentsOf: planProblems)
        guard !problems.hasErrors, let plan else { throw Diagnostics(Self.ordered(problems.items, pipelineFile: file)) }
        return LoadedPipeline(spec: spec, plan: plan, stages: stages, baseDirectory: baseDirectory)
    }

    /// Problems as a reader goes through them: those in the pipeline file by line and column,
    /// then those in other files (a data file's header, say) by file, line and column, then those
    /// with no place; stable for equal places.
    static func ordered(_ diagnostics: [Diagnostic], pipelineFile: String) -> [Diagnostic] {
        func key(_ diagnostic: Diagnostic) -> (Int, String, Int, Int) {
            guard let location = diagnostic.location else { return (2, "", 0, 0) }
            return (location.file == pipelineFile ? 0 : 1, location.file, location.line, location.column)
        }
        return diagnostics.enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}
