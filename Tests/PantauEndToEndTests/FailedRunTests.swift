import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs that go wrong after a good run: the earlier reports must stay byte for byte as they
/// were (outputs are staged and renamed into place only when every stage succeeded), and no
/// staging directory may be left behind.
@Suite("Failed runs keep earlier reports")
struct FailedRunTests {
    /// A copy of the sample project in a temporary directory, with one good run's outputs in
    /// `<tmp>/laporan`.
    private func withEarlierReport(_ body: (_ project: URL, _ output: URL, _ earlier: [String: Data]) async throws -> Void) async throws {
        try await withTemporaryDirectory { project in
            try Files.copySampleProject(into: project)
            let output = project.appendingPathComponent("laporan")
            let good = try await PantauProcess.run(arguments: ["run", Repository.samplePipeline, "--output", "laporan", "--quiet"], cwd: project)
            try #require(good.status == 0, "\(good)")
            let earlier = try Files.snapshot(of: output)
            try #require(earlier.keys.sorted() == SampleOutputs.all)
            try await body(project, output, earlier)
        }
    }

    private func expectUnchanged(_ output: URL, _ earlier: [String: Data], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let entries = try Files.entries(of: output)
        #expect(entries == SampleOutputs.all, "the output directory changed (staging left behind?): \(entries)", sourceLocation: sourceLocation)
        #expect(try Files.snapshot(of: output) == earlier, "an earlier report changed", sourceLocation: sourceLocation)
    }

    /// The survey files vanish after `validate` said the pipeline was fine. `run` checks the
    /// pipeline again before it starts, so this is reported as a configuration problem
    /// (status 2) pointing at the `path:` option, before any stage runs.
    @Test func surveyFilesDeletedAfterValidation() async throws {
        try await withEarlierReport { project, output, earlier in
            let validate = try await PantauProcess.run(arguments: ["validate", Repository.samplePipeline], cwd: project)
            #expect(validate.status == 0, "\(validate)")

            try FileManager.default.removeItem(at: project.appendingPathComponent("samples/kabupaten-contoh/skm"))
            let result = try await PantauProcess.run(arguments: ["run", Repository.samplePipeline, "--output", "laporan", "--lang", "en"], cwd: project)
            #expect(result.status == 2, "\(result)")
            expectNoCrash(result)
            let diagnostics = RenderedDiagnostic.all(in: result.stderr, file: Repository.samplePipeline)
            try #require(diagnostics.count == 1, "\(result)")
            #expect(diagnostics[0].message == "no file found at '../samples/kabupaten-contoh/skm/*.csv'")
            diagnostics[0].expectQuotes(try Files.read(project.appendingPathComponent(Repository.samplePipeline)))
            try expectUnchanged(output, earlier)
        }
    }

    /// One of the two survey files vanishes: the glob still matches the other, so the run
    /// succeeds with the remaining semester's data only.
    @Test func oneOfTwoSurveyFilesDeleted() async throws {
        try await withEarlierReport { project, output, _ in
            try FileManager.default.removeItem(at: project.appendingPathComponent("samples/kabupaten-contoh/skm/skm-2025-s2.csv"))
            let result = try await PantauProcess.run(arguments: ["run", Repository.samplePipeline, "--output", "laporan", "--quiet"], cwd: project)
            #expect(result.status == 0, "\(result)")
            let report = try ReportDocument.decode(Data(contentsOf: output.appendingPathComponent(SampleOutputs.json)))
            #expect(report.coverage.outside_period == 0)
            #expect(report.region?.respondents == 1645)
        }
    }

