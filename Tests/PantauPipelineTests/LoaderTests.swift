import Foundation
import PantauYAML
import Testing
@testable import PantauPipeline

/// Loading as a whole: every phase's problems at once, in file order, from text or from a file.
@Suite("Pipeline loader")
struct LoaderTests {
    static let severalMistakes = """
        version: 2
        name: Uji
        locale: eng
        output: out/{periode}
        stages:
          - id: survey
            uses: import.a
            with:
              valeu: x
          - id: score
            uses: evaluate.b
            needs: [survy]
          - id: Report
            uses: report.b
          - id: extra
            uses: evalute.b
        """

    @Test func severalIndependentMistakesAreAllReportedInFileOrder() {
        let problems = loadErrors(Self.severalMistakes)
        #expect(summaries(problems) == [
            "p.yaml:1:10 pipeline.unsupported-version: pipeline version '2' is not supported; this Pantau reads version 1 [write 'version: 1']",
            "p.yaml:3:9 yaml.invalid-choice: 'eng' is not one of the allowed values [did you mean 'en'? Allowed: id, en]",
            "p.yaml:4:9 pipeline.unknown-placeholder: unknown placeholder '{periode}' [placeholders you can use: {period}, {year}]",
            "p.yaml:9:7 yaml.unknown-key: unknown key 'valeu' in 'with' of stage 'survey' [did you mean 'value'?]",
            "p.yaml:12:13 pipeline.unknown-need: stage 'score' needs 'survy', but no stage has that id [did you mean 'survey'?]",
            "p.yaml:13:9 pipeline.invalid-stage-id: 'Report' is not a valid stage id [use lower-case letters, digits, '-', '_' and '.', starting with a letter]",
            "p.yaml:16:11 pipeline.unknown-stage: there is no stage called 'evalute.b' [did you mean 'evaluate.b'? 'pantau stages' lists every stage]",
        ])
        #expect(problems.allSatisfy { $0.severity == .error })
    }

    @Test func problemsOnOneLineAreOrderedByColumn() {
        #expect(summaries(loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: look
                uses: observe
                needs: [look, nobody, look]
            """)) == [
                "p.yaml:6:13 pipeline.needs-itself: stage 'look' lists itself under needs [remove it from its own needs]",
                "p.yaml:6:19 pipeline.unknown-need: stage 'look' needs 'nobody', but no stage has that id [write the id of a stage in this pipeline]",
                "p.yaml:6:27 pipeline.needs-itself: stage 'look' lists itself under needs [remove it from its own needs]",
            ])
    }

    @Test func aPipelineFileOnDiskIsNamedAsGivenInEveryLocation() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("uji.yaml", Self.severalMistakes)
        do {
            _ = try PipelineLoader(registry: testRegistry, today: today).load(path: path)
            Issue.record("the pipeline loaded")
        } catch {
            #expect(error.items.count == 7)
            #expect(error.items.allSatisfy { $0.location?.file == path })
            #expect(error.items.map { $0.location?.line } == [1, 3, 4, 9, 12, 13, 16])
        }
    }

    @Test func aMissingPipelineFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url("hilang.yaml")
        let error = #expect(throws: Diagnostics.self) {
            try PipelineLoader(registry: testRegistry, today: today).load(path: path)
        }
        #expect(error?.items == [.error(at: nil, YAMLMessage.fileUnreadable(path: path, reason: "no such file"))])
    }

    @Test func yamlSyntaxErrorsStopBeforeDecoding() {
        let problems = loadErrors("version: 1\nname: [Uji\nstages: x\n")
        #expect(problems.map(\.code) == ["yaml.syntax"])
    }

    @Test func aStageReportsWhatOnlyItCanSeeWhenThePipelineIsLoaded() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("data.csv", "opd,nilai\n")
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: table
                uses: import.table
                with:
                  path: data.csv
                  column: unit
            """, baseDirectory: directory.path)
        // The data file is named as the pipeline names it, whatever the working directory.
        #expect(problems == [.error(at: at(1, 1, file: "data.csv"), TestMessage.columnMissing("unit"))])
    }

    @Test func aStageIsNotConfiguredWhenItsOptionsAreWrong() {
        // `import.table` would report the missing file a second time if it were configured.
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: table
                uses: import.table
                with:
                  path: hilang.csv
                  column: unit
            """) == [
                "p.yaml:7:13 pipeline.no-input-file: no file found at 'hilang.csv' [check the path; relative paths start at the pipeline file's directory]",
            ])
    }

    /// The survey importer reports a CSV header problem at the CSV file's first line. Such a
    /// diagnostic must not disturb the order of the pipeline file's own diagnostics.
    @Test func diagnosticsInAnotherFileDoNotDisturbTheOrderOfThePipelineFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("data.csv", "opd\n")
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: score
                uses: evaluate.b
                needs: [tabel]
              - id: table
                uses: import.table
                with:
                  path: data.csv
                  column: unit
                colour: red
            """, baseDirectory: directory.path)
        #expect(problems.count == 3)
        let inPipeline = problems.compactMap(\.location).filter { $0.file == pipelineFile }
        #expect(inPipeline == [at(6, 13), at(12, 5)], "the pipeline's diagnostics, in the order of the file")
    }

    /// A stage dropped for an invalid id, or for a missing `uses`, must not cause errors
    /// elsewhere: the stage that needs it, or consumes what it would have produced, is fine.
    @Test(arguments: [
        ("id: Survey\n    uses: import.a", "p.yaml:4:9 pipeline.invalid-stage-id"),
        ("id: survey\n    with: {value: x}", "p.yaml:4:5 yaml.missing-key"),
        ("id: survey\n    uses: ''", "p.yaml:5:11 yaml.empty-value"),
    ])
    func aStageDroppedForABadEntryCausesNoFurtherErrors(entry: String, expected: String) {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - \(entry)
              - id: score
                uses: evaluate.b
                needs: [survey]
            """)
        #expect(problems.map { "\($0.location.map { "\($0)" } ?? "-") \($0.code)" } == [expected])
    }

    /// Whether a stage's `uses` is known or not, its `needs` name stages of this pipeline and
    /// can be checked: a slip there is a mistake of its own.
    @Test func theNeedsOfAStageWithAnUnknownUsesAreStillChecked() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
              - id: score
                uses: evalute.b
                needs: [survy]
            """) == [
                "p.yaml:7:11 pipeline.unknown-stage: there is no stage called 'evalute.b' [did you mean 'evaluate.b'? 'pantau stages' lists every stage]",
                "p.yaml:8:13 pipeline.unknown-need: stage 'score' needs 'survy', but no stage has that id [did you mean 'survey'?]",
            ])
    }

    // MARK: Rendering

    @Test func renderedInEnglishWithTheSourceLineAndACaret() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("uji.yaml", """
            version: 1
            name: Uji
            stages:
              - id: score
                uses: evalute.b
            """)
        let error = #expect(throws: Diagnostics.self) {
            try PipelineLoader(registry: testRegistry, today: today).load(path: path)
        }
        let items = try #require(error?.items)
        // The renderer reads the source line from the file itself.
        #expect(DiagnosticRenderer(language: .english).render(items) == """
            \(path):5:11: error: there is no stage called 'evalute.b'
                uses: evalute.b
                      ^
              help: did you mean 'evaluate.b'? 'pantau stages' lists every stage
            """)
        #expect(DiagnosticRenderer(language: .indonesian).render(items) == """
            \(path):5:11: error: tidak ada tahap bernama 'evalute.b'
                uses: evalute.b
                      ^
              saran: mungkin maksud Anda 'evaluate.b'? 'pantau stages' menampilkan semua tahap
            """)
    }

    @Test func severalRenderedFromMemoryInBothLanguages() {
        let text = """
            version: 1
            name: Uji
            stages:
              - id: survey
                uses: import.a
              - id: survey
                uses: import.a
            """
        let problems = loadErrors(text)
        #expect(DiagnosticRenderer(language: .english, sources: [pipelineFile: text]).render(problems) == """
            p.yaml:6:9: error: stage id 'survey' is used twice (first on line 4)
              - id: survey
                    ^
              help: give each stage its own id
            """)
        let cycle = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: a
                uses: observe
                needs: [b]
              - id: b
                uses: observe
                needs: [a]
            """)
        let source = "version: 1\nname: Uji\nstages:\n  - id: a\n    uses: observe\n    needs: [b]\n  - id: b\n    uses: observe\n    needs: [a]\n"
        #expect(DiagnosticRenderer(language: .indonesian, sources: [pipelineFile: source]).render(cycle) == """
            p.yaml:6:13: error: tahap-tahap ini saling menunggu secara melingkar: a → b → a
                needs: [b]
                        ^
              saran: hapus salah satu needs ini agar tahap dapat berjalan berurutan
            """)
    }
}
