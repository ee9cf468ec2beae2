public import PantauYAML

/// Which days are working days: Monday to Friday (or another weekend), minus national holidays
/// and *cuti bersama*. Time limits in the regulations (verification within 3 working days, a
/// service within its standard's limit) are counted with it.
public struct WorkingDayCalendar: Sendable, Hashable {
    public enum DayOff: Sendable, Hashable {
        case holiday(String)
        case collectiveLeave(String)
    }

    /// ISO weekdays that are not working days (6 = Saturday, 7 = Sunday).
    public var weekend: Set<Int>
    /// Days off by day number (see `CalendarDate.dayNumber`).
    public private(set) var daysOff: [Int: DayOff]
    /// The years whose holidays are known; outside them only the weekend is known.
    public private(set) var years: Set<Int>

    public init(weekend: Set<Int> = [6, 7], daysOff: [CalendarDate: DayOff] = [:], years: Set<Int> = []) {
        self.weekend = weekend
        self.daysOff = Dictionary(uniqueKeysWithValues: daysOff.map { ($0.key.dayNumber, $0.value) })
        self.years = years
    }

    /// Adds another year's days off; the weekend is the union of both.
    public mutating func merge(_ other: WorkingDayCalendar) {
        weekend.formUnion(other.weekend)
        daysOff.merge(other.daysOff) { first, _ in first }
        years.formUnion(other.years)
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        !weekend.contains(date.isoWeekday) && daysOff[date.dayNumber] == nil
    }

    public func dayOff(_ date: CalendarDate) -> DayOff? { daysOff[date.dayNumber] }

    /// Whether the holidays of the date's year are known.
    public func covers(_ date: CalendarDate) -> Bool { years.contains(date.year) }

    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`):
    /// a complaint received on Friday and verified on Monday took 1 working day.
    public func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start.dayNumber + 1
        while day <= end.dayNumber {
            if isWorkingDay(CalendarDate(dayNumber: day)) { count += 1 }
            day += 1
        }
        return count
    }

    /// The day `count` working days after `start`: the due date of a limit of `count` working days.
    public func adding(workingDays count: Int, to start: CalendarDate) -> CalendarDate {
        var day = start
        var remaining = max(count, 0)
        // A calendar whose every weekday is off would never end; the weekend has at most six days.
        guard weekend.count < 7 else { return start }
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }
}
