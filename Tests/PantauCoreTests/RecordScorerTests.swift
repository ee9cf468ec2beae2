import PantauYAML
import Testing
@testable import PantauCore

/// Records of a small region: "Dinas A" (id A) with services A1 and A2, "Dinas B" (id B) with B1.
private enum Region {
    static let register = ServiceRegister(
        units: [.init(id: "A", name: "Dinas A", aliases: ["DA"]), .init(id: "B", name: "Dinas B")],
        services: [.init(id: "A1", unitID: "A", name: "Layanan A1"), .init(id: "A2", unitID: "A", name: "Layanan A2"),
                   .init(id: "B1", unitID: "B", name: "Layanan B1")])
    static let source = RecordSource(file: "r.csv", row: 2)
    static let period = Period("2026-S1")!

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A standard with every component, established, drafted with the public, reviewed, published
    /// in two media and with a dated maklumat: change what a test needs.
    static func standard(_ service: String, unit: String = "A", _ change: (inout ServiceStandard) -> Void = { _ in }) -> ServiceStandard {
        var components: [StandardComponent: String] = [:]
        for component in StandardComponent.allCases { components[component] = "ada" }
        var standard = ServiceStandard(
            unitID: unit, serviceID: service, components: components, established: date("2024-01-10"), lastReviewed: date("2025-09-01"),
            published: true, publishedIn: ["website", "papan informasi"], maklumat: true, maklumatDate: date("2024-01-15"),
            consultation: "FKP-1", source: source)
        change(&standard)
        return standard
    }

    static func score(_ evidence: RecordEvidence, _ records: IndexRecords, unit: String = "Dinas A", id: String? = "A") -> RecordScore {
        RecordScorer(records: records, period: period).score(evidence, unit: IndexUnit(id: id, name: unit))
    }

    static func standards(_ items: ServiceStandard...) -> IndexRecords {
        IndexRecords(register: register, standards: ServiceStandards(items))
    }
}

@Suite("Scores read from records, indicator by indicator")
struct RecordScorerTests {
    // MARK: 1.a.Ak

    @Test("1.a.Ak climbs one level per step: 14 components, established, with the public, reviewed")
    func standardLevels() {
        let cases: [(ServiceStandard, Int)] = [
            (Region.standard("A1") { $0.components[.fee] = nil }, 1),
            (Region.standard("A1") { $0.established = nil }, 2),
            (Region.standard("A1") { $0.established = Region.date("2026-07-01") }, 2),  // after the period
            (Region.standard("A1") { $0.consultation = nil }, 3),
            (Region.standard("A1") { $0.lastReviewed = nil }, 4),
            (Region.standard("A1"), 5),
        ]
        for (standard, level) in cases {
            let both = Region.standards(standard, Region.standard("A2"))
            #expect(Region.score(.standardComplete, both).score == level, "\(standard)")
        }
        let basis = Region.score(.standardComplete, Region.standards(Region.standard("A1"), Region.standard("A2") { $0.established = nil }))
        #expect(basis.score == 2)
        #expect(basis.basis == .standards(services: 2, withStandard: 2, allComponents: 2, established: 1, withPublic: 2, reviewed: 2))
        #expect(basis.records == ["A/A1", "A/A2"])
    }

    @Test("1.a.Ak: a service without a standard holds the unit at 1; none at all is 0; no records, no score")
    func standardCoverage() {
        #expect(Region.score(.standardComplete, Region.standards(Region.standard("A1"))).score == 1)
        #expect(Region.score(.standardComplete, Region.standards(Region.standard("B1", unit: "B"))).score == 0)
        let none = Region.score(.standardComplete, IndexRecords(register: Region.register))
        #expect(none.score == nil && none.basis == .notImported(kind: "service-standards"))
        // The public counts through a forum on the service in the participation log too.
        var records = Region.standards(Region.standard("A1") { $0.consultation = nil }, Region.standard("A2"))
        records.participation = ParticipationLog([ParticipationEvent(
            id: "P-1", date: Region.date("2025-03-01"), unit: "DA", service: "Layanan A1", kind: .fkp, groups: ["KUD"], participants: 9,
            source: Region.source)])
        #expect(Region.score(.standardComplete, records).score == 5)
    }

    // MARK: 2.a.P

