import PantauCore
import PantauPipeline
import PantauYAML

/// Gathers the records rules read from the datasets a stage received: the survey of the period
/// (and of the period before, when responses dated in it were imported), and every other kind
/// merged across the stages that produced it.
struct EvaluationRecordsAssembly {
    let inputs: Datasets
    let period: Period
    let calendar: WorkingDayCalendar

    func records(asOf: CalendarDate) -> EvaluationRecords {
        let registers = inputs.all(ServiceRegister.self) as [ServiceRegister]
        let standards = inputs.all(ServiceStandards.self) as [ServiceStandards]
        let complaints = inputs.all(Complaints.self) as [Complaints]
        let meetings = inputs.all(Meetings.self) as [Meetings]
        let participation = inputs.all(ParticipationLog.self) as [ParticipationLog]
        let followUps = inputs.all(FollowUpPlan.self) as [FollowUpPlan]
        let innovations = inputs.all(InnovationRegister.self) as [InnovationRegister]
        let publications = inputs.all(SurveyPublications.self) as [SurveyPublications]
        let surveys = self.surveys()
        return EvaluationRecords(
            period: period, asOf: asOf, calendar: calendar,
            register: registers.first,
            standards: merged(standards) { ServiceStandards($0.flatMap(\.items)) },
            survey: surveys.current, previousSurvey: surveys.previous,
            complaints: merged(complaints) { Complaints($0.flatMap(\.items)) },
            meetings: merged(meetings) { Meetings($0.flatMap(\.items)) },
            participation: merged(participation) { ParticipationLog($0.flatMap(\.items)) },
            followUps: merged(followUps) { FollowUpPlan($0.flatMap(\.items)) },
            innovations: merged(innovations) { InnovationRegister($0.flatMap(\.items)) },
            surveyPublications: merged(publications) { SurveyPublications($0.flatMap(\.items)) })
    }

    /// The records of one kind that stages produced, merged; the one dataset itself when one
    /// stage produced them, already in order: copying 200,000 complaints into a new one, or
    /// sorting a log again, would change nothing.
    private func merged<Records>(_ datasets: [Records], _ merge: ([Records]) -> Records) -> Records? {
        switch datasets.count {
        case 0: nil
        case 1: datasets[0]
        default: merge(datasets)
        }
    }

    /// The period's survey as `evaluate.skm` computed it (or computed here from the responses),
    /// and the previous period's when responses dated in it were imported.
    private func surveys() -> (current: SKMEvaluation?, previous: SKMEvaluation?) {
        let evaluated = (inputs.all(SKMEvaluation.self) as [SKMEvaluation]).first { $0.period == period }
        let batches = inputs.all(SurveyResponses.self) as [SurveyResponses]
        guard var responses = batches.first else { return (evaluated, nil) }
        for batch in batches.dropFirst() where batch.scheme == responses.scheme { responses.append(contentsOf: batch) }
        let populations = (inputs.all(ServicePopulations.self) as [ServicePopulations]).flatMap(\.items)
        let evaluator = SKMEvaluator()
        let current = evaluated ?? evaluator.evaluate(responses, populations: populations, period: period)
        let previous = evaluator.evaluate(responses, populations: populations, period: period.previous)
        // Undated responses count in every period; they say nothing about the one before.
        let datedInPrevious = previous.coverage.inPeriod - previous.coverage.undated
        return (current.coverage.inPeriod > 0 ? current : nil, datedInPrevious > 0 && period.previous != period ? previous : nil)
    }
}
