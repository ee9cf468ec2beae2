import PantauYAML

/// What the complaint rules share about which complaints they look at and whom a finding is
/// about.
extension EvaluationRecords {
    /// Which complaints a rule judges, by the day they were received: those received in the
    /// period, up to the day the evaluation stands on (the complaints a period's handling is
    /// judged by), or every one received up to that day, in any period.
    enum Received {
        case inPeriod, upToAsOf
    }

    /// The days a complaint must have been received on to be judged: from the period's start
    /// (when `.inPeriod`) to its end or the evaluation's date, whichever comes first.
    private func days(_ received: Received) -> (from: CalendarDate?, through: CalendarDate) {
        switch received {
        case .inPeriod: (period.start, min(period.end, asOf))
        case .upToAsOf: (nil, asOf)
        }
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

    /// The complaints received as `received` says and `included`, grouped by unit in the order
    /// first met; a finding about complaint handling is about the unit that handles them.
    func complaintsByUnit(
        received: Received = .inPeriod, where included: (Complaint) -> Bool = { _ in true }
    ) -> [(subject: Finding.Subject, complaints: ComplaintSelection)] {
        selected(by: complaintGroups.byUnit, byService: false, received: received, included)
    }

    /// The complaints received as `received` says and `included`, grouped by unit and service
    /// (the unit alone for complaints naming no service) in the order first met; a finding about
    /// what people complain of is about the service.
    func complaintsByService(
        received: Received = .inPeriod, where included: (Complaint) -> Bool = { _ in true }
    ) -> [(subject: Finding.Subject, complaints: ComplaintSelection)] {
        selected(by: complaintGroups.byService, byService: true, received: received, included)
    }

    /// The complaints of the period whose category matches `words`, about services whose
    /// standard makes the promise `promised` checks; grouped by service, with the standard.
    func complaints(
        about words: CategoryWords, against promised: (ServiceStandard) -> Bool
    ) -> [(subject: Finding.Subject, standard: ServiceStandard, complaints: ComplaintSelection)] {
        // A region's complaints use a few dozen categories: each is matched once.
        var matches = Memo<String, Bool> { words.match($0) }
        let matching = complaintsByService { complaint in
            guard let category = complaint.category, matches(category), let standard = standard(of: complaint) else { return false }
            return promised(standard)
        }
        return matching.compactMap { subject, complaints in
            standard(of: complaints[0]).map { (subject, $0, complaints) }
        }
    }

    /// The complaints of each group received as `received` says and `included`, the groups in the
    /// order of their first complaint so selected, each about the subject that complaint names:
    /// the same groups as grouping the selected complaints themselves would give.
    private func selected(
        by grouping: ComplaintGroups.Grouping, byService: Bool, received: Received, _ included: (Complaint) -> Bool
    ) -> [(subject: Finding.Subject, complaints: ComplaintSelection)] {
        var chosen: [[Int32]] = []
        let firsts = forEachSelected(by: grouping, received: received, included) { group, position, _ in
            if group == chosen.count { chosen.append([]) }
            chosen[group].append(Int32(position))
        }
        let items = complaints?.items ?? []
        return zip(firsts, chosen).map { first, positions in
            (subject(ofComplaintAt: first, byService: byService), ComplaintSelection(items, positions: positions))
        }
    }

    /// Goes through the complaints received as `received` says and `included`, handing each to
    /// `body` with its position and its group's place among the groups met so far (0 for the
    /// first); returns the position of each group's first complaint, in that order.
    func forEachSelected(
        by grouping: ComplaintGroups.Grouping, received: Received, _ included: (Complaint) -> Bool,
        _ body: (_ group: Int, _ position: Int, _ complaint: Complaint) -> Void
    ) -> [Int] {
        let items = complaints?.items ?? []
        let days = days(received)
        var placeOfGroup = [Int32](repeating: -1, count: grouping.count)
        var firsts: [Int] = []
        // Complaints are read in the order they lie in memory: reading 200,000 of them group by
        // group would wait on memory for each.
        for position in items.indices {
            let day = items[position].received
            guard days.from.map({ $0 <= day }) ?? true, day <= days.through, included(items[position]) else { continue }
            let group = Int(grouping.groupOf[position])
            if placeOfGroup[group] < 0 {
                placeOfGroup[group] = Int32(firsts.count)
                firsts.append(position)
            }
            body(Int(placeOfGroup[group]), position, items[position])
        }
        return firsts
    }

    /// Whom a finding about the group of a complaint is about: its unit as the register names
    /// it, and its service as the complaint writes it when grouped by service.
    func subject(ofComplaintAt position: Int, byService: Bool) -> Finding.Subject {
        let complaint = complaints!.items[position]
        return Finding.Subject(unit: unitName(complaint.unit), service: byService ? complaint.service : nil)
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
    var isClosedUnhandled: Bool { status.isClosedUnhandled }
}

// Statuses are told apart by `switch` here: a status of a raw-value enum compared with `==` goes
// through its raw text, and the complaint it is read from is copied whole for each comparison.
extension ComplaintStatus {
    /// Archived, or outside the unit's authority.
    var isClosedUnhandled: Bool {
        switch self {
        case .archived, .notInAuthority: true
        default: false
        }
    }

    /// Still being handled: received, verified or being followed up.
    var isOpen: Bool {
        switch self {
        case .received, .verified, .inProgress: true
        default: false
        }
    }
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
