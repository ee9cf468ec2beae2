import Testing
@testable import PantauCore

@Suite("Figures as reports show them")
struct SurveyDisplayTests {
    let scheme = SurveyScheme.permenpan14_2017

    @Test("a score just below a threshold is never shown at it: 88.3055… is B and shows 88.30")
    func neverRoundsUpToAGrade() {
        let score = Rational(3179, 36)  // 100 respondents, answer total 3179: 25 × 3179 / 900
        #expect(scheme.grade(forScore: score).grade == "B")
        #expect(scheme.displayedScore(score, places: 2) == Rational(8830, 100))
        #expect(scheme.displayedScore(Rational(76_605, 1000), places: 2) == Rational(7660, 100))
        #expect(scheme.displayedScore(Rational(64_995, 1000), places: 2) == Rational(6499, 100))
    }

    @Test("other scores round half up as usual")
    func ordinaryRounding() {
        #expect(scheme.displayedScore(Rational(275, 3), places: 2) == Rational(9167, 100))  // 91.666…
        #expect(scheme.displayedScore(Rational(8831, 100), places: 2) == Rational(8831, 100))  // exactly A
        #expect(scheme.displayedScore(Rational(88_315, 1000), places: 2) == Rational(8832, 100))
        #expect(scheme.displayedScore(Rational(65), places: 2) == Rational(65))
    }

    @Test("the IKM is held below its thresholds the same way (88.31 ÷ 25 = 3.5324)")
    func ikm() {
        #expect(scheme.displayedIKM(Rational(353_235, 100_000), places: 4) == Rational(35_323, 10_000))
        #expect(scheme.displayedIKM(Rational(35_324, 10_000), places: 4) == Rational(35_324, 10_000))
        #expect(scheme.displayedIKM(Rational(11, 3), places: 4) == Rational(36_667, 10_000))
    }
}
