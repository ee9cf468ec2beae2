import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// Survey responses from external plugins go through the same checks as CSV rows, and the
/// built-in datasets are handed to plugins in their documented JSON forms.
@Suite("Plugin records and datasets")
struct PluginRecordsTests {
    private func record(_ json: String) throws -> JSONValue { try JSONValue.parse(json) }

    private static let answers = #""answers":{"U1":4,"U2":3,"U3":"2","U4":4,"U5":3,"U6":3,"U7":4,"U8":2,"U9":" 3 "}"#

    @Test func surveyRecordsAreCheckedAsCSVRowsAreAndRejectsNameThePlugin() async throws {
        var collector = SurveyRecordCollector(stageID: "formulir", plugin: "google-forms", scheme: .permenpan14_2017, rejectsName: "rejects-formulir.csv")
        let records = [
            #"{"unit":"Dinas A","service":"Layanan B","date":"2026-03-14",\#(Self.answers)}"#,
            #"{"unit":"Dinas A",\#(Self.answers.replacingOccurrences(of: #""U4":4"#, with: #""U4":5"#))}"#,
            #"{"unit":"","date":"kemarin",\#(Self.answers.replacingOccurrences(of: #""U1":4"#, with: #""U1":3.0"#))}"#,
            #"{"unit":"Dinas C","answers":[1,2,3,4,1,2,3,4,1]}"#,
            #"{"unit":"Dinas C","answers":{"U1":"Lumayan"}}"#,
        ]
        for (index, text) in records.enumerated() {
            let source = index == 1 ? nil : try record(#"{"file":"export.csv","row":\#(index + 2),"line":\#(index + 2)}"#)
            collector.add(try record(text), source: source, number: index + 1)
        }
        let produced = try await run(CollectorStage(collector: collector))
        let responses = try produced.one(SurveyResponses.self)
        #expect(responses.count == 2)
        #expect(responses[0].answers == [4, 3, 2, 4, 3, 3, 4, 2, 3])
        #expect(responses[0].date == CalendarDate(year: 2026, month: 3, day: 14))
        #expect(responses[1].unit == "Dinas C" && responses[1].service == nil && responses[1].answers == [1, 2, 3, 4, 1, 2, 3, 4, 1])

        let account = try produced.one(ImportAccount.self)
        #expect(account.stage == "formulir" && account.records == "survey-responses" && account.rejectsFile == "rejects-formulir.csv")
        #expect(account.files == [
            FileReconciliation(file: "export.csv", read: 4, accepted: 2, rejected: 2),
            FileReconciliation(file: "plugin:google-forms", read: 1, accepted: 0, rejected: 1),
        ])
        #expect(account.read == account.accepted + account.rejected && account.reconciles)

