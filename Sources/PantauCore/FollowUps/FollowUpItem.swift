public import PantauYAML

/// What a follow-up plan item answers to.
public enum FollowUpOrigin: Sendable, Hashable, Codable {
    /// A weak element of a satisfaction survey: the period surveyed and the element's code (`U3`).
    case skm(period: Period, element: String)
    /// A finding of an evaluation (Monev, PEKPPP), by its reference.
    case evaluation(finding: String)
    /// An action item of a meeting, by the meeting's or the item's id.
    case meeting(reference: String)

    /// The words a follow-up plan writes for each origin.
    public enum Kind: String, RecordWord, Codable {
        case skm
        case evaluation = "evaluasi"
        case meeting = "rapat"

        public var otherSpellings: [String] {
            switch self {
            case .skm: ["survei kepuasan masyarakat", "hasil skm", "survey", "survei"]
            case .evaluation: ["evaluation", "temuan", "temuan evaluasi", "finding", "monev", "pekppp"]
            case .meeting: ["meeting", "rakor", "rapat koordinasi", "tindak lanjut rapat"]
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .skm: .skm
        case .evaluation: .evaluation
        case .meeting: .meeting
        }
    }
}

/// One item of a follow-up plan (*rencana tindak lanjut*, RTL): what a unit will do about an
/// SKM result, an evaluation finding or a meeting's decision, by when, and whether it did.
public struct FollowUpItem: Sendable, Hashable, Codable {
    public var id: String
    public var unit: String
    public var service: String?
    public var origin: FollowUpOrigin
    public var action: String
    /// The official or office in charge, as the plan names them.
    public var owner: String?
    public var planned: CalendarDate
    /// When it was done; set exactly when the status is done.
    public var done: CalendarDate?
    public var status: ActionStatus
    public var source: RecordSource

    public init(
        id: String, unit: String, service: String? = nil, origin: FollowUpOrigin, action: String, owner: String? = nil,
        planned: CalendarDate, done: CalendarDate? = nil, status: ActionStatus, source: RecordSource
    ) {
        self.id = id
        self.unit = unit
        self.service = service
        self.origin = origin
        self.action = action
        self.owner = owner
        self.planned = planned
        self.done = done
        self.status = status
        self.source = source
    }

    /// Outstanding after its planned date.
    public func isOverdue(on date: CalendarDate) -> Bool { status.isOutstanding && planned < date }

    /// Calendar days between the planned date and completion; 0 when done on time or early, nil
    /// when not done.
    public var daysLate: Int? { done.map { max(0, $0.dayNumber - planned.dayNumber) } }
}

/// The follow-up plan items a pipeline imported, in the order read.
public struct FollowUpPlan: Sendable, Hashable {
    public private(set) var items: [FollowUpItem]

    public init(_ items: [FollowUpItem]) { self.items = items }

    /// The share of items done, exactly, of those not dropped; nil when none count. The
    /// ministry's evaluation (PEKPPP) scores this share and how fast items were done.
    public var completionShare: Rational? {
        let counted = items.filter { $0.status != .dropped }
        guard !counted.isEmpty else { return nil }
        return Rational(counted.filter { $0.status == .done }.count, counted.count)
    }

    /// The items outstanding after their planned date.
    public func overdue(on date: CalendarDate) -> [FollowUpItem] { items.filter { $0.isOverdue(on: date) } }
}
