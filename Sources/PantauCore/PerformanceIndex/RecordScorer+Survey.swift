import PantauYAML

// Kebijakan Pelayanan from the satisfaction survey (SKM) and its follow-up plan (RTL).

extension RecordScorer {
    /// 6.a.B: no responses in the period 0; a survey under another scheme or with too few
    /// respondents 1; per PermenPAN-RB 14/2017 2. Publication (3, 4) and follow-up (5) are
    /// not recorded with the survey. 7.a.T: no survey, nothing published, 0; otherwise unknown.
    func surveyScore(_ evidence: RecordEvidence, survey: SKMEvaluation, unit: SKMUnit?) -> RecordScore {
        guard let unit, let result = unit.summary.result else { return RecordScore(0, .surveyNotHeld) }
        guard evidence == .skmConducted else { return RecordScore(nil, .surveyPublicationNotRecorded(respondents: result.respondents)) }
        let followsRegulation = survey.scheme.id == SurveyScheme.permenpan14_2017.id
        let sample: SampleVerdict =
            switch unit.sample {
            case .populationUnknown: .unknown
            case .sufficient: .sufficient
            case .insufficient: .insufficient
            }
        let score = followsRegulation && sample != .insufficient ? 2 : 1
        let basis = ScoreBasis.survey(respondents: result.respondents, scheme: survey.scheme.id, followsRegulation: followsRegulation, sample: sample)
        return RecordScore(score, basis)
    }

    /// 8.a.Ak and 9.a.Ak read the follow-up plan of the unit's latest survey that ended by the
    /// end of the period (items dropped from the plan aside); an item counts as done when it was
    /// done by the end of the period.
    func followUpScore(_ evidence: RecordEvidence, items: [FollowUpItem]) -> RecordScore {
        let end = period.end
        let surveyed = items.compactMap { item -> (Period, FollowUpItem)? in
            guard case .skm(let surveyPeriod, _) = item.origin, surveyPeriod.end <= end, item.status != .dropped else { return nil }
            return (surveyPeriod, item)
        }
        guard let latest = surveyed.map(\.0).max(by: { $0.end < $1.end }) else { return RecordScore(0, .noFollowUpPlan) }
        let plan = surveyed.filter { $0.0 == latest }.map(\.1)
        let done = plan.filter { $0.status == .done && $0.done.map { $0 <= end } == true }
        let ids = plan.map(\.id)
        if evidence == .followUpShare {
            // None done 1; under 30 % 2; 30–80 % 3; over 80 % 4; all 5.
            let share = Rational(done.count, plan.count)
            let score =
                done.isEmpty ? 1 : share < Rational(3, 10) ? 2 : share <= Rational(8, 10) ? 3 : share < .one ? 4 : 5
            return RecordScore(score, .followUps(skmPeriod: latest, items: plan.count, done: done.count), records: ids)
        }
        // Speed: the whole plan done within 1, 3, 6, 9 or 12 months of the survey period's end
        // (the report comes after the period; its own date is not recorded) 5, 4, 3, 2, 1;
        // done later still 1; not all done 0.
        let lastDone = done.compactMap(\.done).max()
        guard done.count == plan.count, let lastDone else {
            return RecordScore(0, .followUpSpeed(skmPeriod: latest, items: plan.count, done: done.count, lastDone: nil, withinMonths: nil), records: ids)
        }
        let steps = [(1, 5), (3, 4), (6, 3), (9, 2), (12, 1)]
        let step = steps.first { lastDone <= latest.end.adding(months: $0.0) }
        let basis = ScoreBasis.followUpSpeed(skmPeriod: latest, items: plan.count, done: done.count, lastDone: lastDone, withinMonths: step?.0)
        return RecordScore(step?.1 ?? 1, basis, records: ids)
    }
}