        let rejects = parseCSV(try produced.text("rejects-formulir.csv"))
        #expect(rejects.first == ["berkas", "baris", "baris_teks", "kolom", "nilai", "alasan", "kode"])
        let rows = rejects.dropFirst().map { [$0[0], $0[1], $0[3], $0[4], $0[5], $0[6]] }
        #expect(rows.first == ["plugin:google-forms", "2", "answers.U4", "5", "plugin 'google-forms': jawaban 5 untuk U4 (Biaya/Tarif) di luar rentang 1–4", "record.answer-out-of-range"])
        #expect(rows.contains(["export.csv", "4", "unit", "", "plugin 'google-forms': 'unit' kosong", "record.value-missing"]))
        #expect(rows.contains(["export.csv", "4", "date", "kemarin", "plugin 'google-forms': 'kemarin' bukan tanggal yang sah", "record.invalid-date"]))
        #expect(rows.contains { $0[2] == "answers.U1" && $0[3] == "3.0" && $0[5] == "record.answer-not-integer" })
        #expect(rows.contains { $0[2] == "answers.U1" && $0[3] == "Lumayan" })
        #expect(rows.contains { $0[2] == "answers.U2" && $0[3] == "" && $0[5] == "record.value-missing" })
        #expect(account.reasons["record.answer-out-of-range"] == 1)
    }

    @Test func theSchemeOfAPluginsRecordsIsItsSchemeOptionWhenItHasOne() throws {
        let descriptor = StageDescriptor(
            id: "import.x", role: .importer, summary: LocalizedText(id: "x", en: "x"),
            options: [StageOption("scheme", .string, .optional(default: "kepmenpan-25-2004"), help: LocalizedText(id: "s", en: "s"))],
            produces: [.surveyResponses], example: "")
        let configuration = StageConfiguration(stageID: "x", descriptor: descriptor, node: nil, location: at(1, 1), baseDirectory: "/")
        let collector = try #require(try SurveyRecordIntake().collector(for: configuration, plugin: "p") as? SurveyRecordCollector)
        #expect(collector.check.scheme.id == "kepmenpan-25-2004")

        let wrong = try YAMLLoader().load(text: "scheme: permenpan", file: pipelineFile)
        let misspelt = StageConfiguration(stageID: "x", descriptor: descriptor, node: wrong, location: at(1, 1), baseDirectory: "/")
        #expect(throws: Diagnostics.self) { try SurveyRecordIntake().collector(for: misspelt, plugin: "p") }
    }

    @Test func skmResultsGoToPluginsAsTheReportJSON() async throws {
        let evaluation = madeUpEvaluation([("Dinas A", "Layanan", [4, 4, 4, 4, 4, 4, 4, 4, 4], 3)])
        let context = try stageContext()
        let json = try JSONValue.parse(try evaluation.pluginJSON(in: context))
        #expect(json["schema"] == .string("pantau.skm-report"))
        #expect(json["units"]?.arrayValue?.first?["name"] == .string("Dinas A"))
        #expect(json["units"]?.arrayValue?.first?["services"]?.arrayValue?.first?["figures"]?["respondents"] == .integer(3))
    }

    @Test func surveyResponsesGoToPluginsWithTheirScheme() throws {
        var responses = SurveyResponses(scheme: .permenpan14_2017)
        responses.append(
            unit: "Dinas A", service: nil, date: CalendarDate(year: 2026, month: 1, day: 2), answers: [1, 2, 3, 4, 1, 2, 3, 4, 1],
            source: RecordSource(file: "x.csv", row: 2))
        let json = try JSONValue.parse(try responses.pluginJSON(in: try stageContext()))
        #expect(json["scheme"] == .string("permenpan-14-2017"))
        #expect(json["elements"]?.arrayValue?.count == 9)
        let first = try #require(json["responses"]?.arrayValue?.first)
        #expect(first["unit"] == .string("Dinas A") && first["date"] == .string("2026-01-02") && first["answers"]?["U4"] == .integer(4))
        #expect(first["source"]?["row"] == .integer(2))
    }

    /// The sample pipeline with external plugins, run in-process: the Google Forms importer's
    /// records are checked like CSV rows, and every stage, built-in or external, plays its part.
    @Test func theSamplePipelineWithPluginsRuns() async throws {
        let loader = PipelineLoader(registry: BuiltInStages.registry, today: generatedOn, plugins: BuiltInStages.plugins)
        let pipeline = try loader.load(path: repositoryFile("pipelines/skm-plugins.yaml"))
        let directory = try TemporaryDirectory()
        let result = await PipelineRunner(pipeline: pipeline).run(RunSettings(
            period: period("2026-S1"), language: .indonesian, outputDirectory: directory.path, generatedOn: generatedOn))
        try #require(result.succeeded, "\(result.failures.flatMap(\.diagnostics))")

        let imported = result.datasets["formulir"] ?? []
        let account = try #require(imported.compactMap { $0 as? ImportAccount }.first)
        #expect(account.files == [FileReconciliation(file: "skm-mpp-2026-s1.csv", read: 42, accepted: 38, rejected: 4)])
        #expect(imported.compactMap { $0 as? SurveyResponses }.first?.count == 38)

        let findings = try #require((result.datasets["sampel"] ?? []).compactMap { $0 as? Findings }.first).items
        #expect(findings.contains { $0.rule == "few-respondents.grade-d" && $0.subject.unit == "Rumah Sakit Umum Daerah Kabupaten Contoh" && $0.severity == .major })
        #expect(findings.contains {
            $0.rule == "few-respondents.service" && $0.subject.service == "Pencatatan Perjanjian Kerja Bersama (PKB)"
                && $0.evidence == ["respondents": "4", "minimum": "10"]
        })

        let names = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        #expect(names == ["laporan-skm.md", "laporan-skm.json", "rejects-skm.csv", "rejects-formulir.csv", "ringkasan-wa.txt"])
        let summary = try String(contentsOfFile: directory.file("ringkasan-wa.txt"), encoding: .utf8)
        #expect(summary.hasPrefix("*Ringkasan SKM Semester I 2026 — SKM Semester dengan Plugin — Kabupaten Contoh*\n"))
        #expect(summary.contains("*Mal Pelayanan Publik Kabupaten Contoh*"))
        #expect(summary.contains("🟠 Nilai SKM 59,49 (mutu D, Tidak Baik): perlu rencana tindak lanjut segera."))
    }

    private func stageContext() throws -> StageContext {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        defer { output.discard() }
        return StageContext(
            stageID: "x", pipelineName: "P", inputs: Datasets(), period: period("2026-S1"), language: .indonesian, output: output,
            generatedOn: generatedOn)
    }
}

/// Runs a collector's `finish` as a stage would, so that its rejects file is committed and read back.
private struct CollectorStage: Stage {
    static let descriptor = StageDescriptor(id: "collector", role: .importer, summary: LocalizedText(id: "c", en: "c"), example: "")
    var collector: SurveyRecordCollector

    init(collector: SurveyRecordCollector) { self.collector = collector }
    init(configuration: StageConfiguration) throws(Diagnostics) { fatalError("made directly") }

    func run(in context: StageContext) async throws -> [any Dataset] { try collector.finish(in: context) }
}
