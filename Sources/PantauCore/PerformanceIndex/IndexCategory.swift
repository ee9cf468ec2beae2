public import PantauYAML

/// One category of the index (IPP) as the instrument publishes it: `4.51–5.00 A Pelayanan Prima`.
public struct IndexCategory: Sendable, Hashable {
    /// `A`, `A−`, `B`, …
    public var grade: String
    public var name: LocalizedText
    /// The published bounds, inclusive. Published bounds have two decimals, so consecutive
    /// categories leave a gap (4.50 | 4.51) that `BandReading` settles.
    public var from: Rational
    public var to: Rational

    public init(grade: String, name: LocalizedText, from: Rational, to: Rational) {
        self.grade = grade
        self.name = name
        self.from = from
        self.to = to
    }
}

/// How an exact index that falls between two published categories (4.505, between 4.50 and
/// 4.51) is classified. Copies of the instrument print only the two-decimal bounds.
public enum BandReading: String, Sendable, Hashable, CaseIterable, Codable {
    /// Anything above the top of the category below belongs to the one above: A is `> 4.50`,
    /// so 4.50 is A− and 4.501 is A. The default.
    case higher
    /// A category is reached only at its published lower bound: A is `≥ 4.51`, so 4.505 is A−.
    case lower
    /// The index is first rounded to two decimals, halves up, then read against the published
    /// bounds: 4.505 → 4.51 is A, 4.5049 → 4.50 is A−.
    case rounded
}

extension [IndexCategory] {
    /// The category of an exact index under a reading; the lowest category takes everything
    /// below it. `nil` only when there are no categories.
    public func category(of value: Rational, reading: BandReading) -> IndexCategory? {
        let value = reading == .rounded ? value.rounded(toPlaces: 2) : value
        for (position, category) in enumerated() {
            guard position + 1 < count else { return category }
            let reached =
                switch reading {
                case .higher: value > self[position + 1].to
                case .lower, .rounded: value >= category.from
                }
            if reached { return category }
        }
        return nil
    }

    /// The index as reports show it: two decimals, rounded, unless the rounded figure would read
    /// as another category (4.5049 under `higher` is A, but `4.50` reads as A−); then four
    /// decimals, cut rather than rounded. With whole-number weights four decimals are exact.
    public func displayed(_ value: Rational, category: IndexCategory?) -> (value: Rational, places: Int) {
        let rounded = value.rounded(toPlaces: 2)
        guard let category, rounded < category.from || rounded > category.to else { return (rounded, 2) }
        return (value.truncated(toPlaces: 4), 4)
    }
}

extension Rational {
    /// The value cut to `places` decimals towards zero: 4.5049 → 4.504 at three places.
    func truncated(toPlaces places: Int) -> Rational {
        var scale = 1
        for _ in 0..<Swift.min(Swift.max(places, 0), 18) { scale *= 10 }
        let scaled = self * Rational(scale)
        return Rational(scaled.numerator / scaled.denominator, scale)
    }
}
