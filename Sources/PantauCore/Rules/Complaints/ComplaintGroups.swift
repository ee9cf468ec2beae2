/// The complaints grouped once, when the records are put together, by the subject of the findings
/// they lead to: by unit, and by unit and service. A dozen rules read a region's 200,000
/// complaints; each picks its complaints and finds their groups here instead of copying and
/// grouping them all again.
///
/// Names compare as the register compares them: `DINAS KESEHATAN` is `Dinas Kesehatan`, and an
/// alias is its unit.
struct ComplaintGroups: Sendable {
    /// One way of grouping: each complaint's group, by its position.
    struct Grouping: Sendable {
        fileprivate(set) var groupOf: [Int32] = []
        fileprivate(set) var count = 0
    }

    private(set) var byUnit = Grouping()
    /// By unit and service; complaints naming no service make their unit's group.
    private(set) var byService = Grouping()

    init() {}

    init(_ complaints: [Complaint], unitName: (String) -> String) {
        // Each spelling of a unit and a service is turned into its group once, not once per complaint.
        var unitGroupOfSpelling: [String: Int] = [:]
        var unitGroupOfKey: [String: Int] = [:]
        var serviceGroupOfSpelling: [WrittenService: Int] = [:]
        var serviceGroupOfKey: [WrittenService: Int] = [:]
        byUnit.groupOf.reserveCapacity(complaints.count)
        byService.groupOf.reserveCapacity(complaints.count)
        for complaint in complaints {
            let unitGroup: Int
            if let known = unitGroupOfSpelling[complaint.unit] {
                unitGroup = known
            } else {
                unitGroup = byUnit.group(of: RecordWords.key(unitName(complaint.unit)), in: &unitGroupOfKey)
                unitGroupOfSpelling[complaint.unit] = unitGroup
            }
            byUnit.groupOf.append(Int32(unitGroup))

            let written = WrittenService(unitGroup: unitGroup, service: complaint.service ?? "")
            let serviceGroup: Int
            if let known = serviceGroupOfSpelling[written] {
                serviceGroup = known
            } else {
                let key = WrittenService(unitGroup: unitGroup, service: RecordWords.key(written.service))
                serviceGroup = byService.group(of: key, in: &serviceGroupOfKey)
                serviceGroupOfSpelling[written] = serviceGroup
            }
            byService.groupOf.append(Int32(serviceGroup))
        }
    }

    /// A service as a complaint writes it (or its words), within its unit's group.
    private struct WrittenService: Hashable {
        var unitGroup: Int
        var service: String
    }
}

extension ComplaintGroups.Grouping {
    /// The group of a key: the one it already has, or a new one.
    fileprivate mutating func group<Key: Hashable>(of key: Key, in groups: inout [Key: Int]) -> Int {
        if let group = groups[key] { return group }
        groups[key] = count
        count += 1
        return count - 1
    }
}

/// Some of the complaints, by their positions: one subject's, as a rule selected them.
///
/// Its own `filter`, `map` and `grouped` hand each complaint to the closure where it lies: going
/// through the collection's iterator would copy every complaint first.
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

    func filter(_ isIncluded: (Complaint) -> Bool) -> ComplaintSelection {
        let kept = complaints.withUnsafeBufferPointer { complaints in positions.filter { isIncluded(complaints[Int($0)]) } }
        return ComplaintSelection(complaints, positions: kept)
    }

    func map<T>(_ transform: (Complaint) -> T) -> [T] {
        complaints.withUnsafeBufferPointer { complaints in positions.map { transform(complaints[Int($0)]) } }
    }

    /// The complaints grouped by a key, each group in the order its first complaint came.
    func grouped(by key: (Complaint) -> String) -> [ComplaintSelection] {
        complaints.withUnsafeBufferPointer { complaints in groupedInOrder(positions) { key(complaints[Int($0)]) } }
            .map { ComplaintSelection(complaints, positions: $0) }
    }
}
