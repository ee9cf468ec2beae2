import Foundation
import PantauYAML
import Testing
@testable import PantauCore

private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("Periods")
struct PeriodTests {
    @Test(arguments: [
        // text, canonical id, start, end
        ("2026", "2026", "2026-01-01", "2026-12-31"),
        ("2026-S1", "2026-S1", "2026-01-01", "2026-06-30"),
        ("2026-s2", "2026-S2", "2026-07-01", "2026-12-31"),
        ("2026-Q1", "2026-Q1", "2026-01-01", "2026-03-31"),
        ("2026-q3", "2026-Q3", "2026-07-01", "2026-09-30"),
        ("2026-TW3", "2026-Q3", "2026-07-01", "2026-09-30"),
        ("2026-tw4", "2026-Q4", "2026-10-01", "2026-12-31"),
        ("2026-03", "2026-03", "2026-03-01", "2026-03-31"),
        ("2024-02", "2024-02", "2024-02-01", "2024-02-29"),  // leap year
        ("2026-02", "2026-02", "2026-02-01", "2026-02-28"),
        ("2026-12", "2026-12", "2026-12-01", "2026-12-31"),
        ("0999-Q2", "0999-Q2", "0999-04-01", "0999-06-30"),
    ])
    func parsesAbsolutePeriods(text: String, id: String, start: String, end: String) throws {
        let period = try #require(Period.parse(text, today: date("2026-05-20")))
        #expect(period.description == id)
        #expect(period.start == date(start))
        #expect(period.end == date(end))
        #expect(Period(id) == period)  // the canonical id parses back to the same period
    }

    @Test(arguments: [
        "", "26", "20266", "2026-", "2026-S0", "2026-S3", "2026-S01", "2026-Q0", "2026-Q5", "2026-Q", "2026-TW5",
        "2026-TW", "2026-00", "2026-13", "2026-3", "2026-003", "2026-W12", "2026-03-01", "0000", "current-week",
        "current", "previous-", "next-quarter", "current-quarter-1", "２０２６",
    ])
    func rejectsOtherText(text: String) {
        #expect(Period.parse(text, today: date("2026-05-20")) == nil)
    }

    @Test(arguments: [
        // today, text, expected
        ("2026-01-15", "current-year", "2026"),
        ("2026-01-15", "current-semester", "2026-S1"),
        ("2026-01-15", "current-quarter", "2026-Q1"),
        ("2026-01-15", "current-month", "2026-01"),
        ("2026-01-15", "previous-year", "2025"),
        ("2026-01-15", "previous-semester", "2025-S2"),
        ("2026-01-15", "previous-quarter", "2025-Q4"),
        ("2026-01-15", "previous-month", "2025-12"),
        ("2026-07-01", "current-semester", "2026-S2"),
        ("2026-07-01", "previous-semester", "2026-S1"),
        ("2026-07-01", "current-quarter", "2026-Q3"),
        ("2026-07-01", "previous-quarter", "2026-Q2"),
        ("2026-06-30", "current-quarter", "2026-Q2"),
        ("2026-12-31", "current-quarter", "2026-Q4"),
        ("2026-12-31", "previous-month", "2026-11"),
        ("2026-03-31", "previous-quarter", "2025-Q4"),
        ("2026-04-01", "previous-quarter", "2026-Q1"),
        ("2026-05-20", "  Previous-Quarter ", "2026-Q1"),  // letter case and surrounding spaces do not matter
    ])
    func parsesRelativePeriods(today: String, text: String, expected: String) {
        #expect(Period.parse(text, today: date(today))?.description == expected)
    }

    @Test func containsItsFirstAndLastDayOnly() throws {
        let q3 = try #require(Period("2026-Q3"))
        #expect(q3.contains(date("2026-07-01")))
        #expect(q3.contains(date("2026-08-17")))
        #expect(q3.contains(date("2026-09-30")))
        #expect(!q3.contains(date("2026-06-30")))
        #expect(!q3.contains(date("2026-10-01")))
        #expect(!q3.contains(date("2025-08-17")))
        #expect(try #require(Period("2024-02")).contains(date("2024-02-29")))
    }

