public import PantauCore
import Foundation
public import PantauYAML

/// A pipeline that passed every check: its spec, its plan and its configured stages.
public struct LoadedPipeline: Sendable {
    public var spec: PipelineSpec
    public var plan: Plan
    /// The configured stage of every step, by stage id.
    public var stages: [String: any RunnableStage]
    /// The directory of the pipeline file; relative paths start here.
    public var baseDirectory: String
    /// The stages this pipeline could use: the built-in ones and its plugins'.
    public var registry: StageRegistry
    /// The working-day calendar of the pipeline's `calendar:` files; weekends only without them.
    public var calendar = WorkingDayCalendar()
}

/// Loads a pipeline in phases — read, decode, validate, plan — and reports every problem of
/// every phase it reaches at once, each with its file, line and column.
public struct PipelineLoader: Sendable {
    public var registry: StageRegistry
    public var yaml: YAMLLoader
    /// The date relative periods such as `previous-quarter` are counted from.
    public var today: CalendarDate
    /// What external plugins may exchange with Pantau.
    public var plugins: PluginSupport
    /// Plugin directories named on the command line, besides `plugins/` next to the pipeline
    /// file and those its `plugins:` key lists; absolute, or relative to the working directory.
    public var pluginDirectories: [String]

    public init(
        registry: StageRegistry, today: CalendarDate, yaml: YAMLLoader = YAMLLoader(),
        plugins: PluginSupport = PluginSupport(recordIntakes: [], consumableKinds: []), pluginDirectories: [String] = []
    ) {
        self.registry = registry
        self.today = today
        self.yaml = yaml
        self.plugins = plugins
        self.pluginDirectories = pluginDirectories
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

        // External plugins join the registry for this pipeline.
        let catalog = discoverPlugins(spec, baseDirectory: baseDirectory, problems: &problems)
        let registry = catalog.registry(adding: self.registry, support: plugins)
        var reportedPlugins: Set<String> = []
        var reportedUnidentified = false

        var seen: [String: SourceLocation] = [:]
        var entries: [(spec: StageSpec, descriptor: StageDescriptor)] = []
        var unplanned: [StageSpec] = []
        var stages: [String: any RunnableStage] = [:]
        let options = OptionValidator(baseDirectory: baseDirectory)
        for stageSpec in spec.stages {
            let id = stageSpec.id.value
            if let first = seen[id] {
                problems.add(.error(at: stageSpec.id.location, PipelineMessage.duplicateStageID(id: id, firstLine: first.line)))
                continue
            }
            seen[id] = stageSpec.id.location
            let uses = stageSpec.uses.value
            // A plugin whose stage id another provider also claims, or whose manifest is broken,
            // is an error here, where it is used: both places are shown.
            if let clashing = catalog.entries.first(where: { $0.clash != nil && $0.outcome.manifest?.stageID == uses }),
                let clash = clashing.clash
            {
                problems.add(Diagnostic(.error, at: stageSpec.uses.location, clash.message))
                unplanned.append(stageSpec)
                continue
            }
            guard let factory = registry.stage(uses) else {
                if let broken = catalog.brokenEntry(for: uses) {
                    let manifest = broken.outcome.problems.first?.location?.file ?? broken.displayDirectory
                    problems.add(.error(at: stageSpec.uses.location, PluginMessage.brokenPluginUsed(stage: uses, manifest: manifest)))
                    if reportedPlugins.insert(broken.directory).inserted { problems.add(contentsOf: broken.problems) }
                } else {
                    problems.add(.error(at: stageSpec.uses.location, PipelineMessage.unknownStage(
                        uses: uses, suggestion: ClosestName.suggest(for: uses, among: registry.ids))))
                    // A manifest too broken to name its stage may be the one meant.
                    if !reportedUnidentified {
                        reportedUnidentified = true
                        for entry in catalog.unidentified where reportedPlugins.insert(entry.directory).inserted {
                            problems.add(contentsOf: entry.problems)
                        }
                    }
                }
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

        // The working-day calendar: each file checked entry by entry, problems at their lines.
        var calendar = WorkingDayCalendar()
        for written in spec.calendar {
            guard let file = InputFile.resolve(written.value, relativeTo: baseDirectory).first else {
                problems.add(.error(at: written.location, PipelineMessage.noInputFile(pattern: written.value)))
                continue
            }
            if let year = problems.attempt({ try CalendarFile.load(file.path, displayName: file.displayName) }) {
                calendar.merge(year)
            }
        }

        guard !problems.hasErrors, let plan else { throw Diagnostics(Self.ordered(problems.items, pipelineFile: file)) }
        var loaded = LoadedPipeline(spec: spec, plan: plan, stages: stages, baseDirectory: baseDirectory, registry: registry)
        loaded.calendar = calendar
        return loaded
    }

    /// The plugins of a pipeline: `plugins/` beside the pipeline file when it exists, the
    /// directories its `plugins:` key lists, and those given on the command line.
    func discoverPlugins(_ spec: PipelineSpec, baseDirectory: String, problems: inout DiagnosticCollector) -> PluginCatalog {
        var directories: [String] = []
        let beside = (baseDirectory as NSString).appendingPathComponent("plugins")
        if Self.isDirectory(beside) { directories.append(beside) }
        for entry in spec.plugins {
            let path = Self.absolute(entry.value, base: baseDirectory)
            if Self.isDirectory(path) {
                directories.append(path)
            } else {
                problems.add(.error(at: entry.location, PluginMessage.directoryMissing(path: entry.value)))
            }
        }
        for directory in pluginDirectories {
            let path = Self.absolute(directory, base: FileManager.default.currentDirectoryPath)
            if Self.isDirectory(path) {
                directories.append(path)
            } else {
                problems.add(.error(at: nil, PluginMessage.directoryMissing(path: directory)))
            }
        }
        return PluginCatalog.discover(in: directories, support: plugins, registry: registry)
    }

    static func absolute(_ path: String, base: String) -> String {
        ((path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)) as NSString).standardizingPath
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
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
