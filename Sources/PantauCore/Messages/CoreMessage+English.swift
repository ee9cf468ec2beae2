// The English catalogue of the core layer's messages and labels.

extension CoreMessage {
    public var englishText: String {
        switch self {
        case .schemeHasNoElements: "the survey scheme has no elements"
        case .schemeElementCodeEmpty(let position): "element \(position) has no code"
        case .schemeDuplicateElementCode(let code): "element code '\(code)' is used more than once"
        case .schemeWeightCountMismatch(let elements, let weights):
            "the scheme has \(elements) elements but \(weights) weights; every element needs exactly one weight"
        case .schemeNegativeWeight(let code, let weight): "the weight of element '\(code)' is negative: \(weight.messageText)"
        case .schemeWeightsDoNotSumToOne(let sum): "the element weights add up to \(sum.messageText), not exactly 1"
        case .schemeAnswerRangeTooWide(let range, let limit):
            "the answer range \(range.lowerBound)–\(range.upperBound) is wider than \(limit) values"
        case .schemeConversionFactorNotPositive(let factor): "the conversion factor must be above zero, not \(factor.messageText)"
        case .schemeHasNoGrades: "the survey scheme has no grade bands"
        case .schemeGradesNotDescending(let grade, let previousGrade):
            "the minimum of grade '\(grade)' is not below that of grade '\(previousGrade)' above it"
        case .schemeLowestGradeAboveLowestScore(let grade, let minimum, let lowestScore):
            "the lowest grade '\(grade)' starts at \(minimum.messageText), but the lowest possible score is \(lowestScore.messageText)"
        }
    }

    public var englishHint: String? {
        switch self {
        case .schemeHasNoElements: "list the survey elements, for example U1 to U9"
        case .schemeElementCodeEmpty: "give every element a code such as U1"
        case .schemeDuplicateElementCode: "give every element a different code"
        case .schemeWeightCountMismatch: "write one weight per element, in the same order"
        case .schemeNegativeWeight: "a weight must be zero or more"
        case .schemeWeightsDoNotSumToOne: "write weights as exact fractions such as 1/9, not rounded to 0.111 or 0.11"
        case .schemeAnswerRangeTooWide: "use an answer scale such as 1 to 4"
        case .schemeConversionFactorNotPositive: "use 25 to turn the 1–4 index into a 25–100 score"
        case .schemeHasNoGrades: "add grade bands A, B, C and D with their minimum scores"
        case .schemeGradesNotDescending: "order the grade bands from the highest minimum to the lowest"
        case .schemeLowestGradeAboveLowestScore: "lower the lowest grade's minimum to the lowest possible score"
        }
    }
}

extension CoreLabel {
    public var englishText: String {
        switch self {
        case .year(let year): "Year \(year)"
        case .semester(let index, let year): index == 1 ? "First half \(year)" : "Second half \(year)"
        case .quarter(let index, let year): "Q\(index) \(year)"
        case .month(let month, let year): "\(CoreLabel.englishMonths[month - 1]) \(year)"
        }
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
