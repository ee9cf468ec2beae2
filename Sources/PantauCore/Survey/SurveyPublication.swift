public import PantauYAML

/// One publication of a unit's survey results, or of the follow-up plan (RTL) drawn from them:
/// which survey period, when, and where. PermenPAN-RB 14/2017 asks for both to be published, and
/// the ministry's evaluation (PEKPPP) scores the media they reach.
public struct SurveyPublication: Sendable, Hashable, Codable {
    /// What was published.
    public enum Content: String, RecordWord, Codable {
        /// The survey's results: the index, the grade, the elements.
        case results = "hasil"
        /// The follow-up plan (*rencana tindak lanjut*).
        case followUpPlan = "rtl"

        public var otherSpellings: [String] {
            switch self {
            case .results: ["hasil skm", "hasil survei", "laporan skm", "ikm", "results", "survey results"]
            case .followUpPlan: ["rencana tindak lanjut", "tindak lanjut", "follow-up plan", "follow up plan", "follow-up"]
            }
        }
    }

    public var unit: String
    /// The survey period published, such as 2025-S2.
    public var period: Period
    public var content: Content
    /// The day it was published.
    public var date: CalendarDate
    /// Where: `website`, `papan informasi`, `media sosial`, …, as the file writes them.
    public var media: [String]
    /// A link to the publication, when online.
    public var link: String?
    public var source: RecordSource

    public init(
        unit: String, period: Period, content: Content, date: CalendarDate, media: [String] = [], link: String? = nil, source: RecordSource
    ) {
        self.unit = unit
        self.period = period
        self.content = content
        self.date = date
        self.media = media
        self.link = link
        self.source = source
    }
}

/// The publications of survey results and follow-up plans a pipeline imported, in the order read.
public struct SurveyPublications: Sendable, Hashable {
    public private(set) var items: [SurveyPublication]

    public init(_ items: [SurveyPublication]) { self.items = items }
}
