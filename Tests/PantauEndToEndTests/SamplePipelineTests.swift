import Foundation
import Testing

/// `pantau run pipelines/skm-semester.yaml` on the sample region, checked against the figures
/// the sample generator computed independently (`samples/kabupaten-contoh/expected/`).
@Suite("Sample pipeline")
struct SamplePipelineTests {
    @Test func runWritesTheTwoReportsAndTheRejectsFileAndNothingElse() async throws {
        let run = try await SampleRuns.indonesian2026S1.value
        #expect(run.output.status == 0, "\(run.output)")
        #expect(run.output.stderr.isEmpty, "\(run.output)")
        expectNoCrash(run.output)
        #expect(run.outputEntries == SampleOutputs.all, "no staging directory or stray file may be left")
        #expect(run.temporaryEntries == ["out"], "nothing may be written beside the output directory")
        for name in SampleOutputs.all {
            #expect(run.files[name]?.isEmpty == false, "\(name) is empty")
        }
    }

    @Test("Figures per region, agency and service equal the expected ones", arguments: ["2026-S1", "2025-S2"])
    func figuresMatchTheExpectedFile(period: String) async throws {
        let run = try await SampleRuns.run(period: period)
        try #require(run.output.status == 0, "\(run.output)")
        let report = try run.report()
        let expected = try ExpectedSKM.load(period: period)

        #expect(report.schema == "pantau.skm-report")
        #expect(report.schema_version == 1)
        #expect(report.period.id == period)
        #expect(report.generated_on == PantauProcess.today)
        expectFigures(report.region, expected.region_pooled, "region")

        let units = Dictionary(report.units.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(Set(units.keys) == Set(expected.agencies.map(\.opd)), "the report's agencies differ from the expected ones")
        for agency in expected.agencies {
            guard let unit = units[agency.opd] else { continue }
            expectFigures(unit.figures, agency.group, agency.opd)
            #expect(unit.sample.population == agency.sample.population, "\(agency.opd): population")
            #expect(unit.sample.minimum == agency.sample.minimum, "\(agency.opd): Krejcie–Morgan minimum")
            #expect(unit.sample.status == (agency.sample.sufficient ? "sufficient" : "insufficient"), "\(agency.opd): sample status")

            let services = Dictionary(unit.services.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            #expect(Set(services.keys) == Set(agency.services.map(\.layanan)), "\(agency.opd): services differ")
            for service in agency.services {
                let group = ExpectedSKM.Group(
                    respondents: service.respondents, sums: service.sums, score: service.score, score_rounded: service.score_rounded,
                    grade: service.grade, kinerja: nil, ikm: nil)
                expectFigures(services[service.layanan]?.figures, group, "\(agency.opd) / \(service.layanan)")
            }
        }

        var gradeCounts: [String: Int] = ["A": 0, "B": 0, "C": 0, "D": 0]
        for unit in report.units { if let grade = unit.figures?.grade { gradeCounts[grade, default: 0] += 1 } }
        #expect(gradeCounts == expected.grade_counts)
        let insufficient = report.units.filter { $0.sample.status == "insufficient" }.map(\.name)
        #expect(Set(insufficient) == Set(expected.sample_insufficient))

        let inPeriod = try #require(expected.files.first { $0.period == period })
        let outside = expected.files.filter { $0.period != period }.reduce(0) { $0 + $1.accepted }
        #expect(report.coverage.in_period == inPeriod.accepted)
        #expect(report.coverage.outside_period == outside)
        #expect(report.coverage.undated == 0)
    }

    @Test func dataQualityReconcilesEveryFile() async throws {
        let run = try await SampleRuns.indonesian2026S1.value
        let report = try run.report()
        let expected = try ExpectedSKM.load(period: "2026-S1")
        let account = try #require(report.data_quality.first { $0.stage == "skm" })
        #expect(account.reconciles)
        #expect(account.read == account.accepted + account.rejected)
        #expect(account.rejects_file == SampleOutputs.rejects)
        #expect(account.rejected == expected.files.reduce(0) { $0 + $1.rejected })
        for file in expected.files {
            let info = try #require(account.files.first { $0.file.hasSuffix(file.file) }, "no data-quality entry for \(file.file)")
            #expect(info.read == file.records_read, "\(file.file): read")
            #expect(info.accepted == file.accepted, "\(file.file): accepted")
            #expect(info.rejected == file.rejected, "\(file.file): rejected")
        }
    }

    @Test func rejectsFileHasOneLinePerBadRecord() async throws {
        let run = try await SampleRuns.indonesian2026S1.value
        let rows = CSV.parse(run.text(SampleOutputs.rejects))
        let header = try #require(rows.first)
        #expect(header == ["berkas", "baris", "baris_teks", "kolom", "nilai", "alasan", "kode"])
        let lines = rows.dropFirst()
        let expected = try ExpectedSKM.load(period: "2026-S1")
        let bad = expected.files.flatMap { file in file.rejected_records.map { (file: file.file, record: $0) } }
        #expect(lines.count == bad.count, "one line per bad record:\n\(run.text(SampleOutputs.rejects))")

        let codes = [
            "answer_out_of_range": "record.answer-out-of-range", "answer_not_integer": "record.answer-not-integer",
            "answer_missing": "record.value-missing", "opd_missing": "record.value-missing", "date_invalid": "record.invalid-date",
            "field_count": "record.wrong-field-count",
        ]
        for (file, record) in bad {
            let matches = lines.filter { $0.count == 7 && $0[0].hasSuffix(file) && $0[1] == String(record.record) }
            try #require(matches.count == 1, "\(file) record \(record.record) (\(record.kind)) should be listed once")
            let row = matches[0]
            #expect(row[2] == String(record.line), "\(file) record \(record.record): physical line")
            #expect(row[6] == codes[record.reason], "\(file) record \(record.record): code")
            if record.reason != "field_count" {
                #expect(row[3] == record.column, "\(file) record \(record.record): column")
                #expect(row[4] == record.value ?? "", "\(file) record \(record.record): value")
            }
            #expect(!row[5].isEmpty, "\(file) record \(record.record): reason")
        }
    }

    @Test func periodOptionOverridesThePipelinesPeriod() async throws {
        let run = try await SampleRuns.indonesian2025S2.value
        try #require(run.output.status == 0, "\(run.output)")
        #expect(run.output.stdout.contains("periode 2025-S2, 4 tahap"))
        let report = try run.report()
        #expect(report.period.id == "2025-S2")
        #expect(report.period.start == "2025-07-01")
        #expect(report.period.end == "2025-12-31")
        #expect(run.text(SampleOutputs.markdown).hasPrefix("# Laporan Survei Kepuasan Masyarakat — Semester II 2025\n"))
    }

    @Test func relativePeriodsCountFromPantauToday() async throws {
        let explicit = try await SampleRuns.indonesian2026S1.value
        // 2026-11-25 lies in 2026-S2, so the previous semester is 2026-S1: the very same run.
        let relative = try await SampleRun.make(["--period", "previous-semester"])
        #expect(relative.output.status == 0, "\(relative.output)")
        #expect(relative.files == explicit.files, "previous-semester on 2026-11-25 should give the 2026-S1 outputs byte for byte")

        let earlier = try await SampleRun.make(["--period", "previous-semester"], environment: ["PANTAU_TODAY": "2026-03-10"])
        #expect(earlier.output.status == 0, "\(earlier.output)")
        #expect(try earlier.report().period.id == "2025-S2")
        #expect(try earlier.report().generated_on == "2026-03-10")
    }

    @Test func runningTwiceGivesByteIdenticalOutputs() async throws {
        let first = try await SampleRuns.indonesian2026S1.value
        let second = try await SampleRun.make()
        #expect(second.output.status == 0, "\(second.output)")
        #expect(second.files.keys.sorted() == first.files.keys.sorted())
        for name in SampleOutputs.all {
            #expect(second.files[name] == first.files[name], "\(name) differs between two runs")
        }

        // A second run into the same directory replaces the reports with identical bytes.
        try await withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out")
            for _ in 0..<2 {
                let result = try await PantauProcess.run("run", Repository.samplePipeline, "--output", out.path, "--quiet")
                #expect(result.status == 0, "\(result)")
            }
            #expect(try Files.entries(of: out) == SampleOutputs.all)
            #expect(try Files.snapshot(of: out) == first.files)
        }
    }

    @Test func messagesAndReportsAreIndonesianByDefault() async throws {
        let run = try await SampleRuns.indonesian2026S1.value
        let stdout = run.output.stdoutLines
        #expect(stdout.first == "SKM Semester — Kabupaten Contoh — periode 2026-S1, 4 tahap")
        #expect(stdout.contains { $0.hasPrefix("Keluaran ditulis ke ") && $0.hasSuffix(" dtk:") }, "\(run.output)")
        expectProgressLines(run.output)
        let markdown = run.text(SampleOutputs.markdown)
        #expect(markdown.hasPrefix("# Laporan Survei Kepuasan Masyarakat — Semester I 2026\n"))
        #expect(markdown.contains("## Ringkasan"))
        // Dinas Sosial scores exactly 65.00: grade C, not D (exact arithmetic, no 64.999…).
        #expect(markdown.contains("| Dinas Sosial | 100 | 2,6000 | 65,00 | C | Kurang Baik |"))
        let report = try run.report()
        #expect(report.language == "id")
        #expect(report.region?.quality == "Baik")
        #expect(report.period.label == "Semester I 2026")
    }

    @Test func langOptionGivesEnglishMessagesAndReports() async throws {
        let run = try await SampleRuns.english2026S1.value
        try #require(run.output.status == 0, "\(run.output)")
        let stdout = run.output.stdoutLines
        #expect(stdout.first == "SKM Semester — Kabupaten Contoh — period 2026-S1, 4 stages")
        #expect(stdout.contains { $0.hasPrefix("Outputs written to ") && $0.hasSuffix(" s:") }, "\(run.output)")
        expectProgressLines(run.output)
        let markdown = run.text(SampleOutputs.markdown)
        #expect(markdown.hasPrefix("# Community Satisfaction Survey Report — First half 2026\n"))
        #expect(markdown.contains("## Summary"))
        #expect(!markdown.contains("Ringkasan"))
        let rows = CSV.parse(run.text(SampleOutputs.rejects))
        #expect(rows.first == ["file", "row", "line", "field", "value", "reason", "code"])

        let report = try run.report()
        #expect(report.language == "en")
        #expect(report.region?.quality == "Good")
        // The language changes words, never figures.
        let indonesian = try await SampleRuns.indonesian2026S1.value.report()
        #expect(report.region?.score_exact == indonesian.region?.score_exact)
        #expect(report.units.map(\.figures?.score_exact) == indonesian.units.map(\.figures?.score_exact))
    }

    /// The English rejects file should name elements in English, as the English report does
    /// ("U4 Cost/fee"); it names them in Indonesian ("U4 (Biaya/Tarif)").
    @Test func englishRejectsNameElementsInEnglish() async throws {
        let run = try await SampleRuns.english2026S1.value
        let rows = CSV.parse(run.text(SampleOutputs.rejects)).dropFirst()
        let row = try #require(rows.first { $0.count == 7 && $0[0].hasSuffix("skm-2025-s2.csv") && $0[1] == "65" })
        #expect(row[5] == "answer 5 for U4 (Cost/fee) is outside 1–4")
        let indonesianNames = ["Biaya/Tarif", "Persyaratan", "Perilaku Pelaksana", "Kompetensi Pelaksana", "Waktu Penyelesaian"]
        let leaked = rows.filter { row in row.count == 7 && indonesianNames.contains { row[5].contains($0) } }.map { $0[5] }
        #expect(leaked.isEmpty, "Indonesian element names in the English rejects file: \(leaked)")
    }

    /// On a terminal, progress is written for people: `[2/4] evaluasi (evaluate.skm) …`, then
    /// `… selesai dalam 0,01 dtk` (`done in 0.01 s` in English), with seconds in the reader's notation.
    @Test("Progress on a terminal is in the chosen language", .enabled(if: PseudoTerminal.isAvailable), arguments: [nil, "en"])
    func terminalProgress(lang: String?) async throws {
        try await withTemporaryDirectory { directory in
            let english = lang == "en"
            let result = try await PantauProcess.run(
                arguments: ["run", Repository.samplePipeline, "--output", directory.path] + (english ? ["--lang", "en"] : []), terminal: true)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
            let lines = result.stdoutLines
            #expect(lines.first == (english ? "SKM Semester — Kabupaten Contoh — period 2026-S1, 4 stages" : "SKM Semester — Kabupaten Contoh — periode 2026-S1, 4 tahap"))
            let stages = [("skm", "import.survey"), ("evaluasi", "evaluate.skm"), ("laporan", "report.markdown"), ("json", "report.json")]
            for (number, (id, uses)) in stages.enumerated() {
                let head = "[\(number + 1)/4] \(id) (\(uses))"
                #expect(lines.filter { $0 == head + " …" }.count == 1, "\(head) started\n\(result)")
                let done = lines.filter { $0.hasPrefix(head + (english ? " done in " : " selesai dalam ")) }
                #expect(done.count == 1, "\(head) done\n\(result)")
                if let line = done.first {
                    #expect(Self.hasSeconds(line, decimalSeparator: english ? "." : ",", unit: english ? " s" : " dtk"), "\(line)")
                }
            }
            let summary = try #require(lines.firstIndex { $0.hasPrefix(english ? "Outputs written to " : "Keluaran ditulis ke ") }, "\(result)")
            #expect(lines[summary].hasPrefix((english ? "Outputs written to " : "Keluaran ditulis ke ") + directory.path + (english ? " in " : " dalam ")))
            #expect(Set(lines[(summary + 1)...]) == Set(SampleOutputs.all.map { "  " + directory.appendingPathComponent($0).path }))
            #expect(!result.stdout.contains("pantau stage="), "key=value lines are for logs, not terminals")
        }
    }

    /// `… 0,08 dtk` / `… 0.08 s`, optionally followed by `:`.
    private static func hasSeconds(_ line: String, decimalSeparator: String, unit: String) -> Bool {
        var text = Substring(line)
        if text.hasSuffix(":") { text = text.dropLast() }
        guard text.hasSuffix(unit) else { return false }
        text = text.dropLast(unit.count)
        guard let number = text.split(separator: " ").last else { return false }
        let parts = number.components(separatedBy: decimalSeparator)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].count == 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    @Test func quietRunPrintsNothing() async throws {
        try await withTemporaryDirectory { directory in
            let result = try await PantauProcess.run("run", Repository.samplePipeline, "--output", directory.path, "--quiet")
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.isEmpty)
            #expect(try Files.entries(of: directory) == SampleOutputs.all)
        }
    }

