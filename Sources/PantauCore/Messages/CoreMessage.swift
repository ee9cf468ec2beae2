public import PantauYAML

/// Every problem the core layer reports. The texts are in `CoreMessage+Indonesian.swift` and
/// `CoreMessage+English.swift`, one catalogue per language, with the core's report labels.
public enum CoreMessage: CatalogueMessage, Equatable {
    // Survey schemes
    case schemeHasNoElements
    case schemeElementCodeEmpty(position: Int)
    case schemeDuplicateElementCode(code: String)
    case schemeWeightCountMismatch(elements: Int, weights: Int)
    case schemeNegativeWeight(code: String, weight: Rational)
    case schemeWeightsDoNotSumToOne(sum: Rational)
    case schemeAnswerRangeTooWide(range: ClosedRange<Int>, limit: Int)
    case schemeConversionFactorNotPositive(factor: Rational)
    case schemeHasNoGrades
    case schemeGradesNotDescending(grade: String, previousGrade: String)
    case schemeLowestGradeAboveLowestScore(grade: String, minimum: Rational, lowestScore: Rational)

    public var code: String {
        switch self {
        case .schemeHasNoElements: "scheme.no-elements"
        case .schemeElementCodeEmpty: "scheme.element-code-empty"
        case .schemeDuplicateElementCode: "scheme.duplicate-element-code"
        case .schemeWeightCountMismatch: "scheme.weight-count-mismatch"
        case .schemeNegativeWeight: "scheme.negative-weight"
        case .schemeWeightsDoNotSumToOne: "scheme.weights-not-one"
        case .schemeAnswerRangeTooWide: "scheme.answer-range-too-wide"
        case .schemeConversionFactorNotPositive: "scheme.conversion-factor-not-positive"
        case .schemeHasNoGrades: "scheme.no-grades"
        case .schemeGradesNotDescending: "scheme.grades-not-descending"
        case .schemeLowestGradeAboveLowestScore: "scheme.lowest-grade-above-lowest-score"
        }
    }

}

/// The core's report labels (period names), with their texts in the same per-language catalogues.
enum CoreLabel: Sendable, Hashable {
    case year(Int)
    case semester(Int, year: Int)
    case quarter(Int, year: Int)
    case month(Int, year: Int)

    func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesianText
        case .english: englishText
        }
    }
}

extension Rational {
    /// A figure for a message: the exact fraction, with its decimal when that is not the same.
    var messageText: String {
        isInteger ? description : "\(description) (≈ \(formatted(places: 4)))"
    }
}
