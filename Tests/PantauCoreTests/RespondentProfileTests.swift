import PantauYAML
import Testing
@testable import PantauCore

@Suite("Respondent profiles")
struct RespondentProfileTests {
    private func responses(_ profiles: [RespondentProfile?]) -> SurveyResponses {
        var responses = SurveyResponses(scheme: .permenpan14_2017)
        for (index, profile) in profiles.enumerated() {
            responses.append(
                unit: "Dinas Sosial", service: nil, date: CalendarDate(year: 2026, month: 2, day: 1),
                answers: Array(repeating: 3, count: 9), source: RecordSource(file: "skm.csv", row: index + 2), profile: profile ?? RespondentProfile())
        }
        return responses
    }

    @Test("responses without a profile store none; the first profile fills in the earlier responses as not stated")
    func columnsStayEmptyUntilNeeded() {
        #expect(!responses([nil, nil]).hasProfiles)
        let mixed = responses([nil, RespondentProfile(gender: "P", age: 40), nil])
        #expect(mixed.hasProfiles)
        #expect(mixed[0].profile == RespondentProfile())
        #expect(mixed[1].profile == RespondentProfile(gender: "P", age: 40))
        #expect(mixed[2].profile == RespondentProfile())
    }

    @Test("appending one set of responses to another keeps their profiles")
    func appendKeepsProfiles() {
        var first = responses([nil])
        first.append(contentsOf: responses([RespondentProfile(gender: "L", age: 25, education: "SMA", occupation: "Petani")]))
        #expect(first.count == 2)
        #expect(first[1].profile == RespondentProfile(gender: "L", age: 25, education: "SMA", occupation: "Petani"))
    }

    @Test("gender labels that mean the same are read as the questionnaire's words", arguments: [
        ("L", "Laki-laki"), ("laki laki", "Laki-laki"), ("Laki-Laki", "Laki-laki"), ("Pria", "Laki-laki"), ("male", "Laki-laki"),
        ("P", "Perempuan"), ("WANITA", "Perempuan"), ("Perempuan", "Perempuan"), ("0", "0"), ("Lainnya", "Lainnya"),
    ])
    func gender(_ label: String, _ name: String) {
        #expect(RespondentProfile.genderName(label) == name)
    }

    @Test("ages fall in ten-year bands from under 20 to 60 and over")
    func ageBands() {
        #expect(AgeBand.standard.map(\.label) == ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"])
        #expect([1, 19, 20, 29, 30, 59, 60, 120].map(AgeBand.standardIndex) == [0, 0, 1, 1, 2, 4, 5, 5])
    }

    @Test("the evaluation counts profiles per unit and for the region, over the period's responses only")
    func summary() {
        var all = responses([
            RespondentProfile(gender: "L", age: 19, education: "SMA"), RespondentProfile(gender: "Laki-laki", age: 45, education: "sma"),
            RespondentProfile(gender: "P", education: "S1", occupation: "PNS"), nil,
        ])
        all.append(
            unit: "Dinas Kesehatan", service: nil, date: CalendarDate(year: 2025, month: 12, day: 31), answers: Array(repeating: 4, count: 9),
            source: RecordSource(file: "skm.csv", row: 9), profile: RespondentProfile(gender: "P", age: 30))
        let evaluation = SKMEvaluator().evaluate(all, populations: [], period: Period("2026-S1")!)
        guard let region = evaluation.profile else { Issue.record("no profile"); return }
        #expect(region.respondents == 4)
        #expect(region.genders == [.init(value: "Laki-laki", count: 2), .init(value: "Perempuan", count: 1)])
        #expect(region.ages.map(\.count) == [1, 0, 0, 1, 0, 0])
        // Names are interned as unit names are: "sma" counts with the first spelling, "SMA".
        #expect(region.educations == [.init(value: "SMA", count: 2), .init(value: "S1", count: 1)])
        #expect(region.occupations == [.init(value: "PNS", count: 1)])
        var notStated = RespondentProfileSummary.NotStated()
        (notStated.gender, notStated.age, notStated.education, notStated.occupation) = (1, 2, 1, 3)
        #expect(region.notStated == notStated)
        // The unit outside the period has no respondents in it, so no entry.
        #expect(evaluation.units.map(\.name) == ["Dinas Sosial"])
        #expect(evaluation.units.first?.profile == region)
    }
}
