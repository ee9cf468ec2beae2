/// The mergeable aggregate of a set of survey responses: sums and counts, never means.
///
/// Tallies of disjoint sets of responses merge exactly, so a national roll-up can tally each
/// province in parallel and add the results; means are computed once, at the end, by
/// `SurveyScheme.evaluate(_:weakestCount:)`.
public struct SurveyTally: Sendable, Hashable {
    /// The widest answer scale a tally keeps a distribution for.
    public static let maximumAnswerValues = 100

    /// The answers counted; `distribution[i][k]` counts answer `answerRange.lowerBound + k`.
    public let answerRange: ClosedRange<Int>
    /// Responses accepted. Every accepted response answers every element.
    public private(set) var respondents: Int
    /// Per element, the sum of its answers.
    public private(set) var sums: [Int]
    /// Per element, how many respondents gave each answer value in `answerRange`.
    public private(set) var distribution: [[Int]]

    /// An empty tally. An answer range wider than `maximumAnswerValues` accepts no response.
    public init(elementCount: Int, answerRange: ClosedRange<Int>) {
        let width = SurveyTally.answerValueCount(of: answerRange) ?? 0
        self.answerRange = answerRange
        self.respondents = 0
        self.sums = Array(repeating: 0, count: max(elementCount, 0))
        self.distribution = Array(repeating: Array(repeating: 0, count: width), count: max(elementCount, 0))
    }

    /// An empty tally shaped for the scheme's elements and answer scale.
    public init(for scheme: SurveyScheme) {
        self.init(elementCount: scheme.elements.count, answerRange: scheme.answerRange)
    }

    /// Rebuilds a stored tally, or `nil` when its figures disagree with one another: the sums must
    /// follow from the distribution, and every element must count every respondent.
    public init?(answerRange: ClosedRange<Int>, respondents: Int, sums: [Int], distribution: [[Int]]) {
        guard let width = SurveyTally.answerValueCount(of: answerRange), respondents >= 0, sums.count == distribution.count else { return nil }
        for (sum, counts) in zip(sums, distribution) {
            guard counts.count == width, counts.allSatisfy({ $0 >= 0 }) else { return nil }
            var total = 0
            var weighted = 0
            for (offset, count) in counts.enumerated() {
                let (t, o1) = total.addingReportingOverflow(count)
                let (w, o2) = (answerRange.lowerBound + offset).multipliedReportingOverflow(by: count)
                let (s, o3) = weighted.addingReportingOverflow(w)
                guard !(o1 || o2 || o3) else { return nil }
                (total, weighted) = (t, s)
            }
            guard total == respondents, weighted == sum else { return nil }
        }
        self.answerRange = answerRange
        self.respondents = respondents
        self.sums = sums
        self.distribution = distribution
    }

    public var elementCount: Int { sums.count }

    /// Counts one response: one answer per element, in element order.
    ///
    /// The caller validates responses and reports bad ones to the user; this never traps all the
    /// same. A response of the wrong length, with an answer outside `answerRange`, or that would
    /// overflow a sum is left out entirely, so every element keeps counting the same respondents.
    /// - Returns: whether the response was counted.
    @discardableResult
    public mutating func add(answers: [Int]) -> Bool {
        guard answers.count == sums.count, respondents < Int.max else { return false }
        for (element, answer) in answers.enumerated() {
            let (offset, overflow) = answer.subtractingReportingOverflow(answerRange.lowerBound)
            guard answerRange.contains(answer), !overflow, offset < distribution[element].count,
                !sums[element].addingReportingOverflow(answer).overflow
            else { return false }
        }
        for (element, answer) in answers.enumerated() {
            sums[element] += answer
            distribution[element][answer - answerRange.lowerBound] += 1
        }
        respondents += 1
        return true
    }

    /// Whether `other` counts the same elements on the same answer scale.
    public func isMergeable(with other: SurveyTally) -> Bool {
        answerRange == other.answerRange && sums.count == other.sums.count
            && zip(distribution, other.distribution).allSatisfy { $0.count == $1.count }
    }

    /// Adds the responses counted by `other`, exactly.
    ///
    /// Tallies of different shapes (another scheme) cannot be merged, nor can counts that would
    /// overflow; then nothing changes. Check `isMergeable(with:)` first to report the mistake.
    /// - Returns: whether `other` was merged.
    @discardableResult
    public mutating func merge(_ other: SurveyTally) -> Bool {
        guard isMergeable(with: other) else { return false }
        guard let respondents = SurveyTally.sum(respondents, other.respondents),
            let sums = SurveyTally.sum(sums, other.sums)
        else { return false }
        var distribution = distribution
        for element in distribution.indices {
            guard let counts = SurveyTally.sum(distribution[element], other.distribution[element]) else { return false }
            distribution[element] = counts
        }
        self.respondents = respondents
        self.sums = sums
        self.distribution = distribution
        return true
    }

    /// The two tallies merged; the left one unchanged when they cannot be (see `merge(_:)`).
    public static func + (lhs: SurveyTally, rhs: SurveyTally) -> SurveyTally {
        var result = lhs
        result.merge(rhs)
        return result
    }

    /// How many answer values the range holds, or `nil` beyond `maximumAnswerValues`.
    static func answerValueCount(of range: ClosedRange<Int>) -> Int? {
        let (span, overflow) = range.upperBound.subtractingReportingOverflow(range.lowerBound)
        return !overflow && span < maximumAnswerValues ? span + 1 : nil
    }

    private static func sum(_ a: Int, _ b: Int) -> Int? {
        let (s, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : s
    }

    private static func sum(_ a: [Int], _ b: [Int]) -> [Int]? {
        var result: [Int] = []
        result.reserveCapacity(a.count)
        for (x, y) in zip(a, b) {
            guard let s = sum(x, y) else { return nil }
            result.append(s)
        }
        return result
    }
}

extension SurveyTally: Codable {
    private enum CodingKeys: String, CodingKey { case answerRange, respondents, sums, distribution }

    /// Decodes a stored tally and rejects one whose figures disagree (see the validating init).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let range = try container.decode(ClosedRange<Int>.self, forKey: .answerRange)
        let respondents = try container.decode(Int.self, forKey: .respondents)
        let sums = try container.decode([Int].self, forKey: .sums)
        let distribution = try container.decode([[Int]].self, forKey: .distribution)
        guard let tally = SurveyTally(answerRange: range, respondents: respondents, sums: sums, distribution: distribution) else {
            throw DecodingError.dataCorruptedError(
                forKey: .distribution, in: container,
                debugDescription: "the tally's sums and counts disagree with one another or with its answer range")
        }
        self = tally
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(answerRange, forKey: .answerRange)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(sums, forKey: .sums)
        try container.encode(distribution, forKey: .distribution)
    }
}
