public import PantauYAML

/// What a score read from records rests on: the counts behind it, in words through the
/// catalogues (`ScoreBasis+Indonesian.swift`, `ScoreBasis+English.swift`). Counts and dates
/// only: never anything about a person.
public enum ScoreBasis: Sendable, Hashable {
    /// The pipeline imports no records of the kind the indicator needs.
    case notImported(kind: String)
    /// The register lists no services for the unit.
    case noServices
    case standards(services: Int, withStandard: Int, allComponents: Int, established: Int, withPublic: Int, reviewed: Int)
    /// Stakeholder groups at consultations on the unit's standards; consultations the standards
    /// name that the participation log does not hold.
    case participation(groups: [String], events: Int, unmatchedConsultations: Int)
    /// `fewestMedia`: the fewest media (other than SIPP Nasional) any published standard is in.
    case publication(services: Int, withStandard: Int, published: Int, deliveryComplete: Int, fewestMedia: Int, onSIPPN: Int)
    case review(services: Int, withinOneYear: Int, withinTwoYears: Int, reviewed: Int, asOf: CalendarDate)
    case maklumat(withStandard: Int, declared: Int, dated: Int)
    /// No survey responses from the unit in the period.
    case surveyNotHeld
    case survey(respondents: Int, scheme: String, followsRegulation: Bool, sample: SampleVerdict)
    /// The survey was held; where its results were published is not in any record.
    case surveyPublicationNotRecorded(respondents: Int)
    /// No follow-up plan item answers a survey of the unit.
    case noFollowUpPlan
    case followUps(skmPeriod: Period, items: Int, done: Int)
    /// `withinMonths`: the first of 1, 3, 6, 9, 12 months after the survey period within which
    /// the last item was done; nil when later.
    case followUpSpeed(skmPeriod: Period, items: Int, done: Int, lastDone: CalendarDate?, withinMonths: Int?)
    /// No complaint to the unit received in the period.
    case noComplaints
    case complaints(lapor: Int, laporFinished: Int, other: Int, otherFinished: Int)
    case innovations(total: Int, running: Int, runningOverAYear: Int)

    public func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesianText
        case .english: englishText
        }
    }
}

/// Whether a unit's survey heard enough of its users (Krejcie & Morgan).
public enum SampleVerdict: String, Sendable, Hashable, Codable {
    case sufficient, insufficient, unknown
}
