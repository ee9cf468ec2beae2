/// The minimum number of respondents for a survey of a population of service users
/// (Krejcie & Morgan 1970, the method SKM guidance cites):
///
///     s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P))
///
/// with χ² = 3.841 (one degree of freedom, 95 %), P = 0.5 and d = 0.05. With those constants it
/// is exactly s = 3841·N / (10·(N−1) + 3841).
///
/// **Rounding.** The exact value is rounded to the nearest whole respondent, halves up. That
/// reproduces the published table (10→10, 60→52, 100→80, 1000→278, 50 000→381, …): rounding up
/// fails at 20 (19.06 → 19 published) and rounding down at 10 (9.77 → 10 published). The one
/// row it does not reproduce is 100 000→384 as many copies print it: the formula gives 382.63,
/// so 383, and 384 is the value for an unbounded population (χ²P(1−P)/d² = 384.1), which the
/// original table gives for 1 000 000. Computing, not copying, also avoids copies' typos (60→65).
///
/// **Which source.** The two disagree at that one row, so the method is a choice. The default,
/// `.publishedTable`, gives the published row where the population is one (the table is what
/// the regulation's guidance prints and what agencies check against) and the formula between
/// rows; `.formula` computes every value.
///
/// The sample size is a check to report; responses beyond it are never dropped.
public enum KrejcieMorgan {
    public enum Method: String, Sendable, CaseIterable, Codable {
        case publishedTable = "table"
        case formula
    }

    /// The published table (N → s) as the SKM guidance prints it.
    public static let publishedTable: [Int: Int] = [
        10: 10, 20: 19, 30: 28, 40: 36, 50: 44, 60: 52, 70: 59, 80: 66, 90: 73, 100: 80, 120: 92, 140: 103, 160: 113,
        180: 123, 200: 132, 250: 152, 300: 169, 400: 196, 500: 217, 600: 234, 700: 248, 800: 260, 900: 269, 1000: 278,
        1500: 306, 2000: 322, 3000: 341, 4000: 351, 5000: 357, 10000: 370, 20000: 377, 50000: 381, 100_000: 384,
        1_000_000: 384,
    ]

    /// The minimum sample for `population` service users by the chosen method.
    public static func minimumSample(population: Int, method: Method) -> Int {
        switch method {
        case .publishedTable: publishedTable[population] ?? minimumSample(population: population)
        case .formula: minimumSample(population: population)
        }
    }

    public static let chiSquare = Rational(3841, 1000)
    public static let proportion = Rational(1, 2)
    public static let margin = Rational(5, 100)

    /// The minimum sample for `population` service users in the period by the formula; 0 when there are none.
    public static func minimumSample(population: Int) -> Int {
        minimumSample(population: population, chiSquare: chiSquare, proportion: proportion, margin: margin)
    }

    /// The minimum sample with other constants (a confidence level's χ², the expected proportion P,
    /// the margin of error d), computed exactly and rounded as described above. Never more than
    /// the population; 0 for a population of 0 or less.
    public static func minimumSample(population: Int, chiSquare: Rational, proportion: Rational, margin: Rational) -> Int {
        guard population > 0 else { return 0 }
        let n = Rational(population)
        let variance = chiSquare * proportion * (.one - proportion)  // χ²P(1−P)
        let denominator = margin * margin * (n - .one) + variance
        guard denominator > .zero else { return population }
        let sample = (variance * n / denominator).rounded(toPlaces: 0)
        // `rounded(toPlaces: 0)` is an integer; clamp guards odd constants (P outside 0…1).
        return min(max(sample.numerator / sample.denominator, 0), population)
    }
}
