import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

#if canImport(Glibc)
import Glibc
#endif

/// `plugin.yaml`: read with the project's YAML layer, every problem at once and each at its place.
@Suite("Plugin manifests")
struct PluginManifestTests {
    /// Decodes a manifest written as `plugins/p/plugin.yaml` in a fresh directory that also has
    /// an executable `run.sh`.
    private func read(_ text: String) throws -> PluginManifestReader.Outcome {
        let directory = try TemporaryDirectory()
        try directory.write("plugins/p/plugin.yaml", text)
        chmod(try directory.write("plugins/p/run.sh", "#!/bin/sh\n"), 0o755)
        try directory.write("plugins/p/not-executable.sh", "#!/bin/sh\n")
        let root = try YAMLLoader().load(text: text, file: "plugin.yaml")
        return PluginManifestReader(support: testPluginSupport).decode(root, directory: directory.url("plugins/p"), file: "plugin.yaml")
    }

    static let sound = """
        name: kotak-saran
        version: 0.2.0
        protocol: 1
        stage: import.kotak-saran
        role: importer
        summary:
          id: Impor kotak saran
          en: Import the suggestion box
        program: ./run.sh
        arguments: [--fast, "two words"]
        options:
          - key: path
            type: paths
            required: true
            help: { id: Berkas, en: Files }
          - key: mode
            type: choice
            values: [quick, thorough]
            default: quick
            help: { id: Mode, en: Mode }
          - key: limit
            type: integer
            min: 1
            max: 9
            default: 3
            help: { id: Batas, en: Limit }
          - key: tags
            type: list
            of: string
            help: { id: Label, en: Tags }
        consumes: [a]
        produces: [a, findings]
        example: |
          - id: saran
            uses: import.kotak-saran
        limits:
          timeout_seconds: 5
          max_output_bytes: 4096
        """

    @Test func aSoundManifestDescribesItsStageLikeABuiltInOne() throws {
        let outcome = try read(Self.sound)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        let manifest = try #require(outcome.manifest)
        #expect(manifest.name == "kotak-saran")
        #expect(manifest.version == "0.2.0")
        #expect(manifest.executable.hasSuffix("/plugins/p/run.sh"))
        #expect(manifest.arguments == ["--fast", "two words"])
        #expect(manifest.limits == PluginLimits(timeout: .seconds(5), maxOutputBytes: 4096))
        let descriptor = manifest.descriptor
        #expect(descriptor.id == "import.kotak-saran")
        #expect(descriptor.role == .importer)
        #expect(descriptor.summary == LocalizedText(id: "Impor kotak saran", en: "Import the suggestion box"))
        #expect(descriptor.options.map(\.key) == ["path", "mode", "limit", "tags"])
        #expect(descriptor.options.map(\.type.name) == ["path | glob | [path, …]", "quick | thorough", "integer (1–9)", "[string]"])
        #expect(descriptor.options.map(\.requirement) == [.required, .optional(default: "quick"), .optional(default: "3"), .optional(default: nil)])
        #expect(descriptor.consumes == ["a"])
        // What the record intake adds is produced too, so that the planner connects its consumers.
        #expect(descriptor.produces == ["a", "findings", "a-account"])
        #expect(manifest.declaredProduces == ["a", "findings"])
        #expect(descriptor.example == "- id: saran\n  uses: import.kotak-saran\n")
        #expect(descriptor.origin == .plugin(name: "kotak-saran", version: "0.2.0", manifest: "plugin.yaml"))
    }

    @Test func theDefaultLimitsApplyWhenTheManifestSetsNone() throws {
        let outcome = try read(Self.sound.replacingOccurrences(of: "limits:\n  timeout_seconds: 5\n  max_output_bytes: 4096", with: ""))
        #expect(outcome.manifest?.limits == testPluginSupport.defaultLimits)
    }

