import Foundation
import Testing

/// Pipelines with mistakes in them: every command refuses them with exit status 2 and says
/// where each mistake is, as `file:line:column: error: …`, the source line and a caret.
@Suite("Broken pipelines")
struct BrokenPipelineTests {
    /// The sample pipeline with three independent mistakes: an option value out of range, a
    /// misspelt stage, a misspelt option key. Paths are absolute so that the file can live anywhere.
    static var threeMistakes: String {
        let region = Repository.sampleRegion.path
        return """
            version: 1
            name: Tiga kesalahan
            period: 2026-S1

            stages:
              - id: skm
                uses: import.survey
                with:
                  path: \(region)/skm/*.csv
                  columns:
                    unit: opd
                    service: layanan
                    date: tgl_survei
                    U1: u1
                    U2: u2
                    U3: u3
                    U4: u4
                    U5: u5
                    U6: u6
                    U7: u7
                    U8: u9
                    U9: u8
                  population: \(region)/populasi-pengguna.csv

              - id: evaluasi
                uses: evaluate.skm
                with:
                  weakest: 99

              - id: laporan
                uses: report.markdwn
                with:
                  file: laporan-skm.md

              - id: json
                uses: report.json
                with:
                  fiel: laporan-skm.json

            """
    }

    /// Where the three mistakes are, and a word each message must contain.
    static var threeMistakePlaces: [(line: Int, column: Int, word: String)] {
        let text = threeMistakes
        return [position(of: "99", after: "weakest: ", in: text), position(of: "report.markdwn", in: text), position(of: "fiel", in: text)]
    }

    @Test("validate reports all three mistakes at once", arguments: [nil, "en"])
    func validateReportsEveryMistake(lang: String?) async throws {
        try await withTemporaryDirectory { directory in
            try Files.write(Self.threeMistakes, to: directory.appendingPathComponent("tiga.yaml"))
            let result = try await PantauProcess.run(arguments: ["validate", "tiga.yaml"] + langArguments(lang), cwd: directory)
            #expect(result.status == 2, "\(result)")
            #expect(result.stdout.isEmpty, "\(result)")
            expectNoCrash(result)
            expectThreeMistakes(result, file: "tiga.yaml")
            let hint = lang == "en" ? "  help: did you mean " : "  saran: mungkin maksud Anda "
            #expect(result.stderr.contains(hint + "'report.markdown'?"), "\(result)")
            #expect(result.stderr.contains(hint + "'file'?"), "\(result)")
            #expect(result.stderrLines.last == (lang == "en" ? "tiga.yaml: 3 problems" : "tiga.yaml: 3 masalah"))
        }
    }

    @Test func runAndPlanRefuseTheSamePipelineAndTouchNoOutput() async throws {
        try await withTemporaryDirectory { directory in
            try Files.write(Self.threeMistakes, to: directory.appendingPathComponent("tiga.yaml"))
            let earlier = directory.appendingPathComponent("laporan")
            try Files.write("# laporan sebelumnya\n", to: earlier.appendingPathComponent(SampleOutputs.markdown))
            let before = try Files.snapshot(of: earlier)

            for arguments in [["run", "tiga.yaml", "--output", "baru"], ["run", "tiga.yaml", "--output", "laporan"], ["run", "tiga.yaml"], ["plan", "tiga.yaml"]] {
                let result = try await PantauProcess.run(arguments: arguments, cwd: directory)
                #expect(result.status == 2, "\(arguments): \(result)")
                #expect(result.stdout.isEmpty, "\(arguments): \(result)")
                expectNoCrash(result)
                expectThreeMistakes(result, file: "tiga.yaml")
            }
            // No new output directory (neither --output nor the default `out/{period}`), and the
            // earlier report untouched, without a staging directory beside it.
            #expect(try Files.entries(of: directory) == ["laporan", "tiga.yaml"])
            #expect(try Files.snapshot(of: earlier) == before)
        }
    }

