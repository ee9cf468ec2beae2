public import PantauYAML

/// One complaint, aspiration or request from SP4N-LAPOR! or a local channel (UU 25/2009;
/// Perpres 76/2013; PermenPAN-RB 62/2018).
///
/// It holds no personal data: not the reporter's name, phone number, NIK, e-mail or address
/// (UU 27/2022). At most a `reporterKey`, a salted one-way pseudonym, lets reports count how
/// often the same person complained without knowing who they are.
public struct Complaint: Sendable, Hashable, Codable {
    /// The tracking id, such as LAPOR!'s seven-digit number (without the `#` its pages show).
    public var id: String
    /// Where it came in: `Website`, `SMS 1708`, `WhatsApp`, a desk…
    public var channel: String?
    public var classification: ComplaintClassification?
    /// The subject category, such as `Kependudukan` or `Kesehatan`.
    public var category: String?
    /// The unit it was disposed to, as the register writes it when one was imported.
    public var unit: String
    public var service: String?
    public var received: CalendarDate
    public var verified: CalendarDate?
    public var followedUp: CalendarDate?
    public var finished: CalendarDate?
    public var status: ComplaintStatus
    /// The status as the export labels it, for tracing the mapping back.
    public var statusLabel: String
    /// A claim for compensation (*ganti rugi*) for a breach of the service standard.
    public var compensationClaim: Bool
    /// The reporter's pseudonym, when the import was configured to make one.
    public var reporterKey: String?
    public var source: RecordSource

    public init(
        id: String, channel: String? = nil, classification: ComplaintClassification? = nil, category: String? = nil, unit: String,
        service: String? = nil, received: CalendarDate, verified: CalendarDate? = nil, followedUp: CalendarDate? = nil,
        finished: CalendarDate? = nil, status: ComplaintStatus, statusLabel: String, compensationClaim: Bool = false,
        reporterKey: String? = nil, source: RecordSource
    ) {
        self.id = id
        self.channel = channel
        self.classification = classification
        self.category = category
        self.unit = unit
        self.service = service
        self.received = received
        self.verified = verified
        self.followedUp = followedUp
        self.finished = finished
        self.status = status
        self.statusLabel = statusLabel
        self.compensationClaim = compensationClaim
        self.reporterKey = reporterKey
        self.source = source
    }
}

/// The complaints an import accepted, in the order of their files and rows.
public struct Complaints: Sendable {
    public var items: [Complaint]

    public init(_ items: [Complaint] = []) { self.items = items }

    public var count: Int { items.count }
}
