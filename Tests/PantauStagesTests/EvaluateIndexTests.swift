import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private let header = "opd,indikator,nilai,catatan,bukti"

/// The shipped instrument's text with some lines changed, for another instrument year.
private func shippedText(replacing pairs: [(String, String)] = []) throws -> String {
    var text = try String(contentsOfFile: repositoryFile("instruments/pekppp-2022.yaml"), encoding: .utf8)
    for (old, new) in pairs {
        try #require(text.contains(old), "\(old)")
        text = text.replacingOccurrences(of: old, with: new)
    }
    return text
}

@Suite("evaluate.index: the instrument, the assessor's scores and the records")
struct EvaluateIndexTests {
    @Test("the compiled default instrument is the shipped file, byte for byte (run instruments/embed.sh after editing it)")
    func embeddedCopy() throws {
        let file = try String(contentsOfFile: repositoryFile("instruments/pekppp-2022.yaml"), encoding: .utf8)
        #expect(BuiltInInstrument.pekppp2022.text == file)
        let stage = try EvaluateIndex(configuration: configuration(EvaluateIndex.self, nil))
        #expect(stage.instrument.id == "pekppp-2022")
        #expect(stage.policy == IndexPolicy(missing: .incomplete, bands: .higher, prefer: .assessor))
        #expect(stage.outputFiles.isEmpty)
    }

    @Test("an unknown instrument, an unknown option value and a missing scores file, each at its place")
    func configurationProblems() throws {
        let problems = try initProblems(EvaluateIndex.self, """
            instrument: pekppp-2099
            missing: nol
            """)
        #expect(problems.map(\.description) == [
            "pipeline.yaml:1:13: error: instrument 'pekppp-2099' is neither a built-in instrument (pekppp-2022) nor an existing file",
            "pipeline.yaml:2:10: error: 'nol' is not one of the allowed values",
        ])
        #expect(problems.first?.message.text(.indonesian)
            == "instrumen 'pekppp-2099' bukan instrumen bawaan (pekppp-2022) dan bukan berkas yang ada")
    }

    @Test("another year's instrument is chosen by `instrument:`; its problems name the file, line and column")
    func anotherYear() async throws {
        let scratch = try ScratchRecords([
            // A year in which Kebijakan Pelayanan weighs 30 and SDM 19.
            "pekppp-2026.yaml": try shippedText(replacing: [
                ("id: pekppp-2022", "id: pekppp-2026"), ("\n    weight: 24\n", "\n    weight: 30\n"), ("\n    weight: 25\n", "\n    weight: 19\n"),
            ]),
            // Weights that add up to 99 in SDM, and a score 6.
            "rusak.yaml": try shippedText(replacing: [
                ("        weight: 30\n        scores:\n          0: Budaya", "        weight: 29\n        scores:\n          0: Budaya"),
                ("      5: Sistem antrean dengan lebih dari 4 fasilitas", "      6: Sistem antrean dengan lebih dari 4 fasilitas"),
            ]),
            "nilai.csv": "\(header)\nDinas A,1,5,,\n",
        ])
        let stage = try scratch.stage(EvaluateIndex.self, "instrument: pekppp-2026.yaml\nscores: nilai.csv")
        #expect(stage.instrument.id == "pekppp-2026")
        #expect(stage.instrument.aspects.map(\.weight).prefix(2) == [Rational(30), Rational(19)])

        let problems = try scratch.problems(EvaluateIndex.self, "instrument: rusak.yaml")
        #expect(problems.map(\.description) == [
            "rusak.yaml:162:5: error: the indicator weights of aspect 'SDM' add up to 99, not 100",
            "rusak.yaml:428:7: error: score '6' is outside the 0–5 scale",
        ])
    }

    @Test("faulty rows of the scores file go to the rejects file with their reasons; read = accepted + rejected")
    func rejects() async throws {
        let scratch = try ScratchRecords(["nilai.csv": """
            \(header)
            Dinas Kependudukan dan Pencatatan Sipil,10.b.As,4,Jam layanan diperpanjang,SK 800/1/2026
            disdukcapil,11,3,,
            Dinas Kependudukan dan Pencatatan Sipil,11.b.K,5,,
            Dinas Kependudukan dan Pencatatan Sipil,12.b.ak,4.0,,
            Dinas Kependudukan dan Pencatatan Sipil,13.b.K,4.5,,
            Dinas Kependudukan dan Pencatatan Sipil,1.a.Akk,4,,
            Dinas Kependudukan dan Pencatatan Sipil,14.b.K,-1,,
            Dinas Pariwisata,14.b.K,3,,
            Dinas Kependudukan dan Pencatatan Sipil,,3,,

            """])
        let stage = try scratch.stage(EvaluateIndex.self, "scores: nilai.csv")
        #expect(stage.outputFiles == ["rejects-stage.csv"])
        let register = try await importSampleStandards().one(ServiceRegister.self)
        let result = try await run(stage, inputs: [register])
        let account = try #require(result.accounts.first)
        #expect(account.records == "assessor-scores")
        #expect(account.files.map(\.counts) == [[9, 3, 6]])
        let rejects = try result.rejects()
        #expect(rejects.map(\.place) == [
            .init(row: 4, field: "indikator", value: "11.b.K", code: "record.duplicate-index-score"),
            .init(row: 6, field: "nilai", value: "4.5", code: "record.invalid-index-score"),
            .init(row: 7, field: "indikator", value: "1.a.Akk", code: "record.unknown-indicator"),
            // A value that a spreadsheet would read as a formula is written with a leading quote.
            .init(row: 8, field: "nilai", value: "'-1", code: "record.invalid-index-score"),
            .init(row: 9, field: "opd", value: "Dinas Pariwisata", code: "record.unknown-unit"),
            .init(row: 10, field: "indikator", value: "", code: "record.value-missing"),
        ])
        #expect(rejects[0].reason == "indikator '11.b.K' untuk 'Dinas Kependudukan dan Pencatatan Sipil' sudah dinilai di baris 3")
        #expect(rejects[2].reason == "indikator '1.a.Akk' tidak ada dalam instrumen; mungkin maksud Anda '1.a.Ak'?")
        let index = try result.one(PerformanceIndex.self)
        let unit = try #require(index.units.first { $0.unit.id == "DISDUKCAPIL" })
        let scored = unit.indicators.compactMap { result in result.fromAssessor.map { "\(result.code)=\($0.score)" } }
        #expect(scored == ["10.b.As=4", "11.b.K=3", "12.b.Ak=4"])
        let first = try #require(unit.indicators.first { $0.code == "10.b.As" }?.fromAssessor)
        #expect(first.note == "Jam layanan diperpanjang" && first.evidence == "SK 800/1/2026" && first.source.description == "nilai.csv:2")
    }

    @Test("a missing scores column is refused at validation, at the file's header")
    func missingColumn() throws {
        let scratch = try ScratchRecords(["nilai.csv": "opd,indikator,skor\nDinas A,1,5\n"])
        let problems = try scratch.problems(EvaluateIndex.self, "scores: nilai.csv")
        #expect(problems.map(\.code) == ["input.column-missing"])
        #expect(problems.first?.location?.description == "nilai.csv:1:1")
    }
}
