import PantauYAML
import Testing

@testable import PantauCore

private typealias Region = ExampleRegion

private func evaluate<R: Rule>(_ rule: R.Type, _ records: EvaluationRecords, _ values: [String: RuleValue] = [:]) -> [RuleFinding] {
    R(settings: RuleSettings(R.description, values: values)).evaluate(records)
}

private func records(_ period: Period, asOf: String? = nil, _ innovations: [Innovation]) -> EvaluationRecords {
    EvaluationRecords(
        period: period, asOf: asOf.map(Region.date), calendar: Region.calendar, register: Region.register,
        innovations: InnovationRegister(innovations))
}

@Suite("Innovation rules: the year, its end, and the years looked back")
struct InnovationRulesTests {
    private let lastYear = [Region.innovation("INV-01", year: 2025), Region.innovation("INV-02", unit: Region.dpmptsp, year: 2024, row: 3)]

    @Test("no innovation in the year: a reminder until 31 December, then the rule's own severity")
    func yearEnd() throws {
        let s1 = evaluate(InnovationNoneInYear.self, records(Period("2026-S1")!, lastYear))
        #expect(s1.map(\.severity) == [.info, .info])
        #expect(s1[0].message.english == "Up to 2026-06-30 no public-service innovation has been started in 2026; the year is not over.")
        #expect(s1.map { $0.evidence.map(\.value) } == [["2026", "0", "2025"], ["2026", "0", "2024"]])
        // The second semester run on 30 December, before the year is over: still a reminder.
        let early = evaluate(InnovationNoneInYear.self, records(Period("2026-S2")!, asOf: "2026-12-30", lastYear))
        #expect(early.map(\.severity) == [.info, .info])
        let s2 = evaluate(InnovationNoneInYear.self, records(Period("2026-S2")!, lastYear))
        #expect(s2.map(\.severity) == [nil, nil])
        #expect(s2[1].message.indonesian == "Tidak ada inovasi pelayanan publik yang dimulai pada 2026.")
        let q4 = evaluate(InnovationNoneInYear.self, records(Period("2026-Q4")!, lastYear), ["early_severity": .word("minor")])
        #expect(q4.map(\.severity) == [nil, nil])
        let q3 = evaluate(InnovationNoneInYear.self, records(Period("2026-Q3")!, lastYear), ["early_severity": .word("minor")])
        #expect(q3.map(\.severity) == [.minor, .minor])
    }

    @Test("an innovation of the year below the stage asked for is named in the finding")
    func belowStage() throws {
        let ideas = [Region.innovation("INV-03", year: 2026, stage: .idea), Region.innovation("INV-04", unit: Region.dpmptsp, year: 2026, stage: .trial)]
        let found = evaluate(InnovationNoneInYear.self, records(Period("2026")!, ideas), ["min_stage": .word("uji-coba")])
        #expect(found.map(\.subject.unit) == [Region.disdukcapil])
        #expect(found.first?.records == ["INV-03"])
        #expect(found.first?.message.english == "No public-service innovation was started in 2026. The 2026 innovations registered have not reached the stage uji-coba: Inovasi INV-03 (ide).")
        #expect(evaluate(InnovationNoneInYear.self, records(Period("2026")!, ideas)).isEmpty)
    }

    @Test("not sustained: the years before the period's, as far back as look_back_years")
    func lookBack() throws {
        let stopped = [
            Region.innovation("INV-01", year: 2023, sustained: false), Region.innovation("INV-02", year: 2022, sustained: false, row: 3),
            Region.innovation("INV-03", year: 2025, sustained: false, row: 4), Region.innovation("INV-04", year: 2026, sustained: false, row: 5),
        ]
        let found = evaluate(InnovationNotSustained.self, records(Period("2026-S1")!, stopped))
        #expect(found.first?.records == ["INV-01", "INV-03"])
        #expect(found.first?.message.english == "2 innovations started before 2026 no longer run: Inovasi INV-01 (2023), Inovasi INV-03 (2025).")
        #expect(found.first?.evidence.map(\.value) == ["2", "2023"])
        #expect(evaluate(InnovationNotSustained.self, records(Period("2026-S1")!, stopped), ["look_back_years": .integer(1)]).first?.records == ["INV-03"])
    }

    @Test("not replicated: running, at least min_years old, neither replicated nor at the replication stage")
    func replication() throws {
        let register = [
            Region.innovation("INV-01", year: 2024), Region.innovation("INV-02", year: 2025, row: 3),
            Region.innovation("INV-03", year: 2023, replicated: true, row: 4), Region.innovation("INV-04", year: 2022, stage: .replication, row: 5),
            Region.innovation("INV-05", year: 2021, sustained: false, row: 6), Region.innovation("INV-06", year: 2027, row: 7),
        ]
        let found = evaluate(InnovationNotReplicated.self, records(Period("2026-Q2")!, register))
        #expect(found.first?.records == ["INV-01"])
        #expect(found.first?.message.indonesian == "1 inovasi yang berjalan sedikitnya 2 tahun belum direplikasi: Inovasi INV-01 (2024).")
        #expect(evaluate(InnovationNotReplicated.self, records(Period("2026-Q2")!, register), ["min_years": .integer(1)]).first?.records
            == ["INV-01", "INV-02"])
    }
}
