public import PantauYAML

/// Turns findings into recommendations: one per rule and subject, owned by the subject's unit,
/// due a number of working days after the period's end that depends on the severity.
public struct Recommender: Sendable {
    /// Working days after the period's end per severity.
    public var dueWorkingDays: [Finding.Severity: Int]
    /// Findings below this severity are remarks, not actions.
    public var minimumSeverity: Finding.Severity
    /// Who owns recommendations about the whole region.
    public var regionOwner: String
    public var calendar: WorkingDayCalendar

    public static let defaultDueWorkingDays: [Finding.Severity: Int] = [.critical: 10, .major: 20, .minor: 40, .info: 60]

    public init(
        dueWorkingDays: [Finding.Severity: Int] = Recommender.defaultDueWorkingDays, minimumSeverity: Finding.Severity = .minor,
        regionOwner: String, calendar: WorkingDayCalendar
    ) {
        self.dueWorkingDays = dueWorkingDays
        self.minimumSeverity = minimumSeverity
        self.regionOwner = regionOwner
        self.calendar = calendar
    }

    /// - Parameter fallbackAction: the action for a finding that brings none (an external
    ///   plugin's), given its message.
    public func recommend(_ findings: [Finding], period: Period, fallbackAction: (String) -> String) -> RecommendationPlan {
        var seen: [String: Int] = [:]
        var items: [Recommendation] = []
        // Four severities, four due dates: each is counted out on the calendar once.
        var dueDates: [Finding.Severity: CalendarDate] = [:]
        for finding in findings where finding.severity >= minimumSeverity {
            let id = Recommendation.id(rule: finding.rule, subject: finding.subject)
            let due = dueDates[finding.severity] ?? due(finding.severity, after: period)
            dueDates[finding.severity] = due
            let recommendation = Recommendation(
                id: id, rule: finding.rule, subject: finding.subject, owner: finding.subject.unit ?? regionOwner,
                action: finding.action ?? fallbackAction(finding.message), finding: finding.message, regulation: finding.regulation,
                severity: finding.severity, priority: Recommendation.Priority(finding.severity),
                due: due, records: finding.records)
            // Two findings of one rule about one subject (two plugins, say) make one item: the
            // more severe one, with the records of both.
            if let index = seen[id] {
                var merged = items[index].severity >= recommendation.severity ? items[index] : recommendation
                merged.records = Array(Set(items[index].records + recommendation.records)).sorted()
                items[index] = merged
            } else {
                seen[id] = items.count
                items.append(recommendation)
            }
        }
        return RecommendationPlan(ordering: &items)
    }

    /// When a finding of a severity is due: working days after the period's end.
    private func due(_ severity: Finding.Severity, after period: Period) -> CalendarDate {
        let days = dueWorkingDays[severity] ?? Self.defaultDueWorkingDays[severity] ?? 20
        return calendar.adding(workingDays: days, to: period.end)
    }
}
