import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// Two units scored alike on every weighted indicator (a shared rank), one scored in part.
func scoredIndex(missing: String = "incomplete", language: Language = .indonesian) async throws -> PerformanceIndex {
    let instrument = try EvaluateIndex(configuration: configuration(EvaluateIndex.self, nil)).instrument
    var lines = ["opd,indikator,nilai,catatan,bukti"]
    for unit in ["Dinas Uji A", "Dinas Uji B"] {
        for indicator in instrument.aspects.flatMap(\.indicators) {
            // All 4 but 11.b.K and 14.b.K at 0: exactly 3.50, B-.
            let score = ["11.b.K", "14.b.K"].contains(indicator.code) ? 0 : 4
            lines.append("\(unit),\(indicator.code),\(score),,")
        }
    }
    lines.append("Dinas Uji C,1.a.Ak,5,Catatan | dengan *tanda*,https://contoh.go.id/sp")
    let scratch = try ScratchRecords(["nilai.csv": lines.joined(separator: "\n") + "\n"])
    let stage = try scratch.stage(EvaluateIndex.self, "scores: nilai.csv\nmissing: \(missing)")
    return try await run(stage, language: language).one(PerformanceIndex.self)
}

@Suite("The performance index in the Markdown and JSON reports")
struct PerformanceIndexReportTests {
    @Test("Markdown: the ranking with a shared rank, the incomplete unit with what it lacks, every score with its basis")
    func markdown() async throws {
        let index = try await scoredIndex()
        let lines = PerformanceIndexMarkdownSection(index: index, language: .indonesian).lines
        #expect(lines.contains("## Indeks Pelayanan Publik (PEKPPP)"))
        #expect(lines.contains("| 1 | Dinas Uji A | **3,50** | B- Baik (dengan catatan) | 4,00 | 2,00 | 4,00 | 4,00 | 4,00 | 4,00 | lengkap |"))
        #expect(lines.contains("| 1 | Dinas Uji B | **3,50** | B- Baik (dengan catatan) | 4,00 | 2,00 | 4,00 | 4,00 | 4,00 | 4,00 | lengkap |"))
        #expect(lines.contains { $0.hasPrefix("- Catatan yang tidak diimpor pipeline ini") && $0.hasSuffix("`service-standards`, `participation`, `skm-results`, `followups`, `complaints`, `innovations`.") })
        // No record was imported: unit C's details show its one score, not ten rows of "not imported".
        let details = try #require(lines.firstIndex(of: "#### Dinas Uji C"))
        #expect(lines[details + 4].hasPrefix("| 1.a.Ak Standar Pelayanan tersedia sesuai ketentuan | 17 | **5** SP 14 komponen"))
        #expect(lines[details + 5] == "")
        let incomplete = try #require(lines.first { $0.hasPrefix("| Dinas Uji C |") })
        #expect(incomplete.hasPrefix("| Dinas Uji C | 4,08 % | 0,20 – 5,00 | 2.a.P, 3.a.T,"))
        // Text from the scores file is escaped, so that it cannot break the table.
        #expect(lines.contains { $0.contains("penilai nilai.csv:62; catatan: Catatan \\| dengan \\*tanda\\*; bukti: https://contoh.go.id/sp") })
        #expect(lines.contains { $0.hasPrefix("Setiap indikator dinilai 0–5.") && $0.contains("A 4,51–5,00 (Pelayanan Prima); A- 4,01–4,50 (Sangat Baik)") })

        let english = PerformanceIndexMarkdownSection(index: index, language: .english).lines
        #expect(english.contains("## Public-service index (PEKPPP)"))
        #expect(english.contains("| 1 | Dinas Uji A | **3.50** | B- Good (with notes) | 4.00 | 2.00 | 4.00 | 4.00 | 4.00 | 4.00 | complete |"))
    }

    @Test("`missing: zero` ranks the partly scored unit, flagged")
    func zeroFilled() async throws {
        let index = try await scoredIndex(missing: "zero")
        let lines = PerformanceIndexMarkdownSection(index: index, language: .indonesian).lines
        // 1.a.Ak at 5 alone: 5 · 17 · 24 / 10000 = 0.204, shown 0,20.
        #expect(lines.contains("| 3 | Dinas Uji C | **0,20** | F Gagal | 0,85 | 0,00 | 0,00 | 0,00 | 0,00 | 0,00 | nilai kosong dihitung 0 |"))
        #expect(!lines.contains("### Belum lengkap (tidak diperingkat)"))
    }

    @Test("report.markdown and report.json append the index when the pipeline computes one, and leave it out otherwise")
    func reporters() async throws {
        let (evaluation, account) = try await evaluateSamples(period: "2026-S1")
        let index = try await scoredIndex()
        let markdown = try await run(try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil)), inputs: [evaluation, account, index])
        let text = try markdown.text("laporan-skm.md")
        #expect(text.contains("\n## Indeks Pelayanan Publik (PEKPPP)\n"))
        #expect(text.hasSuffix("\n"))
        let plain = try await run(try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil)), inputs: [evaluation, account])
        #expect(!(try plain.text("laporan-skm.md")).contains("PEKPPP"))

        let json = try await run(try ReportJSON(configuration: configuration(ReportJSON.self, nil)), inputs: [evaluation, account, index])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes("laporan-skm.json"))) as? [String: Any])
        let section = try #require(document["performance_index"] as? [String: Any])
        #expect((section["policy"] as? [String: String]) == ["missing": "incomplete", "between_bands": "higher", "prefer": "assessor"])
        let units = try #require(section["units"] as? [[String: Any]])
        let first = try #require(units.first)
        #expect(first["name"] as? String == "Dinas Uji A" && first["rank"] as? Int == 1)
        #expect(first["ipp"] as? Double == 3.5 && first["ipp_exact"] as? String == "7/2" && first["category"] as? String == "B-")
        #expect(first["status"] as? String == "complete" && (first["missing"] as? [String])?.isEmpty == true)
        let c = try #require(units.first { $0["name"] as? String == "Dinas Uji C" })
        #expect(c["rank"] == nil && c["ipp"] == nil && c["status"] as? String == "incomplete")
        #expect(c["covered_exact"] as? String == "51/1250" && c["lowest"] as? Double == 0.204)
        let indicator = try #require((c["indicators"] as? [[String: Any]])?.first)
        #expect(indicator["code"] as? String == "1.a.Ak" && indicator["score"] as? Int == 5 && indicator["origin"] as? String == "assessor")
        #expect((indicator["from_assessor"] as? [String: Any])?["source"] as? String == "nilai.csv:62")
        let instrument = try #require(section["instrument"] as? [String: Any])
        #expect((instrument["aspects"] as? [[String: Any]])?.map { $0["weight"] as? Double } == [24, 25, 18, 11, 10, 12])

        let plainJSON = try await run(try ReportJSON(configuration: configuration(ReportJSON.self, nil)), inputs: [evaluation, account])
        let plainDocument = try #require(try JSONSerialization.jsonObject(with: Data(plainJSON.bytes("laporan-skm.json"))) as? [String: Any])
        #expect(plainDocument["performance_index"] == nil)
    }
}
