import Foundation
public import PantauYAML

/// Readers for the values people type into spreadsheets.
public enum FieldParsers {
    static let indonesianMonths = [
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
    ]
    static let shortMonths = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"]
    static let englishShortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A date as `2026-01-12`, `12/01/2026`, `12-01-2026` or `12 Januari 2026` (also `12 Jan 2026`).
    /// A time after the date (`2026-01-12 08:30`) is ignored.
    /// Years a record's date can plausibly have; `0000-01-01` or `2602-01-01` is a typing slip.
    public static let plausibleYears = 1900...2200

    public static func date(_ raw: String) -> CalendarDate? {
        guard let date = anyDate(raw), plausibleYears.contains(date.year) else { return nil }
        return date
    }

    private static func anyDate(_ raw: String) -> CalendarDate? {
        if let iso = isoDate(raw) { return iso }
        let text = raw.trimmingWhitespaces()
        let datePart = String(text.split(separator: " ").first ?? text)
        if let iso = CalendarDate(iso: datePart) { return iso }
        for separator in ["/", "-", "."] {
            let parts = datePart.split(separator: Character(separator), omittingEmptySubsequences: false)
            if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
                return CalendarDate(year: y, month: m, day: d)
            }
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        if words.count >= 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4 {
            let month = words[1]
            if let index = indonesianMonths.firstIndex(of: month) ?? shortMonths.firstIndex(of: month)
                ?? englishShortMonths.firstIndex(of: month)
            {
                return CalendarDate(year: year, month: index + 1, day: day)
            }
        }
        return nil
    }

    /// `isoDate` of a text's bytes, read in place.
    static func isoDate(_ text: String) -> CalendarDate? {
        text.utf8.withContiguousStorageIfAvailable { isoDate($0) } ?? isoDate(text.utf8)
    }

    /// `YYYY-MM-DD` read from the bytes, the form most exports use: no allocation on the hot path.
    static func isoDate(_ bytes: some Collection<UInt8>) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        var values = (year: 0, month: 0, day: 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case 0..<4: values.year = values.year * 10 + digit
            case 5, 6: values.month = values.month * 10 + digit
            default: values.day = values.day * 10 + digit
            }
        }
        guard plausibleYears.contains(values.year) else { return nil }
        return CalendarDate(year: values.year, month: values.month, day: values.day)
    }

    /// A whole count such as `1250`, `1.250` or `1,250` (thousands separators in groups of three).
    public static func count(_ raw: String) -> Int? {
        let text = raw.trimmingWhitespaces()
        if let value = Int(text), value >= 0 { return value }
        for separator: Character in [".", ",", " "] where text.contains(separator) {
            let groups = text.split(separator: separator, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { continue }
            if let value = Int(groups.joined()), value >= 0 { return value }
        }
        return nil
    }
}