    @Test("2.a.P counts the stakeholder groups at the unit's standard consultations: more than four is 5")
    func participation() {
        func event(_ id: String, _ kind: ParticipationKind, _ groups: [String], on date: String = "2025-10-01") -> ParticipationEvent {
            ParticipationEvent(id: id, date: Region.date(date), unit: "Dinas A", kind: kind, groups: groups, participants: 20, source: Region.source)
        }
        var records = Region.standards(Region.standard("A1"), Region.standard("A2"))
        records.participation = ParticipationLog([
            event("FKP-1", .sosialisasi, ["KUD", "lansia"]),  // named by the standards, so it counts whatever its kind
            event("P-2", .fkp, ["lansia", "media"]),
            event("P-3", .sosialisasi, ["pemuda"]),  // not a consultation on the standards
            event("P-4", .fkp, ["LSM", "akademisi"], on: "2026-07-02"),  // after the period
        ])
        let score = Region.score(.standardParticipation, records)
        #expect(score.score == 3)
        #expect(score.basis == .participation(groups: ["KUD", "lansia", "media"], events: 2, unmatchedConsultations: 0))
        #expect(score.records == ["FKP-1", "P-2"])
        records.participation = ParticipationLog([event("P-2", .fkp, ["a", "b", "c", "d", "e", "f"])])
        #expect(Region.score(.standardParticipation, records).score == 5)
        // The standards name FKP-1, which the log does not hold: how many took part is unknown.
        records.participation = ParticipationLog([event("P-3", .sosialisasi, ["pemuda"])])
        #expect(Region.score(.standardParticipation, records).score == nil)
        records.standards = ServiceStandards([Region.standard("A1") { $0.consultation = nil }])
        #expect(Region.score(.standardParticipation, records).score == 0)
    }

    // MARK: 3.a.T

    @Test("3.a.T: not published 0; delivery components missing 1; media besides SIPP Nasional, and SIPP Nasional")
    func publication() {
        let cases: [((inout ServiceStandard) -> Void, Int)] = [
            ({ $0.published = false }, 0),
            ({ $0.components[.product] = nil }, 1),
            ({ $0.publishedIn = ["website"] }, 1),
            ({ $0.publishedIn = ["website", "papan informasi"] }, 2),
            ({ $0.publishedIn = ["website", "SIPPN"] }, 2),
            ({ $0.publishedIn = ["website", "papan informasi", "SIPP Nasional"] }, 3),
            ({ $0.publishedIn = ["website", "papan informasi", "leaflet", "sipp nasional"] }, 4),
            ({ $0.publishedIn = ["website", "papan informasi", "leaflet", "instagram", "SIPPN"] }, 5),
            ({ $0.publishedIn = ["website", "papan informasi", "leaflet", "instagram", "youtube", "SIPPN"] }, 5),
        ]
        for (change, level) in cases {
            let records = Region.standards(Region.standard("A1", change), Region.standard("A2") { $0.publishedIn = Array(repeating: "x", count: 1) + ["a", "b", "c", "SIPPN"] })
            #expect(Region.score(.standardPublication, records).score == level, "level \(level)")
        }
    }

    // MARK: 4.a.K

    @Test("4.a.K: reviewed within a year for all 5, for some 4; within two years for all 3, for some 2; ever for all 1")
    func review() {
        func score(_ a1: String?, _ a2: String?) -> Int? {
            let records = Region.standards(
                Region.standard("A1") { $0.lastReviewed = a1.map(Region.date) }, Region.standard("A2") { $0.lastReviewed = a2.map(Region.date) })
            return Region.score(.standardReview, records).score
        }
        // The period ends on 30 June 2026: within a year is from 30 June 2025, within two from 30 June 2024.
        #expect(score("2025-06-30", "2026-01-05") == 5)
        #expect(score("2025-06-29", "2026-01-05") == 4)
        #expect(score("2024-06-30", "2025-06-29") == 3)
        #expect(score("2024-06-29", "2025-06-29") == 2)
        #expect(score("2020-01-01", "2021-01-01") == 1)
        #expect(score("2020-01-01", nil) == 0)
        #expect(score("2026-07-01", "2026-07-01") == 0)  // reviews after the period do not count in it
    }

    // MARK: 5.a.K

    @Test("5.a.K: records show a maklumat (1) and its date (2), never its content or publication")
    func maklumat() {
        #expect(Region.score(.maklumat, Region.standards(Region.standard("A1"))).score == 2)
        #expect(Region.score(.maklumat, Region.standards(Region.standard("A1") { $0.maklumatDate = nil })).score == 1)
        #expect(Region.score(.maklumat, Region.standards(Region.standard("A1") { $0.maklumat = false; $0.maklumatDate = nil })).score == 0)
        #expect(Region.score(.maklumat, Region.standards(Region.standard("B1", unit: "B"))).score == 0)
    }

    // MARK: 6.a.B and 7.a.T

