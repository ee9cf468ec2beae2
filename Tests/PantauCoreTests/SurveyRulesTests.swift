import PantauYAML
import Testing

@testable import PantauCore

/// Respondents of a unit whose answers add up to exactly `total`: each starts from all 3s and
/// moves one element at a time towards 4 (or 2), spread as evenly as possible.
private func respondents(_ count: Int, of unit: String, total: Int, service: String? = nil) -> [ExampleRespondents] {
    let base = 27 * count
    let (steps, extra) = (total - base).quotientAndRemainder(dividingBy: count)
    let sign = total >= base ? 1 : -1
    func answers(_ moved: Int) -> [Int] { (0..<9).map { $0 < abs(moved) ? 3 + sign : 3 } }
    let more = abs(extra), fewer = count - abs(extra)
    return [
        ExampleRespondents(more, of: unit, service, answering: answers(abs(steps) + 1)),
        ExampleRespondents(fewer, of: unit, service, answering: answers(abs(steps))),
    ].filter { $0.count > 0 }
}

private func evaluate<R: Rule>(_ rule: R.Type, _ records: EvaluationRecords, _ parameters: [String: RuleValue] = [:]) -> [RuleFinding] {
    rule.init(settings: RuleSettings(rule.description, values: parameters)).evaluate(records)
}

private let dpmptsp = ExampleRegion.dpmptsp
private let disdukcapil = ExampleRegion.disdukcapil

@Suite("SKM rules at their boundaries")
struct SurveyRulesTests {
    // MARK: Targets, compared exactly

    @Test("a score of exactly 76.61 reaches grade B's target; one answer less is below it and reads 76.60, not 76.61")
    func scoreOnTheTarget() throws {
        // 2500 respondents answering 68 949 in all: 25 × 68 949 / (9 × 2500) = 76.61 exactly.
        let onTarget = ExampleRegion.skm(respondents(2500, of: dpmptsp, total: 68_949))
        #expect(try #require(onTarget.units.first?.summary.result).score == Rational(7661, 100))
        #expect(evaluate(SKMBelowTarget.self, ExampleRegion.records.with(skm: onTarget)).isEmpty)

        let below = ExampleRegion.skm(respondents(2500, of: dpmptsp, total: 68_948))
        let found = evaluate(SKMBelowTarget.self, ExampleRegion.records.with(skm: below))
        #expect(found.map(\.subject) == [ExampleRegion.subject(dpmptsp)])
        let finding = try #require(found.first)
        #expect(finding.evidence.contains(.init("score", "76.60")))
        #expect(finding.evidence.contains(.init("grade", "C")))
        #expect(finding.message.english == "An SKM score of 76.60 (grade C, Fair) from 2500 respondents, below the target of 76.61 (grade B).")
        #expect(finding.message.indonesian.hasPrefix("Nilai SKM 76,60 (mutu C, Kurang Baik) dari 2500 responden, di bawah target 76,61 (mutu B)."))
        #expect(finding.severity == nil)
    }

    @Test("a score in the lowest band is critical; the region's own target replaces the grade's")
    func lowestBandAndOwnTarget() throws {
        let poor = ExampleRegion.skm([ExampleRespondents(20, of: dpmptsp, answering: [Int](repeating: 2, count: 9))])
        #expect(evaluate(SKMBelowTarget.self, ExampleRegion.records.with(skm: poor)).first?.severity == .critical)

        let sound = ExampleRegion.records.with(skm: ExampleRegion.soundSKM())  // 87.50
        #expect(evaluate(SKMBelowTarget.self, sound, ["min_score": .decimal(Rational(175, 2))]).isEmpty)
        #expect(evaluate(SKMBelowTarget.self, sound, ["min_score": .decimal(Rational(8751, 100))]).count == 2)
        #expect(evaluate(SKMBelowTarget.self, sound, ["min_grade": .word("A")]).count == 2)
    }

    @Test("an element with an NRR of exactly 3.0644 (76.61) is not weak; one answer less is")
    func elementOnTheTarget() throws {
        // U1: 161 fours and 2339 threes make 7661 over 2500 respondents; every other element 4.
        func unit(fours: Int) -> [ExampleRespondents] {
            [ExampleRespondents(fours, of: dpmptsp, answering: ExampleRespondents.fours),
             ExampleRespondents(2500 - fours, of: dpmptsp, answering: [3, 4, 4, 4, 4, 4, 4, 4, 4])]
        }
        let onTarget = ExampleRegion.skm(unit(fours: 161))
        #expect(try #require(onTarget.units.first?.summary.result).elements[0].nrr == Rational(7661, 2500))
        #expect(evaluate(SKMWeakElements.self, ExampleRegion.records.with(skm: onTarget)).isEmpty)

        let found = evaluate(SKMWeakElements.self, ExampleRegion.records.with(skm: ExampleRegion.skm(unit(fours: 160))))
        let finding = try #require(found.first)
        #expect(finding.message.english == "Elements below the target of 76.61 (grade B): U1 Requirements (76.60).")
        #expect(finding.evidence.contains(.init("elements", "U1")))
    }

