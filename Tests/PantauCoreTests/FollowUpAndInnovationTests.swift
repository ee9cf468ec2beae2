import PantauYAML
import Testing
@testable import PantauCore

private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

private func followUp(_ id: String, _ status: ActionStatus, planned: String = "2026-03-31", done: String? = nil) -> FollowUpItem {
    FollowUpItem(
        id: id, unit: "Dinas Sosial", origin: .skm(period: Period("2025-S2")!, element: "U8"), action: "balas pengaduan",
        planned: date(planned), done: done.map(date), status: status, source: RecordSource(file: "rtl.csv", row: 2))
}

private func innovation(_ name: String, unit: String, year: Int, sustained: Bool = true) -> Innovation {
    Innovation(
        name: name, unit: unit, year: year, stage: .implementation, replicated: false, sustained: sustained,
        source: RecordSource(file: "inovasi.csv", row: 2))
}

@Suite("Follow-up plans and innovations")
struct FollowUpAndInnovationTests {
    @Test func completionShareCountsDoneItemsAmongThoseNotDropped() {
        let plan = FollowUpPlan([
            followUp("1", .done, done: "2026-03-20"), followUp("2", .done, done: "2026-04-22"), followUp("3", .inProgress),
            followUp("4", .open), followUp("5", .dropped),
        ])
        #expect(plan.completionShare == Rational(2, 4))
        #expect(FollowUpPlan([followUp("5", .dropped)]).completionShare == nil)
        #expect(FollowUpPlan([]).completionShare == nil)
    }

    @Test func overdueItemsAreOutstandingPastTheirPlannedDate() {
        let plan = FollowUpPlan([
            followUp("1", .done, done: "2026-04-22"), followUp("2", .inProgress), followUp("3", .open, planned: "2026-09-30"),
            followUp("4", .dropped),
        ])
        #expect(plan.overdue(on: date("2026-06-30")).map(\.id) == ["2"])
        #expect(plan.overdue(on: date("2026-03-31")).isEmpty)
    }

    @Test func daysLateCountFromThePlannedDate() {
        #expect(followUp("1", .done, done: "2026-04-22").daysLate == 22)
        #expect(followUp("2", .done, done: "2026-03-20").daysLate == 0)
        #expect(followUp("3", .open).daysLate == nil)
    }

    @Test func theOriginKnowsItsKind() {
        #expect(FollowUpOrigin.skm(period: Period("2025-S2")!, element: "U3").kind == .skm)
        #expect(FollowUpOrigin.evaluation(finding: "PEKPPP-2025/3").kind == .evaluation)
        #expect(FollowUpOrigin.meeting(reference: "rakor-2026-02").kind == .meeting)
    }

    @Test func unitsWithoutAnInnovationInAYear() {
        let register = InnovationRegister([
            innovation("A", unit: "Dinas Sosial", year: 2025),
            innovation("B", unit: "dinas kesehatan", year: 2026),
            innovation("C", unit: "Dinas Perhubungan", year: 2024, sustained: false),
        ])
        let units = ["Dinas Sosial", "Dinas Kesehatan", "Dinas Perhubungan"]
        #expect(register.units(units, withoutInnovationIn: 2026) == ["Dinas Sosial", "Dinas Perhubungan"])
        #expect(register.units(units, withoutInnovationIn: 2025) == ["Dinas Kesehatan", "Dinas Perhubungan"])
        #expect(register.notSustained(startedBefore: 2026).map(\.name) == ["C"])
        #expect(register.innovations(ofUnit: "Dinas Kesehatan").map(\.name) == ["B"])
    }
}