    @Test("6.a.B: no survey 0; the old scheme or too few respondents 1; PermenPAN-RB 14/2017 2. 7.a.T: 0 without a survey, else unknown")
    func survey() {
        func evaluation(_ scheme: SurveyScheme, sample: SampleCheck) -> SKMEvaluation {
            let tally = SurveyFixtures.tally(scheme, respondents: 10, total: 10 * 3 * scheme.elements.count)
            let group = SKMGroup(name: "Dinas A", tally: tally, result: scheme.evaluate(tally))
            return SKMEvaluation(
                period: Region.period, scheme: scheme, region: group, units: [SKMUnit(summary: group, services: [], sample: sample)],
                coverage: SKMCoverage(inPeriod: 10, outsidePeriod: 0, undated: 0))
        }
        let current = SurveyScheme.permenpan14_2017
        let records = { (survey: SKMEvaluation) in IndexRecords(register: Region.register, survey: survey) }
        #expect(Region.score(.skmConducted, records(evaluation(current, sample: .populationUnknown))).score == 2)
        #expect(Region.score(.skmConducted, records(evaluation(current, sample: .sufficient(population: 12, minimum: 10, respondents: 10)))).score == 2)
        #expect(Region.score(.skmConducted, records(evaluation(current, sample: .insufficient(population: 100, minimum: 80, respondents: 10)))).score == 1)
        #expect(Region.score(.skmConducted, records(evaluation(SurveyScheme.builtIn(id: "kepmenpan-25-2004")!, sample: .populationUnknown))).score == 1)
        #expect(Region.score(.skmConducted, records(evaluation(current, sample: .populationUnknown)), unit: "Dinas B", id: "B").score == 0)
        let published = Region.score(.skmPublication, records(evaluation(current, sample: .populationUnknown)))
        #expect(published.score == nil && published.basis == .surveyPublicationNotRecorded(respondents: 10))
        #expect(Region.score(.skmPublication, records(evaluation(current, sample: .populationUnknown)), unit: "Dinas B", id: "B").score == 0)
    }

    // MARK: 8.a.Ak and 9.a.Ak

    func plan(_ items: [(status: ActionStatus, done: String?)], survey: String = "2025-S2") -> IndexRecords {
        let followUps = items.enumerated().map { index, item in
            FollowUpItem(
                id: "RTL-\(index + 1)", unit: "Dinas A", origin: .skm(period: Period(survey)!, element: "U3"), action: "aksi",
                planned: Region.date("2026-03-31"), done: item.done.map(Region.date), status: item.status, source: Region.source)
        }
        return IndexRecords(register: Region.register, followUps: FollowUpPlan(followUps))
    }

    @Test("8.a.Ak: none planned 0; none done 1; under 30 % 2; 30–80 % 3; over 80 % 4; all 5 — dropped items aside")
    func followUpShare() {
        let done = (ActionStatus.done, Optional("2026-02-01")), open = (ActionStatus.open, String?.none)
        let dropped = (ActionStatus.dropped, String?.none)
        #expect(Region.score(.followUpShare, IndexRecords(register: Region.register, followUps: FollowUpPlan([]))).score == 0)
        #expect(Region.score(.followUpShare, plan([open, open])).score == 1)
        #expect(Region.score(.followUpShare, plan([done] + Array(repeating: open, count: 3))).score == 2)  // 25 %
        #expect(Region.score(.followUpShare, plan([done, done, done] + Array(repeating: open, count: 7))).score == 3)  // exactly 30 %
        #expect(Region.score(.followUpShare, plan(Array(repeating: done, count: 4) + [open])).score == 3)  // exactly 80 %
        #expect(Region.score(.followUpShare, plan(Array(repeating: done, count: 5) + [open])).score == 4)  // 83 %
        #expect(Region.score(.followUpShare, plan([done, done, dropped])).score == 5)
        // Done after the period does not count in it.
        #expect(Region.score(.followUpShare, plan([done, (.done, "2026-07-15")])).score == 3)
        #expect(Region.score(.followUpShare, plan([done, open])).basis == .followUps(skmPeriod: Period("2025-S2")!, items: 2, done: 1))
        // Only the latest survey that ended by the period's end counts; a survey after it does not.
        let mixed = FollowUpPlan(plan([open]).followUps!.items + plan([done], survey: "2025-S1").followUps!.items
            + plan([open], survey: "2026-S2").followUps!.items)
        #expect(Region.score(.followUpShare, IndexRecords(register: Region.register, followUps: mixed)).score == 1)
        #expect(Region.score(.followUpShare, IndexRecords(register: Region.register)).score == nil)
    }

