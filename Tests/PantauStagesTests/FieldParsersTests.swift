import PantauYAML
import Testing
@testable import PantauStages

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

@Suite("FieldParsers: dates and counts as people type them")
struct FieldParsersTests {
    @Test("accepted date forms", arguments: [
        ("2026-01-12", date(2026, 1, 12)),
        ("  2026-01-12  ", date(2026, 1, 12)),
        ("2026-01-12 08:30", date(2026, 1, 12)),
        ("12/01/2026", date(2026, 1, 12)),
        ("2/1/2026", date(2026, 1, 2)),
        ("12-01-2026", date(2026, 1, 12)),
        ("12.01.2026", date(2026, 1, 12)),
        ("29/02/2024", date(2024, 2, 29)),
        ("12/01/2026 08:30", date(2026, 1, 12)),
        ("12 Januari 2026", date(2026, 1, 12)),
        ("1 februari 2026", date(2026, 2, 1)),
        ("31 MARET 2026", date(2026, 3, 31)),
        ("17 Agustus 2025", date(2025, 8, 17)),
        ("5 Mei 2026", date(2026, 5, 5)),
        ("25 Desember 2025", date(2025, 12, 25)),
        ("12 Jan 2026", date(2026, 1, 12)),
        ("3 Agu 2025", date(2025, 8, 3)),
        ("3 Okt 2025", date(2025, 10, 3)),
        ("3 Des 2025", date(2025, 12, 3)),
        ("3 Aug 2025", date(2025, 8, 3)),
        ("3 Oct 2025", date(2025, 10, 3)),
        ("12 Januari 2026 08:30", date(2026, 1, 12)),
        ("12 Januari, 2026", date(2026, 1, 12)),
    ])
    func acceptedDates(_ text: String, _ expected: CalendarDate) {
        #expect(FieldParsers.date(text) == expected)
    }

    @Test("rejected dates", arguments: [
        "", "0000-00-00", "2026-02-30", "2025-11-31", "31/04/2026", "29/02/2025", "2026-13-01", "2026-1-5",
        "12/01/26", "2026/01/12", "32 Januari 2026", "12 Smarch 2026", "12 Januari 26", "Januari 2026", "kemarin",
        "00/01/2026", "12/00/2026",
    ])
    func rejectedDates(_ text: String) {
        #expect(FieldParsers.date(text) == nil)
    }

    @Test("accepted counts", arguments: [
        ("1250", 1250), (" 1250 ", 1250), ("0", 0), ("1.250", 1250), ("1,250", 1250), ("1 250", 1250),
        ("12.480", 12480), ("1.250.000", 1_250_000), ("1,250,000", 1_250_000), ("999", 999),
    ])
    func acceptedCounts(_ text: String, _ expected: Int) {
        #expect(FieldParsers.count(text) == expected)
    }

    @Test("rejected counts", arguments: [
        "", "12.50", "1.25", "1,2345", "1.250,5", "-5", "-1.250", ".250", "1..250", "1.2.3", "seribu", "1250 orang", "12.5000",
        "1.250,000",
    ])
    func rejectedCounts(_ text: String) {
        #expect(FieldParsers.count(text) == nil)
    }
}
