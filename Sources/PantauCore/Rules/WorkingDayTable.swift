public import PantauYAML

/// Working days between two dates read from a table over the years around the evaluation date:
/// step rules count them for each of 100,000 complaints. Outside the table it asks the calendar,
/// whose count it is: the table holds the calendar's count from its first day to each day.
struct WorkingDayTable: Sendable {
    private let calendar: WorkingDayCalendar
    private let firstDay: Int
    /// Working days after `firstDay` up to and including each day, from `firstDay` on.
    private let counted: [Int32]

    init() { self.init(WorkingDayCalendar(), around: CalendarDate(dayNumber: 0), years: 0) }

    /// - Parameter years: how far the table reaches before the day, and one year after it.
    init(_ calendar: WorkingDayCalendar, around day: CalendarDate, years: Int = 5) {
        self.calendar = calendar
        firstDay = day.dayNumber - 366 * years
        var counted: [Int32] = [0]
        for number in firstDay + 1..<(day.dayNumber + 366) {
            let previous = CalendarDate(dayNumber: number - 1), current = CalendarDate(dayNumber: number)
            counted.append(counted[counted.count - 1] + Int32(calendar.workingDays(from: previous, to: current)))
        }
        self.counted = counted
    }

    /// `WorkingDayCalendar.workingDays(from:to:)`: working days after `start` up to and including `end`.
    func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        let (first, last) = (start.dayNumber - firstDay, end.dayNumber - firstDay)
        guard counted.indices.contains(first), counted.indices.contains(last) else { return calendar.workingDays(from: start, to: end) }
        return last > first ? Int(counted[last] - counted[first]) : 0
    }
}
