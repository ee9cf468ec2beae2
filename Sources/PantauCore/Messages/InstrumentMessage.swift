public import PantauYAML

/// Every problem with an instrument file of the unit performance evaluation (PEKPPP). The
/// texts are in `InstrumentMessage+Indonesian.swift` and `InstrumentMessage+English.swift`.
public enum InstrumentMessage: CatalogueMessage, Equatable {
    case invalidWeight(value: String)
    case weightNotPositive(value: String)
    case indicatorWeightsNot100(aspect: String, sum: Rational)
    case aspectWeightsNot100(sum: Rational)
    case noAspects
    case noIndicators(aspect: String)
    case duplicateAspect(code: String, firstLine: Int)
    case duplicateIndicator(code: String, firstLine: Int)
    case duplicateNumber(number: Int, code: String, firstLine: Int)
    case scoreOutsideScale(score: String)
    case scoresMissing(indicator: String, scores: [Int])
    case noCategories
    case invalidBound(value: String)
    case boundOutsideScale(value: String)
    case boundsReversed(grade: String)
    case categoriesOverlap(grade: String, above: String)
    case topCategoryShort(grade: String, to: Rational)
    case bottomCategoryShort(grade: String, from: Rational)
    case duplicateGrade(grade: String, firstLine: Int)

    public var code: String {
        switch self {
        case .invalidWeight: "instrument.invalid-weight"
        case .weightNotPositive: "instrument.weight-not-positive"
        case .indicatorWeightsNot100: "instrument.indicator-weights-not-100"
        case .aspectWeightsNot100: "instrument.aspect-weights-not-100"
        case .noAspects: "instrument.no-aspects"
        case .noIndicators: "instrument.no-indicators"
        case .duplicateAspect: "instrument.duplicate-aspect"
        case .duplicateIndicator: "instrument.duplicate-indicator"
        case .duplicateNumber: "instrument.duplicate-number"
        case .scoreOutsideScale: "instrument.score-outside-scale"
        case .scoresMissing: "instrument.scores-missing"
        case .noCategories: "instrument.no-categories"
        case .invalidBound: "instrument.invalid-bound"
        case .boundOutsideScale: "instrument.bound-outside-scale"
        case .boundsReversed: "instrument.bounds-reversed"
        case .categoriesOverlap: "instrument.categories-overlap"
        case .topCategoryShort: "instrument.top-category-short"
        case .bottomCategoryShort: "instrument.bottom-category-short"
        case .duplicateGrade: "instrument.duplicate-grade"
        }
    }
}
