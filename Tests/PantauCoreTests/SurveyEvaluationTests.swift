import Testing
@testable import PantauCore

@Suite("Survey evaluation (PermenPAN-RB 14/2017)")
struct SurveyEvaluationTests {
    let scheme = SurveyScheme.permenpan14_2017

    /// Four respondents, worked by hand.
    ///
    ///          U1 U2 U3 U4 U5 U6 U7 U8 U9
    ///     R1    4  3  3  2  4  3  3  2  4
    ///     R2    3  3  4  2  4  3  4  3  3
    ///     R3    4  2  3  1  4  3  3  2  4
    ///     R4    3  3  3  2  4  4  3  2  3
    ///     sum  14 11 13  7 16 13 13  9 14   (total 110)
    ///     NRR 3.5 2.75 3.25 1.75 4 3.25 3.25 2.25 3.5
    ///
    /// IKM = 110 / (9·4) = 55/18 = 3.0555…; score = 25·55/18 = 1375/18 = 76.388… → C (below 76.61).
    let smallResponses = [
        [4, 3, 3, 2, 4, 3, 3, 2, 4],
        [3, 3, 4, 2, 4, 3, 4, 3, 3],
        [4, 2, 3, 1, 4, 3, 3, 2, 4],
        [3, 3, 3, 2, 4, 4, 3, 2, 3],
    ]

    @Test func smallTallyWorkedByHand() throws {
        let result = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, smallResponses)))
        #expect(result.schemeID == "permenpan-14-2017")
        #expect(result.respondents == 4)
        #expect(result.elements.map(\.code) == ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"])
        #expect(result.elements.map(\.nrr) == [
            Rational(7, 2), Rational(11, 4), Rational(13, 4), Rational(7, 4), Rational(4),
            Rational(13, 4), Rational(13, 4), Rational(9, 4), Rational(7, 2),
        ])
        #expect(result.ikm == Rational(55, 18))
        #expect(result.score == Rational(1375, 18))
        #expect(result.score.formatted(places: 2) == "76.39")
        #expect(result.grade.grade == "C")
        #expect(result.grade.quality == "Kurang Baik")
        // Element scores: U4 = 1.75·25 = 43.75 → D; U5 = 4·25 = 100 → A; U1 = 87.5 → B.
        #expect(result.elements[3].score == Rational(175, 4))
        #expect(result.elements[3].grade.grade == "D")
        #expect(result.elements[4].grade.grade == "A")
        #expect(result.elements[0].grade.grade == "B")
        // Weakest three: U4 (1.75), U8 (2.25), U2 (2.75).
        #expect(result.weakest.map(\.code) == ["U4", "U8", "U2"])
    }

    @Test func weakestTiesKeepElementOrder() throws {
        // U3, U6 and U7 share NRR 3.25: the next two weakest after U2 are U3 then U6.
        let result = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, smallResponses), weakestCount: 5))
        #expect(result.weakest.map(\.code) == ["U4", "U8", "U2", "U3", "U6"])
        #expect(try #require(scheme.evaluate(SurveyFixtures.tally(scheme, smallResponses), weakestCount: 0)).weakest.isEmpty)
        #expect(try #require(scheme.evaluate(SurveyFixtures.tally(scheme, smallResponses), weakestCount: 20)).weakest.count == 9)
    }

    /// Tallies landing exactly on each threshold and one hundredth below it.
    /// score = 25·S/(9n), so S/n = score·9/25:
    ///   88.31 → S/n = 79479/2500 (n 2500, S 79479)    88.30 → S/n = 31.788  (n 2500, S 79470)
    ///   76.61 → S/n = 68949/2500 (n 2500, S 68949)    76.60 → S/n = 27.576  (n 2500, S 68940)
    ///   65.00 → S/n = 23.4       (n 5,    S 117)      64.99 → S/n = 58491/2500 (n 2500, S 58491)
    @Test(arguments: [
        (2500, 79479, Rational(8831, 100), "A", "Sangat Baik"),
        (2500, 79470, Rational(8830, 100), "B", "Baik"),
        (2500, 68949, Rational(7661, 100), "B", "Baik"),
        (2500, 68940, Rational(7660, 100), "C", "Kurang Baik"),
        (5, 117, Rational(65), "C", "Kurang Baik"),
        (2500, 58491, Rational(6499, 100), "D", "Tidak Baik"),
    ])
    func scoresOnThresholdsGetTheHigherGrade(respondents: Int, total: Int, score: Rational, grade: String, quality: String) throws {
        let result = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, respondents: respondents, total: total)))
        #expect(result.score == score)
        #expect(result.ikm == score / Rational(25))
        #expect(result.grade.grade == grade)
        #expect(result.grade.quality == quality)
    }

    @Test func indexBoundaryOfGradeB() throws {
        // 76.61 / 25 = 3.0644 exactly: the published IKM lower bound of B; 76.60 / 25 = 3.064, the upper bound of C.
        let onB = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, respondents: 2500, total: 68949)))
        #expect(onB.ikm == Rational(decimal: "3.0644"))
        #expect(onB.ikm.formatted(places: 4) == "3.0644")
        let belowB = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, respondents: 2500, total: 68940)))
        #expect(belowB.ikm == Rational(decimal: "3.064"))
        #expect(belowB.ikm < Rational(decimal: "3.0644")!)
    }

    @Test func floatingPointWouldMissTheThreshold() throws {
        // The 65.00 tally (5 respondents, total 117): per-element NRRs 4 4 4 4 3.4 1 1 1 1.
        // The exact score is 65 → C. The same formula in Double, Σ NRR ÷ 9 × 25, gives 64.99999999999999,
        // which a ≥ 65 comparison grades D. This is why classification never uses floating point.
        let tally = SurveyFixtures.tally(scheme, respondents: 5, total: 117)
        let naive = tally.sums.map { Double($0) / Double(tally.respondents) }.reduce(0, +) / 9 * 25
        #expect(naive < 65)
        let result = try #require(scheme.evaluate(tally))
        #expect(result.score == Rational(65))
        #expect(result.grade.grade == "C")
    }

    @Test func roundedWeightsGiveAWrongGrade() throws {
        // The 88.31 tally is an A. Weighting by 0.111 gives 25·0.111·79479/2500 = 88.22169 → B;
        // by 0.11 gives 87.4269 → B. Only exactly 1/9 keeps the A.
        let tally = SurveyFixtures.tally(scheme, respondents: 2500, total: 79479)
        #expect(try #require(scheme.evaluate(tally)).grade.grade == "A")

        var rounded = scheme
        rounded.weights = Array(repeating: Rational(111, 1000), count: 9)
        let with111 = try #require(rounded.evaluate(tally))
        #expect(with111.score == Rational(8822169, 100000))
        #expect(with111.grade.grade == "B")

        rounded.weights = Array(repeating: Rational(11, 100), count: 9)
        let with11 = try #require(rounded.evaluate(tally))
        #expect(with11.score == Rational(874269, 10000))
        #expect(with11.grade.grade == "B")
    }

    @Test func multiplyingByTwentyGivesAWrongGrade() throws {
        // ×20 instead of ×25 turns the 88.31 A into 88.31·20/25 = 70.648 → C.
        let tally = SurveyFixtures.tally(scheme, respondents: 2500, total: 79479)
        var wrong = scheme
        wrong.conversionFactor = Rational(20)
        let result = try #require(wrong.evaluate(tally))
        #expect(result.score == Rational(70648, 1000))
        #expect(result.grade.grade == "C")
    }

    @Test func everyResponseCountsEvenBeyondTheMinimumSample() throws {
        // 30 users need 28 respondents; all 30 responses are evaluated, none dropped.
        let responses = SurveyFixtures.randomResponses(count: 30, elements: 9, seed: 7)
        let result = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, responses)))
        #expect(result.respondents == 30)
        #expect(KrejcieMorgan.minimumSample(population: 30) == 28)
    }

    @Test func noResultWithoutRespondentsOrForAnotherScheme() {
        #expect(scheme.evaluate(SurveyTally(for: scheme)) == nil)
        let old = SurveyFixtures.tally(.kepmenpan25_2004, respondents: 2, total: 91)
        #expect(scheme.evaluate(old) == nil)
        var fivePoint = SurveyTally(elementCount: 9, answerRange: 1...5)
        fivePoint.add(answers: Array(repeating: 5, count: 9))
        #expect(scheme.evaluate(fivePoint) == nil)
    }
}

