/// How far an innovation has come.
public enum InnovationStage: String, RecordWord, Codable {
    case idea = "ide"
    case trial = "uji-coba"
    case implementation = "penerapan"
    case replication = "replikasi"

    public var otherSpellings: [String] {
        switch self {
        case .idea: ["inisiatif", "gagasan", "idea", "initiative"]
        case .trial: ["ujicoba", "pilot", "trial"]
        case .implementation: ["implementasi", "diterapkan", "implementation"]
        case .replication: ["direplikasi", "replication"]
        }
    }
}

/// One entry of the agencies' innovation register. "One agency, one innovation" asks every
/// agency for at least one new public-service innovation a year (PermenPAN-RB 91/2021), and the
/// ministry's criteria ask that innovations be sustained and replicated, not one-offs.
public struct Innovation: Sendable, Hashable, Codable {
    public var id: String?
    public var name: String
    public var unit: String
    public var service: String?
    /// The year the innovation was started.
    public var year: Int
    public var stage: InnovationStage
    /// Taken up by other units or regions.
    public var replicated: Bool
    /// Still running.
    public var sustained: Bool
    public var source: RecordSource

    public init(
        id: String? = nil, name: String, unit: String, service: String? = nil, year: Int, stage: InnovationStage, replicated: Bool,
        sustained: Bool, source: RecordSource
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.service = service
        self.year = year
        self.stage = stage
        self.replicated = replicated
        self.sustained = sustained
        self.source = source
    }
}

/// The innovations a pipeline imported, in the order read.
public struct InnovationRegister: Sendable, Hashable {
    public private(set) var items: [Innovation]
    /// The positions of each unit's innovations, by `RecordWords.key`: rules ask per unit.
    private var positionsByUnit: [String: [Int]] = [:]

    public init(_ items: [Innovation]) {
        self.items = items
        for (position, item) in items.enumerated() { positionsByUnit[RecordWords.key(item.unit), default: []].append(position) }
    }

    public func innovations(ofUnit unit: String) -> [Innovation] {
        (positionsByUnit[RecordWords.key(unit)] ?? []).map { items[$0] }
    }

    /// The units, of those given, that started no innovation in a year: the ones "one agency,
    /// one innovation" finds short.
    public func units(_ units: [String], withoutInnovationIn year: Int) -> [String] {
        let started = Set(items.filter { $0.year == year }.map { RecordWords.key($0.unit) })
        return units.filter { !started.contains(RecordWords.key($0)) }
    }

    /// Innovations started before a year and no longer running.
    public func notSustained(startedBefore year: Int) -> [Innovation] {
        items.filter { $0.year < year && !$0.sustained }
    }
}