    // MARK: Minimum sample, a check and never a filter

    @Test("exactly the minimum sample is enough; one respondent fewer is not, and every response still counts")
    func minimumSample() throws {
        let users = [dpmptsp: 45]  // Krejcie–Morgan: 40
        let enough = ExampleRegion.skm([ExampleRespondents(40, of: dpmptsp, answering: ExampleRespondents.threes)], users: users)
        #expect(enough.units.first?.sample == .sufficient(population: 45, minimum: 40, respondents: 40))
        #expect(evaluate(SKMFewRespondents.self, ExampleRegion.records.with(skm: enough)).isEmpty)

        let short = ExampleRegion.skm([ExampleRespondents(39, of: dpmptsp, answering: ExampleRespondents.threes)], users: users)
        #expect(short.units.first?.summary.result?.respondents == 39)
        let finding = try #require(evaluate(SKMFewRespondents.self, ExampleRegion.records.with(skm: short)).first)
        #expect(finding.evidence == [.init("respondents", 39), .init("minimum_sample", 40), .init("population", 45), .init("short_by", 1)])
    }

    @Test("a unit without a population is not checked")
    func populationUnknown() {
        let survey = ExampleRegion.skm([ExampleRespondents(3, of: dpmptsp, answering: ExampleRespondents.threes)])
        #expect(evaluate(SKMFewRespondents.self, ExampleRegion.records.with(skm: survey)).isEmpty)
    }

    // MARK: Decline

    @Test("a fall of exactly max_drop is not beyond it; a little more is, and a grade lost makes it major")
    func declineOnTheLimit() throws {
        let previous = ExampleRegion.skm(respondents(40, of: dpmptsp, total: 1260), period: ExampleRegion.lastSemester)  // 87.50
        let exactly = ExampleRegion.skm(respondents(50, of: dpmptsp, total: 1539))  // 85.50
        #expect(exactly.units.first?.summary.result?.score == Rational(171, 2))
        #expect(evaluate(SKMDecline.self, ExampleRegion.records.with(skm: exactly, previous: previous)).isEmpty)

        let more = ExampleRegion.skm(respondents(50, of: dpmptsp, total: 1538))  // 85.44
        let finding = try #require(evaluate(SKMDecline.self, ExampleRegion.records.with(skm: more, previous: previous)).first)
        #expect(finding.severity == nil)
        #expect(finding.evidence.contains(.init("drop", "2.06")))

        let gradeLost = ExampleRegion.skm(respondents(50, of: dpmptsp, total: 1350))  // 75.00, C
        #expect(evaluate(SKMDecline.self, ExampleRegion.records.with(skm: gradeLost, previous: previous)).first?.severity == .major)
    }

    // MARK: At least once a year

    @Test("no SKM in the second half after none in the first: the year is breached")
    func secondHalfWithoutSurvey() throws {
        let second = Period(kind: .semester, year: 2026, index: 2)!
        let first = ExampleRegion.period
        var records = ExampleRegion.records
        records.period = second
        records.asOf = second.end
        records.survey = ExampleRegion.skm(ExampleRegion.unitRespondents(disdukcapil), period: second)

        records.previousSurvey = ExampleRegion.skm(ExampleRegion.unitRespondents(disdukcapil), period: first)
        let breach = try #require(evaluate(SKMMissing.self, records).first)
        #expect(breach.subject == ExampleRegion.subject(dpmptsp))
        #expect(breach.severity == nil)
        #expect(breach.message.english == "No SKM respondent throughout Year 2026; the survey must be held at least once a year.")
        #expect(breach.evidence.contains(.init("previous_period_respondents", 0)))

        records.previousSurvey = ExampleRegion.soundSKM(period: first)
        #expect(evaluate(SKMMissing.self, records).map(\.severity) == [.info])

        // Without the first half imported, nothing shows the year was breached.
        records.previousSurvey = nil
        #expect(evaluate(SKMMissing.self, records).map(\.severity) == [.info])
    }

    @Test("a quarter's survey obligation under a quarterly requirement, and a year's under a yearly one")
    func otherIntervals() {
        let quarter = Period(kind: .quarter, year: 2026, index: 3)!
        var records = ExampleRegion.records
        records.period = quarter
        records.asOf = quarter.end
        records.survey = ExampleRegion.skm(ExampleRegion.unitRespondents(disdukcapil), period: quarter)
        #expect(evaluate(SKMMissing.self, records).map(\.severity) == [.info])
        #expect(evaluate(SKMMissing.self, records, ["survey_every": .word("semester")]).map(\.severity) == [.info])
        #expect(evaluate(SKMMissing.self, records, ["survey_every": .word("quarter")]).map(\.severity) == [nil])
    }

    // MARK: Publication, counted in working days

