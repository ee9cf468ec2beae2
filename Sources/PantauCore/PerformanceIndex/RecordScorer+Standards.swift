import PantauYAML

// Kebijakan Pelayanan from service standards and the participation log. A unit is judged on
// every service the register lists for it, as the standards stood at the end of the period
// (a date after it does not count); a service without a standard holds the unit at level 1 at
// most, since the rubric asks for a standard for every service.

extension RecordScorer {
    /// Names under which standards are published on SIPP Nasional, the national register.
    static let sippnNames: Set<String> = Set(
        ["SIPP Nasional", "SIPPN", "SIPP", "sipp.menpan.go.id", "Sistem Informasi Pelayanan Publik Nasional"].map(RecordWords.key))

    func standardScore(_ evidence: RecordEvidence, unit: IndexUnit) -> RecordScore {
        guard let register = records.register, let standards = records.standards else {
            return RecordScore(nil, .notImported(kind: RecordEvidence.standardComplete.datasetKind))
        }
        guard let registered = register.unit(named: unit.id ?? unit.name) else { return RecordScore(nil, .noServices) }
        let services = servicesByUnitID[registered.id] ?? []
        guard !services.isEmpty else { return RecordScore(nil, .noServices) }
        let held = services.compactMap { standards.standard(unitID: registered.id, serviceID: $0.id) }
        let ids = held.map { "\($0.unitID)/\($0.serviceID)" }
        let end = period.end
        switch evidence {
        case .standardComplete:
            let forums = servicesWithPublicForum(unit: registered, register: register)
            let drafted = held.map { $0.consultation != nil || forums.contains($0.serviceID) }
            let involved = zip(held, drafted).filter(\.1).map(\.0)
            let levels = zip(held, drafted).map { standard, drafted -> Int in
                guard standard.missingComponents.isEmpty else { return 1 }
                guard standard.established.map({ $0 <= end }) == true else { return 2 }
                guard drafted else { return 3 }
                return reviewDate(standard) == nil ? 4 : 5
            }
            let basis = ScoreBasis.standards(
                services: services.count, withStandard: held.count, allComponents: held.filter(\.missingComponents.isEmpty).count,
                established: held.filter { $0.established.map { $0 <= end } == true }.count, withPublic: involved.count,
                reviewed: held.filter { reviewDate($0) != nil }.count)
            return RecordScore(unitLevel(levels, services: services.count), basis, records: ids)
        case .standardPublication:
            let media = held.map { mediaCounts($0) }
            let levels = zip(held, media).map { standard, media in publicationLevel(standard, others: media.others, onSIPPN: media.onSIPPN) }
            let published = zip(held, media).filter { $0.0.published }
            let basis = ScoreBasis.publication(
                services: services.count, withStandard: held.count, published: published.count,
                deliveryComplete: published.filter { Self.hasDeliveryComponents($0.0) }.count,
                fewestMedia: published.map(\.1.others).min() ?? 0, onSIPPN: published.filter(\.1.onSIPPN).count)
            return RecordScore(unitLevel(levels, services: services.count), basis, records: ids)
        case .standardReview:
            let reviews = services.map { service in standards.standard(unitID: registered.id, serviceID: service.id).flatMap { reviewDate($0) } }
            let withinOne = reviews.filter { $0.map { $0 >= end.adding(months: -12) } == true }.count
            let withinTwo = reviews.filter { $0.map { $0 >= end.adding(months: -24) } == true }.count
            let reviewed = reviews.filter { $0 != nil }.count
            let all = services.count
            // The rubric's levels, highest first: yearly for all, yearly for some, two-yearly for
            // all, two-yearly for some, ever for all.
            let score =
                withinOne == all ? 5 : withinOne > 0 ? 4 : withinTwo == all ? 3 : withinTwo > 0 ? 2 : reviewed == all ? 1 : 0
            let basis = ScoreBasis.review(services: all, withinOneYear: withinOne, withinTwoYears: withinTwo, reviewed: reviewed, asOf: end)
            return RecordScore(score, basis, records: ids)
        default:
            // The maklumat: one backs all of a unit's services, so the best-backed standard counts.
            let declared = held.filter(\.maklumat)
            let dated = declared.filter { $0.maklumatDate.map { $0 <= end } == true }
            let score = !dated.isEmpty ? 2 : !declared.isEmpty ? 1 : 0
            return RecordScore(score, .maklumat(withStandard: held.count, declared: declared.count, dated: dated.count), records: ids)
        }
    }

