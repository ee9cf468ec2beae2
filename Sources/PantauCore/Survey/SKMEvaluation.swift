/// The community satisfaction survey (SKM) of one period, evaluated per unit, per service and
/// for the whole region (PermenPAN-RB 14/2017).
public struct SKMEvaluation: Sendable {
    public var period: Period
    public var scheme: SurveyScheme
    /// Every response of the period pooled: the region's index is computed from all answers,
    /// not averaged from unit scores, so large and small units weigh by their respondents.
    public var region: SKMGroup
    /// Units by name.
    public var units: [SKMUnit]
    public var coverage: SKMCoverage
    /// Who answered, over the whole region; nil when no response states a profile.
    public var profile: RespondentProfileSummary?

    public init(
        period: Period, scheme: SurveyScheme, region: SKMGroup, units: [SKMUnit], coverage: SKMCoverage, profile: RespondentProfileSummary? = nil
    ) {
        self.period = period
        self.scheme = scheme
        self.region = region
        self.units = units
        self.coverage = coverage
        self.profile = profile
    }
}

/// A set of responses and what they add up to.
public struct SKMGroup: Sendable, Hashable {
    public var name: String
    public var tally: SurveyTally
    /// `nil` when the group has no respondents.
    public var result: SurveyResult?

    public init(name: String, tally: SurveyTally, result: SurveyResult?) {
        self.name = name
        self.tally = tally
        self.result = result
    }
}

/// One unit (agency) with its services and its minimum-sample check.
public struct SKMUnit: Sendable, Hashable {
    public var summary: SKMGroup
    public var services: [SKMGroup]
    public var sample: SampleCheck
    /// 1 for the best exact score; equal scores share a rank (1, 2, 2, 4); nil without responses.
    public var rank: Int?
    /// Who answered; nil when no response states a profile.
    public var profile: RespondentProfileSummary?

    public init(summary: SKMGroup, services: [SKMGroup], sample: SampleCheck, rank: Int? = nil, profile: RespondentProfileSummary? = nil) {
        self.summary = summary
        self.services = services
        self.sample = sample
        self.rank = rank
        self.profile = profile
    }

    public var name: String { summary.name }
}

/// Whether a unit heard enough of its users (Krejcie & Morgan). A check, never a filter: every
/// valid response counts, however many there are.
public enum SampleCheck: Sendable, Hashable {
    /// No population of service users was given for the unit and period.
    case populationUnknown
    case sufficient(population: Int, minimum: Int, respondents: Int)
    case insufficient(population: Int, minimum: Int, respondents: Int)

    public var isInsufficient: Bool {
        if case .insufficient = self { return true }
        return false
    }
}

/// Which accepted responses the evaluation used.
public struct SKMCoverage: Sendable, Hashable {
    /// Responses dated inside the period, or undated.
    public var inPeriod: Int
    /// Accepted responses dated outside the period: kept, not evaluated in this one.
    public var outsidePeriod: Int
    /// Responses without a date (no date column mapped); counted as the period's.
    public var undated: Int

    public init(inPeriod: Int, outsidePeriod: Int, undated: Int) {
        self.inPeriod = inPeriod
        self.outsidePeriod = outsidePeriod
        self.undated = undated
    }
}
