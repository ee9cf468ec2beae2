public import PantauYAML

/// Where a follow-up stands: an action item of a meeting or an item of a follow-up plan (RTL).
public enum ActionStatus: String, RecordWord, Codable {
    case open = "terbuka"
    case inProgress = "berjalan"
    case done = "selesai"
    case dropped = "dibatalkan"

    public var otherSpellings: [String] {
        switch self {
        case .open: ["open", "belum", "belum dimulai", "to do"]
        case .inProgress: ["proses", "dalam proses", "sedang berjalan", "in progress", "ongoing"]
        case .done: ["done", "tuntas", "completed", "complete"]
        case .dropped: ["batal", "dropped", "cancelled", "canceled"]
        }
    }

    /// Still to be done: open or in progress.
    public var isOutstanding: Bool { self == .open || self == .inProgress }
}

/// One thing a meeting decided someone must do: what, which unit owns it, by when, and how far
/// it has got. The next meeting reviews the items still outstanding.
public struct ActionItem: Sendable, Hashable, Codable {
    /// Stable across meetings: an item carried over to the next meeting keeps its id there.
    public var id: String
    /// What is to be done.
    public var action: String
    /// The unit responsible, as the register writes it when the pipeline imports one; nil when
    /// the minutes name none. A missing owner is a shortcoming of the meeting, not of the record:
    /// the item is kept and `meeting.action-without-owner` reports it.
    public var owner: String?
    public var due: CalendarDate?
    public var status: ActionStatus
    public var source: RecordSource

    public init(id: String, action: String, owner: String?, due: CalendarDate?, status: ActionStatus, source: RecordSource) {
        self.id = id
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.source = source
    }

    /// Outstanding after its due date. An item without a due date is never overdue.
    public func isOverdue(on date: CalendarDate) -> Bool {
        guard status.isOutstanding, let due else { return false }
        return due < date
    }
}
