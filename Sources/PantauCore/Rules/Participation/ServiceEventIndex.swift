/// Which participation events are about which standards' services, found once for all the rules
/// that ask: each would otherwise compare every standard with every event of its unit, 10,000
/// standards by a hundred events each, looking names up every time.
///
/// An event is about a standard's service when its unit is the standard's (`sameUnit`) and it
/// names the service or no service at all (`ServiceMatch`); here that is decided once per
/// spelling of a service in a unit's events rather than once per event.
struct ServiceEventIndex: Sendable {
    /// Standards' positions by the unit and service they write.
    private var standardOfService: [WrittenService: Int] = [:]
    /// For each standard, the positions in the log of the events about its service, ascending.
    private var eventsOfStandard: [[Int]] = []
    /// For each event in the log, the positions of the standards it is about, ascending.
    private var standardsOfEvent: [[Int]] = []

    init() {}

    init(standards: [ServiceStandard], events: [ParticipationEvent], eventsByUnit: UnitNameIndex, register: ServiceRegister?) {
        var spellingsOfUnit: [String: [ServiceSpelling]] = [:]
        standardsOfEvent = Array(repeating: [], count: events.count)
        for (position, standard) in standards.enumerated() {
            standardOfService[WrittenService(unit: standard.unitID, service: standard.serviceID)] = position
            let spellings = spellingsOfUnit[standard.unitID] ?? Self.spellings(
                of: eventsByUnit.positions(sameUnitAs: standard.unitID), in: events, unit: standard.unitID, register: register)
            spellingsOfUnit[standard.unitID] = spellings
            // `ServiceMatch.matches`, with what it looks up for each event already looked up.
            let unitID = register?.unit(named: standard.unitID)?.id
            let serviceID = unitID.flatMap { register?.service(named: standard.serviceID, inUnit: $0)?.id }
            let words = RecordWords.key(standard.serviceID)
            let about = spellings.filter { spelling in
                guard let spelled = spelling.words else { return true }
                if let serviceID, let registered = spelling.registered { return registered == serviceID }
                return spelled == words
            }
            .flatMap(\.positions).sorted()
            eventsOfStandard.append(about)
            for event in about { standardsOfEvent[event].append(position) }
        }
    }

    /// The positions of the events about a standard's service; nil for a standard the index
    /// does not hold.
    func events(about standard: ServiceStandard) -> [Int]? {
        standardOfService[WrittenService(unit: standard.unitID, service: standard.serviceID)].map { eventsOfStandard[$0] }
    }

    /// The positions of the standards the event at a position in the log is about.
    func standards(aboutEventAt position: Int) -> [Int] {
        standardsOfEvent.indices.contains(position) ? standardsOfEvent[position] : []
    }

    /// A unit's events by the service each names, as the register knows it in the unit and by its words.
    private static func spellings(
        of unitEvents: [Int], in events: [ParticipationEvent], unit: String, register: ServiceRegister?
    ) -> [ServiceSpelling] {
        let unitID = register?.unit(named: unit)?.id
        return groupedInOrder(unitEvents) { events[$0].service.map { "+" + $0 } ?? "" }.map { group in
            guard let service = events[group[0]].service else { return ServiceSpelling(words: nil, registered: nil, positions: group) }
            let registered = unitID.flatMap { register?.service(named: service, inUnit: $0)?.id }
            return ServiceSpelling(words: RecordWords.key(service), registered: registered, positions: group)
        }
    }

    private struct WrittenService: Hashable {
        var unit: String
        var service: String
    }

    /// The events naming one spelling of a service (none: the unit's services as a whole).
    private struct ServiceSpelling {
        /// The service's words; nil for events naming no service.
        var words: String?
        /// The register's id of the service within the unit, when it knows it.
        var registered: String?
        var positions: [Int]
    }
}
