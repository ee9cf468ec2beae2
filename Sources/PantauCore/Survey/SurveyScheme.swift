/// How a satisfaction survey is scored: its elements, their weights, the answer scale, the
/// conversion to the 25–100 score and the grade bands.
///
/// A scheme is data, chosen per survey: historical surveys may still use the 2004 scheme, and a
/// region may define its own. The regulation's schemes are in `SurveyScheme+BuiltIn.swift`.
public struct SurveyScheme: Sendable, Hashable, Codable {
    /// A stable identifier used in configuration: `permenpan-14-2017`.
    public var id: String
    public var title: String
    /// The regulation the scheme rests on, as it is cited.
    public var regulation: String
    /// The elements in regulation order (not the order of any questionnaire or export).
    public var elements: [SurveyElement]
    /// One weight per element, summing to exactly 1.
    public var weights: [Rational]
    /// The answers a respondent may give, such as 1…4.
    public var answerRange: ClosedRange<Int>
    /// Converts the index (answer scale) to the score: ×25 turns 1–4 into 25–100.
    public var conversionFactor: Rational
    /// The grade bands, highest first, each by its minimum converted score.
    public var grades: [GradeBand]

    public init(
        id: String, title: String, regulation: String, elements: [SurveyElement], weights: [Rational],
        answerRange: ClosedRange<Int>, conversionFactor: Rational, grades: [GradeBand]
    ) {
        self.id = id
        self.title = title
        self.regulation = regulation
        self.elements = elements
        self.weights = weights
        self.answerRange = answerRange
        self.conversionFactor = conversionFactor
        self.grades = grades
    }

    /// The band of a converted score: the highest band whose minimum is at or below it, compared
    /// exactly, so a score of exactly 88.31 is an A. A score below every band gets the lowest band.
    /// A scheme without bands (which `validate()` reports) yields a band named `?`.
    public func grade(forScore score: Rational) -> GradeBand {
        var best: GradeBand?
        var lowest: GradeBand?
        for band in grades {
            if band.minimumScore <= score, best.map({ band.minimumScore > $0.minimumScore }) ?? true {
                best = band
            }
            if lowest.map({ band.minimumScore < $0.minimumScore }) ?? true {
                lowest = band
            }
        }
        return best ?? lowest ?? GradeBand(grade: "?", minimumScore: .zero, quality: "?", englishQuality: "?")
    }

    /// The position of the element with this code, compared exactly (`U8`, not `u8`).
    public func elementIndex(code: String) -> Int? {
        elements.firstIndex { $0.code == code }
    }
}
