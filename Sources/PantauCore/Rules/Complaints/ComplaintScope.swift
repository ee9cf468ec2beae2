import PantauYAML

/// What the complaint rules share about which complaints they look at and whom a finding is
/// about.
extension EvaluationRecords {
    /// The complaints received in the period, up to the day the evaluation stands on: the
    /// complaints a period's handling is judged by.
    var complaintsOfPeriod: [Complaint] {
        (complaints?.items ?? []).filter { period.contains($0.received) && $0.received <= asOf }
    }

    /// The complaints received up to the day the evaluation stands on, in any period.
    var complaintsUpToAsOf: [Complaint] {
        (complaints?.items ?? []).filter { $0.received <= asOf }
    }

    /// The standard of the service a complaint names: by the register's ids when there is a
    /// register, else by the names as the complaint writes them.
    func standard(of complaint: Complaint) -> ServiceStandard? {
        guard let standards, let service = complaint.service else { return nil }
        if let register, let unit = register.unit(named: complaint.unit) {
            guard let known = register.service(named: service, inUnit: unit.id) else { return nil }
            return standards.standard(unitID: unit.id, serviceID: known.id)
        }
        return standards.standard(unitID: complaint.unit, serviceID: service)
    }

    /// Complaints grouped by unit, in the order first met; a finding about complaint handling
    /// is about the unit that handles them.
    func complaintsByUnit(_ complaints: [Complaint]) -> [(subject: Finding.Subject, complaints: [Complaint])] {
        grouped(complaints, byService: false)
    }

    /// Complaints grouped by unit and service (the unit alone for complaints naming no service),
    /// in the order first met; a finding about what people complain of is about the service.
    func complaintsByService(_ complaints: [Complaint]) -> [(subject: Finding.Subject, complaints: [Complaint])] {
        grouped(complaints, byService: true)
    }

    /// The complaints of the period whose category matches `words`, about services whose
    /// standard makes the promise `promised` checks; grouped by service, with the standard.
    func complaints(
        about words: CategoryWords, against promised: (ServiceStandard) -> Bool
    ) -> [(subject: Finding.Subject, standard: ServiceStandard, complaints: [Complaint])] {
        // A region's complaints use a few dozen categories: each is matched once.
        var categoryMatches: [String: Bool] = [:]
        let matching = complaintsOfPeriod.filter { complaint in
            guard let category = complaint.category else { return false }
            let matches = categoryMatches[category] ?? words.match(category)
            categoryMatches[category] = matches
            guard matches, let standard = standard(of: complaint) else { return false }
            return promised(standard)
        }
        return complaintsByService(matching).compactMap { subject, complaints in
            standard(of: complaints[0]).map { (subject, $0, complaints) }
        }
    }

    private func grouped(_ complaints: [Complaint], byService: Bool) -> [(subject: Finding.Subject, complaints: [Complaint])] {
        func subject(_ complaint: Complaint) -> Finding.Subject {
            Finding.Subject(unit: unitName(complaint.unit), service: byService ? complaint.service : nil)
        }
        // Names compare as the register compares them: `DINAS KESEHATAN` is `Dinas Kesehatan`.
        // Each spelling of a unit and service is looked up once, not once per complaint.
        var keys: [String: String] = [:]
        return groupedInOrder(complaints) { complaint in
            let written = complaint.unit + "\u{0}" + (byService ? complaint.service ?? "" : "")
            if let key = keys[written] { return key }
            let named = subject(complaint)
            let key = RecordWords.key(named.unit ?? "") + "\u{0}" + RecordWords.key(named.service ?? "")
            keys[written] = key
            return key
        }
        .map { (subject($0[0]), $0) }
    }
}

/// Items grouped by a key, each group in the order its first item was met; never an empty group.
func groupedInOrder<Element>(_ items: [Element], by key: (Element) -> String) -> [[Element]] {
    var groups: [[Element]] = []
    var positions: [String: Int] = [:]
    for item in items {
        let itemKey = key(item)
        if let position = positions[itemKey] {
            groups[position].append(item)
        } else {
            positions[itemKey] = groups.count
            groups.append([item])
        }
    }
    return groups
}

extension Complaint {
    /// Closed without being the unit's to complete: archived, or outside its authority.
    var isClosedUnhandled: Bool { status == .archived || status == .notInAuthority }
}

/// Words a complaint's category is matched against: a category matches when it contains one of
/// them, without regard to case (`biaya` matches `Biaya Pelayanan`).
struct CategoryWords: Sendable {
    let words: [String]

    init(_ words: [String]) { self.words = words.map { $0.lowercased() }.filter { !$0.isEmpty } }

    func match(_ category: String?) -> Bool {
        guard let category else { return false }
        let lowered = category.lowercased()
        return words.contains { lowered.contains($0) }
    }
}

extension CalendarDate {
    /// The day as a message writes it: `10 Desember 2025`, `10 December 2025`.
    var spelledOut: LocalizedText {
        LocalizedText(
            id: "\(day) \(CoreLabel.indonesianMonths[month - 1]) \(year)", en: "\(day) \(CoreLabel.englishMonths[month - 1]) \(year)")
    }
}
