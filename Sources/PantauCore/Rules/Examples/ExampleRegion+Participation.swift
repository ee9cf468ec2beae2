import PantauYAML

extension ExampleRegion {
    /// The groups at a consultation no rule finds fault with: the service's users, a vulnerable
    /// group, and a community figure.
    static let soundGroups = ["pengguna layanan", "penyandang disabilitas", "tokoh masyarakat"]

    /// A consultation (FKP) as the participation log records it, named as the sound standard
    /// names its consultation, in December 2025: before the standards' review in January 2026.
    static func event(
        unit: String = "DUKCAPIL", service: String? = "KTP", id: String? = nil, date: String = "2025-12-10", kind: ParticipationKind = .fkp,
        groups: [String] = soundGroups, received: Int? = 10, adopted: Int? = 6, row: Int = 2
    ) -> ParticipationEvent {
        let unitName = register.unit(named: unit)?.name ?? unit
        let serviceName = service.map { register.service(named: $0, inUnit: unit)?.name ?? $0 }
        return ParticipationEvent(
            id: id ?? "FKP-\(unit)-\(service ?? "UNIT")", date: self.date(date), unit: unitName, service: serviceName, kind: kind,
            groups: groups, participants: 30, inputsReceived: received, inputsAdopted: adopted, source: source(row, file: "partisipasi.csv"))
    }

    /// One sound consultation for each of the region's services, each named by its standard.
    static var soundParticipation: [ParticipationEvent] {
        register.services.enumerated().map { event(unit: $0.element.unitID, service: $0.element.id, row: $0.offset + 2) }
    }

    /// The sound standards with their sound consultations.
    static var soundRecords: EvaluationRecords { records.with(standards: soundStandards).with(participation: soundParticipation) }
}

extension EvaluationRecords {
    /// The records with these participation events (and no others).
    func with(participation events: [ParticipationEvent]) -> EvaluationRecords {
        var copy = self
        copy.participation = ParticipationLog(events)
        return copy
    }

    /// The records with one participation event changed (found by its id) and the rest as they are.
    func changing(event id: String, _ change: (inout ParticipationEvent) -> Void) -> EvaluationRecords {
        var items = participation?.items ?? []
        for index in items.indices where items[index].id == id { change(&items[index]) }
        return with(participation: items)
    }

    /// The records with one standard changed (found by its service id) and the rest as they are.
    func changing(standard serviceID: String, _ change: (inout ServiceStandard) -> Void) -> EvaluationRecords {
        var items = standards?.items ?? []
        for index in items.indices where items[index].serviceID == serviceID { change(&items[index]) }
        return with(standards: items)
    }
}

extension ServiceStandard {
    /// The standard with one change made: for examples.
    func changing(_ change: (inout ServiceStandard) -> Void) -> ServiceStandard {
        var copy = self
        change(&copy)
        return copy
    }
}
