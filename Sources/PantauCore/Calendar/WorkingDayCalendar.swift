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
    public private(set) var daysOff: [Int: DayOff] {
        didSet { sortedDaysOff = daysOff.keys.sorted() }
    }
    /// The day numbers of `daysOff`, ascending: those in a span are found without visiting every day.
    private var sortedDaysOff: [Int] = []
    /// The years whose holidays are known; outside them only the weekend is known.
    public private(set) var years: Set<Int>

    public init(weekend: Set<Int> = [6, 7], daysOff: [CalendarDate: DayOff] = [:], years: Set<Int> = []) {
        self.weekend = weekend
        self.daysOff = Dictionary(uniqueKeysWithValues: daysOff.map { ($0.key.dayNumber, $0.value) })
        self.years = years
        sortedDaysOff = self.daysOff.keys.sorted()
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
    /// a complaint received on Friday and verified on Monday took 1 working day. Counted week by
    /// week, not day by day: a complaint open for years is judged as quickly as one open for days.
    public func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        guard end > start else { return 0 }
        let first = start.dayNumber + 1, last = end.dayNumber
        // Every whole week holds each weekday once; the days left are looked at one by one.
        let days = last - first + 1
        let weekdaysPerWeek = (1...7).filter { !weekend.contains($0) }.count
        var count = days / 7 * weekdaysPerWeek
        for day in (last - days % 7 + 1)..<(last + 1) where !weekend.contains(CalendarDate.isoWeekday(dayNumber: day)) {
            count += 1
        }
        // Days off that fall on a weekday of the span.
        var index = firstDayOff(from: first)
        while index < sortedDaysOff.count, sortedDaysOff[index] <= last {
            if !weekend.contains(CalendarDate.isoWeekday(dayNumber: sortedDaysOff[index])) { count -= 1 }
            index += 1
        }
        return count
    }

    /// The position in `sortedDaysOff` of the first day off on or after `day`.
    private func firstDayOff(from day: Int) -> Int {
        var low = 0, high = sortedDaysOff.count
        while low < high {
            let middle = (low + high) / 2
            if sortedDaysOff[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
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
