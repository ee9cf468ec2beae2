import PantauYAML
import Testing
@testable import PantauCore

private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

private func item(_ id: String, _ status: ActionStatus, due: String? = "2025-09-30", owner: String = "Dinas Sosial") -> ActionItem {
    ActionItem(id: id, action: "tindakan \(id)", owner: owner, due: due.map(date), status: status, source: RecordSource(file: "x.md", row: 1))
}

private func meeting(
    _ id: String, _ day: String, kind: MeetingKind = .rakor, invited: [String] = [], present: [String] = [], items: [ActionItem] = []
) -> Meeting {
    Meeting(
        id: id, title: id, date: date(day), kind: kind, invited: invited,
        attendees: present.map { Meeting.Attendee(name: nil, role: nil, organisation: $0) }, actionItems: items,
        source: RecordSource(file: "\(id).md", row: 1, line: 1))
}

@Suite("Meetings and their action items")
struct MeetingsTests {
    @Test func anItemIsOverdueWhenOutstandingAfterItsDueDate() {
        #expect(item("a", .open).isOverdue(on: date("2025-10-01")))
        #expect(item("a", .inProgress).isOverdue(on: date("2025-10-01")))
        #expect(!item("a", .open).isOverdue(on: date("2025-09-30")))  // due today is not late yet
        #expect(!item("a", .done).isOverdue(on: date("2026-01-01")))
        #expect(!item("a", .dropped).isOverdue(on: date("2026-01-01")))
        #expect(!item("a", .open, due: nil).isOverdue(on: date("2030-01-01")))
    }

    @Test func meetingsAreOrderedByDateWhateverTheFileOrder() {
        let meetings = Meetings([meeting("c", "2026-02-12"), meeting("a", "2025-07-22"), meeting("b", "2025-07-22")])
        #expect(meetings.items.map(\.id) == ["a", "b", "c"])
    }

    @Test func anItemCarriedOverIsTrackedInTheStateOfItsLatestMeeting() {
        let meetings = Meetings([
            meeting("nov", "2025-11-20", items: [item("TL-1", .done), item("TL-2", .open), item("TL-4", .open)]),
            meeting("jul", "2025-07-22", items: [item("TL-1", .open), item("TL-2", .open), item("TL-3", .open)]),
            meeting("feb", "2026-02-12", items: [item("TL-2", .inProgress)]),
        ])
        let tracks = meetings.actionItemTracks
        #expect(tracks.map(\.item.id) == ["TL-1", "TL-2", "TL-3", "TL-4"])
        #expect(tracks.map(\.item.status) == [.done, .inProgress, .open, .open])
        #expect(tracks.map(\.meetingIDs) == [["jul", "nov"], ["jul", "nov", "feb"], ["jul"], ["nov"]])
        #expect(tracks.map(\.isCarriedOver) == [true, true, false, false])
        #expect(tracks[1].latestMeetingDate == date("2026-02-12"))
        #expect(meetings.outstandingActionItems.map(\.item.id) == ["TL-2", "TL-3", "TL-4"])
    }

    @Test func absentUnitsAreTheInvitedNobodyAttendedFor() {
        let rakor = meeting(
            "r", "2025-07-22", invited: ["Dinas Sosial", "Dinas Perhubungan", "Dinas Kesehatan"],
            present: ["dinas sosial", "Dinas  Kesehatan", "KUD Sumber Makmur"])
        #expect(rakor.absentUnits == ["Dinas Perhubungan"])
    }

    @Test func absencesCountEveryMeetingAUnitMissed() {
        let units = ["Dinas Sosial", "Dinas Perhubungan"]
        let meetings = Meetings([
            meeting("r1", "2025-07-22", invited: units, present: ["Dinas Sosial"]),
            meeting("f1", "2025-09-18", kind: .fkp, invited: units, present: []),
            meeting("r2", "2025-11-20", invited: units, present: ["Dinas Sosial"]),
            meeting("r3", "2026-02-12", invited: units, present: units),
        ])
        let rakor = meetings.absences(kind: .rakor)
        #expect(rakor.map(\.unit) == ["Dinas Perhubungan"])
        #expect(rakor.map(\.meetingIDs) == [["r1", "r2"]])
        let all = meetings.absences()
        #expect(all.map(\.unit) == ["Dinas Perhubungan", "Dinas Sosial"])
        #expect(all.map(\.meetingIDs) == [["r1", "f1", "r2"], ["f1"]])
    }
}
