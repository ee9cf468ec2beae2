public import PantauYAML

/// Working days between two dates read from a table over a span of days: step rules count them
/// for each of 100,000 complaints. Outside the span it asks the calendar, whose count it is: the
/// table holds the calendar's count from the span's first day to each day.
struct WorkingDayTable: Sendable {
    private let calendar: WorkingDayCalendar
    private let firstDay: Int
    /// Working days after `firstDay` up to and including each day, from `firstDay` on.
    private let counted: [Int32]

    init() { self.init(WorkingDayCalendar(), from: CalendarDate(dayNumber: 0), through: CalendarDate(dayNumber: 0)) }

    init(_ calendar: WorkingDayCalendar, from first: CalendarDate, through last: CalendarDate) {
        self.calendar = calendar
        firstDay = first.dayNumber
        var counted: [Int32] = [0]
        for number in stride(from: firstDay + 1, through: last.dayNumber, by: 1) {
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
