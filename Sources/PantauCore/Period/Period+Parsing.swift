public import PantauYAML

extension Period {
    /// Parses an absolute period, ignoring letter case: `2026`, `2026-S1`, `2026-Q3`,
    /// `2026-TW3` (*triwulan*, a quarter), `2026-03`. The year has four digits and a month two.
    public init?(_ text: String) {
        let text = text.uppercased()
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit), let year = Int(parts[0]) else { return nil }
        guard parts.count == 2 else {
            self.init(kind: .year, year: year)
            return
        }
        let suffix = parts[1]
        let kind: Kind
        let number: Substring
        if suffix.hasPrefix("TW") {
            (kind, number) = (.quarter, suffix.dropFirst(2))
        } else if suffix.hasPrefix("Q") {
            (kind, number) = (.quarter, suffix.dropFirst())
        } else if suffix.hasPrefix("S") {
            (kind, number) = (.semester, suffix.dropFirst())
        } else if suffix.count == 2 {
            (kind, number) = (.month, suffix)
        } else {
            return nil
        }
        guard kind == .month || number.count == 1, number.allSatisfy(\.isASCIIDigit), let index = Int(number) else { return nil }
        self.init(kind: kind, year: year, index: index)
    }

    /// Parses a period as written in configuration or on the command line: an absolute period
    /// (see `init?(_:)`), or one relative to `today`: `current-year`, `current-semester`,
    /// `current-quarter`, `current-month`, and the same with `previous-` (the one before the
    /// current one: on 2026-01-15, `previous-quarter` is 2025-Q4).
    public static func parse(_ text: String, today: CalendarDate) -> Period? {
        let text = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if let period = Period(text) { return period }
        let parts = text.lowercased().split(separator: "-")
        guard parts.count == 2, let kind = Kind(rawValue: String(parts[1])),
            let current = Period.containing(today, kind: kind)
        else { return nil }
        switch parts[0] {
        case "current": return current
        case "previous": return current.previous == current ? nil : current.previous
        default: return nil
        }
    }
}
