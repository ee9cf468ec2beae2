import Testing
@testable import PantauCore

@Suite("Krejcie–Morgan minimum sample")
struct KrejcieMorganTests {
    /// The published table (population N → sample s), as domain.md gives it, except 100 000 (below).
    static let publishedTable: [(Int, Int)] = [
        (10, 10), (20, 19), (30, 28), (40, 36), (50, 44), (60, 52), (70, 59), (80, 66), (90, 73), (100, 80),
        (120, 92), (140, 103), (160, 113), (180, 123), (200, 132), (250, 152), (300, 169), (400, 196),
        (500, 217), (600, 234), (700, 248), (800, 260), (900, 269), (1000, 278), (1500, 306), (2000, 322),
        (3000, 341), (4000, 351), (5000, 357), (10000, 370), (20000, 377), (50000, 381), (1_000_000, 384),
    ]

    @Test(arguments: publishedTable)
    func reproducesThePublishedTable(population: Int, sample: Int) {
        #expect(KrejcieMorgan.minimumSample(population: population) == sample)
    }

    @Test(arguments: publishedTable + [(100_000, 384)])
    func publishedTableMethodGivesEveryPublishedRow(population: Int, sample: Int) {
        #expect(KrejcieMorgan.minimumSample(population: population, method: .publishedTable) == sample)
    }

    @Test func roundingIsToNearest() {
        // s = 3841N / (10(N−1) + 3841):
        //   N = 10: 38410/3931 = 9.771… → 10 (rounding down would give 9)
        //   N = 20: 76820/4031 = 19.057… → 19 (rounding up would give 20)
        //   N = 60: 230460/4431 = 52.010… → 52 (not the 65 some copies print)
        #expect(KrejcieMorgan.minimumSample(population: 10) == 10)
        #expect(KrejcieMorgan.minimumSample(population: 20) == 19)
        #expect(KrejcieMorgan.minimumSample(population: 60) == 52)
    }

    @Test func hundredThousandFollowsTheFormulaNotTheMisprint() {
        // Copies of the table print 100 000 → 384, but the formula gives
        // 384 100 000 / 1 003 831 = 382.63… → 383; 384 is the unbounded-population value
        // χ²P(1−P)/d² = 0.96025/0.0025 = 384.1, which the original table gives for 1 000 000.
        #expect(KrejcieMorgan.minimumSample(population: 100_000) == 383)
        #expect(KrejcieMorgan.minimumSample(population: 100_000, method: .formula) == 383)
        // The published table, the default method, keeps its own row; between rows it computes.
        #expect(KrejcieMorgan.minimumSample(population: 100_000, method: .publishedTable) == 384)
        #expect(KrejcieMorgan.minimumSample(population: 99_999, method: .publishedTable) == 383)
        #expect(KrejcieMorgan.minimumSample(population: 65, method: .publishedTable) == KrejcieMorgan.minimumSample(population: 65))
        let unbounded = KrejcieMorgan.chiSquare * Rational(1, 4) / (KrejcieMorgan.margin * KrejcieMorgan.margin)
        #expect(unbounded == Rational(38410, 100))
        #expect(KrejcieMorgan.minimumSample(population: 75_000) == 382)
    }

    @Test func edgeCases() {
        #expect(KrejcieMorgan.minimumSample(population: 0) == 0)
        #expect(KrejcieMorgan.minimumSample(population: -5) == 0)
        #expect(KrejcieMorgan.minimumSample(population: 1) == 1)
        #expect(KrejcieMorgan.minimumSample(population: 2) == 2)  // 7682/3851 = 1.99…
        #expect(KrejcieMorgan.minimumSample(population: Int.max) == 384)
    }

    @Test func neverMoreThanThePopulationAndNeverDecreasing() {
        var previous = 0
        for population in 1...3000 {
            let sample = KrejcieMorgan.minimumSample(population: population)
            #expect(sample <= population)
            #expect(sample >= previous)
            previous = sample
        }
    }

    @Test func generalFormWithTheDefaultConstantsAgrees() {
        for population in [10, 217, 5000, 123_456] {
            #expect(
                KrejcieMorgan.minimumSample(population: population, chiSquare: Rational(3841, 1000), proportion: Rational(1, 2), margin: Rational(1, 20))
                    == KrejcieMorgan.minimumSample(population: population))
        }
        // A 10 % margin needs far fewer: 3841·1000/(40·999 + 3841) = 87.7… → 88.
        #expect(KrejcieMorgan.minimumSample(population: 1000, chiSquare: Rational(3841, 1000), proportion: Rational(1, 2), margin: Rational(1, 10)) == 88)
        // No margin of error: everyone.
        #expect(KrejcieMorgan.minimumSample(population: 1000, chiSquare: Rational(3841, 1000), proportion: Rational(1, 2), margin: .zero) == 1000)
    }
}
