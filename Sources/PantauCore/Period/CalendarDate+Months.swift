public import PantauYAML

extension CalendarDate {
    /// The same day some months later (earlier when negative); a day the target month does not
    /// have becomes its last day, so that 31 August plus six months is the last day of February.
    /// Review intervals and consultation windows are counted this way, as people count them.
    public func adding(months: Int) -> CalendarDate {
        let ordinal = year * 12 + (month - 1) + months
        let (targetYear, monthIndex) = ordinal.quotientAndRemainder(dividingBy: 12)
        let (y, m) = monthIndex < 0 ? (targetYear - 1, monthIndex + 13) : (targetYear, monthIndex + 1)
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))!
    }

    public func adding(years: Int) -> CalendarDate { adding(months: years * 12) }
}
