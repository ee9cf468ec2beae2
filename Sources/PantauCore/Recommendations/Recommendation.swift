public import PantauYAML

/// What a unit should do about a finding: the action, who owns it, by when, and how urgent.
///
/// Its id is derived from the rule and the subject alone, so the same shortfall found again next
/// period is recognisably the same item: a bureau can follow it from one Monev to the next.
public struct Recommendation: Sendable, Hashable, Codable {
    /// How soon the owner should act, from the finding's severity.
    public enum Priority: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case urgent = 1, high, normal, low

        public init(_ severity: Finding.Severity) {
            switch severity {
            case .critical: self = .urgent
            case .major: self = .high
            case .minor: self = .normal
            case .info: self = .low
            }
        }

        public var title: LocalizedText {
            switch self {
            case .urgent: LocalizedText(id: "segera", en: "urgent")
            case .high: LocalizedText(id: "tinggi", en: "high")
            case .normal: LocalizedText(id: "sedang", en: "normal")
            case .low: LocalizedText(id: "rendah", en: "low")
            }
        }

        public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `REK-` and eight hex digits: stable for a rule and a subject across periods and runs.
    public var id: String
    public var rule: String
    public var subject: Finding.Subject
    /// The unit responsible: the subject's unit, or the bureau for findings about the region.
    public var owner: String
    /// What to do, with the figures filled in, in the reader's language.
    public var action: String
    /// The finding it answers, in the reader's language.
    public var finding: String
    public var regulation: String?
    public var severity: Finding.Severity
    public var priority: Priority
    public var due: CalendarDate
    /// The records behind the finding.
    public var records: [String]

    public init(
        id: String, rule: String, subject: Finding.Subject, owner: String, action: String, finding: String, regulation: String?,
        severity: Finding.Severity, priority: Priority, due: CalendarDate, records: [String]
    ) {
        self.id = id
        self.rule = rule
        self.subject = subject
        self.owner = owner
        self.action = action
        self.finding = finding
        self.regulation = regulation
        self.severity = severity
        self.priority = priority
        self.due = due
        self.records = records
    }

    /// The stable id of the recommendation for a rule and a subject: FNV-1a (64-bit) over the
    /// rule id and the subject's names compared as records compare names (case and blanks aside).
    /// Not a secret, only a short name that does not change; written out so that it never
    /// depends on Swift's per-process hash seed.
    public static func id(rule: String, subject: Finding.Subject) -> String {
        // Over `rule␟unit␟service` in their keyed words, a name at a time: joining them first
        // would make a string for every finding only to hash it.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for (index, name) in [rule, subject.unit ?? "", subject.service ?? ""].enumerated() {
            if index > 0 { add(0x1F) }
            RecordWords.key(name).utf8.forEach(add)
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16, uppercase: true)
        return "REK-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// The recommendations of a run, grouped by the unit that owns them.
public struct RecommendationPlan: Sendable, Hashable {
    public struct UnitPlan: Sendable, Hashable {
        public var owner: String
        /// Most urgent first, then the earliest due, then by id.
        public var items: [Recommendation]
    }

    public private(set) var items: [Recommendation]

    public init(_ items: [Recommendation]) {
        var items = items
        self.init(ordering: &items)
    }

    /// The plan of these recommendations, put in order where they are: a recommender's own list
    /// is not copied.
    init(ordering items: inout [Recommendation]) {
        // Sorting 50,000 recommendations would move big values and compare owners' names again
        // and again: the few hundred owners are ranked once, and positions sorted by small keys.
        let owners = Set(items.map(\.owner)).sorted()
        let ownerRank = Dictionary(uniqueKeysWithValues: owners.enumerated().map { ($1, $0) })
        let keys = items.map { (owner: ownerRank[$0.owner]!, priority: $0.priority, due: $0.due, id: $0.id) }
        let order = keys.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            return (x.owner, x.priority, x.due, x.id, a) < (y.owner, y.priority, y.due, y.id, b)
        }
        items.arrange(in: order)
        self.items = items
    }

    /// Per owner, in the order owners first appear (alphabetical, the region's bureau included).
    public var byOwner: [UnitPlan] {
        var plans: [UnitPlan] = []
        for item in items {
            if plans.last?.owner == item.owner { plans[plans.count - 1].items.append(item) } else { plans.append(UnitPlan(owner: item.owner, items: [item])) }
        }
        return plans
    }
}
