import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

@Suite("Calendar files")
struct CalendarFileTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func load(_ name: String) throws -> WorkingDayCalendar {
        try CalendarFile.load(Self.repository.appendingPathComponent("calendars/\(name)").path, displayName: name)
    }

    @Test("the shipped 2026 calendar holds exactly the decree's holidays and cuti bersama")
    func shipped2026() throws {
        let calendar = try load("indonesia-2026.yaml")
        let holidays = ["01-01", "01-16", "02-17", "03-19", "03-21", "03-22", "04-03", "04-05", "05-01", "05-14", "05-27", "05-31", "06-01",
            "06-16", "08-17", "08-25", "12-25"]
        let leave = ["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"]
        var expected: [Int: WorkingDayCalendar.DayOff] = [:]
        for day in holidays { expected[CalendarDate(iso: "2026-\(day)")!.dayNumber] = .holiday("") }
        for day in leave { expected[CalendarDate(iso: "2026-\(day)")!.dayNumber] = .collectiveLeave("") }
        #expect(Set(calendar.daysOff.keys) == Set(expected.keys))
        for (day, kind) in calendar.daysOff {
            switch (kind, expected[day]) {
            case (.holiday, .holiday?), (.collectiveLeave, .collectiveLeave?): break
            default: Issue.record("\(CalendarDate(dayNumber: day)) is \(kind)")
            }
        }
        #expect(calendar.years == [2026] && calendar.weekend == [6, 7])
    }

    @Test("the shipped 2025 calendar loads and knows Idul Fitri 2025")
    func shipped2025() throws {
        let calendar = try load("indonesia-2025.yaml")
        #expect(!calendar.isWorkingDay(CalendarDate(iso: "2025-04-01")!))
        #expect(calendar.isWorkingDay(CalendarDate(iso: "2025-04-08")!))
        #expect(calendar.daysOff.count == 28)
    }

    @Test("a date outside the file's year, a date listed twice, an impossible date and a misspelt key are all reported at their places")
    func problems() throws {
        let text = """
            year: 2026
            holidays:
              - {date: 2026-01-01, name: Tahun Baru}
              - {date: 2027-01-01, name: Tahun Baru}
              - {date: 2026-01-01, name: Lagi}
              - {date: 2026-02-30, name: Mustahil}
            cuti_bersamaa: []

            """
        let root = try YAMLLoader().load(text: text, file: "k.yaml")
        do {
            _ = try CalendarFile.read(root)
            Issue.record("the calendar should be refused")
        } catch {
            let found = error.items.map { "\($0.location.map(\.description) ?? "-") \($0.code)" }
            #expect(found.sorted() == [
                "k.yaml:4:12 calendar.date-outside-year", "k.yaml:5:12 calendar.date-twice", "k.yaml:6:12 yaml.invalid-date",
                "k.yaml:7:1 yaml.unknown-key",
            ])
        }
    }
}
