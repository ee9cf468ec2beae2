public import PantauYAML

/// How the public took part.
public enum ParticipationKind: String, RecordWord, Codable {
    /// Forum Konsultasi Publik (PermenPAN-RB 16/2017).
    case fkp
    case sosialisasi
    case survei
    case dengarPendapat = "dengar-pendapat"
    case other = "lainnya"

    public var otherSpellings: [String] {
        switch self {
        case .fkp: ["forum konsultasi publik", "konsultasi publik", "public consultation forum", "public consultation"]
        case .sosialisasi: ["socialisation", "socialization"]
        case .survei: ["survey", "survei kepuasan masyarakat", "skm"]
        case .dengarPendapat: ["rapat dengar pendapat", "public hearing", "hearing"]
        case .other: ["lain lain", "other"]
        }
    }
}

/// One consultation, socialisation, survey or hearing with the public about a unit's services:
/// the evidence for the *partisipatif* and *keadilan* principles of service standards.
public struct ParticipationEvent: Sendable, Hashable, Codable {
    public var id: String?
    public var date: CalendarDate
    public var unit: String
    /// The service discussed, when the event was about one.
    public var service: String?
    public var kind: ParticipationKind
    public var topic: String?
    /// The stakeholder groups present, by their names in the vocabulary.
    public var groups: [String]
    public var participants: Int
    /// Inputs (suggestions, objections) received; nil when not recorded.
    public var inputsReceived: Int?
    /// Of those, how many were adopted into the standard; nil when not recorded.
    public var inputsAdopted: Int?
    public var source: RecordSource

    public init(
        id: String? = nil, date: CalendarDate, unit: String, service: String? = nil, kind: ParticipationKind, topic: String? = nil,
        groups: [String], participants: Int, inputsReceived: Int? = nil, inputsAdopted: Int? = nil, source: RecordSource
    ) {
        self.id = id
        self.date = date
        self.unit = unit
        self.service = service
        self.kind = kind
        self.topic = topic
        self.groups = groups
        self.participants = participants
        self.inputsReceived = inputsReceived
        self.inputsAdopted = inputsAdopted
        self.source = source
    }

    /// The share of received inputs that were adopted, exactly; nil without inputs received.
    public var adoptionShare: Rational? {
        guard let received = inputsReceived, received > 0, let adopted = inputsAdopted else { return nil }
        return Rational(adopted, received)
    }
}

/// The participation events a pipeline imported, oldest first.
public struct ParticipationLog: Sendable, Hashable {
    public private(set) var items: [ParticipationEvent]

    public init(_ items: [ParticipationEvent]) {
        // Stable: events of one day keep the order they were read in. Positions are sorted, not
        // the events, which would be copied at every step.
        self.items = items.indices.sorted { (items[$0].date, $0) < (items[$1].date, $1) }.map { items[$0] }
    }

    /// The events of one unit, by the name as the log writes it (case and blanks aside).
    public func events(ofUnit unit: String) -> [ParticipationEvent] {
        items.filter { RecordWords.same($0.unit, unit) }
    }

    /// The stakeholder groups a unit's events reached, in the order first met.
    public func groupsReached(byUnit unit: String) -> [String] {
        var seen: Set<String> = []
        return events(ofUnit: unit).flatMap(\.groups).filter { seen.insert($0).inserted }
    }
}