    @Test("A YAML syntax error is positioned", arguments: [nil, "en"])
    func syntaxError(lang: String?) async throws {
        let text = """
            version: 1
            name: SKM: semester
            stages:
              - id: evaluasi
                uses: evaluate.skm

            """
        let result = try await refused(text, lang: lang)
        let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: "p.yaml")
        try #require(diagnostics.count == 1, "\(result)")
        #expect(diagnostics[0].line == 2)
        #expect(diagnostics[0].column == 10)
        #expect(diagnostics[0].message.contains("YAML"))
        #expect(diagnostics[0].message.contains("mapping values are not allowed"))
        diagnostics[0].expectQuotes(text)
    }

    @Test func duplicateKeyIsPositionedAtItsSecondOccurrence() async throws {
        let text = """
            version: 1
            name: Kunci ganda
            stages:
              - id: skm
                uses: import.survey
                with:
                  path: \(Repository.sampleRegion.path)/skm/skm-2026-s1.csv
                  path: \(Repository.sampleRegion.path)/skm/skm-2025-s2.csv

            """
        let result = try await refused(text, lang: "en")
        let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: "p.yaml")
        try #require(diagnostics.count == 1, "\(result)")
        #expect(diagnostics[0].line == 8)
        #expect(diagnostics[0].column == 7)
        #expect(diagnostics[0].message == "key 'path' appears twice in this mapping (first on line 7)")
        diagnostics[0].expectQuotes(text)
    }

    @Test func aliasBombFailsFast() async throws {
        // A billion laughs: ten levels of ten aliases each would expand to 10^10 nodes.
        var lines = ["version: 1", "name: Bom", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("stages: *a10")
        let text = lines.joined(separator: "\n") + "\n"

        // Expanding it would take minutes and gigabytes; the loader refuses it at the alias that
        // crosses its budget, before expanding anything (the YAML tests check that exactly), and
        // the process's own time-out guards against a hang. Nothing here is timed.
        for command in ["validate", "run", "plan"] {
            let result = try await refused(text, command: command, lang: "en")
            let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: "p.yaml")
            try #require(diagnostics.count == 1, "\(result)")
            #expect(diagnostics[0].message.contains("alias bomb"), "\(result)")
            diagnostics[0].expectQuotes(text)
        }
        let indonesian = try await refused(text, lang: nil)
        #expect(indonesian.stderr.contains("bom alias"), "\(indonesian)")
    }

    @Test func nonUTF8FileIsRefusedAtTheBadByte() async throws {
        // Latin-1 "é" (0xE9), as an old editor would save it.
        let bytes = Array("version: 1\nname: Laporan caf".utf8) + [0xE9] + Array("\nstages: []\n".utf8)
        try await withTemporaryDirectory { directory in
            try Files.write(bytes: bytes, to: directory.appendingPathComponent("p.yaml"))
            let result = try await PantauProcess.run(arguments: ["validate", "p.yaml", "--lang", "en"], cwd: directory)
            #expect(result.status == 2, "\(result)")
            expectNoCrash(result)
            let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: "p.yaml")
            try #require(diagnostics.count == 1, "\(result)")
            #expect(diagnostics[0].line == 2)
            #expect(diagnostics[0].column == "name: Laporan caf".count + 1)
            #expect(diagnostics[0].message.contains("not valid UTF-8"))
            diagnostics[0].expectQuotes(try Files.read(directory.appendingPathComponent("p.yaml")))
        }
        // UTF-16 with a byte order mark is not UTF-8 either.
        try await withTemporaryDirectory { directory in
            let utf16: [UInt8] = [0xFF, 0xFE] + Array("version: 1\n".utf8).flatMap { [$0, 0] }
            try Files.write(bytes: utf16, to: directory.appendingPathComponent("p.yaml"))
            let result = try await PantauProcess.run(arguments: ["run", "p.yaml", "--lang", "en"], cwd: directory)
            #expect(result.status == 2, "\(result)")
            expectNoCrash(result)
            #expect(result.stderr.contains("not valid UTF-8"), "\(result)")
        }
    }

    @Test("An empty file is refused", arguments: ["", "\n", "   \n", "# nothing here\n"])
    func emptyFile(text: String) async throws {
        let result = try await refused(text, lang: "en")
        let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: "p.yaml")
        try #require(diagnostics.count == 1, "\(result)")
        #expect(diagnostics[0].message == "the file is empty")
        #expect(diagnostics[0].line == 1 && diagnostics[0].column == 1)
    }

    @Test("A missing pipeline file is a clear error", arguments: ["run", "validate", "plan"])
    func missingFile(command: String) async throws {
        try await withTemporaryDirectory { directory in
            let result = try await PantauProcess.run(arguments: [command, "nope.yaml"], cwd: directory)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.hasPrefix("error: berkas 'nope.yaml' tidak dapat dibaca"), "\(result)")
            expectNoCrash(result)
            let english = try await PantauProcess.run(arguments: [command, "nope.yaml", "--lang", "en"], cwd: directory)
            #expect(english.status == 2, "\(english)")
            #expect(english.stderr.hasPrefix("error: cannot read 'nope.yaml': no such file"), "\(english)")
            expectNoCrash(english)
            #expect(try Files.entries(of: directory).isEmpty, "nothing may be created")
        }
    }

    @Test func directoryGivenAsPipelineIsAClearError() async throws {
        try await withTemporaryDirectory { directory in
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("p.yaml"), withIntermediateDirectories: true)
            let result = try await PantauProcess.run(arguments: ["run", "p.yaml", "--lang", "en"], cwd: directory)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.hasPrefix("error: cannot read 'p.yaml': is a directory"), "\(result)")
            expectNoCrash(result)
        }
    }

    @Test(
        "Usage errors exit with 2, not ArgumentParser's 64",
        arguments: [
            ["bogus"], ["--bogus"], ["run"], ["validate"], ["plan"], ["run", "--bogus", "p.yaml"], ["run", "p.yaml", "--period"],
            ["run", "p.yaml", "--lang", "xx"], ["stages", "--format", "pdf"], ["stages", "a", "b"],
        ])
    func usageError(arguments: [String]) async throws {
        let result = try await PantauProcess.run(arguments: arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Error: "), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        expectNoCrash(result)
    }

    @Test func bogusPeriodIsRefusedBeforeAnythingIsWritten() async throws {
        try await withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out")
            let result = try await PantauProcess.run("run", Repository.samplePipeline, "--period", "bogus", "--output", out.path)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderrLines.first == "error: 'bogus' bukan periode", "\(result)")
            #expect(result.stdout.isEmpty, "\(result)")
            expectNoCrash(result)
            #expect(!Files.exists(out))

            let english = try await PantauProcess.run("run", Repository.samplePipeline, "--period", "2026-S3", "--output", out.path, "--lang", "en")
            #expect(english.status == 2, "\(english)")
            #expect(english.stderrLines.first == "error: '2026-S3' is not a period", "\(english)")
            #expect(!Files.exists(out))
        }
    }

    @Test func invalidPeriodInThePipelineIsPositioned() async throws {
        let text = try Files.read(Repository.url(Repository.samplePipeline)).replacingOccurrences(of: "period: 2026-S1", with: "period: 2026-S3")
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            try Files.write(text, to: directory.appendingPathComponent(Repository.samplePipeline))
            let result = try await PantauProcess.run(arguments: ["validate", Repository.samplePipeline, "--lang", "en"], cwd: directory)
            #expect(result.status == 2, "\(result)")
            let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: Repository.samplePipeline)
            try #require(diagnostics.count == 1, "\(result)")
            #expect(diagnostics[0].message == "'2026-S3' is not a period")
            let place = Self.position(of: "2026-S3", in: text)
            #expect(diagnostics[0].line == place.line && diagnostics[0].column == place.column)
            diagnostics[0].expectQuotes(text)
        }
    }

    @Test func validateChecksEveryFileGiven() async throws {
        try await withTemporaryDirectory { directory in
            let bad = directory.appendingPathComponent("tiga.yaml")
            try Files.write(Self.threeMistakes, to: bad)
            let result = try await PantauProcess.run("validate", Repository.samplePipeline, bad.path)
            #expect(result.status == 2, "\(result)")
            #expect(result.stdout == "\(Repository.samplePipeline): sah (4 tahap)\n", "\(result)")
            expectThreeMistakes(result, file: bad.path)
            #expect(result.stderrLines.last == "\(bad.path): 3 masalah")
        }
    }

    /// `path` is a required option: leaving its value out (or giving an empty list) must be a
    /// positioned error, not a run that imports nothing and reports an empty survey.
    @Test("A required option without a value is refused", arguments: ["path:", "path: []"])
    func requiredOptionWithoutValue(written: String) async throws {
        let original = try Files.read(Repository.url(Repository.samplePipeline))
        let text = original.replacingOccurrences(of: "path: ../samples/kabupaten-contoh/skm/*.csv", with: written)
        try #require(text != original)
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            try Files.write(text, to: directory.appendingPathComponent(Repository.samplePipeline))
            let validate = try await PantauProcess.run(arguments: ["validate", Repository.samplePipeline, "--lang", "en"], cwd: directory)
            #expect(validate.status == 2, "\(validate)")
            let line = Self.position(of: written, in: text).line
            let diagnostics = RenderedDiagnostic.all(in: validate.stderr, file: Repository.samplePipeline)
            #expect(diagnostics.contains { $0.line == line }, "expected an error on line \(line) ('\(written)')\n\(validate)")

            let run = try await PantauProcess.run(arguments: ["run", Repository.samplePipeline, "--output", "out", "--quiet"], cwd: directory)
            #expect(run.status == 2, "\(run)")
            #expect(!Files.exists(directory.appendingPathComponent("out")), "an empty report was written")
        }
    }

    // MARK: Helpers

    /// Writes `text` to `p.yaml` in a temporary directory, runs `command p.yaml` there and
    /// checks that it was refused with status 2, no standard output and no crash.
    private func refused(
        _ text: String, command: String = "validate", lang: String?, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ProcessOutput {
        try await withTemporaryDirectory { directory in
            try Files.write(text, to: directory.appendingPathComponent("p.yaml"))
            var arguments = [command, "p.yaml"] + langArguments(lang)
            if command == "run" { arguments += ["--output", "out"] }
            let result = try await PantauProcess.run(arguments: arguments, cwd: directory)
            #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
            expectNoCrash(result, sourceLocation: sourceLocation)
            #expect(try Files.entries(of: directory) == ["p.yaml"], "nothing may be written", sourceLocation: sourceLocation)
            return result
        }
    }

    private func langArguments(_ lang: String?) -> [String] { lang.map { ["--lang", $0] } ?? [] }

    private func expectThreeMistakes(_ result: ProcessOutput, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: file)
        let places = Self.threeMistakePlaces
        #expect(diagnostics.count == places.count, "expected three positioned errors\n\(result)", sourceLocation: sourceLocation)
        for (diagnostic, place) in zip(diagnostics, places) {
            #expect(diagnostic.line == place.line && diagnostic.column == place.column, "\(diagnostic) should be at \(place.line):\(place.column)", sourceLocation: sourceLocation)
            #expect(diagnostic.message.contains(place.word), "\(diagnostic) should mention \(place.word)", sourceLocation: sourceLocation)
            diagnostic.expectQuotes(Self.threeMistakes, sourceLocation: sourceLocation)
        }
    }

    /// The 1-based line and column (in Unicode scalars) where `needle` first occurs, after
    /// `prefix` when one is given.
    static func position(of needle: String, after prefix: String = "", in text: String) -> (line: Int, column: Int, word: String) {
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            guard let range = line.range(of: prefix + needle) else { continue }
            let column = line[..<range.lowerBound].unicodeScalars.count + prefix.unicodeScalars.count + 1
            return (index + 1, column, needle)
        }
        return (0, 0, needle)
    }
}