    @Test func everyProblemIsReportedAtOnceWithItsPlace() throws {
        let outcome = try read("""
            name: Kotak Saran
            version: 1
            protocol: 2
            stage: Import.Saran
            role: importir
            summary: { id: Impor }
            program: ./missing.sh
            options:
              - key: path
                type: pathz
                help: { id: a, en: b }
              - key: mode
                type: choice
                required: true
                default: x
                help: { id: a, en: b }
              - key: path
                type: string
                help: { id: a, en: b }
              - key: limit
                type: integer
                default: many
                values: [a]
                help: { id: a, en: b }
            consumes: [skm-results]
            produces: [findngs]
            exampel: x
            """)
        #expect(outcome.manifest == nil)
        #expect(outcome.stageID == "Import.Saran")
        #expect(summaries(outcome.problems).sorted() == [
            "plugin.yaml:27:1 yaml.unknown-key: unknown key 'exampel' in the plugin manifest [did you mean 'example'?]",
            "plugin.yaml:1:7 plugin.invalid-name: 'Kotak Saran' is not a valid plugin name "
                + "[use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit]",
            "plugin.yaml:3:11 plugin.unsupported-protocol: plugin protocol '2' is not supported; this Pantau speaks protocol 1 "
                + "[write 'protocol: 1' and follow docs/plugin-protocol.md]",
            "plugin.yaml:4:8 pipeline.invalid-stage-id: 'Import.Saran' is not a valid stage id "
                + "[use lower-case letters, digits, '-', '_' and '.', starting with a letter]",
            "plugin.yaml:5:7 yaml.invalid-choice: 'importir' is not one of the allowed values "
                + "[did you mean 'importer'? Allowed: importer, evaluator, recommender, reporter]",
            "plugin.yaml:6:10 yaml.missing-key: a text in both languages lacks the required key 'en' [add 'en:' with a value]",
            "plugin.yaml:10:11 plugin.unknown-option-type: 'pathz' is not an option type "
                + "[did you mean 'path'? Types: string, integer, decimal, boolean, date, choice, path, paths, file-name, list, mapping]",
            "plugin.yaml:12:5 plugin.choice-needs-values: option 'mode' is a choice without 'values' [add 'values: [a, b]']",
            "plugin.yaml:15:14 plugin.required-with-default: option 'mode' is required and also has a default "
                + "[remove 'required: true' or the default]",
            "plugin.yaml:17:5 plugin.duplicate-option: option 'path' is declared twice (first on line 9) [keep one of the two declarations]",
            "plugin.yaml:23:5 plugin.attribute-not-for-type: 'values' does not apply to options of type 'integer' [remove it, or change the type]",
            "plugin.yaml:22:14 yaml.invalid-integer: 'many' is not a whole number [write digits only, for example 12]",
            "plugin.yaml:25:12 plugin.unknown-kind: Pantau cannot hand 'skm-results' to a plugin [possible: 'a', 'findings']",
            "plugin.yaml:26:12 plugin.unknown-kind: a plugin cannot produce 'findngs' [did you mean 'findings'? Possible: 'findings', 'a']",
            "plugin.yaml:7:10 plugin.program-not-found: the program './missing.sh' does not exist "
                + "[the path is relative to the plugin's directory; check it]",
        ].sorted())
    }

    @Test(arguments: [
        ("./not-executable.sh", "plugin.yaml:7:10 plugin.program-not-executable: the program './not-executable.sh' is not executable "
            + "[make it executable: chmod +x ./not-executable.sh (and in git: git update-index --chmod=+x)]"),
        ("run.sh", "plugin.yaml:7:10 plugin.program-not-on-path: there is no program 'run.sh' in /usr/local/bin:/usr/bin:/bin, "
            + "the PATH plugins run with [the plugin's directory has 'run.sh': write './run.sh']"),
        ("no-such-interpreter", "plugin.yaml:7:10 plugin.program-not-on-path: there is no program 'no-such-interpreter' in "
            + "/usr/local/bin:/usr/bin:/bin, the PATH plugins run with [install it, or write the program's path relative to the plugin's directory]"),
    ])
    func theProgramMustBeThereAndExecutable(program: String, expected: String) throws {
        let text = Self.sound.replacingOccurrences(of: "program: ./run.sh", with: "program: \(program)")
            .replacingOccurrences(of: "name: kotak-saran\nversion: 0.2.0\nprotocol: 1\nstage: import.kotak-saran\nrole: importer\nsummary:\n  id: Impor kotak saran\n  en: Import the suggestion box\n",
                with: "name: kotak-saran\nversion: 0.2.0\nprotocol: 1\nstage: import.kotak-saran\nrole: importer\nsummary: { id: Impor kotak saran, en: Import }\n")
        let outcome = try read(text)
        #expect(summaries(outcome.problems) == [expected])
    }

    @Test func aBareInterpreterNameIsFoundOnThePluginsPath() throws {
        let outcome = try read(Self.sound.replacingOccurrences(of: "program: ./run.sh", with: "program: sh"))
        let manifest = try #require(outcome.manifest, "\(outcome.problems)")
        #expect(["/usr/local/bin/sh", "/usr/bin/sh", "/bin/sh"].contains(manifest.executable))
    }
}
