public import PantauYAML

/// An instrument of the ministry's evaluation of public-service units (PEKPPP; PermenPAN-RB
/// 29/2022, amended by 4/2023): weighted aspects of weighted indicators, each indicator scored
/// 0–5 against a described level, and the categories the resulting index (IPP) falls in.
///
/// Weights change between instrument years, so an instrument is data: a YAML file read by
/// `PerformanceInstrument.read(_:)`, one file per year.
public struct PerformanceInstrument: Sendable, Hashable {
    /// The levels every indicator is scored on; 0 means "not available".
    public static let scores = 0...5
    /// What the weights of an aspect's indicators, and of the aspects, add up to.
    public static let weightTotal = Rational(100)

    public var id: String
    public var title: LocalizedText
    public var regulation: String
    public var aspects: [IndexAspect]
    /// Indicators the instrument asks about without weight (*informasi tambahan*): scored and
    /// reported, never counted in the index.
    public var supplementary: [IndexIndicator]
    /// From the highest category to the lowest.
    public var categories: [IndexCategory]

    public init(
        id: String, title: LocalizedText, regulation: String, aspects: [IndexAspect], supplementary: [IndexIndicator] = [],
        categories: [IndexCategory]
    ) {
        self.id = id
        self.title = title
        self.regulation = regulation
        self.aspects = aspects
        self.supplementary = supplementary
        self.categories = categories
    }

    /// Every indicator, weighted ones in aspect order, then the supplementary ones.
    public var indicators: [IndexIndicator] { aspects.flatMap(\.indicators) + supplementary }

    /// The indicator a scores file names by its code (case aside) or by its number.
    public func indicator(named text: String) -> IndexIndicator? {
        let key = text.lowercased()
        if let match = indicators.first(where: { $0.code.lowercased() == key }) { return match }
        guard let number = Int(text) else { return nil }
        return indicators.first { $0.number == number }
    }
}

/// One aspect (*aspek*) of the instrument, such as Kebijakan Pelayanan.
public struct IndexAspect: Sendable, Hashable {
    public var code: String
    public var name: LocalizedText
    /// Its share of the index, out of 100.
    public var weight: Rational
    public var indicators: [IndexIndicator]

    public init(code: String, name: LocalizedText, weight: Rational, indicators: [IndexIndicator]) {
        self.code = code
        self.name = name
        self.weight = weight
        self.indicators = indicators
    }

    /// The indicators' weights added up: 100 in a sound instrument.
    public var indicatorWeight: Rational { indicators.reduce(.zero) { $0 + $1.weight } }
}

/// One indicator: what an assessor checks, and the level each score stands for.
public struct IndexIndicator: Sendable, Hashable {
    /// The rubric's code, such as `1.a.Ak`.
    public var code: String
    /// Its position in the rubric (1–31), which assessors also use to name it.
    public var number: Int?
    public var name: LocalizedText
    /// Its share of its aspect, out of 100; zero for a supplementary indicator.
    public var weight: Rational
    /// What each score 0–5 means, in Bahasa Indonesia, by score.
    public var levels: [String]
    /// The records that can score it, when imported.
    public var evidence: RecordEvidence?

    public init(code: String, number: Int? = nil, name: LocalizedText, weight: Rational, levels: [String], evidence: RecordEvidence? = nil) {
        self.code = code
        self.number = number
        self.name = name
        self.weight = weight
        self.levels = levels
        self.evidence = evidence
    }

    /// The description of a score, when the score is on the scale.
    public func level(_ score: Int) -> String? { levels.indices.contains(score) ? levels[score] : nil }
}

/// The records an indicator can be scored from: each names one way of reading imported
/// records onto the rubric's levels (see `RecordScorer`).
public enum RecordEvidence: String, Sendable, Hashable, CaseIterable, Codable {
    /// Standards with all 14 components, established, drafted with the public, reviewed.
    case standardComplete = "standard-complete"
    /// Stakeholder groups that took part in consultations on the unit's standards.
    case standardParticipation = "standard-participation"
    /// Where the standards' service-delivery components are published.
    case standardPublication = "standard-publication"
    /// How recently each standard was reviewed.
    case standardReview = "standard-review"
    /// A maklumat pelayanan backing the standards.
    case maklumat
    /// A satisfaction survey carried out as PermenPAN-RB 14/2017 asks.
    case skmConducted = "skm-conducted"
    /// Publication of the survey's results.
    case skmPublication = "skm-publication"
    /// The share of the survey's follow-up plan done.
    case followUpShare = "followup-share"
    /// How soon after the survey the whole follow-up plan was done.
    case followUpSpeed = "followup-speed"
    /// The share of complaints followed up to completion, through SP4N-LAPOR! or other channels.
    case complaintCompletion = "complaint-completion"
    /// Innovations started and still running.
    case innovation

    /// The dataset the evidence is read from, as its kind is named.
    public var datasetKind: String {
        switch self {
        case .standardComplete, .standardPublication, .standardReview, .maklumat: "service-standards"
        case .standardParticipation: "participation"
        case .skmConducted, .skmPublication: "skm-results"
        case .followUpShare, .followUpSpeed: "followups"
        case .complaintCompletion: "complaints"
        case .innovation: "innovations"
        }
    }
}