    @Test func copiedProjectWritesToThePipelinesOutputDirectory() async throws {
        let reference = try await SampleRuns.indonesian2026S1.value
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            let before = try Files.entries(of: directory)
            let result = try await PantauProcess.run("run", Repository.samplePipeline, cwd: directory)
            #expect(result.status == 0, "\(result)")
            // `output: ../out/skm-semester/{period}` is relative to the pipeline file.
            let out = directory.appendingPathComponent("out/skm-semester/2026-S1")
            #expect(try Files.entries(of: directory) == (before + ["out"]).sorted())
            #expect(try Files.entries(of: directory.appendingPathComponent("out")) == ["skm-semester"])
            #expect(try Files.entries(of: directory.appendingPathComponent("out/skm-semester")) == ["2026-S1"])
            #expect(try Files.entries(of: out) == SampleOutputs.all)
            #expect(result.stdout.contains("Keluaran ditulis ke out/skm-semester/2026-S1 "), "\(result)")
            // Same relative layout, same working directory relative to it: the same bytes.
            #expect(try Files.snapshot(of: out) == reference.files)
        }
    }

    @Test func relativePathsStartAtThePipelineFileNotTheWorkingDirectory() async throws {
        let reference = try await SampleRuns.indonesian2026S1.value.report()
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            let pipelines = directory.appendingPathComponent("pipelines")
            let result = try await PantauProcess.run("run", "skm-semester.yaml", "--period", "2026-S1", cwd: pipelines)
            #expect(result.status == 0, "\(result)")
            let out = directory.appendingPathComponent("out/skm-semester/2026-S1")
            #expect(try Files.entries(of: out) == SampleOutputs.all)
            #expect(try Files.entries(of: pipelines) == ["skm-semester.yaml"], "nothing may be written beside the pipeline")
            let report = try ReportDocument.decode(Data(contentsOf: out.appendingPathComponent(SampleOutputs.json)))
            #expect(report.region?.score_exact == reference.region?.score_exact)
            #expect(report.units.map(\.figures?.score_exact) == reference.units.map(\.figures?.score_exact))
        }
    }

    // MARK: Helpers

    private func expectFigures(
        _ actual: ReportDocument.Figures?, _ expected: ExpectedSKM.Group, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let actual else {
            Issue.record("\(what): no figures in the report", sourceLocation: sourceLocation)
            return
        }
        #expect(actual.respondents == expected.respondents, "\(what): respondents", sourceLocation: sourceLocation)
        #expect(actual.sums == expected.sums, "\(what): sums per element", sourceLocation: sourceLocation)
        #expect(Fraction(actual.score_exact) == Fraction(expected.score), "\(what): exact score \(actual.score_exact) ≠ \(expected.score)", sourceLocation: sourceLocation)
        #expect(actual.score == Double(expected.score_rounded), "\(what): rounded score", sourceLocation: sourceLocation)
        #expect(actual.grade == expected.grade, "\(what): grade", sourceLocation: sourceLocation)
        if let ikm = expected.ikm {
            #expect(Fraction(actual.ikm_exact) == Fraction(ikm), "\(what): exact IKM", sourceLocation: sourceLocation)
        }
        if let kinerja = expected.kinerja {
            #expect(actual.quality == kinerja, "\(what): performance", sourceLocation: sourceLocation)
        }
    }

    /// When the output is not a terminal, progress comes as `key=value` lines, one when each
    /// stage starts and one when it is done (stages of one wave may interleave).
    private func expectProgressLines(_ output: ProcessOutput, sourceLocation: SourceLocation = #_sourceLocation) {
        let stages = [("skm", "import.survey"), ("evaluasi", "evaluate.skm"), ("laporan", "report.markdown"), ("json", "report.json")]
        let lines = output.stdoutLines
        for (number, (id, uses)) in stages.enumerated() {
            let prefix = "pantau stage=\(id) uses=\(uses) step=\(number + 1)/4 status="
            #expect(lines.filter { $0 == prefix + "started" }.count == 1, "\(id) started\n\(output)", sourceLocation: sourceLocation)
            #expect(lines.filter { $0.hasPrefix(prefix + "done seconds=") }.count == 1, "\(id) done\n\(output)", sourceLocation: sourceLocation)
        }
        let started = lines.firstIndex { $0.hasPrefix("pantau stage=evaluasi ") && $0.hasSuffix("status=started") }
        let imported = lines.firstIndex { $0.hasPrefix("pantau stage=skm ") && $0.contains("status=done") }
        if let started, let imported {
            #expect(imported < started, "evaluasi may only start after skm is done", sourceLocation: sourceLocation)
        }
    }
}
