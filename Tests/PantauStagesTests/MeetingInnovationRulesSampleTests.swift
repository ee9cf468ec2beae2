import PantauCore
import PantauPipeline
import PantauYAML
import Testing

@testable import PantauStages

/// The sample region's meetings and innovation register hold a shortfall for every meeting and
/// innovation rule, as `pipelines/monev-semester.yaml` evaluates them for 2026-S1.
@Suite struct MeetingInnovationRulesSampleTests {
    @Test func everyMeetingAndInnovationRuleFindsTheSamplesShortfalls() async throws {
        let standards = try await run(try ImportStandards(configuration: configuration(
            ImportStandards.self, "path: samples/kabupaten-contoh/standar-pelayanan.yaml")))
        let register = try standards.one(ServiceRegister.self)
        let meetings = try await run(
            try ImportMeetings(configuration: configuration(
                ImportMeetings.self, "path: samples/kabupaten-contoh/rapat/*.md\naction_items: samples/kabupaten-contoh/tindak-lanjut-rapat.csv")),
            inputs: [register])
        let innovations = try await run(
            try ImportInnovations(configuration: configuration(ImportInnovations.self, "path: samples/kabupaten-contoh/inovasi.csv")),
            inputs: [register])
        let evaluated = try await run(
            try EvaluateRules(configuration: configuration(EvaluateRules.self, "areas: [meeting, innovation]\nas_of: 2026-06-30")),
            inputs: [register, try meetings.one(Meetings.self), try innovations.one(InnovationRegister.self)], language: .english)
        let findings = try evaluated.one(Findings.self).items
        var found: [String: [String]] = [:]
        for finding in findings { found[finding.rule, default: []].append(finding.subject.unit ?? "—") }
        let (dpmptsp, rsud) = ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Rumah Sakit Umum Daerah Kabupaten Contoh")
        #expect(found == [
            "meeting.action-overdue": ["—", "Dinas Koperasi dan Usaha Mikro", dpmptsp, "Dinas Perhubungan", rsud],
            "meeting.action-without-owner": ["—", "Dinas Tenaga Kerja"],
            "meeting.carried-over-open": ["Dinas Perhubungan", rsud],
            "meeting.repeated-absence": ["Dinas Perhubungan"],
            "innovation.none-in-year": ["Dinas Kesehatan", "Dinas Perhubungan", "Dinas Sosial", "Kecamatan Sukamaju"],
            "innovation.not-sustained": ["Dinas Kesehatan", "Dinas Perhubungan", "Dinas Sosial", "Kecamatan Sukamaju", rsud],
            "innovation.not-replicated": [dpmptsp, rsud],
        ])
        let ownerless = try #require(findings.first { $0.rule == "meeting.action-without-owner" })
        #expect(ownerless.records == ["TL-2602-08"])
        let waitingRoom = try #require(findings.first { $0.rule == "meeting.action-overdue" && $0.subject.unit == rsud })
        #expect(waitingRoom.severity == .major && waitingRoom.evidence["days_overdue"] == "TL-2507-03: 258")
        let dishub = try #require(findings.first { $0.rule == "meeting.repeated-absence" })
        #expect(dishub.severity == .major && dishub.records == ["rakor-2025-07", "rakor-2025-11", "rakor-2026-02"])
        // The year is not over on 30 June: "one agency, one innovation" is a reminder yet.
        #expect(Set(findings.filter { $0.rule == "innovation.none-in-year" }.map(\.severity)) == [.info])
    }
}
