public import PantauYAML

/// Everything rules may look at: the period, the date the evaluation stands on, the working-day
/// calendar, and the records a pipeline imported. A kind of record that was not imported is nil,
/// and rules that need it are not evaluated.
public struct EvaluationRecords: Sendable {
    public var period: Period
    /// The day the evaluation looks from: the period's last day, or the run's date when the
    /// period has not ended. "Overdue" means overdue on this day.
    public var asOf: CalendarDate {
        didSet { indexWorkingDays() }
    }
    public var calendar: WorkingDayCalendar {
        didSet { indexWorkingDays() }
    }
    public var register: ServiceRegister? {
        didSet { indexByUnit() }
    }
    public var standards: ServiceStandards? {
        didSet {
            indexStandards()
            indexServiceEvents()
        }
    }
    /// The survey evaluated for the period.
    public var survey: SKMEvaluation?
    /// The survey of the period before, when responses dated in it were imported.
    public var previousSurvey: SKMEvaluation?
    public var complaints: Complaints? {
        didSet {
            indexComplaints()
            indexWorkingDays()
        }
    }
    public var meetings: Meetings?
    public var participation: ParticipationLog? {
        didSet {
            indexEvents()
            indexServiceEvents()
        }
    }
    public var followUps: FollowUpPlan?
    public var innovations: InnovationRegister?
    /// Where and when units published their survey results and follow-up plans.
    public var surveyPublications: SurveyPublications?

    /// Standards and participation events by unit, and events by id (`RecordWords.key`, the
    /// first event of each): kept in step with the records they index.
    private(set) var standardsByUnit = UnitNameIndex()
    private(set) var eventsByUnit = UnitNameIndex()
    private(set) var eventsByID: [String: Int] = [:]
    /// The events about each standard's service, kept in step with both.
    private(set) var serviceEvents = ServiceEventIndex()
    /// Working days counted by table from the first complaint's receipt to the evaluation date,
    /// the days step rules count, kept in step with the calendar and the complaints.
    private(set) var workingDayTable = WorkingDayTable()
    /// Complaints by the subject of the findings they lead to, kept in step with them.
    private(set) var complaintGroups = ComplaintGroups()

    public init(
        period: Period, asOf: CalendarDate? = nil, calendar: WorkingDayCalendar = WorkingDayCalendar(), register: ServiceRegister? = nil,
        standards: ServiceStandards? = nil, survey: SKMEvaluation? = nil, previousSurvey: SKMEvaluation? = nil,
        complaints: Complaints? = nil, meetings: Meetings? = nil, participation: ParticipationLog? = nil,
        followUps: FollowUpPlan? = nil, innovations: InnovationRegister? = nil, surveyPublications: SurveyPublications? = nil
    ) {
        self.period = period
        self.asOf = asOf ?? period.end
        self.calendar = calendar
        self.register = register
        self.standards = standards
        self.survey = survey
        self.previousSurvey = previousSurvey
        self.complaints = complaints
        self.meetings = meetings
        self.participation = participation
        self.followUps = followUps
        self.innovations = innovations
        self.surveyPublications = surveyPublications
        indexByUnit()
        indexWorkingDays()
    }

    private mutating func indexByUnit() {
        // A region's complaints are grouped on one core while its standards and events are
        // indexed on another.
        let records = self
        let (complaintGroups, indexed) = inParallel {
            ComplaintGroups(records.complaints?.items ?? [], unitName: records.unitName)
        } and: {
            var indexed = records
            indexed.indexStandards()
            indexed.indexEvents()
            indexed.indexServiceEvents()
            return indexed
        }
        (standardsByUnit, eventsByUnit, eventsByID, serviceEvents) =
            (indexed.standardsByUnit, indexed.eventsByUnit, indexed.eventsByID, indexed.serviceEvents)
        self.complaintGroups = complaintGroups
    }

    private mutating func indexStandards() {
        standardsByUnit = UnitNameIndex(units: (standards?.items ?? []).map(\.unitID), register: register)
    }

    private mutating func indexEvents() {
        let events = participation?.items ?? []
        eventsByUnit = UnitNameIndex(units: events.map(\.unit), register: register)
        eventsByID = [:]
        for (position, event) in events.enumerated() {
            guard let id = event.id else { continue }
            let key = RecordWords.key(id)
            if eventsByID[key] == nil { eventsByID[key] = position }
        }
    }

    private mutating func indexServiceEvents() {
        serviceEvents = ServiceEventIndex(
            standards: standards?.items ?? [], events: participation?.items ?? [], eventsByUnit: eventsByUnit, register: register)
    }

    private mutating func indexWorkingDays() {
        let first = complaints?.items.lazy.map(\.received).min() ?? asOf
        workingDayTable = WorkingDayTable(calendar, from: min(first, asOf), through: asOf)
    }

    private mutating func indexComplaints() {
        complaintGroups = ComplaintGroups(complaints?.items ?? [], unitName: unitName)
    }

    /// Whether the records of a kind were imported.
    public func has(_ kind: RecordKind) -> Bool {
        switch kind {
        case .register: register != nil
        case .standards: standards != nil
        case .survey: survey != nil
        case .complaints: complaints != nil
        case .meetings: meetings != nil
        case .participation: participation != nil
        case .followUps: followUps != nil
        case .innovations: innovations != nil
        case .surveyPublications: surveyPublications != nil
        }
    }

    /// The unit a record names (by id, name or alias), as the register writes its name; the
    /// name as given when there is no register or the register does not know it.
    public func unitName(_ reference: String) -> String {
        register?.unit(named: reference)?.name ?? reference
    }

    /// The service's name in the register, by the register's ids.
    public func serviceName(unitID: String, serviceID: String) -> String {
        guard let unit = register?.unit(named: unitID) else { return serviceID }
        return register?.service(named: serviceID, inUnit: unit.id)?.name ?? serviceID
    }

    /// The subject of a standard: its unit's and its service's names.
    public func subject(of standard: ServiceStandard) -> Finding.Subject {
        Finding.Subject(unit: unitName(standard.unitID), service: serviceName(unitID: standard.unitID, serviceID: standard.serviceID))
    }

    /// The units to evaluate: the register's, in its order, or, without a register, every unit
    /// the records name, in the order first met.
    public var unitNames: [String] {
        if let register { return register.units.map(\.name) }
        var seen: Set<String> = []
        var names: [String] = []
        func add(_ name: String) { if seen.insert(RecordWords.key(name)).inserted { names.append(name) } }
        standards?.items.forEach { add($0.unitID) }
        survey?.units.forEach { add($0.name) }
        complaints?.items.forEach { add($0.unit) }
        participation?.items.forEach { add($0.unit) }
        followUps?.items.forEach { add($0.unit) }
        innovations?.items.forEach { add($0.unit) }
        return names
    }
}
