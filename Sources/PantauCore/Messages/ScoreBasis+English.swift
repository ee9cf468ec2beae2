// What a score from records rests on, in English.
import PantauYAML

extension ScoreBasis {
    var englishText: String {
        switch self {
        case .notImported(let kind): "the pipeline imports no `\(kind)` records"
        case .noServices: "the register lists no services for this unit"
        case .standards(let services, let withStandard, let allComponents, let established, let withPublic, let reviewed):
            "\(withStandard) of \(services) services have a standard; \(allComponents) with all 14 components; \(established) established; "
                + "\(withPublic) drafted with the public; \(reviewed) reviewed (monitored) at least once"
        case .participation(let groups, let events, let unmatched):
            "\(groups.count) stakeholder groups in \(events) consultations on service standards"
                + (groups.isEmpty ? "" : " (\(groups.joined(separator: ", ")))")
                + (unmatched > 0 ? "; \(unmatched) consultations named by standards are not in the participation log" : "")
        case .publication(let services, let withStandard, let published, let deliveryComplete, let fewestMedia, let onSIPPN):
            "\(withStandard) of \(services) services have a standard; \(published) published; \(deliveryComplete) with all 6 "
                + "service-delivery components; at least \(fewestMedia) media besides SIPP Nasional; \(onSIPPN) on SIPP Nasional"
        case .review(let services, let withinOneYear, let withinTwoYears, let reviewed, let asOf):
            "as of \(asOf): of \(services) services, \(withinOneYear) reviewed in the last year, \(withinTwoYears) in two years, "
                + "\(reviewed) ever reviewed"
        case .maklumat(let withStandard, let declared, let dated):
            "\(declared) of \(withStandard) standards backed by a maklumat, \(dated) with a date of establishment; whether its content "
                + "follows the regulations and where it is published are not recorded, so records give at most 2"
        case .surveyNotHeld: "no survey responses from this unit in the period"
        case .survey(let respondents, let scheme, let followsRegulation, let sample):
            "\(respondents) respondents, scheme \(scheme)"
                + (followsRegulation ? "" : " (not PermenPAN-RB 14/2017)")
                + ", sample \(sample.englishText); publication of the results is not recorded, so records give at most 2"
        case .surveyPublicationNotRecorded(let respondents):
            "the survey was held (\(respondents) respondents), but where its results were published is not recorded"
        case .noFollowUpPlan: "no follow-up plan item answers a survey of this unit"
        case .followUps(let period, let items, let done):
            "follow-up plan of the \(period.label(.english)) survey: \(done) of \(items) items done"
        case .followUpSpeed(let period, let items, let done, let lastDone, let months):
            if done < items {
                "follow-up plan of the \(period.label(.english)) survey: only \(done) of \(items) items done"
            } else if let months, let lastDone {
                "follow-up plan of the \(period.label(.english)) survey: all \(items) items done, the last on \(lastDone), within \(months) months of the survey period"
            } else {
                "follow-up plan of the \(period.label(.english)) survey: all \(items) items done, the last on \(lastDone?.description ?? "—"), more than 12 months after the survey period"
            }
        case .noComplaints: "no complaints to this unit in the period"
        case .complaints(let lapor, let laporFinished, let other, let otherFinished):
            "SP4N-LAPOR!: \(laporFinished) of \(lapor) finished; other channels: \(otherFinished) of \(other) finished"
        case .innovations(let total, let running, let over):
            "\(total) innovations registered; \(running) running (past the idea stage); \(over) running for over a year; "
                + "entry into competitions is not recorded, so records give at most 3"
        }
    }
}

extension SampleVerdict {
    var englishText: String {
        switch self {
        case .sufficient: "sufficient"
        case .insufficient: "insufficient"
        case .unknown: "not checkable (population unknown)"
        }
    }
}
