import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

@Suite("Output template")
struct OutputTemplateTests {
    @Test(arguments: [
        ("out/{period}", "2026-S1", "out/2026-S1"),
        ("laporan/{year}/{period}-{period}", "2026-Q3", "laporan/2026/2026-Q3-2026-Q3"),
        ("out/{year}", "2025-03", "out/2025"),
        ("tetap", "2026", "tetap"),
        ("out/{tahun}/{period}", "2026", "out/{tahun}/2026"),
    ])
    func resolve(template: String, period: String, expected: String) throws {
        #expect(OutputTemplate(template).resolve(period: try #require(Period(period))) == expected)
    }

    @Test func theDefaultPutsEachPeriodInItsOwnDirectory() throws {
        #expect(OutputTemplate.default == "out/{period}")
        #expect(OutputTemplate(OutputTemplate.default).resolve(period: try #require(Period("2026-tw2"))) == "out/2026-Q2")
        #expect(OutputTemplate(OutputTemplate.default).unknownPlaceholders() == [])
    }

    @Test(arguments: [
        ("out/{period}/{year}", [String]()),
        ("out/{periode}/{year}/{x}", ["periode", "x"]),
        ("out/{Period}", ["Period"]),
        ("out/{}", [""]),
        ("plain/path", []),
        ("unclosed/{period", []),
        ("{a}{b}", ["a", "b"]),
    ])
    func unknownPlaceholders(template: String, expected: [String]) {
        #expect(OutputTemplate(template).unknownPlaceholders() == expected)
    }
}

@Suite("Input files")
struct InputFileTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        for name in ["skm/c.csv", "skm/a.csv", "skm/b.csv", "skm/catatan.txt", "skm/.tersembunyi.csv", "skm/2026/d.csv", "lain.csv"] {
            try directory.write(name, "-")
        }
        try FileManager.default.createDirectory(atPath: directory.url("skm/folder.csv"), withIntermediateDirectories: true)
    }

    func resolve(_ pattern: String) -> [String] {
        InputFile.resolve(pattern, relativeTo: directory.path).map(\.path)
    }

    @Test func aGlobMatchesFilesOnlySorted() {
        #expect(resolve("skm/*.csv") == [directory.url("skm/a.csv"), directory.url("skm/b.csv"), directory.url("skm/c.csv")])
    }

    @Test(arguments: [
        ("skm/?.csv", ["skm/a.csv", "skm/b.csv", "skm/c.csv"]),
        ("skm/[ab].csv", ["skm/a.csv", "skm/b.csv"]),
        ("skm/*/*.csv", ["skm/2026/d.csv"]),
        ("*.csv", ["lain.csv"]),
        ("skm/b.csv", ["skm/b.csv"]),
        ("skm/../lain.csv", ["lain.csv"]),
        ("./skm/./a.csv", ["skm/a.csv"]),
        ("skm/*.json", []),
        ("skm/hilang.csv", []),
        ("skm/folder.csv", []),
        ("skm", []),
    ])
    func patterns(pattern: String, expected: [String]) {
        #expect(resolve(pattern) == expected.map(directory.url))
    }

    @Test func anAbsolutePatternIgnoresTheBase() {
        let matches = InputFile.resolve(directory.url("skm/*.csv"), relativeTo: "/nonexistent")
        #expect(matches.map(\.path) == ["a", "b", "c"].map { directory.url("skm/\($0).csv") })
    }

    @Test func displayNamesAreRelativeToTheWorkingDirectoryWhenBelowIt() {
        let cwd = FileManager.default.currentDirectoryPath
        #expect(InputFile.displayName(for: (cwd as NSString).appendingPathComponent("data/x.csv")) == "data/x.csv")
        #expect(InputFile.displayName(for: "/elsewhere/x.csv") == (cwd == "/" ? "elsewhere/x.csv" : "/elsewhere/x.csv"))
        // A sibling whose name starts like the working directory is not below it.
        #expect(InputFile.displayName(for: cwd + "-lain/x.csv") == cwd + "-lain/x.csv")
    }

    @Test func aConfigurationReadsAPathOrAListInTheOrderWritten() throws {
        let root = try YAMLLoader().load(text: """
            one: skm/b.csv
            many: [skm/c.csv, skm/*.csv]
            none: [skm/a.csv, hilang/*.csv]
            """, file: pipelineFile)
        let configuration = StageConfiguration(
            stageID: "check", descriptor: CheckOptions.descriptor, node: root, location: at(1, 1), baseDirectory: directory.path)
        #expect(try configuration.inputFiles("one").map(\.path) == [directory.url("skm/b.csv")])
        #expect(try configuration.inputFiles("many").map(\.path) == ["c", "a", "b", "c"].map { directory.url("skm/\($0).csv") })
        #expect(try configuration.inputFiles("absent") == [])
        let error = #expect(throws: Diagnostic.self) { try configuration.inputFiles("none") }
        #expect(error == .error(at: at(3, 19), PipelineMessage.noInputFile(pattern: "hilang/*.csv")))
    }

    @Test func configurationValuesFallBackToTheDescriptorDefault() throws {
        let root = try YAMLLoader().load(text: "mode: lenient\nlimit: ~\n", file: pipelineFile)
        let configuration = StageConfiguration(
            stageID: "check", descriptor: CheckOptions.descriptor, node: root, location: at(1, 1), baseDirectory: directory.path)
        #expect(try configuration.value("mode") { node throws(Diagnostic) in try node.string() } == "lenient")
        #expect(try configuration.value("limit") { node throws(Diagnostic) in try node.int() } == 5)
        #expect(try configuration.value("since") { node throws(Diagnostic) in try node.date() } == nil)
        #expect(configuration["limit"] == nil)
        #expect(configuration["mode"]?.scalarValue == "lenient")
    }
}

