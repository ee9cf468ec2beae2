public import PantauYAML

/// A reporting period: a year, a semester, a quarter (*triwulan*) or a month.
///
/// Its canonical id, `description`, is what configuration, file names and the run store use:
/// `2026`, `2026-S1`, `2026-Q3`, `2026-03`.
public struct Period: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case year, semester, quarter, month

        /// How many periods of this kind make a year.
        public var periodsPerYear: Int {
            switch self {
            case .year: 1
            case .semester: 2
            case .quarter: 4
            case .month: 12
            }
        }

        var months: Int { 12 / periodsPerYear }
    }

    /// The years a period may fall in: the four-digit years of its id.
    public static let years: ClosedRange<Int> = 1...9999

    public let kind: Kind
    public let year: Int
    /// The position within the year, from 1: the semester, quarter or month; 1 for a year.
    public let index: Int

    /// Returns `nil` unless `index` is within the year (1…2 for a semester, 1…4 for a quarter,
    /// 1…12 for a month, 1 for a year) and `year` is in `Period.years`.
    public init?(kind: Kind, year: Int, index: Int = 1) {
        guard Period.years.contains(year), (1...kind.periodsPerYear).contains(index) else { return nil }
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// The period of the given kind that contains the date, or `nil` outside `Period.years`.
    public static func containing(_ date: CalendarDate, kind: Kind) -> Period? {
        Period(kind: kind, year: date.year, index: (date.month - 1) / kind.months + 1)
    }

    /// The first day, inclusive.
    public var start: CalendarDate {
        CalendarDate(year: year, month: firstMonth, day: 1)!  // a valid year and month always has a day 1
    }

    /// The last day, inclusive.
    public var end: CalendarDate {
        let month = firstMonth + kind.months - 1
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= end
    }

    /// The period of the same kind just before; the first period of year 1 is its own previous.
    public var previous: Period { shifted(by: -1) ?? self }

    /// The period of the same kind just after; the last period of year 9999 is its own next.
    public var next: Period { shifted(by: 1) ?? self }

    private var firstMonth: Int { (index - 1) * kind.months + 1 }

    private func shifted(by offset: Int) -> Period? {
        let perYear = kind.periodsPerYear
        let ordinal = year * perYear + (index - 1) + offset
        let (quotient, remainder) = ordinal.quotientAndRemainder(dividingBy: perYear)  // ordinal ≥ 0 for valid years
        return Period(kind: kind, year: quotient, index: remainder + 1)
    }

    /// The period's name for reports: "Triwulan III 2026", "Q3 2026".
    public func label(_ language: Language) -> String {
        let label: CoreLabel =
            switch kind {
            case .year: .year(year)
            case .semester: .semester(index, year: year)
            case .quarter: .quarter(index, year: year)
            case .month: .month(index, year: year)
            }
        return label.text(language)
    }
}

extension Period: Comparable {
    /// Earlier start first; periods starting on the same day, longer first (2026 < 2026-S1 < 2026-Q1 < 2026-01).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.start, lhs.kind.periodsPerYear) < (rhs.start, rhs.kind.periodsPerYear)
    }
}

extension Period: CustomStringConvertible {
    /// The canonical id: `2026`, `2026-S1`, `2026-Q3`, `2026-03`.
    public var description: String {
        let year = String(repeating: "0", count: max(0, 4 - String(self.year).count)) + String(self.year)
        switch kind {
        case .year: return year
        case .semester: return "\(year)-S\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }
}

extension Period: Codable {
    /// Decodes the canonical id (any letter case, `TW` for a quarter); relative names are refused.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a period such as 2026, 2026-S1, 2026-Q3 or 2026-03: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
