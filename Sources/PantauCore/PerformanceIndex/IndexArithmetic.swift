/// What the index does with indicators nobody scored. A missing score is never shown as zero:
/// it is missing, and the index says how much of its weight it stands on.
public enum MissingScores: String, Sendable, Hashable, CaseIterable, Codable {
    /// No index: the unit is reported as incomplete, with the share of the weight that is
    /// scored and the lowest and highest index the missing scores could still give. The default.
    case incomplete
    /// Missing scores count as 0, as the rubric's "not available"; the unit is flagged.
    case zero
    /// Missing indicators drop out and the others' weights are scaled up to fill their place,
    /// within each aspect and, for aspects with no score at all, across aspects; the unit is flagged.
    case reweight
}

/// Whether an index stands on every indicator, and if not, how it was completed.
public enum IndexStatus: String, Sendable, Hashable, Codable {
    case complete
    /// Some indicators are missing and no index is given (`MissingScores.incomplete`), or
    /// nothing at all is scored.
    case incomplete
    /// Missing indicators were counted as 0.
    case zeroFilled = "zero-filled"
    /// Missing indicators were left out and the weights of the others scaled up.
    case reweighted
}

/// One aspect's score: Σ indicator score × indicator weight ÷ Σ the weights counted.
public struct AspectFigure: Sendable, Hashable {
    public var code: String
    /// 0–5; nil when the aspect cannot be scored under the missing-score rule.
    public var score: Rational?
    /// The share (0–1) of the aspect's indicator weight that has a score.
    public var covered: Rational

    public init(code: String, score: Rational?, covered: Rational) {
        self.code = code
        self.score = score
        self.covered = covered
    }
}

/// The index of one unit and how it was reached.
public struct IndexFigures: Sendable, Hashable {
    public var aspects: [AspectFigure]
    /// The index (IPP), 0–5, exactly; nil when incomplete.
    public var value: Rational?
    /// The share (0–1) of the whole index weight that has a score.
    public var covered: Rational
    /// The index if every missing score were 0, and if every one were 5: the range an
    /// incomplete index can still end in. Both equal `value` for a complete one.
    public var lowest: Rational
    public var highest: Rational
    public var status: IndexStatus

    public init(aspects: [AspectFigure], value: Rational?, covered: Rational, lowest: Rational, highest: Rational, status: IndexStatus) {
        self.aspects = aspects
        self.value = value
        self.covered = covered
        self.lowest = lowest
        self.highest = highest
        self.status = status
    }
}

extension PerformanceInstrument {
    /// The index from indicator scores by code (0–5; absent = missing), exactly
    /// (PermenPAN-RB 29/2022): aspect score = Σ score × weight ÷ Σ weights of the aspect;
    /// IPP = Σ aspect score × aspect weight ÷ 100. Supplementary indicators do not count.
    /// A unit with no score at all has no index, whatever the rule for missing scores.
    public func figures(scores: [String: Int], missing: MissingScores) -> IndexFigures {
        var aspects: [AspectFigure] = []
        var zeroFilled = Rational.zero, fiveFilled = Rational.zero, coveredWeight = Rational.zero
        var reweighted = Rational.zero, reweightedAspects = Rational.zero
        var complete = true
        for aspect in self.aspects {
            let total = aspect.indicatorWeight
            var scored = Rational.zero, sum = Rational.zero, open = Rational.zero
            for indicator in aspect.indicators {
                if let score = scores[indicator.code] {
                    scored += indicator.weight
                    sum += Rational(score) * indicator.weight
                } else {
                    open += indicator.weight
                }
            }
            let lowest = sum / total
            let highest = (sum + Rational(Self.scores.upperBound) * open) / total
            zeroFilled += lowest * aspect.weight
            fiveFilled += highest * aspect.weight
            coveredWeight += scored / total * aspect.weight
            let isComplete = open == .zero
            complete = complete && isComplete
            let score: Rational? =
                switch missing {
                case _ where isComplete: lowest
                case .incomplete: nil
                case .zero: lowest
                case .reweight: scored > .zero ? sum / scored : nil
                }
            if missing == .reweight, let score {
                reweighted += score * aspect.weight
                reweightedAspects += aspect.weight
            }
            aspects.append(AspectFigure(code: aspect.code, score: score, covered: scored / total))
        }
        let covered = coveredWeight / Self.weightTotal
        let lowest = zeroFilled / Self.weightTotal, highest = fiveFilled / Self.weightTotal
        if complete { return IndexFigures(aspects: aspects, value: lowest, covered: covered, lowest: lowest, highest: highest, status: .complete) }
        guard covered > .zero else {
            return IndexFigures(aspects: aspects, value: nil, covered: covered, lowest: lowest, highest: highest, status: .incomplete)
        }
        let (value, status): (Rational?, IndexStatus) =
            switch missing {
            case .incomplete: (nil, .incomplete)
            case .zero: (lowest, .zeroFilled)
            case .reweight: (reweighted / reweightedAspects, .reweighted)
            }
        return IndexFigures(aspects: aspects, value: value, covered: covered, lowest: lowest, highest: highest, status: status)
    }
}
