/// The complaints grouped once, when the records are put together, by the subject of the findings
/// they lead to: by unit, and by unit and service. A group holds positions in the complaints, not copies:
/// a region's 200,000 complaints are read by a dozen rules, and each rule picks its complaints
/// from these groups instead of filtering, copying and grouping them all again.
///
/// Names compare as the register compares them: `DINAS KESEHATAN` is `Dinas Kesehatan`, and an
/// alias is its unit.
struct ComplaintGroups: Sendable {
    /// The positions of one subject's complaints, ascending.
    typealias Positions = [Int32]

    private(set) var byUnit: [Positions] = []
    /// By unit and service; complaints naming no service make their unit's group.
    private(set) var byService: [Positions] = []

    init() {}

    init(_ complaints: [Complaint], unitName: (String) -> String) {
        // Each spelling of a unit and a service is turned into its group once, not once per complaint.
        var unitGroupOfSpelling: [String: Int] = [:]
        var unitGroupOfKey: [String: Int] = [:]
        var serviceGroupOfSpelling: [WrittenService: Int] = [:]
        var serviceGroupOfKey: [WrittenService: Int] = [:]
        for (position, complaint) in complaints.enumerated() {
            let unitGroup: Int
            if let known = unitGroupOfSpelling[complaint.unit] {
                unitGroup = known
            } else {
                unitGroup = Self.group(of: RecordWords.key(unitName(complaint.unit)), in: &unitGroupOfKey, count: byUnit.count)
                unitGroupOfSpelling[complaint.unit] = unitGroup
            }
            if unitGroup == byUnit.count { byUnit.append([]) }
            byUnit[unitGroup].append(Int32(position))

            let written = WrittenService(unitGroup: unitGroup, service: complaint.service ?? "")
            let serviceGroup: Int
            if let known = serviceGroupOfSpelling[written] {
                serviceGroup = known
            } else {
                let key = WrittenService(unitGroup: unitGroup, service: RecordWords.key(written.service))
                serviceGroup = Self.group(of: key, in: &serviceGroupOfKey, count: byService.count)
                serviceGroupOfSpelling[written] = serviceGroup
            }
            if serviceGroup == byService.count { byService.append([]) }
            byService[serviceGroup].append(Int32(position))
        }
    }

    /// The group of a key: the one it already has, or the next, `count`.
    private static func group<Key: Hashable>(of key: Key, in groups: inout [Key: Int], count: Int) -> Int {
        if let group = groups[key] { return group }
        groups[key] = count
        return count
    }

    /// A service as a complaint writes it (or its words), within its unit's group.
    private struct WrittenService: Hashable {
        var unitGroup: Int
        var service: String
    }
}

/// Some of the complaints, by their positions: one subject's, as a rule selected them.
struct ComplaintSelection: RandomAccessCollection, Sendable {
    private let complaints: [Complaint]
    let positions: [Int32]

    init(_ complaints: [Complaint], positions: [Int32]) {
        self.complaints = complaints
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(index: Int) -> Complaint { complaints[Int(positions[index])] }

    /// The complaints grouped by a key, each group in the order its first complaint came.
    func grouped(by key: (Complaint) -> String) -> [ComplaintSelection] {
        groupedInOrder(positions) { key(complaints[Int($0)]) }.map { ComplaintSelection(complaints, positions: $0) }
    }
}
