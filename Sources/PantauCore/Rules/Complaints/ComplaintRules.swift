/// The rules on complaint handling, in the order the catalogue lists them: the handling steps
/// in the order a complaint meets them, then what people complain about.
enum ComplaintRules {
    static let all: [any Rule.Type] = [
        ComplaintVerificationLate.self,
        ComplaintFollowUpLate.self,
        ComplaintCompletionLate.self,
        ComplaintCompletionShareLow.self,
        ComplaintStuckOpen.self,
        ComplaintBacklog.self,
        ComplaintRecurring.self,
        ComplaintCompensationClaim.self,
        ComplaintFeeWhereFree.self,
        ComplaintTimeBeyondStandard.self,
    ]
}
