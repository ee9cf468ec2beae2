/// The outcome of a survey under a scheme: per-element means, the index, the score and grades.
/// Every figure is exact; round only to display.
public struct SurveyResult: Sendable, Hashable, Codable {
    /// One element's outcome.
    public struct ElementResult: Sendable, Hashable, Codable {
        public var code: String
        /// The element's mean answer (*nilai rata-rata*): its sum ÷ respondents.
        public var nrr: Rational
        /// The mean on the converted scale: NRR × the scheme's conversion factor.
        public var score: Rational
        /// The band of `score`.
        public var grade: GradeBand

        public init(code: String, nrr: Rational, score: Rational, grade: GradeBand) {
            self.code = code
            self.nrr = nrr
            self.score = score
            self.grade = grade
        }
    }

    /// The scheme the result was computed under.
    public var schemeID: String
    public var respondents: Int
    /// One result per element, in the scheme's element order.
    public var elements: [ElementResult]
    /// The index (IKM): Σ weight × NRR, on the answer scale (1–4).
    public var ikm: Rational
    /// The survey score (NIK): IKM × the conversion factor (25–100).
    public var score: Rational
    /// The band of `score`: quality (*mutu*) and unit performance (*kinerja unit*).
    public var grade: GradeBand
    /// The elements with the lowest NRR, lowest first, ties in element order: where the
    /// follow-up plan (RTL) starts.
    public var weakest: [ElementResult]

    public init(
        schemeID: String, respondents: Int, elements: [ElementResult], ikm: Rational, score: Rational,
        grade: GradeBand, weakest: [ElementResult]
    ) {
        self.schemeID = schemeID
        self.respondents = respondents
        self.elements = elements
        self.ikm = ikm
        self.score = score
        self.grade = grade
        self.weakest = weakest
    }
}

extension SurveyScheme {
    /// Evaluates a tally under this scheme (PermenPAN-RB 14/2017 for the default scheme):
    /// NRR = sum ÷ respondents, IKM = Σ weight × NRR, score = IKM × factor, graded exactly.
    ///
    /// Every response in the tally counts: the minimum sample (`KrejcieMorgan`) is a check to
    /// report, never a reason to drop responses.
    /// - Returns: `nil` when the tally has no respondents, or was not shaped for this scheme
    ///   (another element count or answer scale), or the scheme lacks a weight per element.
    public func evaluate(_ tally: SurveyTally, weakestCount: Int = 3) -> SurveyResult? {
        guard tally.respondents > 0, tally.elementCount == elements.count, weights.count == elements.count,
            tally.answerRange == answerRange
        else { return nil }
        var results: [SurveyResult.ElementResult] = []
        results.reserveCapacity(elements.count)
        var ikm = Rational.zero
        for (index, element) in elements.enumerated() {
            let nrr = Rational(tally.sums[index], tally.respondents)
            let score = nrr * conversionFactor
            results.append(.init(code: element.code, nrr: nrr, score: score, grade: grade(forScore: score)))
            ikm += weights[index] * nrr
        }
        let score = ikm * conversionFactor
        let weakest = results.enumerated()
            .sorted { ($0.element.nrr, $0.offset) < ($1.element.nrr, $1.offset) }
            .prefix(max(weakestCount, 0))
            .map(\.element)
        return SurveyResult(
            schemeID: id, respondents: tally.respondents, elements: results, ikm: ikm, score: score,
            grade: grade(forScore: score), weakest: weakest)
    }
}
