import Foundation
import PantauYAML

/// Today's date in the machine's time zone, which relative periods such as `previous-quarter`
/// count from. `PANTAU_TODAY=YYYY-MM-DD` fixes it, for reproducible runs and tests.
enum Today {
    static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> CalendarDate {
        if let fixed = environment["PANTAU_TODAY"], let date = CalendarDate(iso: fixed) { return date }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }
}
