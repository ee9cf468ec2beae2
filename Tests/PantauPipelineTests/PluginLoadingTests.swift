import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

/// Where a pipeline's plugins come from, and what a broken or clashing plugin does to it.
@Suite("Plugins in pipelines")
struct PluginLoadingTests {
    private func errors(_ project: PluginProject, _ pipeline: String) -> [String] {
        do {
            _ = try project.load(pipeline)
            Issue.record("the pipeline loaded without errors")
            return []
        } catch {
            return error.items.map { diagnostic in
                let place = diagnostic.location.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" } ?? "-"
                return "\(place) \(diagnostic.message.text(.english))"
            }
        }
    }

    @Test func pluginsBesideThePipelineJoinTheRegistry() throws {
        let project = try PluginProject()
        try project.plugin("one", stage: "evaluate.one", script: "")
        let loaded = try project.load(PluginProject.pipeline("evaluate.one"))
        #expect(loaded.registry.stage("evaluate.one") != nil)
        #expect(loaded.stages["x"] is ExternalStage)
        #expect(loaded.plan.steps.map(\.descriptor.id) == ["evaluate.one"])
    }

    @Test func thePluginsKeyListsMoreDirectoriesRelativeToThePipeline() throws {
        let project = try PluginProject()
        try project.plugin("one", stage: "evaluate.one", script: "")
        try FileManager.default.moveItem(atPath: project.directory.url("plugins"), toPath: project.directory.url("elsewhere"))
        let loaded = try project.load("plugins: [elsewhere]\n" + PluginProject.pipeline("evaluate.one"))
        #expect(loaded.stages["x"] is ExternalStage)

        #expect(errors(project, "plugins: [elsewhere, nowhere]\n" + PluginProject.pipeline("evaluate.one")) == [
            "p.yaml:1:22 the plugin directory 'nowhere' does not exist",
        ])
    }

    @Test func directoriesFromTheCommandLineToo() throws {
        let project = try PluginProject()
        let plugin = try project.plugin("one", stage: "evaluate.one", script: "")
        try FileManager.default.moveItem(atPath: plugin, toPath: project.directory.url("one"))
        var loader = PipelineLoader(registry: testRegistry, today: today, plugins: testPluginSupport)
        loader.pluginDirectories = [project.directory.url("one")]
        try project.write("p.yaml", PluginProject.pipeline("evaluate.one"))
        let loaded = try loader.load(path: project.directory.url("p.yaml"))
        #expect(loaded.stages["x"] is ExternalStage)
    }

    @Test func aPluginStageThatClashesWithABuiltInOneIsAnErrorNamingBothWhereItIsUsed() throws {
        let project = try PluginProject()
        try project.plugin("copy", stage: "import.a", role: "importer", script: "")
        // Unused, the clash stops nothing.
        _ = try project.load(PluginProject.pipeline("observe"))
        #expect(errors(project, PluginProject.pipeline("import.a")) == [
            "p.yaml:5:11 stage 'import.a' is provided twice: by Pantau's built-in stages and by plugin 'copy' (\(InputFile.displayName(for: project.directory.url("plugins/copy/plugin.yaml"))))",
        ])
    }

    @Test func twoPluginsWithOneStageIdAreAnErrorNamingBoth() throws {
        let project = try PluginProject()
        try project.plugin("first", stage: "evaluate.same", script: "")
        try project.plugin("second", stage: "evaluate.same", script: "")
        let first = InputFile.displayName(for: project.directory.url("plugins/first/plugin.yaml"))
        let second = InputFile.displayName(for: project.directory.url("plugins/second/plugin.yaml"))
        #expect(errors(project, PluginProject.pipeline("evaluate.same")) == [
            "p.yaml:5:11 stage 'evaluate.same' is provided twice: by plugin 'first' (\(first)) and by plugin 'second' (\(second))",
        ])
    }

    @Test func aBrokenManifestIsAPositionedErrorWhenItsStageIsUsed() throws {
        let project = try PluginProject()
        try project.plugin("broken", stage: "evaluate.broken", script: "")
        let manifest = try project.directory.read("plugins/broken/plugin.yaml")
        try project.write("plugins/broken/plugin.yaml", manifest.replacingOccurrences(of: "protocol: 1", with: "protocol: 7\nauthor: me"))
        // Not used: no error.
        _ = try project.load(PluginProject.pipeline("evaluate.b", before: "  - id: a\n    uses: import.a\n"))
        let file = InputFile.displayName(for: project.directory.url("plugins/broken/plugin.yaml"))
        #expect(errors(project, PluginProject.pipeline("evaluate.broken")) == [
            "p.yaml:5:11 stage 'evaluate.broken' comes from a plugin whose manifest has problems (\(file))",
            "plugin.yaml:3:11 plugin protocol '7' is not supported; this Pantau speaks protocol 1",
            "plugin.yaml:4:1 unknown key 'author' in the plugin manifest",
        ])
    }

    @Test func aManifestTooBrokenToNameItsStageIsShownWithAnUnknownStage() throws {
        let project = try PluginProject()
        try project.write("plugins/garbled/plugin.yaml", "name: [unclosed\n")
        let problems = errors(project, PluginProject.pipeline("evaluate.garbled"))
        #expect(problems.first == "p.yaml:5:11 there is no stage called 'evaluate.garbled'")
        #expect(problems.count == 2)
        #expect(problems.last?.contains("YAML syntax error") == true, "\(problems)")
    }

    @Test func aPluginFolderWithAMisnamedManifestIsReported() throws {
        let project = try PluginProject()
        try project.write("plugins/typo/plugin.yml", "name: typo\n")
        let catalog = PluginCatalog.discover(in: [project.directory.url("plugins")], support: testPluginSupport, registry: testRegistry)
        #expect(catalog.entries.count == 1)
        #expect(catalog.entries.first?.problems.map { $0.message.text(.english) }.first?.hasSuffix("has no plugin.yaml") == true)
    }

    @Test func theReferenceListsPluginStagesWithTheirOrigin() throws {
        let project = try PluginProject()
        try project.plugin("one", stage: "evaluate.one", script: "")
        let catalog = PluginCatalog.discover(in: [project.directory.url("plugins")], support: testPluginSupport, registry: testRegistry)
        let registry = catalog.registry(adding: testRegistry, support: testPluginSupport)
        let reference = StageReference(registry: registry, language: .english)
        let text = reference.text(for: try #require(registry.stage("evaluate.one")).descriptor)
        #expect(text.contains("External plugin: one 1.0.0 ("), "\(text)")
        #expect(reference.markdown().contains("### `evaluate.one`"))
    }
}