    @Test("9.a.Ak: the whole plan done within 1, 3, 6, 9, 12 months of the survey period (31 Dec 2025) gives 5 to 1; not all done 0")
    func followUpSpeed() {
        let cases: [(String, Int)] = [
            ("2026-01-31", 5), ("2026-02-01", 4), ("2026-03-31", 4), ("2026-06-30", 3),
        ]
        for (date, level) in cases {
            #expect(Region.score(.followUpSpeed, plan([(.done, "2026-01-10"), (.done, date)])).score == level, "\(date)")
        }
        let twoSemesters = Period("2026")!
        let late = RecordScorer(records: plan([(.done, "2026-09-30"), (.done, "2026-12-31")]), period: twoSemesters)
        #expect(late.score(.followUpSpeed, unit: IndexUnit(id: "A", name: "Dinas A")).score == 1)
        let nine = RecordScorer(records: plan([(.done, "2026-09-30")]), period: twoSemesters)
        #expect(nine.score(.followUpSpeed, unit: IndexUnit(id: "A", name: "Dinas A")).score == 2)
        let notAll = Region.score(.followUpSpeed, plan([(.done, "2026-01-10"), (.inProgress, nil)]))
        #expect(notAll.score == 0)
        #expect(notAll.basis == .followUpSpeed(skmPeriod: Period("2025-S2")!, items: 2, done: 1, lastDone: nil, withinMonths: nil))
    }

    // MARK: 28.e.Ak

    @Test("28.e.Ak: through SP4N-LAPOR! ≥ 90 % 5, ≥ 50 % 4, fewer 3; other channels ≥ 50 % 2, fewer 1; none finished 0")
    func complaints() {
        func complaints(lapor: (Int, Int), other: (Int, Int)) -> IndexRecords {
            var items: [Complaint] = []
            for (channel, (count, finished)) in [("SMS 1708", lapor), ("WhatsApp", other)] {
                for index in 0..<count {
                    items.append(Complaint(
                        id: "\(channel)-\(index)", channel: channel, unit: "Dinas A", received: Region.date("2026-02-02"),
                        finished: index < finished ? Region.date("2026-03-01") : nil, status: index < finished ? .finished : .inProgress,
                        statusLabel: "x", source: Region.source))
                }
            }
            return IndexRecords(register: Region.register, complaints: Complaints(items))
        }
        #expect(Region.score(.complaintCompletion, complaints(lapor: (10, 9), other: (0, 0))).score == 5)
        #expect(Region.score(.complaintCompletion, complaints(lapor: (10, 8), other: (0, 0))).score == 4)
        #expect(Region.score(.complaintCompletion, complaints(lapor: (10, 5), other: (4, 4))).score == 4)
        #expect(Region.score(.complaintCompletion, complaints(lapor: (10, 4), other: (4, 4))).score == 3)
        #expect(Region.score(.complaintCompletion, complaints(lapor: (3, 0), other: (4, 2))).score == 2)
        #expect(Region.score(.complaintCompletion, complaints(lapor: (0, 0), other: (4, 1))).score == 1)
        #expect(Region.score(.complaintCompletion, complaints(lapor: (2, 0), other: (4, 0))).score == 0)
        let none = Region.score(.complaintCompletion, complaints(lapor: (0, 0), other: (0, 0)))
        #expect(none.score == nil && none.basis == .noComplaints)
        let basis = Region.score(.complaintCompletion, complaints(lapor: (10, 9), other: (2, 1)))
        #expect(basis.basis == .complaints(lapor: 10, laporFinished: 9, other: 2, otherFinished: 1))
        #expect(basis.records.count == 12)
    }

    // MARK: 29.f.B

    @Test("29.f.B: none 0; only ideas 1; one running 2; running since before the period's year 3")
    func innovations() {
        func register(_ items: [(year: Int, stage: InnovationStage, sustained: Bool)]) -> IndexRecords {
            let innovations = items.enumerated().map { index, item in
                Innovation(id: "INV-\(index)", name: "Inovasi \(index)", unit: "Dinas A", year: item.year, stage: item.stage, replicated: false,
                    sustained: item.sustained, source: Region.source)
            }
            return IndexRecords(register: Region.register, innovations: InnovationRegister(innovations))
        }
        #expect(Region.score(.innovation, register([])).score == 0)
        #expect(Region.score(.innovation, register([(2027, .implementation, true)])).score == 0)
        #expect(Region.score(.innovation, register([(2026, .idea, true), (2024, .implementation, false)])).score == 1)
        #expect(Region.score(.innovation, register([(2026, .trial, true)])).score == 2)
        #expect(Region.score(.innovation, register([(2025, .implementation, true), (2026, .idea, true)])).score == 3)
    }
}
