import Foundation
import Testing

/// `evaluate.index` in a small pipeline written here (the sample region's monev pipeline is
/// checked by `SamplePerformanceIndex`, from the monev pipeline's own test).
@Suite("The performance index (PEKPPP) in pipelines")
struct PerformanceIndexPipelineTests {
    func index(in directory: URL, report: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent(report))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["performance_index"] as? [String: Any])
    }

    @Test("a small pipeline: another instrument year, `missing: reweight`, `between_bands: lower`, in English")
    func smallPipeline() async throws {
        try await withTemporaryDirectory { directory in
            // A survey of three respondents is enough for `evaluate.skm`, which the reports need.
            try Files.write("""
                opd,tgl,u1,u2,u3,u4,u5,u6,u7,u8,u9
                Dinas U,2026-02-02,3,3,3,3,3,3,3,3,3
                Dinas U,2026-02-03,4,4,4,4,4,4,4,4,4
                Dinas W,2026-03-04,2,3,2,3,2,3,2,3,2

                """, to: directory.appendingPathComponent("skm.csv"))
            // The 2022 instrument with Inovasi at 20 and Kebijakan Pelayanan at 16.
            var instrument = try Files.read(Repository.url("instruments/pekppp-2022.yaml"))
            instrument = instrument.replacingOccurrences(of: "\n    weight: 24\n", with: "\n    weight: 16\n")
                .replacingOccurrences(of: "\n    weight: 12\n", with: "\n    weight: 20\n")
            try Files.write(instrument, to: directory.appendingPathComponent("instrumen-2026.yaml"))
            // Unit U scores 5 on everything but Inovasi, which nobody scored: reweighted, 5.00.
            // Unit V scores 5 on everything but 11.b.K (0) and 29.f.B (2): 5 − (5·20·25 + 3·50·20)/10000 = 4.45, A-.
            var rows = ["opd,indikator,nilai"]
            for number in 1...30 where ![29, 30].contains(number) { rows.append("Dinas U,\(number),5") }
            for number in 1...30 { rows.append("Dinas V,\(number),\(number == 11 ? 0 : number == 29 ? 2 : 5)") }
            try Files.write(rows.joined(separator: "\n") + "\n", to: directory.appendingPathComponent("nilai.csv"))
            try Files.write("""
                version: 1
                name: Indeks kecil
                period: 2026
                output: out
                stages:
                  - id: skm
                    uses: import.survey
                    with:
                      path: skm.csv
                      columns: { unit: opd, date: tgl, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u8, U9: u9 }
                  - id: evaluasi
                    uses: evaluate.skm
                  - id: indeks
                    uses: evaluate.index
                    with:
                      instrument: instrumen-2026.yaml
                      scores: nilai.csv
                      missing: reweight
                      between_bands: lower
                  - id: json
                    uses: report.json
                    with: { file: laporan.json }
                  - id: laporan
                    uses: report.markdown
                    with: { file: laporan.md }

                """, to: directory.appendingPathComponent("indeks.yaml"))
            let result = try await PantauProcess.run(arguments: ["run", "indeks.yaml", "--lang", "en", "--quiet"], cwd: directory)
            #expect(result.status == 0, "\(result)")
            let section = try index(in: directory.appendingPathComponent("out"), report: "laporan.json")
            #expect((section["policy"] as? [String: String])?["missing"] == "reweight")
            let units = try #require(section["units"] as? [[String: Any]])
            let u = try #require(units.first { $0["name"] as? String == "Dinas U" })
            #expect(u["ipp_exact"] as? String == "5/1" && u["status"] as? String == "reweighted" && u["rank"] as? Int == 1)
            let v = try #require(units.first { $0["name"] as? String == "Dinas V" })
            #expect(v["ipp_exact"] as? String == "89/20" && v["category"] as? String == "A-" && v["rank"] as? Int == 2)
            // Dinas W is scored from the survey's records alone (6.a.B: 2) and reweighted on that.
            #expect(units.count == 3)
            let w = try #require(units.first { $0["name"] as? String == "Dinas W" })
            #expect(w["ipp_exact"] as? String == "2/1" && w["status"] as? String == "reweighted" && w["rank"] as? Int == 3)
            let markdown = try Files.read(directory.appendingPathComponent("out/laporan.md"))
            #expect(markdown.contains("\n## Public-service index (PEKPPP)\n"))
            #expect(markdown.contains("| 2 | Dinas V | **4.45** | A- Very good |"))
            #expect(markdown.contains("(`between_bands: lower`)"))
        }
    }
}

/// What the monev pipeline's run must show of the index; called by the monev pipeline's test, so
/// that the sample region is run once: the units the assessor and the records score completely are
/// ranked, two of them sharing a rank, and the rest are listed as incomplete.
enum SamplePerformanceIndex {
    static func check(in directory: URL) throws {
        let data = try Data(contentsOf: directory.appendingPathComponent("laporan-monev.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let section = try #require(json["performance_index"] as? [String: Any])
        let units = try #require(section["units"] as? [[String: Any]])
        let ranked = units.filter { $0["rank"] != nil }.map { "\($0["rank"]!) \($0["id"]!)" }
        #expect(ranked == [
            "1 DISDUKCAPIL", "2 DPMPTSP", "3 RSUD", "4 BAPENDA", "5 DISKOPUM", "6 DISHUB", "6 DINSOS", "8 DINKES",
        ])
        let incomplete = units.filter { $0["rank"] == nil }
        #expect(incomplete.map { $0["id"] as? String } == ["DISPUSIP", "DISNAKER", "KEC-SUKAMAJU", "PKM-SUKAMAJU"])
        #expect(incomplete.allSatisfy { $0["status"] as? String == "incomplete" && $0["ipp"] == nil })
        // Records say the maklumat is dated (2); the assessor saw it published (4): the assessor's counts, both are kept.
        let dukcapil = try #require(units.first)
        let maklumat = try #require((dukcapil["indicators"] as? [[String: Any]])?.first { $0["code"] as? String == "5.a.K" })
        #expect(maklumat["score"] as? Int == 4 && maklumat["origin"] as? String == "assessor")
        #expect((maklumat["from_records"] as? [String: Any])?["score"] as? Int == 2)

        let rejects = try Files.read(directory.appendingPathComponent("rejects-indeks.csv"))
        let codes = rejects.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" }
        #expect(codes == [
            "record.duplicate-index-score", "record.unknown-indicator", "record.invalid-index-score", "record.invalid-index-score",
            "record.value-missing", "record.unknown-unit",
        ])
        let markdown = try Files.read(directory.appendingPathComponent("laporan-monev.md"))
        #expect(markdown.contains("\n## Indeks Pelayanan Publik (PEKPPP)\n"))
        #expect(markdown.contains("| 6 | Dinas Perhubungan |") && markdown.contains("| 6 | Dinas Sosial |"))
        #expect(markdown.contains("### Tahap `indeks`: nilai penilai PEKPPP"))
    }
}
