public import PantauYAML

/// What a meeting was for.
public enum MeetingKind: String, RecordWord, Codable {
    /// Rapat koordinasi: the bureau's coordination meeting with the agencies.
    case rakor
    /// Forum Konsultasi Publik (PermenPAN-RB 16/2017), drafting or reviewing a standard with its users.
    case fkp
    case sosialisasi
    /// Monitoring dan evaluasi.
    case monev
    case other = "lainnya"

    public var otherSpellings: [String] {
        switch self {
        case .rakor: ["rapat koordinasi", "coordination meeting", "coordination"]
        case .fkp: ["forum konsultasi publik", "public consultation forum", "public consultation"]
        case .sosialisasi: ["socialisation", "socialization"]
        case .monev: ["monitoring dan evaluasi", "monitoring and evaluation"]
        case .other: ["lain lain", "other"]
        }
    }
}

/// The record of one meeting, as its minutes give it.
public struct Meeting: Sendable, Hashable, Codable {
    /// Someone present: an official, named as the minutes name them (officials, not citizens).
    public struct Attendee: Sendable, Hashable, Codable {
        public var name: String?
        public var role: String?
        /// The organisation or unit represented; a unit as the register writes it when it knows it.
        public var organisation: String

        public init(name: String?, role: String?, organisation: String) {
            self.name = name
            self.role = role
            self.organisation = organisation
        }
    }

    public var id: String
    public var title: String
    public var date: CalendarDate
    public var kind: MeetingKind
    public var place: String?
    public var chair: String?
    /// The units invited; those with nobody present are absent.
    public var invited: [String]
    public var attendees: [Attendee]
    public var agenda: [String]
    public var decisions: [String]
    public var actionItems: [ActionItem]
    public var source: RecordSource

    public init(
        id: String, title: String, date: CalendarDate, kind: MeetingKind, place: String? = nil, chair: String? = nil,
        invited: [String] = [], attendees: [Attendee] = [], agenda: [String] = [], decisions: [String] = [],
        actionItems: [ActionItem] = [], source: RecordSource
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.kind = kind
        self.place = place
        self.chair = chair
        self.invited = invited
        self.attendees = attendees
        self.agenda = agenda
        self.decisions = decisions
        self.actionItems = actionItems
        self.source = source
    }

    /// The invited units nobody attended for, in the order they were invited.
    public var absentUnits: [String] {
        let present = Set(attendees.map { RecordWords.key($0.organisation) })
        return invited.filter { !present.contains(RecordWords.key($0)) }
    }
}