    /// The lowest level among the standards; with a service lacking a standard, at most 1.
    private func unitLevel(_ levels: [Int], services: Int) -> Int {
        guard let lowest = levels.min() else { return 0 }
        return levels.count < services ? min(lowest, 1) : lowest
    }

    /// The last review on or before the end of the period.
    private func reviewDate(_ standard: ServiceStandard) -> CalendarDate? {
        standard.lastReviewed.flatMap { $0 <= period.end ? $0 : nil }
    }

    /// The services of a unit that the participation log holds a public consultation forum
    /// (FKP) on by the end of the period: a standard of one was drafted with the public, as is
    /// one that names its consultation. Found once per unit, not once per standard.
    private func servicesWithPublicForum(unit: ServiceRegister.Unit, register: ServiceRegister) -> Set<String> {
        var services: Set<String> = []
        // Events the register finds to be the unit's are grouped under its name (see `unitKey`);
        // they are read in place.
        let events = eventsByUnit[NameInterner.key(unit.name)] ?? []
        for position in events.indices where events[position].kind == .fkp && events[position].date <= period.end {
            guard register.unit(named: events[position].unit)?.id == unit.id, let service = events[position].service,
                let id = register.service(named: service, inUnit: unit.id)?.id
            else { continue }
            services.insert(id)
        }
        return services
    }

    static func hasDeliveryComponents(_ standard: ServiceStandard) -> Bool {
        StandardComponent.allCases.filter { $0.part == .delivery }.allSatisfy(standard.has)
    }

    /// The distinct media a standard is published in besides SIPP Nasional, and whether it is on it.
    private func mediaCounts(_ standard: ServiceStandard) -> (others: Int, onSIPPN: Bool) {
        let keys = Set(standard.publishedIn.map(RecordWords.key))
        let onSIPPN = !keys.isDisjoint(with: Self.sippnNames)
        return (keys.subtracting(Self.sippnNames).count, onSIPPN)
    }

    /// 3.a.T: not published 0; service-delivery components incomplete (or a single medium) 1;
    /// two or more media without SIPP Nasional, or one with it, 2; on SIPP Nasional and in 2, 3,
    /// 4 or more other media: 3, 4, 5.
    private func publicationLevel(_ standard: ServiceStandard, others: Int, onSIPPN: Bool) -> Int {
        guard standard.published else { return 0 }
        guard Self.hasDeliveryComponents(standard) else { return 1 }
        if onSIPPN && others >= 2 { return min(others + 1, 5) }
        return others + (onSIPPN ? 1 : 0) >= 2 ? 2 : 1
    }

    /// 2.a.P: the stakeholder groups at consultations on the unit's standards — its public
    /// consultation forums (FKP), and any event a standard names as its consultation — by the
    /// end of the period: one group 1, … more than four 5. The rubric counts five kinds of
    /// participants (users, experts, agencies, civil society, media); records name groups.
    func participation(events: [ParticipationEvent], unit: IndexUnit) -> RecordScore {
        var named: Set<String> = []
        if let register = records.register, records.standards != nil, let registered = register.unit(named: unit.id ?? unit.name) {
            named = Set((standardsByUnitID[registered.id] ?? []).compactMap(\.consultation).map(RecordWords.key))
        }
        let relevant = events.filter { event in
            event.date <= period.end && (event.kind == .fkp || event.id.map { named.contains(RecordWords.key($0)) } == true)
        }
        var seen: Set<String> = []
        let groups = relevant.flatMap(\.groups).filter { seen.insert(RecordWords.key($0)).inserted }
        // Counted one by one: `subtracting` would go through every id the log holds, for every unit.
        let unmatched = named.count { !loggedEventIDs.contains($0) }
        let basis = ScoreBasis.participation(groups: groups, events: relevant.count, unmatchedConsultations: unmatched)
        let ids = relevant.map { $0.id ?? $0.source.description }
        // Consultations the log does not hold may have had any number of groups: no score.
        if groups.isEmpty, unmatched > 0 { return RecordScore(nil, basis, records: ids) }
        return RecordScore(min(groups.count, PerformanceInstrument.scores.upperBound), basis, records: ids)
    }
}