    @Test("results of the second half of 2025 are due 20 working days after 31 December, across New Year's Day")
    func publicationDue() {
        var records = ExampleRegion.publishedRecords([ExampleRegion.publication(.results)])
        records.asOf = ExampleRegion.date("2026-01-28")
        #expect(evaluate(SKMResultsNotPublished.self, records).isEmpty)
        records.asOf = ExampleRegion.date("2026-01-29")
        let found = evaluate(SKMResultsNotPublished.self, records)
        #expect(found.map(\.subject) == [ExampleRegion.subject(dpmptsp)])
        #expect(found.first?.evidence == [.init("periods", "2025-S2"), .init("due", "2026-01-29")])
    }

    @Test("without publication records the publication rules are not run rather than finding every unit")
    func publicationsRequired() {
        let records = ExampleRegion.records.with(skm: ExampleRegion.soundSKM(), previous: ExampleRegion.soundSKM(period: ExampleRegion.lastSemester))
        let run = RuleEvaluator(rules: SurveyRules.all, language: .english).evaluate(records)
        #expect(run.outcomes.first { $0.rule == "skm.results-not-published" }?.outcome == .missingRecords([.surveyPublications]))
        #expect(run.outcomes.first { $0.rule == "skm.rtl-not-published" }?.outcome == .missingRecords([.surveyPublications]))
        #expect(run.findings.isEmpty)
    }

    // MARK: Follow-up plan

    @Test("an item planned for the evaluation's day is not late; 90 days late is minor, 91 major")
    func overdueDays() {
        func late(planned: String) -> [RuleFinding] {
            evaluate(SKMFollowUpOverdue.self, ExampleRegion.records.with(rtl: [ExampleRegion.skmFollowUp("RTL-1", element: "U3", planned: planned)]))
        }
        #expect(late(planned: "2026-06-30").isEmpty)
        #expect(late(planned: "2026-04-01").map(\.severity) == [nil])  // 90 days before 30 June
        #expect(late(planned: "2026-03-31").map(\.severity) == [.major])
        #expect(late(planned: "2026-03-31").first?.records == ["RTL-1"])
    }

    @Test("a share done exactly at the minimum passes; a completion after the evaluation's day does not count yet")
    func shareDone() throws {
        func items(done: Int, of count: Int, doneOn day: String = "2026-03-20") -> [FollowUpItem] {
            (1...count).map { number in
                ExampleRegion.skmFollowUp(
                    "RTL-\(number)", element: "U\(number)", done: number <= done ? day : nil, status: number <= done ? .done : .open, row: number + 1)
            }
        }
        #expect(evaluate(SKMFollowUpNotDone.self, ExampleRegion.records.with(rtl: items(done: 4, of: 5))).isEmpty)
        #expect(evaluate(SKMFollowUpNotDone.self, ExampleRegion.records.with(rtl: items(done: 4, of: 5)), ["min_done_share": .decimal(.one)]).count == 1)
        let later = try #require(evaluate(SKMFollowUpNotDone.self, ExampleRegion.records.with(rtl: items(done: 4, of: 5, doneOn: "2026-07-02"))).first)
        #expect(later.evidence == [.init("items_due", 5), .init("items_done", 0), .init("done_share", "0.0 %")])
        #expect(later.records == ["RTL-1", "RTL-2", "RTL-3", "RTL-4", "RTL-5"])
    }

    @Test("a share just under the minimum is not shown as the minimum")
    func shareShown() throws {
        // 3999 of 5000 is 79.98 %, which rounds to 80.0 and must not be shown beside "below 80.0 %".
        #expect(SurveyFigures.percent(Rational(3999, 5000), below: Rational(4, 5)).english == "79.9")
        #expect(SurveyFigures.percent(Rational(4, 5), below: Rational(4, 5)).indonesian == "80,0")
    }

    @Test("the plan answers to the weakest elements of the survey period it names, whichever way the unit is written")
    func followUpMatchesPeriodAndUnit() {
        let records = ExampleRegion.weakRecords.with(rtl: ExampleRegion.followUpsOnWeakest(disdukcapil, dpmptsp))
        #expect(evaluate(SKMFollowUpMissing.self, records).isEmpty)

        // The same elements planned for another period do not answer to 2025-S2.
        let elsewhere = ExampleRegion.followUpsOnWeakest(disdukcapil) + ["U3", "U9", "U8"].enumerated().map { offset, element in
            ExampleRegion.skmFollowUp("RTL-X\(offset)", unit: "dpmptsp", element: element, surveyed: ExampleRegion.period, row: offset + 10)
        }
        let found = evaluate(SKMFollowUpMissing.self, ExampleRegion.weakRecords.with(rtl: elsewhere))
        #expect(found.map(\.subject) == [ExampleRegion.subject(dpmptsp)])
        #expect(found.first?.evidence.contains(.init("missing_elements", "U3, U9, U8")) == true)

        // Unit names are matched through the register: its id written in lower case is the same unit.
        let byID = ExampleRegion.followUpsOnWeakest(disdukcapil) + ["U3", "U9", "U8"].enumerated().map { offset, element in
            ExampleRegion.skmFollowUp("RTL-Y\(offset)", unit: "dpmptsp", element: element, row: offset + 10)
        }
        #expect(evaluate(SKMFollowUpMissing.self, ExampleRegion.weakRecords.with(rtl: byID)).isEmpty)
    }
}
