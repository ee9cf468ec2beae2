import PantauYAML

/// What counts as consulting the public on a standard, for the rules that read the participation
/// log beside the standards.
///
/// PermenPAN-RB 16/2017 has the public discuss a standard in a forum (FKP), which may take the
/// form of a hearing; a socialisation tells the public, a survey measures it: neither consults it
/// on the standard. A pipeline may count other kinds with `consultation_kinds`.
enum Consultations {
    static let defaultKinds: [ParticipationKind] = [.fkp, .dengarPendapat]

    static let kindsParameter = RuleParameter(
        "consultation_kinds", .words, default: .words(defaultKinds.map(\.rawValue)),
        help: LocalizedText(
            id: "Jenis kegiatan dalam log partisipasi yang dihitung sebagai konsultasi publik atas standar (fkp, dengar-pendapat, survei, sosialisasi, lainnya).",
            en: "The kinds of participation-log events that count as consulting the public on a standard (fkp, dengar-pendapat, survei, sosialisasi, lainnya)."))

    /// The kinds a rule's settings name; a word that names no kind matches no event.
    static func kinds(_ settings: RuleSettings) -> Set<ParticipationKind> {
        Set(settings.words(kindsParameter.key).compactMap { ParticipationKind(word: $0) })
    }

    /// How an event is cited in a finding: its id, or where it was read.
    static func reference(_ event: ParticipationEvent) -> String { event.id ?? event.source.description }

    /// How stakeholder groups are compared: by the shipped vocabulary's name for a spelling
    /// (so `disabilitas` is `penyandang disabilitas`), without regard to case and blanks.
    static func groupKey(_ name: String) -> String {
        RecordWords.key(StakeholderVocabulary.standard.group(named: name) ?? name)
    }

    static func kindList(_ kinds: Set<ParticipationKind>) -> String {
        ParticipationKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ", ")
    }
}

extension EvaluationRecords {
    /// Whether two names (ids, names or aliases) name the same unit of the register.
    func sameUnit(_ a: String, _ b: String) -> Bool {
        if let register, let first = register.unit(named: a), let second = register.unit(named: b) { return first.id == second.id }
        return RecordWords.same(a, b)
    }

    /// Whether an event is about a unit's service: held by the unit, about the service or about
    /// the unit's services as a whole (an event that names no service).
    func isAbout(_ event: ParticipationEvent, unitID: String, serviceID: String) -> Bool {
        sameUnit(event.unit, unitID) && ServiceMatch(unitID: unitID, serviceID: serviceID, register: register).matches(event.service)
    }

    /// The participation events about a standard's service, held by the evaluation date, oldest first.
    func events(about standard: ServiceStandard) -> [ParticipationEvent] {
        events(about: standard) { _ in true }
    }

    /// The events about a standard's service that `included`, held by the evaluation date, oldest
    /// first: the others are never copied.
    private func events(about standard: ServiceStandard, where included: (ParticipationEvent) -> Bool) -> [ParticipationEvent] {
        if let positions = serviceEvents.events(about: standard), let items = participation?.items {
            return items.withUnsafeBufferPointer { items in
                positions.compactMap { items[$0].date <= asOf && included(items[$0]) ? items[$0] : nil }
            }
        }
        // A standard the records do not hold: its unit's events are the same unit's by
        // `sameUnit`; the service is looked up once.
        let service = ServiceMatch(unitID: standard.unitID, serviceID: standard.serviceID, register: register)
        return events(ofUnit: standard.unitID).filter { $0.date <= asOf && service.matches($0.service) && included($0) }
    }

    /// The positions in `standards` of the standards whose service the event at a position in
    /// the log is about: `events(about:)` the other way round, ascending.
    func standardPositions(aboutEventAt position: Int) -> [Int] {
        serviceEvents.standards(aboutEventAt: position)
    }

    /// The participation events held by a unit, in the log's order (oldest first).
    func events(ofUnit unit: String) -> [ParticipationEvent] {
        guard let items = participation?.items else { return [] }
        return eventsByUnit.positions(sameUnitAs: unit).map { items[$0] }
    }

    /// The event a standard names as its consultation, by its id in the log, whoever held it.
    func namedConsultation(of standard: ServiceStandard) -> ParticipationEvent? {
        guard let reference = standard.consultation, let items = participation?.items else { return nil }
        return eventsByID[RecordWords.key(reference)].map { items[$0] }
    }

    /// The consultations of the given kinds about a standard's service or its unit as a whole,
    /// held by the evaluation date, oldest first. The FKP a standard names counts when it is one of
    /// them; one about another service is `standard.no-consultation`'s finding, not evidence here.
    func consultations(of standard: ServiceStandard, kinds: Set<ParticipationKind>) -> [ParticipationEvent] {
        events(about: standard) { kinds.contains($0.kind) }
    }
}

/// Whether the service a record of a unit names (nil: the unit's services as a whole) is a given
/// service of that unit: the same service of the register when the register knows the unit and
/// both names, else the same words. The given service is looked up once, for the many records
/// compared with it.
struct ServiceMatch {
    private let register: ServiceRegister?
    /// The register's ids of the unit and the service, when it knows them.
    private let unitID: String?
    private let serviceID: String?
    private let serviceWords: String

    init(unitID: String, serviceID: String, register: ServiceRegister?) {
        let unit = register?.unit(named: unitID)
        self.register = register
        self.unitID = unit?.id
        self.serviceID = unit.flatMap { register?.service(named: serviceID, inUnit: $0.id)?.id }
        serviceWords = RecordWords.key(serviceID)
    }

    func matches(_ service: String?) -> Bool {
        guard let service else { return true }
        if let register, let unitID, let serviceID, let named = register.service(named: service, inUnit: unitID) {
            return named.id == serviceID
        }
        return RecordWords.key(service) == serviceWords
    }
}
