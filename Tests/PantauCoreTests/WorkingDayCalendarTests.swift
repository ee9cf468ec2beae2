import Testing
import PantauYAML
@testable import PantauCore

@Suite("Working days")
struct WorkingDayCalendarTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Lebaran 2026: 18–24 March are Nyepi, cuti bersama and Idul Fitri (21–22 fall on a weekend).
    static let lebaran2026 = WorkingDayCalendar(daysOff: [
        date("2026-03-18"): .collectiveLeave("Nyepi"), date("2026-03-19"): .holiday("Nyepi"),
        date("2026-03-20"): .collectiveLeave("Idul Fitri"), date("2026-03-21"): .holiday("Idul Fitri"),
        date("2026-03-22"): .holiday("Idul Fitri"), date("2026-03-23"): .collectiveLeave("Idul Fitri"),
        date("2026-03-24"): .collectiveLeave("Idul Fitri"),
    ], years: [2026])

    @Test("weekends only: Friday plus 3 working days is Wednesday")
    func weekends() {
        let calendar = WorkingDayCalendar()
        #expect(calendar.adding(workingDays: 3, to: Self.date("2026-11-20")) == Self.date("2026-11-25"))
        #expect(calendar.workingDays(from: Self.date("2026-11-20"), to: Self.date("2026-11-23")) == 1)
        #expect(!calendar.isWorkingDay(Self.date("2026-11-22")))
    }

    @Test("a complaint received before Lebaran: verification due 3 working days later, across the holidays")
    func acrossHolidays() {
        let calendar = Self.lebaran2026
        // Fri 13 → Mon 16 (1), Tue 17 (2), then 18–24 off, Wed 25 (3).
        #expect(calendar.adding(workingDays: 3, to: Self.date("2026-03-13")) == Self.date("2026-03-25"))
        #expect(calendar.workingDays(from: Self.date("2026-03-17"), to: Self.date("2026-03-25")) == 1)
        #expect(calendar.workingDays(from: Self.date("2026-03-25"), to: Self.date("2026-03-17")) == 0)
        #expect(calendar.dayOff(Self.date("2026-03-20")) == .collectiveLeave("Idul Fitri"))
        #expect(calendar.covers(Self.date("2026-12-31")) && !calendar.covers(Self.date("2027-01-04")))
    }

    @Test("zero working days is the same day; merging years keeps both years' days off")
    func mergeAndZero() {
        var calendar = Self.lebaran2026
        #expect(calendar.adding(workingDays: 0, to: Self.date("2026-03-18")) == Self.date("2026-03-18"))
        calendar.merge(WorkingDayCalendar(daysOff: [Self.date("2025-12-25"): .holiday("Natal")], years: [2025]))
        #expect(!calendar.isWorkingDay(Self.date("2025-12-25")) && !calendar.isWorkingDay(Self.date("2026-03-19")))
        #expect(calendar.years == [2025, 2026])
    }

    @Test("working days counted week by week are those counted day by day, over any span, weekend and days off")
    func sameAsDayByDay() {
        var merged = Self.lebaran2026
        merged.merge(WorkingDayCalendar(weekend: [5, 6, 7], daysOff: [Self.date("2025-12-25"): .holiday("Natal")], years: [2025]))
        // A day off on a weekend, one on the span's first or last day, and none at all.
        let calendars = [WorkingDayCalendar(), Self.lebaran2026, merged, WorkingDayCalendar(weekend: [])]
        let start = Self.date("2025-12-20").dayNumber
        for calendar in calendars {
            for from in stride(from: start, to: start + 120, by: 3) {
                for length in [-1, 0, 1, 2, 5, 6, 7, 8, 13, 14, 15, 29, 97, 400] {
                    let first = CalendarDate(dayNumber: from), last = CalendarDate(dayNumber: from + length)
                    let dayByDay = length <= 0 ? 0 : (from + 1...from + length).filter { calendar.isWorkingDay(CalendarDate(dayNumber: $0)) }.count
                    #expect(calendar.workingDays(from: first, to: last) == dayByDay, "\(first) to \(last)")
                }
            }
        }
    }
}
