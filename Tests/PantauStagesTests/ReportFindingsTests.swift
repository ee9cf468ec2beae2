import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing

@testable import PantauStages

/// Findings, the rules that did not run and recommendations in the Markdown and JSON reports.
@Suite struct ReportFindingsTests {
    static let hostileUnit = "Dinas <script>alert(1)</script> | *Kesehatan*"

    static var inputs: [any Dataset] {
        let findings = Findings([
            Finding(
                rule: "standard.missing", subject: .init(unit: hostileUnit, service: "Puskesmas"), severity: .critical,
                message: "Layanan Puskesmas tidak memiliki standar pelayanan.", evidence: ["service_id": "PKM"], records: ["sp.yaml:4"],
                title: "Layanan tanpa standar pelayanan", regulation: "UU 25/2009 pasal 20", period: "2026-S1", action: "Susun standar."),
            Finding(rule: "plugin.remark", subject: .init(), severity: .info, message: "Catatan daerah."),
        ])
        let outcomes = RuleOutcomes([
            .init(rule: "standard.missing", outcome: .evaluated(findings: 1)),
            .init(rule: "standard.components-missing", outcome: .missingRecords([.standards])),
        ])
        let plan = Recommender(regionOwner: "Bagian Organisasi", calendar: WorkingDayCalendar())
            .recommend(findings.items, period: Period("2026-S1")!) { "Tindak lanjuti: \($0)" }
        return [findings, outcomes, plan]
    }

    @Test func markdownWithoutASurveyIsAMonevReportWithEscapedNames() async throws {
        let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil))
        let result = try await run(stage, inputs: Self.inputs)
        let text = try result.text("laporan-skm.md")
        #expect(text.hasPrefix("# Laporan Monitoring dan Evaluasi — Semester I 2026\n"))
        #expect(!text.contains("<script>"))
        #expect(text.contains("### Dinas &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*Kesehatan\\*"))
        #expect(text.contains("| `critical` | Puskesmas | Layanan Puskesmas tidak memiliki standar pelayanan.<br>`standard.missing` | UU 25/2009 pasal 20 |"))
        #expect(text.contains("### Aturan yang tidak dievaluasi"))
        #expect(text.contains("- `standard.components-missing` Komponen standar pelayanan tidak lengkap: tidak diimpor: standar pelayanan"))
        #expect(text.contains("## Rekomendasi per OPD"))
        #expect(text.contains("| segera | Puskesmas | Susun standar. |"))
        // The region's remark is below the default minimum severity: no recommendation.
        #expect(!text.contains("Tindak lanjuti: Catatan daerah."))
    }

    @Test func jsonWithoutASurveyIsAMonevDocument() async throws {
        let stage = try ReportJSON(configuration: configuration(ReportJSON.self, nil))
        let result = try await run(stage, inputs: Self.inputs, language: .english)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.bytes("laporan-skm.json"))) as? [String: Any])
        #expect(object["schema"] as? String == "pantau.monev-report")
        #expect(object["schema_version"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["records"] as? [String] == ["sp.yaml:4"])
        let notRun = try #require(object["rules_not_evaluated"] as? [[String: Any]])
        #expect(notRun.first?["missing"] as? [String] == ["standards"])
        let recommendations = try #require(object["recommendations"] as? [[String: Any]])
        #expect(recommendations.count == 1)
        #expect(recommendations[0]["priority"] as? String == "urgent")
        #expect(recommendations[0]["due"] as? String == "2026-07-14")
    }
}