@Suite("Plugin messages")
struct PluginEventTests {
    private func parse(_ line: String, declared: [DatasetKind] = ["findings", "a"]) -> Result<PluginEvent, PluginEventError> {
        Result { () throws(PluginEventError) in try PluginEvent.parse(Array(line.utf8), number: 4, plugin: "p", declared: declared) }
    }

    @Test func everyMessageTypeIsRead() throws {
        #expect(try parse(#"{"type":"record","kind":"a","data":{"x":1},"source":{"file":"f.csv","row":2,"line":3}}"#).get()
            == .record(kind: "a", data: .object([("x", .integer(1))]), source: .object([("file", .string("f.csv")), ("row", .integer(2)), ("line", .integer(3))])))
        #expect(try parse(#"{"type":"finding","rule":"r","severity":"critical","message":"m"}"#).get()
            == .finding(Finding(rule: "r", subject: .init(), severity: .critical, message: "m")))
        #expect(try parse(#"{"type":"artifact","path":"a.txt"}"#).get() == .artifact(path: "a.txt"))
        #expect(try parse(#"{"type":"log","message":"hi"}"#).get() == .log(level: .info, message: "hi"))
        #expect(try parse(#"{"type":"log","level":"warning","message":"hi"}"#).get() == .log(level: .warning, message: "hi"))
        #expect(try parse(#"{"type":"progress","done":3}"#).get() == .progress(done: 3, total: nil, message: nil))
        #expect(try parse(#"{"type":"progress","done":3,"total":9,"message":"rows"}"#).get() == .progress(done: 3, total: 9, message: "rows"))
        #expect(try parse(#"{"type":"error","message":"no"}"#).get() == .error(message: "no"))
    }

    @Test(arguments: [
        (#"[1]"#, "plugin 'p' wrote a JSON value that is not a message object (output line 4): [1]"),
        (#"{"kind":"a"}"#, #"plugin 'p' wrote a '?' message without 'type' (output line 4): {"kind":"a"}"#),
        (#"{"type":"record","kind":"a"}"#, #"plugin 'p' wrote a 'record' message without 'data' (output line 4): {"type":"record","kind":"a"}"#),
        (#"{"type":"record","kind":"a","data":[]}"#, #"plugin 'p' wrote 'data' that is not an object (output line 4): {"type":"record","kind":"a","data":[]}"#),
        (#"{"type":"log","mesage":"x"}"#, #"plugin 'p' wrote a 'log' message with an unknown field 'mesage' (output line 4): {"type":"log","mesage":"x"}"#),
        (#"{"type":"progress","done":-1}"#, #"plugin 'p' wrote 'done' that is not a whole number of 0 or more (output line 4): {"type":"progress","done":-1}"#),
        (#"{"type":"finding","rule":"r","severity":"minor","message":"m","evidence":{"x":[1]}}"#,
            #"plugin 'p' wrote 'evidence.x' that is not a string, a number or a boolean (output line 4): {"type":"finding","rule":"r","severity":"minor","message":"m","evidence":{"x":[1]}}"#),
        (#"{"type":"record","kind":"findings","data":{}}"#,
            #"plugin 'p' wrote 'findings' for 'kind', which is not an allowed value (output line 4): {"type":"record","kind":"findings","data":{}}"#),
        (#"{"type":"error","message":" "}"#, #"plugin 'p' wrote 'message' that is not a non-empty string (output line 4): {"type":"error","message":" "}"#),
        (#"{"type":"log","message":"x"} extra"#, #"plugin 'p' wrote a line that is not JSON (output line 4, column 30: more text after the JSON value): {"type":"log","message":"x"} extra"#),
    ])
    func brokenMessages(line: String, expected: String) {
        guard case .failure(let error) = parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(error.message.text(.english) == expected)
    }

    @Test func findingsNeedTheKindDeclared() {
        guard case .failure(let error) = parse(#"{"type":"finding","rule":"r","severity":"minor","message":"m"}"#, declared: ["a"]) else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.code == "plugin.undeclared-kind")
    }
}
