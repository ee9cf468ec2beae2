/// Computes the performance index of every unit: indicator scores from the assessor's file and
/// from records, aspect scores, the index, its category, and the ranking.
public struct PerformanceIndexEvaluator: Sendable {
    public var instrument: PerformanceInstrument
    public var policy: IndexPolicy

    public init(instrument: PerformanceInstrument, policy: IndexPolicy = IndexPolicy()) {
        self.instrument = instrument
        self.policy = policy
    }

    /// - Parameters:
    ///   - assessed: scores from assessors, by the instrument's codes; one per unit and indicator.
    ///   - records: the records the pipeline imported.
    public func evaluate(assessed: [AssessorScore], records: IndexRecords, period: Period) -> PerformanceIndex {
        let scorer = RecordScorer(records: records, period: period)
        var byUnit: [String: [String: AssessorScore]] = [:]
        for score in assessed {
            byUnit[RecordScorer.unitKey(score.unit, register: records.register), default: [:]][score.indicator] = score
        }
        let units = records.units(assessed: assessed).map { unit in
            let scores = byUnit[unit.key] ?? [:]
            let indicators = instrument.indicators.map { indicator in
                IndicatorResult(
                    code: indicator.code, fromRecords: indicator.evidence.map { scorer.score($0, unit: unit) },
                    fromAssessor: scores[indicator.code], prefer: policy.prefer)
            }
            let counted = Dictionary(indicators.compactMap { result in result.score.map { (result.code, $0) } }, uniquingKeysWith: { first, _ in first })
            let figures = instrument.figures(scores: counted, missing: policy.missing)
            let category = figures.value.flatMap { instrument.categories.category(of: $0, reading: policy.bands) }
            return UnitIndex(unit: unit, indicators: indicators, figures: figures, category: category)
        }
        return PerformanceIndex(instrument: instrument, period: period, policy: policy, units: Self.ranked(units))
    }

    /// Units with an index by it, best first, with competition ranks (1, 2, 2, 4); equal indices
    /// in name order, then by register id. Units without an index follow, unranked, in name order.
    public static func ranked(_ units: [UnitIndex]) -> [UnitIndex] {
        let byName = { (a: UnitIndex, b: UnitIndex) in (a.unit.key, a.unit.id ?? "") < (b.unit.key, b.unit.id ?? "") }
        var scored = units.filter { $0.figures.value != nil }.sorted { a, b in
            a.figures.value! != b.figures.value! ? a.figures.value! > b.figures.value! : byName(a, b)
        }
        for position in scored.indices {
            let previous = position - 1
            scored[position].rank =
                position > 0 && scored[previous].figures.value == scored[position].figures.value ? scored[previous].rank : position + 1
        }
        var unscored = units.filter { $0.figures.value == nil }.sorted(by: byName)
        for position in unscored.indices { unscored[position].rank = nil }
        return scored + unscored
    }
}
