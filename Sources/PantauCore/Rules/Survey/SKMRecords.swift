import PantauYAML

/// The records as the survey rules read them: a unit found across records that name it
/// differently, the surveys whose follow-up is due, and the SKM items of the follow-up plan.
struct SKMRecords {
    let records: EvaluationRecords

    init(_ records: EvaluationRecords) { self.records = records }

    /// The key a unit is matched by across records: the register's name for it (the name as
    /// written when the register does not know it), without case or extra blanks.
    func unitKey(_ reference: String) -> String { RecordWords.key(records.unitName(reference)) }

    /// The unit of a survey with at least one respondent, found by any name the register knows.
    func surveyed(_ unit: String, in survey: SKMEvaluation?) -> SKMUnit? {
        guard let survey else { return nil }
        let key = unitKey(unit)
        return survey.units.first { $0.summary.tally.respondents > 0 && unitKey($0.name) == key }
    }

    /// The surveys, of the period before and of this one, whose results should be published and
    /// followed up by `asOf`: those that ended at least `workingDays` working days before it.
    /// Earlier period first.
    func surveysDue(workingDaysAfterEnd workingDays: Int) -> [SKMEvaluation] {
        [records.previousSurvey, records.survey].compactMap { $0 }.filter {
            records.calendar.adding(workingDays: workingDays, to: $0.period.end) <= records.asOf
        }
    }

    /// The items of the follow-up plan that answer to an SKM, in the order read.
    var followUps: [FollowUpItem] {
        (records.followUps?.items ?? []).filter { $0.origin.kind == .skm }
    }

    /// The SKM items of the follow-up plan, by unit as the register names it, units in the
    /// order first met.
    var followUpsByUnit: [(unit: String, items: [FollowUpItem])] {
        groupedInOrder(followUps) { unitKey($0.unit) }.map { (records.unitName($0[0].unit), $0) }
    }
}

/// Survey figures as findings write them: two decimals, a comma in Bahasa Indonesia, and never
/// shown at or above a threshold the exact figure does not reach (an exact 76.6055 beside a
/// target of 76.61 reads 76.60, not 76.61).
struct SurveyFigures {
    /// The thresholds a shown figure must not cross by rounding: the scheme's grades and the target.
    var thresholds: [Rational]

    init(scheme: SurveyScheme, target: Rational? = nil) {
        thresholds = scheme.grades.map(\.minimumScore) + (target.map { [$0] } ?? [])
    }

    /// A score on the converted scale (25–100).
    func score(_ value: Rational) -> LocalizedText {
        Self.decimal(SurveyScheme.displayed(value, places: 2, thresholds: thresholds), places: 2)
    }

    /// The score for evidence: two decimals with a point.
    func evidence(_ value: Rational) -> String { score(value).english }

    /// A number with `places` decimals in both languages.
    static func decimal(_ value: Rational, places: Int) -> LocalizedText {
        LocalizedText(id: value.formatted(places: places, decimalSeparator: ","), en: value.formatted(places: places))
    }

    /// Texts in both languages joined with a separator.
    static func list(_ texts: [LocalizedText], separator: String = ", ") -> LocalizedText {
        LocalizedText(id: texts.map(\.indonesian).joined(separator: separator), en: texts.map(\.english).joined(separator: separator))
    }

    /// A share as a percentage with one decimal, never shown at or above `threshold` (a share)
    /// it does not reach.
    static func percent(_ share: Rational, below threshold: Rational? = nil) -> LocalizedText {
        let hundred = Rational(100)
        let shown = SurveyScheme.displayed(share * hundred, places: 1, thresholds: threshold.map { [$0 * hundred] } ?? [])
        return decimal(shown, places: 1)
    }
}

extension SurveyScheme {
    /// An element's code and name, `U3 Waktu Penyelesaian`, in both languages.
    func elementTitle(_ code: String) -> LocalizedText {
        guard let index = elementIndex(code: code) else { return LocalizedText(id: code, en: code) }
        let element = elements[index]
        return LocalizedText(id: "\(code) \(element.name)", en: "\(code) \(element.englishName)")
    }

    /// The lowest band's grade: a score in it is the worst the scheme knows (D, *Tidak Baik*).
    var lowestBand: GradeBand? { grades.min { $0.minimumScore < $1.minimumScore } }

    /// The lowest score of a grade (`B`), or nil when the scheme has no such grade.
    func minimumScore(ofGrade grade: String) -> Rational? {
        grades.first { $0.grade == grade }?.minimumScore
    }
}

