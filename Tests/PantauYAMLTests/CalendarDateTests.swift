import Foundation
import Testing
import PantauYAML

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test(arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (2000, 2, 29, true), (1900, 2, 29, false),
        (2026, 4, 30, true), (2026, 4, 31, false), (2026, 12, 31, true), (2026, 13, 1, false),
        (2026, 0, 1, false), (2026, 1, 0, false), (2026, 1, 32, false), (2026, 6, -1, false),
    ])
    func validation(year: Int, month: Int, day: Int, exists: Bool) {
        let date = CalendarDate(year: year, month: month, day: day)
        #expect((date != nil) == exists)
        if let date { #expect((date.year, date.month, date.day) == (year, month, day)) }
    }

    @Test func leapYearsAndMonthLengths() {
        #expect(CalendarDate.isLeap(2024) && CalendarDate.isLeap(2000) && CalendarDate.isLeap(1600))
        #expect(!CalendarDate.isLeap(2026) && !CalendarDate.isLeap(1900) && !CalendarDate.isLeap(2100))
        #expect((1...12).map { CalendarDate.daysIn(month: $0, year: 2026) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CalendarDate.daysIn(month: 2, year: 2028) == 29)
    }

    @Test(arguments: [
        ("2026-11-25", CalendarDate(year: 2026, month: 11, day: 25)),
        ("0001-01-01", CalendarDate(year: 1, month: 1, day: 1)),
        ("2026-7-01", nil), ("2026-07-1", nil), ("26-07-01", nil), ("2026-07-01 ", nil), ("2026/07/01", nil),
        ("2026-02-29", nil), ("+026-07-01", nil), ("２０２６-07-01", nil), ("2026-07", nil), ("", nil),
        ("2026-07-01-01", nil), ("2026--07-01", nil),
    ] as [(String, CalendarDate?)])
    func isoParsing(text: String, expected: CalendarDate?) {
        #expect(CalendarDate(iso: text) == expected)
    }

    @Test(arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2026, 11, 25, 20_782), (1, 1, 1, -719_162),
    ])
    func dayNumber(year: Int, month: Int, day: Int, number: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.dayNumber == number)
        #expect(CalendarDate(dayNumber: number) == date)
    }

    @Test func dayNumberRoundTripsAndIsConsecutive() throws {
        var previous: CalendarDate?
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
            if let previous { #expect(previous < date) }
            previous = date
        }
        // Every day of a leap year, one after another.
        var day = try #require(CalendarDate(year: 2024, month: 1, day: 1))
        for _ in 1..<366 {
            let next = day.adding(days: 1)
            #expect(next.dayNumber == day.dayNumber + 1)
            #expect(CalendarDate(year: next.year, month: next.month, day: next.day) != nil)
            day = next
        }
        #expect(day == CalendarDate(year: 2024, month: 12, day: 31))
    }

    @Test func adding() throws {
        let date = try #require(CalendarDate(year: 2024, month: 2, day: 28))
        #expect(date.adding(days: 1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(date.adding(days: 2) == CalendarDate(year: 2024, month: 3, day: 1))
        #expect(date.adding(days: -59) == CalendarDate(year: 2023, month: 12, day: 31))
        #expect(date.adding(days: 366) == CalendarDate(year: 2025, month: 2, day: 28))
    }

    @Test(arguments: [
        ("2026-11-25", 3), ("1970-01-01", 4), ("2000-01-01", 6), ("2024-12-30", 1), ("2026-03-01", 7),
        ("1969-12-28", 7), ("1900-01-01", 1), ("2026-08-17", 1),
    ])
    func isoWeekday(text: String, weekday: Int) throws {
        #expect(try #require(CalendarDate(iso: text)).isoWeekday == weekday)
    }

    @Test func ordering() throws {
        let dates = ["2026-01-02", "2025-12-31", "2026-01-01", "2025-01-31"].compactMap { CalendarDate(iso: $0) }
        #expect(dates.sorted().map(\.description) == ["2025-01-31", "2025-12-31", "2026-01-01", "2026-01-02"])
    }

    @Test func description() {
        #expect(CalendarDate(year: 2026, month: 3, day: 1)?.description == "2026-03-01")
        #expect(CalendarDate(year: 99, month: 12, day: 31)?.description == "0099-12-31")
    }

    @Test func codable() throws {
        let date = try #require(CalendarDate(year: 2026, month: 7, day: 1))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-07-01"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }
}