@Suite("Stage reference")
struct StageReferenceTests {
    @Test func theListingGroupsStagesByRoleWithAlignedSummaries() {
        let reference = StageReference(registry: StageRegistry([EvaluateB.self, ImportA.self]), language: .english)
        #expect(reference.listing() == """
            2 stages available

            Importers
              import.a    Import data a

            Evaluators
              evaluate.b  Evaluate b from a
            """)
        let indonesian = StageReference(registry: StageRegistry([EvaluateB.self, ImportA.self]), language: .indonesian)
        #expect(indonesian.listing() == """
            2 tahap tersedia

            Pengimpor
              import.a    Impor data a

            Evaluator
              evaluate.b  Nilai b dari a
            """)
    }

    @Test(arguments: Language.allCases)
    func theListingNamesEveryStage(language: Language) {
        let listing = StageReference(registry: testRegistry, language: language).listing()
        for descriptor in testRegistry.descriptors {
            #expect(listing.contains("  \(descriptor.id)"))
            #expect(listing.contains(descriptor.summary.text(language)))
        }
        for role in StageRole.allCases {
            #expect(listing.contains(role.title.text(language)))
        }
    }

    @Test(arguments: Language.allCases)
    func theMarkdownHasEveryStageOptionAndExample(language: Language) {
        let markdown = StageReference(registry: testRegistry, language: language).markdown()
        #expect(markdown.hasPrefix("# \(ReferenceLabel.title.text(language))\n"))
        for descriptor in testRegistry.descriptors {
            #expect(markdown.contains("### `\(descriptor.id)`"))
            #expect(markdown.contains("[`\(descriptor.id)`](#\(descriptor.id.replacingOccurrences(of: ".", with: "")))"))
            #expect(markdown.contains("```yaml\n\(descriptor.example)\n```"))
            for option in descriptor.options {
                #expect(markdown.contains("| `\(option.key)` | "), "option '\(option.key)' of '\(descriptor.id)'")
            }
        }
        // Nested options, defaults and escaped table cells.
        #expect(markdown.contains("unit (string, \(ReferenceLabel.required.text(language))): Unit column."))
        #expect(markdown.contains("| `limit` | integer (1–10) | \(ReferenceLabel.defaultValue.text(language)): 5 | A small number. |"))
        #expect(markdown.contains("Columns \\| of a file."))
    }

    @Test func theTextOfOneStage() {
        let text = StageReference(registry: testRegistry, language: .english).text(for: ReportSummary.descriptor)
        #expect(text == """
            report.summary — Reporters

            Summary

            Options (under `with:`):
              none

            Consumes: b
            Uses when present: a
            Produces: none

            Example:
              - id: summary
                uses: report.summary
            """)
        let check = StageReference(registry: testRegistry, language: .english).text(for: CheckOptions.descriptor)
        for option in CheckOptions.descriptor.options {
            #expect(check.contains("  \(option.key)  \(option.type.name)  ["))
        }
        #expect(check.contains("  path  path | glob | [path, …]  [required]"))
        #expect(check.contains("      unit (string, required): Unit column."))
    }

    @Test func everyExampleIsAStageEntryThatUsesItsStage() throws {
        for descriptor in testRegistry.descriptors {
            let root = try YAMLLoader().load(text: descriptor.example, file: "example")
            #expect(root.items?.count == 1)
            #expect(root.items?.first?["uses"]?.scalarValue == descriptor.id)
        }
    }
}

@Suite("Pipeline messages")
struct PipelineMessageTests {
    static let all: [PipelineMessage] = [
        .unsupportedVersion(found: "2", supported: 1), .noStages, .invalidStageID("X"), .duplicateStageID(id: "a", firstLine: 3),
        .unknownStage(uses: "x", suggestion: "y"), .unknownStage(uses: "x", suggestion: nil),
        .unknownNeed(need: "x", stage: "s", suggestion: "y"), .unknownNeed(need: "x", stage: "s", suggestion: nil),
        .needsItself(stage: "s"), .cycle(path: ["a", "b", "a"]), .missingProducer(stage: "s", kind: "a", candidates: ["p"]),
        .missingProducer(stage: "s", kind: "a", candidates: []), .unknownPlaceholder(name: "x", allowed: ["period"]), .missingPeriod,
        .invalidPeriod(value: "x"), .noInputFile(pattern: "x"), .invalidFileName("a/b"), .outputCannotCreate(path: "o", reason: "r"),
        .outputCannotWrite(path: "o", reason: "r"), .outputInvalidName("a/b"), .outputWrittenTwice("a"),
        .stageFailed(stage: "s", uses: "u"), .stageSkipped(stage: "s", failedDependency: "d"), .unexpectedError("e"),
    ]

    @Test(arguments: all)
    func everyMessageHasADistinctTextInEachLanguage(message: PipelineMessage) {
        #expect(["pipeline.", "output.", "run."].contains { message.code.hasPrefix($0) })
        #expect(!message.text(.english).isEmpty)
        #expect(message.text(.english) != message.text(.indonesian))
        #expect((message.hint(.english) == nil) == (message.hint(.indonesian) == nil))
        if let english = message.hint(.english) { #expect(english != message.hint(.indonesian)) }
    }

    @Test func codesAreDistinctPerCase() {
        // Two entries per case for a few cases above; each case has one code of its own.
        #expect(Set(Self.all.map(\.code)).count == 21)
    }
}
