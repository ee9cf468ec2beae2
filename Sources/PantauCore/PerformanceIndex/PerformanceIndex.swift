import PantauYAML

/// The unit performance index (IPP) of one period: every unit's indicator scores, aspect
/// scores, index, category and rank under one instrument (PEKPPP).
public struct PerformanceIndex: Sendable {
    public var instrument: PerformanceInstrument
    public var period: Period
    public var policy: IndexPolicy
    /// Ranked units first, best first (ties in name order), then the units without an index,
    /// in name order.
    public var units: [UnitIndex]

    public init(instrument: PerformanceInstrument, period: Period, policy: IndexPolicy, units: [UnitIndex]) {
        self.instrument = instrument
        self.period = period
        self.policy = policy
        self.units = units
    }

    public var ranked: [UnitIndex] { units.filter { $0.rank != nil } }
    public var unranked: [UnitIndex] { units.filter { $0.rank == nil } }
}

/// The choices an index is computed under.
public struct IndexPolicy: Sendable, Hashable {
    /// Which of two scores for one indicator counts.
    public enum Precedence: String, Sendable, Hashable, CaseIterable, Codable {
        /// The assessor's score, where there is one; the records' otherwise. The default: an
        /// assessor sees evidence records do not hold (a maklumat's content, a publication).
        case assessor
        /// The records' score, where they give one; the assessor's otherwise.
        case records
    }

    public var missing: MissingScores
    public var bands: BandReading
    public var prefer: Precedence

    public init(missing: MissingScores = .incomplete, bands: BandReading = .higher, prefer: Precedence = .assessor) {
        self.missing = missing
        self.bands = bands
        self.prefer = prefer
    }
}

/// A unit evaluated: by its id in the register, when there is one, and its name.
public struct IndexUnit: Sendable, Hashable {
    public var id: String?
    public var name: String

    public init(id: String? = nil, name: String) {
        self.id = id
        self.name = name
    }

    /// How names of the unit are compared: case, blanks and Unicode composition aside.
    public var key: String { NameInterner.key(name) }
}

/// One unit's result.
public struct UnitIndex: Sendable, Hashable {
    public var unit: IndexUnit
    /// Every indicator of the instrument, in its order, supplementary ones last.
    public var indicators: [IndicatorResult]
    public var figures: IndexFigures
    public var category: IndexCategory?
    /// 1 for the best index; equal indices share a rank (1, 2, 2, 4); nil without an index.
    public var rank: Int?

    public init(unit: IndexUnit, indicators: [IndicatorResult], figures: IndexFigures, category: IndexCategory?, rank: Int? = nil) {
        self.unit = unit
        self.indicators = indicators
        self.figures = figures
        self.category = category
        self.rank = rank
    }

    /// The codes of weighted indicators nobody scored.
    public func missing(in instrument: PerformanceInstrument) -> [String] {
        let weighted = Set(instrument.aspects.flatMap(\.indicators).map(\.code))
        return indicators.filter { $0.score == nil && weighted.contains($0.code) }.map(\.code)
    }
}

/// Where an indicator's counted score came from.
public enum ScoreOrigin: String, Sendable, Hashable, Codable {
    case assessor, records
}

/// One indicator of one unit: the score counted, and both scores it was chosen from.
public struct IndicatorResult: Sendable, Hashable {
    public var code: String
    /// 0–5; nil when missing.
    public var score: Int?
    public var origin: ScoreOrigin?
    public var fromRecords: RecordScore?
    public var fromAssessor: AssessorScore?

    public init(code: String, fromRecords: RecordScore?, fromAssessor: AssessorScore?, prefer: IndexPolicy.Precedence) {
        self.code = code
        self.fromRecords = fromRecords
        self.fromAssessor = fromAssessor
        let assessed = fromAssessor.map { ($0.score, ScoreOrigin.assessor) }
        let recorded = fromRecords?.score.map { ($0, ScoreOrigin.records) }
        let chosen = prefer == .assessor ? assessed ?? recorded : recorded ?? assessed
        self.score = chosen?.0
        self.origin = chosen?.1
    }
}

/// A score an assessor gave in a scores file.
public struct AssessorScore: Sendable, Hashable {
    /// The unit as the register writes it, or as the file does without a register.
    public var unit: String
    /// The indicator's code in the instrument.
    public var indicator: String
    public var score: Int
    public var note: String?
    /// Where the evidence is (a document, a link).
    public var evidence: String?
    public var source: RecordSource

    public init(unit: String, indicator: String, score: Int, note: String? = nil, evidence: String? = nil, source: RecordSource) {
        self.unit = unit
        self.indicator = indicator
        self.score = score
        self.note = note
        self.evidence = evidence
        self.source = source
    }
}

/// A score read from imported records, with what it rests on.
public struct RecordScore: Sendable, Hashable {
    /// 0–5; nil when the records cannot decide it.
    public var score: Int?
    public var basis: ScoreBasis
    /// The ids of the records behind it (standards as `unit/service`, events, plan items,
    /// complaints by ticket number): never anything about a person.
    public var records: [String]

    public init(_ score: Int?, _ basis: ScoreBasis, records: [String] = []) {
        self.score = score
        self.basis = basis
        self.records = records
    }
}
