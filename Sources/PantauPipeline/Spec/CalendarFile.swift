import Foundation
public import PantauCore
public import PantauYAML

/// Reads a working-day calendar file (`calendars/indonesia-2026.yaml`): the year, the weekend,
/// the national holidays and the *cuti bersama*. Public lists carry errors (predicted dates,
/// impossible dates, a day listed twice), so every entry is checked, and every problem reported
/// at its line and column.
public enum CalendarFile {
    static let keys = ["country", "year", "weekend", "holidays", "cuti_bersama"]
    static let entryKeys = ["date", "name"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Reads the file at `path`; messages name it `displayName`, as the pipeline writes it.
    public static func load(_ path: String, displayName: String, yaml: YAMLLoader = YAMLLoader()) throws(Diagnostics) -> WorkingDayCalendar {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostics([.error(at: nil, YAMLMessage.fileUnreadable(path: displayName, reason: String(cString: strerror(ENOENT))))])
        }
        return try read(try yaml.load(bytes: [UInt8](data), file: displayName))
    }

    public static func read(_ root: Node) throws(Diagnostics) -> WorkingDayCalendar {
        var problems = DiagnosticCollector()
        let context = LocalizedText(id: "kalender", en: "the calendar")
        problems.add(contentsOf: root.checkKeys(allowed: keys, required: ["year", "holidays"], context: context))
        let year = root["year"].flatMap { node in problems.attempt { try node.int(in: 1900...2200) } }
        var weekend: Set<Int> = [6, 7]
        if let node = root["weekend"] {
            weekend = []
            for item in problems.attempt({ try node.list(allowingSingle: true) }) ?? [] {
                if let day = problems.attempt({ try item.choice(among: weekdays) }) { weekend.insert(weekdays.firstIndex(of: day)! + 1) }
            }
        }
        var daysOff: [CalendarDate: WorkingDayCalendar.DayOff] = [:]
        var firstLine: [CalendarDate: Int] = [:]
        for (key, collective) in [("holidays", false), ("cuti_bersama", true)] {
            guard let list = root[key] else { continue }
            for entry in problems.attempt({ try list.list() }) ?? [] {
                let entryProblems = entry.checkKeys(allowed: entryKeys, required: entryKeys, context: context)
                problems.add(contentsOf: entryProblems)
                guard entryProblems.isEmpty, let dateNode = entry["date"], let nameNode = entry["name"] else { continue }
                guard let date = problems.attempt({ try dateNode.date() }), let name = problems.attempt({ try nameNode.nonEmptyString() })
                else { continue }
                if let year, date.year != year {
                    problems.add(dateNode.error(PipelineMessage.calendarDateOutsideYear(date: date.description, year: year)))
                    continue
                }
                if let first = firstLine[date] {
                    problems.add(dateNode.error(PipelineMessage.calendarDateTwice(date: date.description, firstLine: first)))
                    continue
                }
                firstLine[date] = dateNode.location.line
                daysOff[date] = collective ? .collectiveLeave(name) : .holiday(name)
            }
        }
        try problems.throwIfErrors()
        return WorkingDayCalendar(weekend: weekend, daysOff: daysOff, years: year.map { [$0] } ?? [])
    }
}
