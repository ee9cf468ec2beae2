import PantauYAML

/// The imported records an index can read scores from; any of them may be absent.
public struct IndexRecords: Sendable {
    public var register: ServiceRegister?
    public var standards: ServiceStandards?
    public var participation: ParticipationLog?
    public var survey: SKMEvaluation?
    public var followUps: FollowUpPlan?
    public var complaints: Complaints?
    public var innovations: InnovationRegister?
    /// The complaint channels that are SP4N-LAPOR! itself (its website, SMS 1708, its app…);
    /// the instrument ranks complaints handled through LAPOR! above other channels.
    public var laporChannels: [String]

    public init(
        register: ServiceRegister? = nil, standards: ServiceStandards? = nil, participation: ParticipationLog? = nil,
        survey: SKMEvaluation? = nil, followUps: FollowUpPlan? = nil, complaints: Complaints? = nil,
        innovations: InnovationRegister? = nil, laporChannels: [String] = IndexRecords.defaultLaporChannels
    ) {
        self.register = register
        self.standards = standards
        self.participation = participation
        self.survey = survey
        self.followUps = followUps
        self.complaints = complaints
        self.innovations = innovations
        self.laporChannels = laporChannels
    }

    /// The channels of SP4N-LAPOR! as exports name them.
    public static let defaultLaporChannels = [
        "SP4N-LAPOR!", "LAPOR!", "lapor.go.id", "Website", "SMS 1708", "Aplikasi Mobile", "Twitter", "Media Sosial",
    ]

    /// The units to evaluate: the register's, in its order; without a register, every unit the
    /// records and the assessor's scores name, in the order first met.
    public func units(assessed: [AssessorScore]) -> [IndexUnit] {
        if let register { return register.units.map { IndexUnit(id: $0.id, name: $0.name) } }
        var seen: Set<String> = []
        var units: [IndexUnit] = []
        let names =
            assessed.map(\.unit) + (survey?.units.map(\.name) ?? []) + (followUps?.items.map(\.unit) ?? [])
            + (complaints?.items.map(\.unit) ?? []) + (participation?.items.map(\.unit) ?? []) + (innovations?.items.map(\.unit) ?? [])
        for name in names where seen.insert(NameInterner.key(name)).inserted {
            units.append(IndexUnit(name: name))
        }
        return units
    }
}

/// Reads indicator scores from records, each evidence onto its rubric's levels, as far as the
/// records can show them (the mappings are documented in docs/index-pekppp.md). Records are
/// grouped by unit once; a unit's records are found by its name as the register writes it.
public struct RecordScorer: Sendable {
    let records: IndexRecords
    let period: Period
    private let laporChannels: Set<String>
    private let followUpsByUnit: [String: [FollowUpItem]]
    private let complaintsByUnit: [String: [Complaint]]
    let eventsByUnit: [String: [ParticipationEvent]]
    /// The ids the participation log holds (`RecordWords.key`).
    let loggedEventIDs: Set<String>
    private let innovationsByUnit: [String: [Innovation]]
    private let surveyByUnit: [String: SKMUnit]
    /// The register's services and the standards of each unit, by unit id, in their order:
    /// looked up for every unit and indicator, which a search through all of them made slow.
    let servicesByUnitID: [String: [ServiceRegister.Service]]
    let standardsByUnitID: [String: [ServiceStandard]]

    public init(records: IndexRecords, period: Period) {
        self.records = records
        self.period = period
        self.laporChannels = Set(records.laporChannels.map(RecordWords.key))
        // Records name a few hundred units over and over: each name's key is worked out once.
        var keys: [String: String] = [:]
        let key = { (name: String) in
            if let known = keys[name] { return known }
            let found = Self.unitKey(name, register: records.register)
            keys[name] = found
            return found
        }
        followUpsByUnit = Dictionary(grouping: records.followUps?.items ?? [], by: { key($0.unit) })
        complaintsByUnit = Dictionary(grouping: records.complaints?.items ?? [], by: { key($0.unit) })
        eventsByUnit = Dictionary(grouping: records.participation?.items ?? [], by: { key($0.unit) })
        loggedEventIDs = Set((records.participation?.items ?? []).compactMap(\.id).map(RecordWords.key))
        innovationsByUnit = Dictionary(grouping: records.innovations?.items ?? [], by: { key($0.unit) })
        surveyByUnit = Dictionary((records.survey?.units ?? []).map { (key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        servicesByUnitID = Dictionary(grouping: records.register?.services ?? [], by: \.unitID)
        standardsByUnitID = Dictionary(grouping: records.standards?.items ?? [], by: \.unitID)
    }

    /// A record's unit, as the register names it when the register knows the name.
    static func unitKey(_ name: String, register: ServiceRegister?) -> String {
        NameInterner.key(register?.unit(named: name)?.name ?? name)
    }

    /// The score the records give an indicator of a unit.
    public func score(_ evidence: RecordEvidence, unit: IndexUnit) -> RecordScore {
        let key = Self.unitKey(unit.name, register: records.register)
        switch evidence {
        case .standardComplete, .standardPublication, .standardReview, .maklumat:
            return standardScore(evidence, unit: unit)
        case .standardParticipation:
            guard records.participation != nil else { return RecordScore(nil, .notImported(kind: evidence.datasetKind)) }
            return participation(events: eventsByUnit[key] ?? [], unit: unit)
        case .skmConducted, .skmPublication:
            guard let survey = records.survey else { return RecordScore(nil, .notImported(kind: evidence.datasetKind)) }
            return surveyScore(evidence, survey: survey, unit: surveyByUnit[key])
        case .followUpShare, .followUpSpeed:
            guard records.followUps != nil else { return RecordScore(nil, .notImported(kind: evidence.datasetKind)) }
            return followUpScore(evidence, items: followUpsByUnit[key] ?? [])
        case .complaintCompletion:
            guard records.complaints != nil else { return RecordScore(nil, .notImported(kind: evidence.datasetKind)) }
            return complaintScore(complaintsByUnit[key] ?? [])
        case .innovation:
            guard records.innovations != nil else { return RecordScore(nil, .notImported(kind: evidence.datasetKind)) }
            return innovationScore(innovationsByUnit[key] ?? [])
        }
    }

    func isLapor(_ channel: String?) -> Bool {
        channel.map { laporChannels.contains(RecordWords.key($0)) } ?? false
    }
}
