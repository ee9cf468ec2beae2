import Foundation
import Testing

/// `pantau stages`, `plan`, `--version` and `--help`.
@Suite("Commands")
struct CommandTests {
    static let builtInStages = ["import.survey", "import.standards", "import.complaints", "evaluate.skm", "report.markdown", "report.json"]
        + ["import.meetings", "import.participation", "import.followups", "import.innovations", "evaluate.index", "evaluate.rules", "recommend"]

    // MARK: stages

    @Test func stagesListsTheBuiltInStages() async throws {
        let result = try await PantauProcess.run("stages")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.first == "\(Self.builtInStages.count) tahap tersedia")
        for id in Self.builtInStages {
            #expect(lines.filter { $0.hasPrefix("  \(id) ") }.count == 1, "\(id) should be listed once\n\(result)")
        }
        #expect(lines.last == "'pantau stages <id>' menjelaskan satu tahap.")

        let english = try await PantauProcess.run("stages", "--lang", "en")
        #expect(english.status == 0, "\(english)")
        #expect(english.stdoutLines.first == "\(Self.builtInStages.count) stages available")
        #expect(english.stdoutLines.contains {
            $0.hasPrefix("  import.survey  ") && $0.hasSuffix("  Import community satisfaction survey (SKM) responses from CSV or Excel files; faulty rows go to a rejects file.")
        }, "\(english)")
    }

    @Test func stagesDescribesOneStageWithItsOptionsAndExample() async throws {
        let result = try await PantauProcess.run("stages", "import.survey", "--lang", "en")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.first == "import.survey — Importers")
        for option in ["path", "scheme", "columns", "population", "population_columns", "delimiter", "rejects"] {
            #expect(lines.contains { $0.hasPrefix("  \(option)  ") }, "option \(option) missing\n\(result)")
        }
        #expect(lines.contains("  path  path | glob | [path, …]  [required]"))
        #expect(lines.contains("  scheme  permenpan-14-2017 | kepmenpan-25-2004  [default: permenpan-14-2017]"))
        #expect(lines.contains("Produces: survey-responses, service-populations, import-summary"))
        let example = try #require(lines.firstIndex(of: "Example:"), "\(result)")
        #expect(lines[example + 1] == "  - id: skm")
        #expect(lines[example + 2] == "    uses: import.survey")

        let indonesian = try await PantauProcess.run("stages", "import.survey")
        #expect(indonesian.status == 0, "\(indonesian)")
        #expect(indonesian.stdoutLines.first == "import.survey — Pengimpor")
        #expect(indonesian.stdout.contains("  path  path | glob | [path, …]  [wajib]"))
        #expect(indonesian.stdout.contains("\nContoh:\n  - id: skm\n"))
    }

    @Test func stagesSuggestsTheClosestStageForATypo() async throws {
        let result = try await PantauProcess.run("stages", "import.surve")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: tidak ada tahap bernama 'import.surve'\n  saran: mungkin maksud Anda 'import.survey'? 'pantau stages' menampilkan semua tahap\n")
        expectNoCrash(result)
        let english = try await PantauProcess.run("stages", "report.jsn", "--lang", "en")
        #expect(english.status == 2, "\(english)")
        #expect(english.stderr == "error: there is no stage called 'report.jsn'\n  help: did you mean 'report.json'? 'pantau stages' lists every stage\n")
    }

    /// With nothing close to suggest, the error should still say where to look: the pipeline
    /// loader's own message for an unknown `uses:` adds "'pantau stages' lists every stage",
    /// while `pantau stages nope` says only that there is no such stage.
    @Test func stagesPointsToTheListForAnUnknownStage() async throws {
        let result = try await PantauProcess.run("stages", "nope", "--lang", "en")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: there is no stage called 'nope'"), "\(result)")
        expectNoCrash(result)
        let helpful = result.stderr.contains("pantau stages") || Self.builtInStages.allSatisfy { result.stderr.contains($0) }
        #expect(helpful, "no suggestion, no list of stages and no pointer to 'pantau stages'\n\(result)")
    }

    @Test func stagesMarkdownIsAWholeReference() async throws {
        let result = try await PantauProcess.run("stages", "--format", "markdown")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("# Rujukan tahap\n"))
        #expect(result.stdout.hasSuffix("```\n"))
        for id in Self.builtInStages {
            #expect(result.stdout.contains("\n### `\(id)`\n"), "\(id) missing")
        }
        let english = try await PantauProcess.run("stages", "--format", "markdown", "--lang", "en")
        #expect(english.stdout.hasPrefix("# Stage reference\n"))
        let again = try await PantauProcess.run("stages", "--format", "markdown")
        #expect(again.stdout == result.stdout, "the reference should be stable")
    }

    /// `docs/stages.md` is generated by `pantau stages --format markdown` (with `--lang en`
    /// when the document is the English one) and must not drift from it.
    @Test(.enabled(if: Files.exists(Repository.url("docs/stages.md")), "docs/stages.md does not exist yet"))
    func stagesMarkdownEqualsTheDocument() async throws {
        let document = try Files.read(Repository.url("docs/stages.md"))
        let english = document.hasPrefix("# Stage reference")
        let result = try await PantauProcess.run(arguments: ["stages", "--format", "markdown"] + (english ? ["--lang", "en"] : []))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == document, "docs/stages.md differs from 'pantau stages --format markdown\(english ? " --lang en" : "")'")
    }

    /// The rule catalogues in `docs/` are generated by `pantau rules --format markdown` and must
    /// not drift from it.
    @Test(arguments: [("docs/rules.md", false), ("docs/rules.en.md", true)])
    func rulesMarkdownEqualsTheDocument(_ path: String, english: Bool) async throws {
        let document = try Files.read(Repository.url(path))
        let result = try await PantauProcess.run(arguments: ["rules", "--format", "markdown"] + (english ? ["--lang", "en"] : []))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == document, "\(path) differs from 'pantau rules --format markdown\(english ? " --lang en" : "")'")
    }

    @Test func rulesListsAndDescribesAndRefusesUnknownIDs() async throws {
        let listing = try await PantauProcess.run("rules", "--lang", "en")
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("standard.components-missing"))
        let one = try await PantauProcess.run("rules", "standard.components-missing", "--lang", "en")
        #expect(one.status == 0)
        #expect(one.stdout.contains("Rests on: UU 25/2009"))
        #expect(one.stdout.contains("→ [minor]"))
        let unknown = try await PantauProcess.run("rules", "standard.components-mising", "--lang", "en")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'standard.components-missing'?"))
    }

    /// Every stage's documented example, put together into one pipeline beside the sample
    /// region, is valid and runs.
    @Test func documentedExamplesMakeAWorkingPipeline() async throws {
        let reference = try await PantauProcess.run("stages", "--format", "markdown", "--lang", "en")
        try #require(reference.status == 0, "\(reference)")
        let examples = Self.yamlBlocks(in: reference.stdout)
        try #require(examples.count == Self.builtInStages.count, "one example per stage\n\(reference.stdout)")
        let stages = examples.map { block in block.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n") }
        let pipeline = "version: 1\nname: Contoh dari rujukan\nperiod: 2026-S1\nstages:\n" + stages.joined(separator: "\n") + "\n"
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            try Files.write(pipeline, to: directory.appendingPathComponent("pipelines/contoh.yaml"))
            let validate = try await PantauProcess.run(arguments: ["validate", "pipelines/contoh.yaml"], cwd: directory)
            #expect(validate.status == 0, "\(validate)\n\(pipeline)")
            let run = try await PantauProcess.run(arguments: ["run", "pipelines/contoh.yaml", "--output", "out", "--quiet"], cwd: directory)
            #expect(run.status == 0, "\(run)")
            let entries = try Files.entries(of: directory.appendingPathComponent("out"))
            #expect(Set(SampleOutputs.all).isSubset(of: entries), "\(entries)")
            // The other importers' examples write their rejects files beside the reports.
            #expect(entries.filter { !SampleOutputs.all.contains($0) }.allSatisfy { $0.hasPrefix("rejects-") }, "\(entries)")
        }
    }

    /// Every pipeline shipped in `pipelines/` is valid as it stands.
    @Test(arguments: (try? FileManager.default.contentsOfDirectory(atPath: Repository.url("pipelines").path))?
        .filter { $0.hasSuffix(".yaml") }.sorted() ?? [])
    func shippedPipelineIsValid(_ name: String) async throws {
        let result = try await PantauProcess.run("validate", "pipelines/\(name)")
        #expect(result.status == 0, "\(result)")
    }

    // MARK: plan

    @Test func planShowsTheStagesInOrderWithWhatTheyConsumeAndProduce() async throws {
        let result = try await PantauProcess.run("plan", Repository.samplePipeline)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdoutLines == [
            "SKM Semester — Kabupaten Contoh: 4 tahap dalam 3 gelombang (tahap dalam satu gelombang berjalan bersamaan)",
            "",
            "gelombang 1",
            "  [1] skm (import.survey)",
            "      menghasilkan: survey-responses, service-populations, import-summary",
            "",
            "gelombang 2",
            "  [2] evaluasi (evaluate.skm)",
            "      memakai: survey-responses, service-populations ← skm",
            "      menghasilkan: skm-results",
            "",
            "gelombang 3",
            "  [3] laporan (report.markdown)",
            "      memakai: import-summary ← skm; skm-results ← evaluasi",
            "  [4] json (report.json)",
            "      memakai: import-summary ← skm; skm-results ← evaluasi",
        ])

        let english = try await PantauProcess.run("plan", Repository.samplePipeline, "--lang", "en")
        #expect(english.status == 0, "\(english)")
        let lines = english.stdoutLines
        #expect(lines.first == "SKM Semester — Kabupaten Contoh: 4 stages in 3 waves (stages in one wave run concurrently)")
        #expect(lines.contains("      consumes: survey-responses, service-populations ← skm"))
        #expect(lines.contains("      produces: skm-results"))
        #expect(lines.filter { $0.hasPrefix("wave ") } == ["wave 1", "wave 2", "wave 3"])
    }

    @Test func planWritesNothing() async throws {
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            let before = try Files.entries(of: directory)
            let result = try await PantauProcess.run(arguments: ["plan", Repository.samplePipeline], cwd: directory)
            #expect(result.status == 0, "\(result)")
            #expect(try Files.entries(of: directory) == before)
        }
    }

    // MARK: --version and --help

    @Test func versionPrintsTheVersion() async throws {
        let source = try Files.read(Repository.url("Sources/pantau/Pantau.swift"))
        let declared = try #require(source.components(separatedBy: "\n").first { $0.contains("static let version = \"") })
        let version = declared.components(separatedBy: "\"")[1]
        let result = try await PantauProcess.run("--version")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == version + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func helpNamesTheSubcommandsAndTheExitStatuses() async throws {
        let result = try await PantauProcess.run("--help")
        #expect(result.status == 0, "\(result)")
        let help = result.stdout
        #expect(help.hasPrefix("OVERVIEW: Pemantauan dan evaluasi pelayanan publik"), "\(result)")
        for subcommand in ["run", "validate", "plan", "stages"] {
            #expect(result.stdoutLines.contains { $0.hasPrefix("  \(subcommand) ") }, "\(subcommand) missing\n\(help)")
        }
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Status keluar: 0 berhasil, 1 ada tahap yang gagal, 2 konfigurasi atau penggunaan tidak sah."), "\(help)")
        #expect(flat.contains("--lang en"))
    }

    @Test(
        "Help is English with PANTAU_LANG=en or --lang en",
        arguments: [(["--help"], ["PANTAU_LANG": "en"]), (["--lang", "en", "--help"], [:]), (["help"], ["PANTAU_LANG": "en"])])
    func helpInEnglish(arguments: [String], environment: [String: String]) async throws {
        let result = try await PantauProcess.run(arguments: arguments, environment: environment)
        #expect(result.status == 0, "\(result)")
        let help = result.stdout
        #expect(help.hasPrefix("OVERVIEW: Monitor and evaluate public services"), "\(result)")
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Exit status: 0 success, 1 a stage failed, 2 invalid configuration or usage."), "\(help)")
        #expect(flat.contains("run Run a pipeline and write its reports."), "\(help)")
        #expect(!help.contains("Jalankan pipeline"))
    }

    @Test func subcommandHelpFollowsTheLanguage() async throws {
        let indonesian = try await PantauProcess.run("run", "--help")
        #expect(indonesian.status == 0, "\(indonesian)")
        #expect(indonesian.stdout.hasPrefix("OVERVIEW: Jalankan pipeline dan tulis laporannya."))
        #expect(indonesian.stdout.contains("--period <period>"))
        #expect(indonesian.stdout.contains("--output <dir>"))

        let english = try await PantauProcess.run(arguments: ["run", "--help"], environment: ["PANTAU_LANG": "en"])
        #expect(english.status == 0, "\(english)")
        #expect(english.stdout.hasPrefix("OVERVIEW: Run a pipeline and write its reports."))
    }

    // MARK: Helpers

    /// The contents of every ```yaml block in a Markdown text.
    static func yamlBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in markdown.components(separatedBy: "\n") {
            if current == nil, line == "```yaml" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }
}
