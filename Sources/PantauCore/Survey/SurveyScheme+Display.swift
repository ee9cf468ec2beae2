/// Figures as reports show them, rounded half up, but never shown at or above a grade
/// threshold that the exact figure does not reach: an exact score of 88.3055… is grade B (below
/// 88.31) and is shown as 88.30, not as 88.31 beside a B.
extension SurveyScheme {
    /// A converted score (25–100) for display with `places` decimals.
    public func displayedScore(_ score: Rational, places: Int) -> Rational {
        Self.displayed(score, places: places, thresholds: grades.map(\.minimumScore))
    }

    /// An IKM (1–4) for display: its thresholds are the score thresholds ÷ the conversion factor.
    public func displayedIKM(_ ikm: Rational, places: Int) -> Rational {
        Self.displayed(ikm, places: places, thresholds: grades.map { $0.minimumScore / conversionFactor })
    }

    static func displayed(_ value: Rational, places: Int, thresholds: [Rational]) -> Rational {
        let rounded = value.rounded(toPlaces: places)
        var step = Rational.one
        for _ in 0..<places { step = step / Rational(10) }
        // The highest threshold the rounding would wrongly reach decides.
        guard let crossed = thresholds.filter({ value < $0 && rounded >= $0 }).min() else { return rounded }
        return (crossed - step).rounded(toPlaces: places)
    }
}
