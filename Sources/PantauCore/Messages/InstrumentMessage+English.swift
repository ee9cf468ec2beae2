// The English catalogue of the PEKPPP instrument file's messages.

extension InstrumentMessage {
    public var englishText: String {
        switch self {
        case .invalidWeight(let value): "the weight '\(value)' is not a decimal number"
        case .weightNotPositive(let value): "a weight must be above zero, not \(value)"
        case .indicatorWeightsNot100(let aspect, let sum): "the indicator weights of aspect '\(aspect)' add up to \(sum.messageText), not 100"
        case .aspectWeightsNot100(let sum): "the aspect weights add up to \(sum.messageText), not 100"
        case .noAspects: "the instrument has no aspects"
        case .noIndicators(let aspect): "aspect '\(aspect)' has no indicators"
        case .duplicateAspect(let code, let firstLine): "aspect code '\(code)' is already used on line \(firstLine)"
        case .duplicateIndicator(let code, let firstLine): "indicator code '\(code)' is already used on line \(firstLine)"
        case .duplicateNumber(let number, let code, let firstLine):
            "indicator number \(number) is already used by indicator '\(code)' on line \(firstLine)"
        case .scoreOutsideScale(let score): "score '\(score)' is outside the 0–5 scale"
        case .scoresMissing(let indicator, let scores):
            "indicator '\(indicator)' does not describe score \(scores.map(String.init).joined(separator: ", "))"
        case .noCategories: "the instrument has no index categories"
        case .invalidBound(let value): "the category bound '\(value)' is not a decimal number"
        case .boundOutsideScale(let value): "the category bound \(value) is outside the 0–5 scale"
        case .boundsReversed(let grade): "the lower bound (`from`) of category '\(grade)' is above its upper bound (`to`)"
        case .categoriesOverlap(let grade, let above): "category '\(grade)' is not below category '\(above)' above it"
        case .topCategoryShort(let grade, let to): "the highest category '\(grade)' ends at \(to.messageText), not 5"
        case .bottomCategoryShort(let grade, let from): "the lowest category '\(grade)' starts at \(from.messageText), not 0"
        case .duplicateGrade(let grade, let firstLine): "category '\(grade)' is already written on line \(firstLine)"
        }
    }

    public var englishHint: String? {
        switch self {
        case .invalidWeight: "write a weight as a number with a decimal point, such as 17 or 12.5"
        case .weightNotPositive: "indicators without weight go under `supplementary`"
        case .indicatorWeightsNot100: "change this aspect's indicator weights until they add up to exactly 100"
        case .aspectWeightsNot100: "change the aspect weights until they add up to exactly 100"
        case .noAspects: "write the aspects under `aspects`, each with its indicators"
        case .noIndicators: "write this aspect's indicators under `indicators`"
        case .duplicateAspect, .duplicateIndicator: "give every aspect and indicator a different code"
        case .duplicateNumber: "give every indicator a different number"
        case .scoreOutsideScale: "describe scores 0 to 5 only"
        case .scoresMissing: "describe every score from 0 to 5 under `scores`"
        case .noCategories: "write the categories from A (highest) to F (lowest) under `categories`"
        case .invalidBound, .boundOutsideScale: "write a bound as a number from 0 to 5 with a decimal point, such as 4.51"
        case .boundsReversed: "swap `from` and `to`"
        case .categoriesOverlap: "list the categories from highest to lowest, without overlapping ranges"
        case .topCategoryShort: "the highest category must end at 5.00"
        case .bottomCategoryShort: "the lowest category must start at 0.00"
        case .duplicateGrade: "give every category a different grade"
        }
    }
}