    /// A survey file that cannot be read is found when `run` checks the pipeline (it reads
    /// the header rows), so it is refused with status 2, like a missing file. Root reads any
    /// file, so this only runs as an ordinary user.
    @Test(.enabled(if: getuid() != 0, "root can read a file without read permission"))
    func unreadableSurveyFile() async throws {
        try await withEarlierReport { project, output, earlier in
            let file = project.appendingPathComponent("samples/kabupaten-contoh/skm/skm-2026-s1.csv")
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
            let result = try await PantauProcess.run(arguments: ["run", Repository.samplePipeline, "--output", "laporan"], cwd: project)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("skm-2026-s1.csv"), "the unreadable file should be named\n\(result)")
            expectNoCrash(result)
            try expectUnchanged(output, earlier)
        }
    }

    /// A stage that fails while running: two importers with different survey schemes feed one
    /// evaluation. Status 1, the failed stage named, its dependants skipped, nothing replaced.
    @Test func stageFailingAtRunTimeLeavesEarlierReports() async throws {
        try await withEarlierReport { project, output, earlier in
            let header = ["opd", "tgl"] + (1...14).map { "q\($0)" }
            let rows = [header, ["Dinas Sosial", "2026-02-02"] + Array(repeating: "3", count: 14)]
            try Files.write(rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n", to: project.appendingPathComponent("lama/skm-lama.csv"))
            let columns14 = (1...14).map { "U\($0): q\($0)" }.joined(separator: ", ")
            var pipeline = try Files.read(project.appendingPathComponent(Repository.samplePipeline))
            pipeline = pipeline.replacingOccurrences(of: "\n  - id: evaluasi\n", with: """

                  - id: lama
                    uses: import.survey
                    with:
                      path: ../lama/skm-lama.csv
                      scheme: kepmenpan-25-2004
                      columns: {unit: opd, date: tgl, \(columns14)}

                  - id: evaluasi

                """)
            try Files.write(pipeline, to: project.appendingPathComponent("pipelines/campuran.yaml"))

            let validate = try await PantauProcess.run(arguments: ["validate", "pipelines/campuran.yaml"], cwd: project)
            try #require(validate.status == 0, "the mixed pipeline should be valid on its own\n\(validate)")

            let result = try await PantauProcess.run(arguments: ["run", "pipelines/campuran.yaml", "--output", "laporan"], cwd: project)
            #expect(result.status == 1, "\(result)")
            expectNoCrash(result)
            let stderr = result.stderrLines
            #expect(stderr.first == "error: tahap 'evaluasi' (evaluate.skm) gagal", "\(result)")
            #expect(result.stderr.contains("'kepmenpan-25-2004'") && result.stderr.contains("'permenpan-14-2017'"), "\(result)")
            #expect(stderr.suffix(2) == ["Proses gagal (1 tahap).", "Tidak ada keluaran yang ditulis; laporan sebelumnya tidak berubah."], "\(result)")
            let stdout = result.stdoutLines
            #expect(stdout.contains("pantau stage=evaluasi uses=evaluate.skm step=3/5 status=failed"), "\(result)")
            #expect(stdout.contains("pantau stage=laporan uses=report.markdown status=skipped after=evaluasi"), "\(result)")
            #expect(stdout.contains("pantau stage=json uses=report.json status=skipped after=evaluasi"), "\(result)")
            try expectUnchanged(output, earlier)

            let english = try await PantauProcess.run(arguments: ["run", "pipelines/campuran.yaml", "--output", "laporan", "--lang", "en"], cwd: project)
            #expect(english.status == 1, "\(english)")
            #expect(english.stderrLines.first == "error: stage 'evaluasi' (evaluate.skm) failed", "\(english)")
            #expect(english.stderrLines.last == "No output was written; earlier reports are unchanged.", "\(english)")
            try expectUnchanged(output, earlier)
        }
    }

    /// Two reporters write the same file name: refused before anything runs (status 2), at the
    /// second stage, and the earlier reports survive.
    @Test func twoStagesWritingOneFileFailWithoutReplacingAnything() async throws {
        try await withEarlierReport { project, output, earlier in
            let pipeline = try Files.read(project.appendingPathComponent(Repository.samplePipeline))
                .replacingOccurrences(of: "file: laporan-skm.json", with: "file: laporan-skm.md")
            try Files.write(pipeline, to: project.appendingPathComponent("pipelines/ganda.yaml"))
            let result = try await PantauProcess.run(arguments: ["run", "pipelines/ganda.yaml", "--output", "laporan", "--lang", "en"], cwd: project)
            #expect(result.status == 2, "\(result)")
            expectNoCrash(result)
            #expect(result.stderrLines.first?.hasPrefix("pipelines/ganda.yaml:") == true, "\(result)")
            #expect(result.stderr.contains("two stages write the same output file 'laporan-skm.md'"), "\(result)")
            try expectUnchanged(output, earlier)
        }
    }

    /// The output directory cannot be created because a file stands in its way: a matter of
    /// configuration (exit 2), since no stage ran.
    @Test func outputDirectoryThatCannotBeCreated() async throws {
        try await withTemporaryDirectory { directory in
            let blocker = directory.appendingPathComponent("berkas")
            try Files.write("bukan direktori\n", to: blocker)
            for target in [blocker, blocker.appendingPathComponent("laporan")] {
                let result = try await PantauProcess.run("run", Repository.samplePipeline, "--output", target.path, "--lang", "en")
                #expect(result.status == 2, "\(result)")
                expectNoCrash(result)
                #expect(result.stderr.contains("cannot create the output directory '\(target.path)'"), "\(result)")
                #expect(!result.stderr.contains("stage"), "\(result)")
            }
            #expect(try Files.read(blocker) == "bukan direktori\n")
            #expect(try Files.entries(of: directory) == ["berkas"])
        }
    }
}
