import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The sample region imported with its profile columns mapped (`jenis_kelamin`, `usia`,
/// `pendidikan`, `pekerjaan`), evaluated for 2026-S1.
func sampleWithProfile() async throws -> (evaluation: SKMEvaluation, account: ImportAccount) {
    let yaml = sampleImportYAML().replacingOccurrences(
        of: "  U9: u8\n", with: "  U9: u8\n  gender: jenis_kelamin\n  age: usia\n  education: pendidikan\n  occupation: pekerjaan\n")
    let imported = try await run(try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm")))
    let evaluated = try await run(try EvaluateSKM(configuration: configuration(EvaluateSKM.self, nil)), inputs: imported.datasets)
    return (try evaluated.one(SKMEvaluation.self), try imported.one(ImportAccount.self))
}

@Suite("Respondent profile in the reports")
struct ReportProfileTests {
    /// Counted with python from the two sample exports: the 1,645 accepted responses dated in
    /// 2026-S1, by `jenis_kelamin` and `usia` (every sample age is valid, 15–74).
    @Test("the sample's profile: counts by gender and age band that add up to the region's respondents")
    func sampleProfile() async throws {
        let (evaluation, account) = try await sampleWithProfile()
        // Mapping the profile rejects no more rows than the sample's known faults.
        #expect(account.rejected == 20)
        let profile = try #require(evaluation.profile)
        #expect(profile.respondents == 1645 && evaluation.region.tally.respondents == 1645)
        #expect(profile.genders == [.init(value: "Perempuan", count: 877), .init(value: "Laki-laki", count: 768)])
        #expect(profile.ages.map(\.count) == [68, 366, 495, 409, 224, 83])
        #expect(profile.ages.map(\.band.label) == ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"])
        #expect(profile.notStated == RespondentProfileSummary.NotStated())
        #expect(evaluation.units.map { $0.profile?.respondents } == evaluation.units.map(\.summary.tally.respondents))
        let educations: [Int] = evaluation.units.compactMap { unit in unit.profile?.educations.reduce(0) { $0 + $1.count } }
        #expect(educations.reduce(0, +) == 1645)
    }

    @Test("the Markdown report has a profile table: the region first, then every unit")
    func markdown() async throws {
        let (evaluation, account) = try await sampleWithProfile()
        let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, "file: laporan.md"))
        let text = try await run(stage, inputs: [evaluation, account], language: .english).text("laporan.md")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex(of: "## Respondent profile"))
        #expect(lines[heading + 4] == "| Agency | Respondents | Gender | Age | Education | Occupation |")
        let region = lines[heading + 6]
        #expect(region.hasPrefix("| **Whole region** | 1,645 | Perempuan (877); Laki-laki (768) | < 20 (68); 20–29 (366); 30–39 (495); "))
        #expect(lines[(heading + 7)...].prefix(while: { $0.hasPrefix("|") }).count == evaluation.units.count)
        // The section comes after the sample check and before data quality.
        #expect(heading > (lines.firstIndex(of: "## Sample sufficiency") ?? .max))
        #expect(heading < (lines.firstIndex(of: "## Data quality") ?? .min))
    }

    @Test("the JSON report carries the profile per unit and for the region, and leaves it out when there is none")
    func json() async throws {
        let (evaluation, account) = try await sampleWithProfile()
        let stage = try ReportJSON(configuration: configuration(ReportJSON.self, "file: laporan.json"))
        let bytes = try await run(stage, inputs: [evaluation, account]).bytes("laporan.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let profile = try #require(document["profile"] as? [String: Any])
        #expect(profile["respondents"] as? Int == 1645)
        let gender = try #require(profile["gender"] as? [[String: Any]])
        #expect(gender.map { $0["value"] as? String } == ["Perempuan", "Laki-laki"])
        #expect(gender.map { $0["count"] as? Int } == [877, 768])
        let ages = try #require(profile["age"] as? [[String: Any]])
        #expect(ages.first?["min"] as? Int == 1 && ages.first?["max"] as? Int == 19)
        #expect(ages.last?["min"] as? Int == 60 && ages.last?["max"] == nil && ages.last?["band"] as? String == "≥ 60")
        #expect((profile["not_stated"] as? [String: Int]) == ["gender": 0, "age": 0, "education": 0, "occupation": 0])
        let units = try #require(document["units"] as? [[String: Any]])
        #expect(units.allSatisfy { ($0["profile"] as? [String: Any])?["respondents"] as? Int == ($0["figures"] as? [String: Any])?["respondents"] as? Int })

        let (plain, plainAccount) = try await evaluateSamples(period: "2026-S1")
        let plainBytes = try await run(stage, inputs: [plain, plainAccount]).bytes("laporan.json")
        let plainDocument = try #require(try JSONSerialization.jsonObject(with: Data(plainBytes)) as? [String: Any])
        #expect(plainDocument["profile"] == nil)
        #expect((plainDocument["units"] as? [[String: Any]])?.allSatisfy { $0["profile"] == nil } == true)
    }
}
