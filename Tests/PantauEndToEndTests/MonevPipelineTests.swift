import Foundation
import Testing

/// The README's run command: every kind of record of the sample region, imported and reconciled.
@Suite("Monev pipeline over the whole sample region")
struct MonevPipelineTests {
    @Test func everyImportReconcilesAndNothingElseIsWritten() async throws {
        try await withTemporaryDirectory { directory in
            let result = try await PantauProcess.run("run", "pipelines/monev-semester.yaml", "--output", directory.path, "--quiet")
            #expect(result.status == 0, "\(result)")
            expectNoCrash(result)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(names == [
                "laporan-monev.json", "laporan-monev.md", "rejects-indeks.csv", "rejects-inovasi.csv", "rejects-partisipasi.csv", "rejects-pengaduan.csv",
                "rejects-rapat.csv", "rejects-rtl.csv", "rejects-skm.csv", "rejects-standar.csv",
            ])
            let data = try Data(contentsOf: directory.appendingPathComponent("laporan-monev.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let imports = try #require(json["data_quality"] as? [[String: Any]])
            let records = imports.compactMap { $0["records"] as? String }
            #expect(Set(records) == [
                "service-standards", "complaints", "survey-responses", "service-populations", "meetings", "meeting-action-items",
                "participation", "followups", "survey-publications", "innovations", "assessor-scores",
            ])
            for account in imports {
                let read = account["read"] as? Int ?? -1, accepted = account["accepted"] as? Int ?? -1, rejected = account["rejected"] as? Int ?? -1
                #expect(read == accepted + rejected, "\(account)")
                #expect(account["reconciles"] as? Bool == true, "\(account)")
            }
            // Every import of the sample has deliberate faults, and each is in its rejects file.
            for (stage, account) in zip(imports.compactMap { $0["stage"] as? String }, imports) where (account["rejected"] as? Int ?? 0) > 0 {
                let rejects = try String(contentsOf: directory.appendingPathComponent("rejects-\(stage).csv"), encoding: .utf8)
                #expect(rejects.split(separator: "\r\n").count > 1, "rejects-\(stage).csv")
            }

            // The complaint export carries reporters' names, phone numbers, NIK, e-mail addresses and
            // addresses: none of them reaches any output.
            let export = try String(contentsOf: Repository.sampleRegion.appendingPathComponent("pengaduan-lapor.csv"), encoding: .utf8)
            let lines = export.split(whereSeparator: \.isNewline).map(String.init)
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let personal = ["nama_pelapor", "no_hp", "nik", "email", "alamat"].compactMap { header.firstIndex(of: $0) }
            #expect(personal.count == 5)
            var values: Set<String> = []
            for line in lines.dropFirst() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                for index in personal where index < fields.count && fields[index].count >= 5 { values.insert(fields[index]) }
            }
            #expect(values.count > 100)
            for name in names {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let leaked = values.filter { text.contains($0) }
                #expect(leaked.isEmpty, "\(name) holds personal data: \(leaked.prefix(3))")
            }
            try SamplePerformanceIndex.check(in: directory)
        }
    }

    /// `--fail-on` turns findings at or above a severity into exit status 3, after writing the reports.
    @Test func failOnExitsWithThreeAndStillWritesTheReports() async throws {
        try await withTemporaryDirectory { directory in
            let result = try await PantauProcess.run(
                "run", "pipelines/monev-semester.yaml", "--output", directory.path, "--fail-on", "critical", "--lang", "en")
            #expect(result.status == 3, "\(result)")
            expectNoCrash(result)
            #expect(result.stdout.contains("Findings: "))
            #expect(result.stderr.contains("or worse (--fail-on critical): exit status 3."), "\(result)")
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("laporan-monev.md").path))
            let bad = try await PantauProcess.run("run", "pipelines/monev-semester.yaml", "--output", directory.path, "--fail-on", "urgent")
            #expect(bad.status == 2, "\(bad)")
        }
    }

    /// The sample region holds shortfalls that trigger every rule of the catalogue at least once,
    /// and every finding names its regulation and has an action that became a recommendation.
    @Test func theSampleRegionTriggersEveryRule() async throws {
        try await withTemporaryDirectory { directory in
            let result = try await PantauProcess.run("run", "pipelines/monev-semester.yaml", "--output", directory.path, "--quiet")
            #expect(result.status == 0, "\(result)")
            let listing = try await PantauProcess.run("rules", "--lang", "en")
            let ids = listing.stdoutLines.filter { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
            #expect(ids.count >= 30, "\(listing)")
            let data = try Data(contentsOf: directory.appendingPathComponent("laporan-monev.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let findings = try #require(json["findings"] as? [[String: Any]])
            let triggered = Set(findings.compactMap { $0["rule"] as? String })
            for id in ids { #expect(triggered.contains(id), "no finding of \(id) on the sample region") }
            #expect((json["rules_not_evaluated"] as? [Any])?.isEmpty == true)
            for finding in findings {
                #expect((finding["regulation"] as? String)?.isEmpty == false, "\(finding)")
                #expect((finding["action"] as? String)?.isEmpty == false, "\(finding)")
            }
            let recommendations = try #require(json["recommendations"] as? [[String: Any]])
            let recommended = Set(recommendations.compactMap { $0["rule"] as? String })
            let actionable = Set(findings.filter { ($0["severity"] as? String) != "info" }.compactMap { $0["rule"] as? String })
            #expect(actionable.isSubset(of: recommended))
        }
    }
}
