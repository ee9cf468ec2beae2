import PantauYAML
import Testing

@testable import PantauCore

private typealias Region = ExampleRegion

private func evaluate<R: Rule>(_ rule: R.Type, _ records: EvaluationRecords, _ values: [String: RuleValue] = [:]) -> [RuleFinding] {
    R(settings: RuleSettings(R.description, values: values)).evaluate(records)
}

private func evidence(_ finding: RuleFinding?) -> [String: String] {
    Dictionary(uniqueKeysWithValues: (finding?.evidence ?? []).map { ($0.name, $0.value) })
}

@Suite("Meeting rules: days late, severity limits, the evaluation day")
struct MeetingRulesTests {
    /// One Rakor on 12 February 2026 setting the items.
    private func records(_ items: [ActionItem], asOf: String? = nil) -> EvaluationRecords {
        var records = Region.records.with(meetings: [Region.meeting("rakor-2026-02", on: "2026-02-12", items: items)])
        if let asOf { records.asOf = Region.date(asOf) }
        return records
    }

    @Test("days late are calendar days, across weekends and holidays; more than 90 makes the finding major")
    func daysLateAndSeverity() throws {
        // On 30 June 2026: due 1 April → 90 days (not beyond the limit), due 31 March → 91.
        let found = evaluate(ActionItemOverdue.self, records([
            Region.actionItem("TL-01", due: "2026-04-01"),
            Region.actionItem("TL-02", owner: Region.dpmptsp, due: "2026-03-31"),
        ]))
        #expect(found.map(\.subject.unit) == [Region.disdukcapil, Region.dpmptsp])
        #expect(found.map(\.severity) == [nil, .major])
        #expect(evidence(found.first) == ["overdue_items": "1", "most_days_overdue": "90", "days_overdue": "TL-01: 90"])
        #expect(found[1].message.english == "1 meeting action item is not done after the due date on 2026-06-30: TL-02 (due 2026-03-31, 91 days late).")
        #expect(found[1].message.indonesian == "1 tindak lanjut rapat belum selesai sesudah batas waktunya pada 2026-06-30: TL-02 (batas 2026-03-31, lewat 91 hari).")
        #expect(found[1].records == ["TL-02"])
        // The limit is a parameter.
        #expect(evaluate(ActionItemOverdue.self, records([Region.actionItem("TL-02", due: "2026-03-31")]), ["major_after_days": .integer(91)])
            .map(\.severity) == [nil])
    }

    @Test("one finding per owner, listing every late item; the evaluation day may fall inside the period")
    func perOwnerAndRunDate() throws {
        let items = [
            Region.actionItem("TL-01", due: "2026-02-27"), Region.actionItem("TL-02", due: "2026-03-13", status: .inProgress),
            Region.actionItem("TL-03", due: "2026-05-29"), Region.actionItem("TL-04", due: "2026-03-13", status: .done),
        ]
        // Run on 13 March 2026, before the semester ends: TL-02 is due that day and not late yet.
        let found = evaluate(ActionItemOverdue.self, records(items, asOf: "2026-03-13"))
        #expect(found.count == 1)
        #expect(evidence(found.first) == ["overdue_items": "1", "most_days_overdue": "14", "days_overdue": "TL-01: 14"])
        let atEnd = evaluate(ActionItemOverdue.self, records(items))
        #expect(atEnd.first?.records == ["TL-01", "TL-02", "TL-03"])
        #expect(evidence(atEnd.first)["days_overdue"] == "TL-01: 123; TL-02: 109; TL-03: 32")
        #expect(atEnd.first?.severity == .major)
    }

    @Test("items without an owner, with an unregistered owner or without a due date: the region's finding first")
    func withoutOwner() throws {
        let found = evaluate(ActionItemWithoutOwner.self, records([
            Region.actionItem("TL-01", owner: Region.dpmptsp, due: nil),
            Region.actionItem("TL-02", owner: nil),
            Region.actionItem("TL-03", owner: "Dinas Pariwisata", due: nil),
            Region.actionItem("TL-04", owner: nil, due: nil, status: .dropped),
        ]))
        #expect(found.map(\.subject) == [Finding.Subject(), Region.subject(Region.dpmptsp)])
        #expect(found[0].records == ["TL-02", "TL-03"])
        #expect(evidence(found[0]) == ["items": "2", "without_owner": "2", "without_due_date": "1"])
        #expect(found[0].message.english == "2 open meeting action items are incomplete: TL-02 (rakor-2026-02: no owner unit), TL-03 (rakor-2026-02: owner 'Dinas Pariwisata' not registered, no due date).")
        #expect(found[1].message.indonesian == "1 tindak lanjut rapat yang masih terbuka tidak lengkap: TL-01 (rakor-2026-02: tanpa batas waktu).")
        // Without a register, any named owner counts as an owner.
        var unregistered = records([Region.actionItem("TL-03", owner: "Dinas Pariwisata")])
        unregistered.register = nil
        #expect(evaluate(ActionItemWithoutOwner.self, unregistered).isEmpty)
    }

    @Test("carried over: counted in meetings held by the evaluation day, in the state of the latest")
    func carriedOver() throws {
        let meetings = [
            Region.meeting("rakor-2025-11", on: "2025-11-20", items: [Region.actionItem("TL-01", due: "2025-12-31")]),
            Region.meeting("rakor-2026-02", on: "2026-02-12", items: [Region.actionItem("TL-01", due: "2025-12-31")]),
            Region.meeting("rakor-2026-05", on: "2026-05-20", items: [Region.actionItem("TL-01", due: "2025-12-31", status: .inProgress)]),
            Region.meeting("rakor-2026-08", on: "2026-08-20", items: [Region.actionItem("TL-01", due: "2025-12-31", status: .done)]),
        ]
        let found = evaluate(ActionItemCarriedOverOpen.self, Region.records.with(meetings: meetings))
        #expect(found.map(\.subject.unit) == [Region.disdukcapil])
        #expect(evidence(found.first)["most_meetings"] == "3")
        #expect(found.first?.message.english == "1 meeting action item was discussed again and again without being done: TL-01 (3 meetings since rakor-2025-11, in progress).")
        #expect(evaluate(ActionItemCarriedOverOpen.self, Region.records.with(meetings: meetings), ["min_meetings": .integer(3)]).count == 1)
        #expect(evaluate(ActionItemCarriedOverOpen.self, Region.records.with(meetings: meetings), ["min_meetings": .integer(4)]).isEmpty)
    }

    @Test("absences among the last Rakor a unit was invited to; every one missed makes it major")
    func absences() throws {
        var meetings = [
            Region.meeting("rakor-2025-11", on: "2025-11-20", absent: [Region.dpmptsp]),
            Region.meeting("rakor-2026-02", on: "2026-02-12", absent: [Region.dpmptsp, Region.disdukcapil]),
            Region.meeting("rakor-2026-05", on: "2026-05-20", absent: [Region.dpmptsp]),
            // After the evaluation day: not seen.
            Region.meeting("rakor-2026-07", on: "2026-07-09", absent: [Region.disdukcapil]),
        ]
        let found = evaluate(RepeatedAbsence.self, Region.records.with(meetings: meetings))
        #expect(found.map(\.subject.unit) == [Region.dpmptsp])
        #expect(found.first?.severity == .major)
        #expect(found.first?.records == ["rakor-2025-11", "rakor-2026-02", "rakor-2026-05"])
        #expect(found.first?.message.english == "Absent from 3 of the last 3 Rakor it was invited to: rakor-2025-11 (2025-11-20), rakor-2026-02 (2026-02-12), rakor-2026-05 (2026-05-20).")
        // Looking at the last two only: two of two, still major; at four: three of three held.
        #expect(evaluate(RepeatedAbsence.self, Region.records.with(meetings: meetings), ["last_meetings": .integer(2)]).first?.records
            == ["rakor-2026-02", "rakor-2026-05"])
        // An attendee's organisation written in other case and blanks still counts as present.
        meetings[0].attendees.append(Meeting.Attendee(name: nil, role: nil, organisation: "  dinas penanaman modal dan ptsp "))
        let fewer = evaluate(RepeatedAbsence.self, Region.records.with(meetings: meetings))
        #expect(fewer.first?.records == ["rakor-2026-02", "rakor-2026-05"])
        #expect(fewer.first?.severity == nil)
        #expect(evidence(fewer.first) == ["absences": "2", "meetings_looked_at": "3"])
    }
}