    @Test(arguments: [
        // period, previous, next
        ("2026", "2025", "2027"),
        ("2026-S1", "2025-S2", "2026-S2"),
        ("2026-S2", "2026-S1", "2027-S1"),
        ("2026-Q1", "2025-Q4", "2026-Q2"),
        ("2026-Q4", "2026-Q3", "2027-Q1"),
        ("2026-01", "2025-12", "2026-02"),
        ("2025-12", "2025-11", "2026-01"),
        ("0001", "0001", "0002"),  // nothing before year 1
        ("9999-12", "9999-11", "9999-12"),  // nor after 9999
    ])
    func previousAndNext(id: String, previous: String, next: String) throws {
        let period = try #require(Period(id))
        #expect(period.previous.description == previous)
        #expect(period.next.description == next)
    }

    @Test func consecutivePeriodsTileTheYear() throws {
        for kind in Period.Kind.allCases {
            var period = try #require(Period(kind: kind, year: 2026, index: 1))
            #expect(period.start == date("2026-01-01"))
            for _ in 1..<kind.periodsPerYear {
                let next = period.next
                #expect(next.start == period.end.adding(days: 1))
                period = next
            }
            #expect(period.end == date("2026-12-31"))
        }
    }

    @Test func invalidPartsAreRefused() {
        #expect(Period(kind: .quarter, year: 2026, index: 5) == nil)
        #expect(Period(kind: .semester, year: 2026, index: 0) == nil)
        #expect(Period(kind: .year, year: 2026, index: 2) == nil)
        #expect(Period(kind: .month, year: 10_000, index: 1) == nil)
        #expect(Period(kind: .month, year: 2026, index: 12)?.description == "2026-12")
        #expect(Period.containing(date("2026-08-17"), kind: .semester)?.description == "2026-S2")
    }

    @Test(arguments: [
        ("2026", "Tahun 2026", "Year 2026"),
        ("2026-S1", "Semester I 2026", "First half 2026"),
        ("2026-S2", "Semester II 2026", "Second half 2026"),
        ("2026-Q1", "Triwulan I 2026", "Q1 2026"),
        ("2026-Q3", "Triwulan III 2026", "Q3 2026"),
        ("2026-Q4", "Triwulan IV 2026", "Q4 2026"),
        ("2026-01", "Januari 2026", "January 2026"),
        ("2026-03", "Maret 2026", "March 2026"),
        ("2026-05", "Mei 2026", "May 2026"),
        ("2026-08", "Agustus 2026", "August 2026"),
        ("2026-12", "Desember 2026", "December 2026"),
    ])
    func labelsInBothLanguages(id: String, indonesian: String, english: String) throws {
        let period = try #require(Period(id))
        #expect(period.label(.indonesian) == indonesian)
        #expect(period.label(.english) == english)
    }

    @Test func everyMonthHasADistinctLabel() {
        for language in Language.allCases {
            let labels = (1...12).compactMap { Period(kind: .month, year: 2026, index: $0)?.label(language) }
            #expect(Set(labels).count == 12)
        }
    }

    @Test func ordering() throws {
        let ids = ["2026-02", "2025-Q4", "2026", "2026-Q1", "2026-S1", "2026-01", "2025"]
        let sorted = try ids.map { try #require(Period($0)) }.sorted().map(\.description)
        #expect(sorted == ["2025", "2025-Q4", "2026", "2026-S1", "2026-Q1", "2026-01", "2026-02"])
    }

    @Test func codableAsCanonicalId() throws {
        let period = try #require(Period("2026-TW3"))
        let data = try JSONEncoder().encode([period])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-Q3"]"#)
        #expect(try JSONDecoder().decode([Period].self, from: data) == [period])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Period].self, from: Data(#"["previous-quarter"]"#.utf8)) }
    }
}
