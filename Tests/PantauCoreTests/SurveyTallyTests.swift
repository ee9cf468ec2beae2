import Foundation
import Testing
@testable import PantauCore

@Suite("Survey tallies")
struct SurveyTallyTests {
    let scheme = SurveyScheme.permenpan14_2017

    @Test func countsSumsAndDistribution() {
        var tally = SurveyTally(for: scheme)
        let first = tally.add(answers: [1, 2, 3, 4, 1, 2, 3, 4, 4])
        let second = tally.add(answers: [4, 2, 3, 4, 1, 2, 3, 4, 1])
        #expect(first && second)
        #expect(tally.respondents == 2)
        #expect(tally.sums == [5, 4, 6, 8, 2, 4, 6, 8, 5])
        #expect(tally.distribution[0] == [1, 0, 0, 1])
        #expect(tally.distribution[1] == [0, 2, 0, 0])
        #expect(tally.distribution[8] == [1, 0, 0, 1])
    }

    @Test(arguments: [
        [1, 2, 3, 4, 1, 2, 3, 4],  // too short
        [1, 2, 3, 4, 1, 2, 3, 4, 1, 2],  // too long
        [1, 2, 3, 4, 0, 2, 3, 4, 1],  // 0 is below the scale
        [1, 2, 3, 4, 5, 2, 3, 4, 1],  // 5 is above it
        [Int.min, 2, 3, 4, 1, 2, 3, 4, 1],
    ])
    func rejectsInvalidResponsesWhole(answers: [Int]) {
        var tally = SurveyTally(for: scheme)
        tally.add(answers: Array(repeating: 3, count: 9))
        let before = tally
        let counted = tally.add(answers: answers)
        #expect(!counted)
        #expect(tally == before)
    }

    @Test func aTooWideScaleAcceptsNothingAndNeverTraps() {
        var tally = SurveyTally(elementCount: 2, answerRange: Int.min...Int.max)
        let counted = tally.add(answers: [Int.max, Int.min])
        #expect(!counted)
        #expect(tally.respondents == 0)
    }

    @Test(arguments: [0, 1, 333, 999, 1000])
    func mergeEqualsTallyOfConcatenatedResponses(split: Int) {
        let responses = SurveyFixtures.randomResponses(count: 1000, elements: 9, seed: 2026)
        let whole = SurveyFixtures.tally(scheme, responses)
        let first = SurveyFixtures.tally(scheme, Array(responses[..<split]))
        let second = SurveyFixtures.tally(scheme, Array(responses[split...]))
        #expect(first + second == whole)
        #expect(second + first == whole)
        #expect(scheme.evaluate(first + second) == scheme.evaluate(whole))
    }

    @Test func provincialRollUpIsExact() {
        // Three "provinces" merged in any grouping give the national tally.
        let a = SurveyFixtures.tally(scheme, SurveyFixtures.randomResponses(count: 120, elements: 9, seed: 1))
        let b = SurveyFixtures.tally(scheme, SurveyFixtures.randomResponses(count: 45, elements: 9, seed: 2))
        let c = SurveyFixtures.tally(scheme, SurveyFixtures.randomResponses(count: 7, elements: 9, seed: 3))
        #expect((a + b) + c == a + (b + c))
        #expect((a + b + c).respondents == 172)
        #expect(a + SurveyTally(for: scheme) == a)
    }

    @Test func talliesOfDifferentShapesDoNotMerge() {
        var current = SurveyFixtures.tally(scheme, respondents: 3, total: 60)
        let legacy = SurveyFixtures.tally(.kepmenpan25_2004, respondents: 2, total: 50)
        #expect(!current.isMergeable(with: legacy))
        let before = current
        let merged = current.merge(legacy)
        #expect(!merged)
        #expect(current == before)
        #expect(!current.isMergeable(with: SurveyTally(elementCount: 9, answerRange: 1...5)))
    }

    @Test func codableRoundTripAndRejectsInconsistentFigures() throws {
        let tally = SurveyFixtures.tally(scheme, SurveyFixtures.randomResponses(count: 25, elements: 9, seed: 9))
        let data = try JSONEncoder().encode(tally)
        #expect(try JSONDecoder().decode(SurveyTally.self, from: data) == tally)

        // One 2 and one 3 sum to 5: a stored sum of 6 does not follow from the distribution.
        let consistent = Data(#"{"answerRange":[1,4],"respondents":2,"sums":[5],"distribution":[[0,1,1,0]]}"#.utf8)
        #expect(try JSONDecoder().decode(SurveyTally.self, from: consistent).sums == [5])
        let wrongSum = Data(#"{"answerRange":[1,4],"respondents":2,"sums":[6],"distribution":[[0,1,1,0]]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SurveyTally.self, from: wrongSum) }
        let wrongCount = Data(#"{"answerRange":[1,4],"respondents":3,"sums":[5],"distribution":[[0,1,1,0]]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SurveyTally.self, from: wrongCount) }
        #expect(SurveyTally(answerRange: 1...4, respondents: 2, sums: [5], distribution: [[0, 1, 1, 0]]) != nil)
        #expect(SurveyTally(answerRange: 1...4, respondents: 2, sums: [5], distribution: [[0, 1, 1]]) == nil)
        #expect(SurveyTally(answerRange: 1...4, respondents: 2, sums: [6], distribution: [[0, 1, 1, 0]]) == nil)
    }
}
