/// The rules on the community satisfaction survey (SKM) and its follow-up plan, in the order the catalogue lists them.
enum SurveyRules {
    static let all: [any Rule.Type] = [
        SKMMissing.self,
        SKMFewRespondents.self,
        SKMBelowTarget.self,
        SKMWeakElements.self,
        SKMDecline.self,
        SKMResultsNotPublished.self,
        SKMFollowUpMissing.self,
        SKMFollowUpNotPublished.self,
        SKMFollowUpOverdue.self,
        SKMFollowUpNotDone.self,
    ]
}