@Suite("Survey evaluation (KepMenPAN 25/2004)")
struct LegacySurveyEvaluationTests {
    let scheme = SurveyScheme.kepmenpan25_2004

    @Test(arguments: [
        // (respondents, total, score, grade). score = 25·S/(14n):
        // 81.26 → S/n = 45.5056 = 28441/625 (n 625, S 28441); 81.25 → S/n = 45.5 (n 2, S 91);
        // 62.51 → S/n = 35.0056 = 43757/1250 (n 1250, S 43757); 62.50 → S/n = 35 (n 1, S 35);
        // 43.76 → S/n = 24.5056 = 15316/625 (n 625, S 15316); 43.75 → S/n = 24.5 (n 2, S 49); 25 → all answers 1.
        (625, 28441, Rational(8126, 100), "A"),
        (2, 91, Rational(8125, 100), "B"),
        (1250, 43757, Rational(6251, 100), "B"),
        (1, 35, Rational(125, 2), "C"),
        (625, 15316, Rational(4376, 100), "C"),
        (2, 49, Rational(4375, 100), "D"),
        (1, 14, Rational(25), "D"),
    ])
    func bandsOnTheConvertedScale(respondents: Int, total: Int, score: Rational, grade: String) throws {
        let result = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, respondents: respondents, total: total)))
        #expect(result.score == score)
        #expect(result.grade.grade == grade)
    }

    @Test func sameAnswersGradeDifferentlyUnderEachScheme() throws {
        // Everyone answers 3: IKM 3, score 75 — B under 2004 (≥ 62.51), C under 2017 (< 76.61).
        let legacy = try #require(scheme.evaluate(SurveyFixtures.tally(scheme, [Array(repeating: 3, count: 14)])))
        #expect(legacy.score == Rational(75))
        #expect(legacy.grade.grade == "B")
        let current = SurveyScheme.permenpan14_2017
        let modern = try #require(current.evaluate(SurveyFixtures.tally(current, [Array(repeating: 3, count: 9)])))
        #expect(modern.score == Rational(75))
        #expect(modern.grade.grade == "C")
    }
}
