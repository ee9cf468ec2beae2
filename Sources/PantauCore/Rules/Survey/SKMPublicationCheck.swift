import PantauYAML

/// The units that have not published their survey results (or their follow-up plan) for a
/// survey period that ended long enough before the evaluation's day.
///
/// The regulation sets no deadline; `within_working_days` is the region's expectation, counted
/// from the survey period's last day with the working-day calendar. A publication dated after
/// the evaluation's day does not count yet.
struct SKMPublicationCheck {
    /// A unit's unpublished survey periods, earliest first, with the day the earliest was due.
    struct Gap {
        var unit: String
        var periods: [Period]
        var due: CalendarDate
    }

    let content: SurveyPublication.Content
    let workingDays: Int

    static func parameter(for what: LocalizedText) -> RuleParameter {
        RuleParameter(
            "within_working_days", .integer(0...260), default: .integer(20),
            help: LocalizedText(
                id: "Hari kerja sesudah akhir periode survei sampai \(what.indonesian) harus sudah dipublikasikan.",
                en: "Working days after the survey period's end by which \(what.english) must be published."))
    }

    init(_ content: SurveyPublication.Content, settings: RuleSettings) {
        self.content = content
        workingDays = settings.integer("within_working_days")
    }

    /// One finding per unit with unpublished periods; `text` writes its message and action.
    func findings(in records: EvaluationRecords, _ text: (Gap) -> (message: LocalizedText, action: LocalizedText)) -> [RuleFinding] {
        gaps(in: records).map { gap in
            let (message, action) = text(gap)
            return RuleFinding(subject: Finding.Subject(unit: gap.unit), message: message, action: action, evidence: gap.evidence)
        }
    }

    func gaps(in records: EvaluationRecords) -> [Gap] {
        guard let publications = records.surveyPublications else { return [] }
        let skm = SKMRecords(records)
        var published: Set<String> = []
        for item in publications.items where item.content == content && item.date <= records.asOf {
            published.insert(skm.unitKey(item.unit) + "\u{0}" + item.period.description)
        }
        var order: [String] = []
        var gaps: [String: Gap] = [:]
        for survey in skm.surveysDue(workingDaysAfterEnd: workingDays) {
            let due = records.calendar.adding(workingDays: workingDays, to: survey.period.end)
            for unit in survey.units where unit.summary.tally.respondents > 0 {
                let key = skm.unitKey(unit.name)
                guard !published.contains(key + "\u{0}" + survey.period.description) else { continue }
                if gaps[key] == nil {
                    order.append(key)
                    gaps[key] = Gap(unit: records.unitName(unit.name), periods: [], due: due)
                }
                gaps[key]?.periods.append(survey.period)
            }
        }
        return order.compactMap { gaps[$0] }
    }
}

extension SKMPublicationCheck.Gap {
    /// The periods as a reader names them: `Semester II 2025`.
    var periodNames: LocalizedText {
        LocalizedText(
            id: periods.map { $0.label(.indonesian) }.joined(separator: ", "), en: periods.map { $0.label(.english) }.joined(separator: ", "))
    }

    var evidence: [RuleFinding.Evidence] {
        [.init("periods", periods.map(\.description).joined(separator: ", ")), .init("due", due.description)]
    }
}
