@testable import PantauCore

/// Builds tallies with a chosen number of respondents and a chosen grand total of answers.
///
/// Under a scheme with equal weights 1/e and factor 25, the score is 25·S/(e·n) where S is the
/// total of all answers and n the respondents, so a tally with exactly that S/n lands exactly on
/// the score the test needs.
enum SurveyFixtures {
    /// One response of `elements` answers in 1…4 adding up to `total`: fills answers with 4 from
    /// the first element, the rest with 1. `total` must be within elements…4·elements.
    static func response(total: Int, elements: Int) -> [Int] {
        var answers = Array(repeating: 1, count: elements)
        var extra = total - elements
        for i in answers.indices {
            let step = min(3, extra)
            answers[i] += step
            extra -= step
        }
        return answers
    }

    /// `respondents` responses whose answers add up to `total`: q = total ÷ n each, and the
    /// remainder r of the respondents answer one point more.
    static func responses(respondents: Int, total: Int, elements: Int) -> [[Int]] {
        let (q, r) = total.quotientAndRemainder(dividingBy: respondents)
        return Array(repeating: response(total: q + 1, elements: elements), count: r)
            + Array(repeating: response(total: q, elements: elements), count: respondents - r)
    }

    static func tally(_ scheme: SurveyScheme, respondents: Int, total: Int) -> SurveyTally {
        tally(scheme, responses(respondents: respondents, total: total, elements: scheme.elements.count))
    }

    static func tally(_ scheme: SurveyScheme, _ responses: [[Int]]) -> SurveyTally {
        var tally = SurveyTally(for: scheme)
        for answers in responses {
            let counted = tally.add(answers: answers)
            precondition(counted, "fixture response rejected: \(answers)")
        }
        return tally
    }

    /// A small deterministic generator (an LCG), so "random" responses are the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(in range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    static func randomResponses(count: Int, elements: Int, seed: UInt64) -> [[Int]] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in (0..<elements).map { _ in generator.next(in: 1...4) } }
    }
}
