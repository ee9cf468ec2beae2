public import PantauYAML

extension SurveyScheme {
    /// Every inconsistency in the scheme, in a stable order; empty when the scheme can be used.
    /// The built-in schemes have none; a scheme read from configuration must be checked.
    public func problems() -> [CoreMessage] {
        var problems: [CoreMessage] = []
        if elements.isEmpty { problems.append(.schemeHasNoElements) }
        var seen: Set<String> = []
        for (position, element) in elements.enumerated() {
            if element.code.isEmpty {
                problems.append(.schemeElementCodeEmpty(position: position + 1))
            } else if !seen.insert(element.code).inserted {
                problems.append(.schemeDuplicateElementCode(code: element.code))
            }
        }
        if weights.count != elements.count {
            problems.append(.schemeWeightCountMismatch(elements: elements.count, weights: weights.count))
        } else if !weights.isEmpty {
            for (element, weight) in zip(elements, weights) where weight < .zero {
                problems.append(.schemeNegativeWeight(code: element.code, weight: weight))
            }
            let sum = weights.reduce(Rational.zero, +)
            if sum != .one { problems.append(.schemeWeightsDoNotSumToOne(sum: sum)) }
        }
        if SurveyTally.answerValueCount(of: answerRange) == nil {
            problems.append(.schemeAnswerRangeTooWide(range: answerRange, limit: SurveyTally.maximumAnswerValues))
        }
        if conversionFactor <= .zero { problems.append(.schemeConversionFactorNotPositive(factor: conversionFactor)) }
        if grades.isEmpty {
            problems.append(.schemeHasNoGrades)
        } else {
            for (previous, band) in zip(grades, grades.dropFirst()) where band.minimumScore >= previous.minimumScore {
                problems.append(.schemeGradesNotDescending(grade: band.grade, previousGrade: previous.grade))
            }
            let lowestScore = Rational(answerRange.lowerBound) * conversionFactor
            if let lowest = grades.min(by: { $0.minimumScore < $1.minimumScore }), lowest.minimumScore > lowestScore {
                problems.append(.schemeLowestGradeAboveLowestScore(grade: lowest.grade, minimum: lowest.minimumScore, lowestScore: lowestScore))
            }
        }
        return problems
    }

    /// The problems of `problems()` as text in the given language.
    public func validate(_ language: Language = .default) -> [String] {
        problems().map { $0.text(language) }
    }
}
