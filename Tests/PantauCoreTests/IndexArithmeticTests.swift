import PantauYAML
import Testing
@testable import PantauCore

@Suite("The performance index: aspect scores, IPP and missing scores, exactly")
struct IndexArithmeticTests {
    @Test("aspect = Σ score × weight ÷ Σ weights; IPP = Σ aspect × aspect weight ÷ 100, as fractions")
    func byHand() throws {
        let instrument = try IndexFixtures.instrument(IndexFixtures.small)
        // A = (4·70 + 3·30) / 100 = 37/10; B = 2; IPP = (37/10 · 60 + 2 · 40) / 100 = 302/100.
        let figures = instrument.figures(scores: ["a1": 4, "a2": 3, "b1": 2], missing: .incomplete)
        #expect(figures.aspects.map(\.score) == [Rational(37, 10), Rational(2)])
        #expect(figures.value == Rational(151, 50))
        #expect(figures.status == .complete && figures.covered == .one)
        #expect(figures.lowest == figures.value && figures.highest == figures.value)
    }

    @Test("the shipped weights: every indicator at one level gives that level; one change moves the IPP by weight × aspect weight")
    func shippedWeights() throws {
        let instrument = try IndexFixtures.shipped()
        for level in 0...5 {
            #expect(instrument.figures(scores: IndexFixtures.scores(instrument, all: level), missing: .incomplete).value == Rational(level))
        }
        // 1.a.Ak weighs 17 of Kebijakan Pelayanan's 100, which weighs 24 of 100: one point is 408/10000.
        let one = instrument.figures(scores: IndexFixtures.scores(instrument, all: 5, except: ["1.a.Ak": 4]), missing: .incomplete)
        #expect(one.value == Rational(5) - Rational(408, 10_000))
        #expect(one.aspects[0].score == Rational(483, 100))
        // A realistic unit: Kebijakan 4,3,2,4,2,2,1,3,0; SDM 4,4,3,4,3; Sarpras 3,4,2,3,4,3; SIPP 4,3,3,2; Pengaduan 3,4,3,4; Inovasi 3,2.
        let codes = instrument.aspects.flatMap(\.indicators).map(\.code)
        let levels = [4, 3, 2, 4, 2, 2, 1, 3, 0, 4, 4, 3, 4, 3, 3, 4, 2, 3, 4, 3, 4, 3, 3, 2, 3, 4, 3, 4, 3, 2]
        let figures = instrument.figures(scores: Dictionary(uniqueKeysWithValues: zip(codes, levels)), missing: .incomplete)
        // Kebijakan (68+42+14+56+20+34+7+21+0)/100 = 262/100; SDM (40+80+60+80+90)/100 = 35/10;
        // Sarpras (45+92+40+60+44+33)/100 = 314/100; SIPP (120+60+60+60)/100 = 3; Pengaduan (60+100+75+120)/100 = 355/100;
        // Inovasi (150+100)/100 = 25/10. IPP = (262·24 + 350·25 + 314·18 + 300·11 + 355·10 + 250·12) / 10000
        // = (6288 + 8750 + 5652 + 3300 + 3550 + 3000) / 10000 = 30540/10000.
        #expect(figures.aspects.map(\.score) == [Rational(262, 100), Rational(35, 10), Rational(314, 100), Rational(3), Rational(355, 100), Rational(25, 10)])
        #expect(figures.value == Rational(30_540, 10_000))
        // Supplementary indicators never count.
        var withQueue = Dictionary(uniqueKeysWithValues: zip(codes, levels))
        withQueue["31"] = 0
        #expect(instrument.figures(scores: withQueue, missing: .incomplete).value == figures.value)
    }

    @Test("a missing score is missing: no IPP, the share of weight scored, and the range still possible")
    func incomplete() throws {
        let instrument = try IndexFixtures.instrument(IndexFixtures.small)
        let figures = instrument.figures(scores: ["a1": 4, "b1": 2], missing: .incomplete)
        #expect(figures.value == nil && figures.status == .incomplete)
        #expect(figures.aspects.map(\.score) == [nil, Rational(2)])
        #expect(figures.aspects.map(\.covered) == [Rational(7, 10), .one])
        // 0.7 × 60 + 1 × 40 = 82 of 100.
        #expect(figures.covered == Rational(82, 100))
        // a2 = 0: A = 28/10, IPP = (2.8·60 + 80)/100 = 2.48; a2 = 5: A = 43/10, IPP = (4.3·60 + 80)/100 = 3.38.
        #expect(figures.lowest == Rational(248, 100) && figures.highest == Rational(338, 100))
    }

    @Test("`missing: zero` counts a missing score as 0 and says so")
    func zero() throws {
        let instrument = try IndexFixtures.instrument(IndexFixtures.small)
        let figures = instrument.figures(scores: ["a1": 4, "b1": 2], missing: .zero)
        #expect(figures.value == Rational(248, 100) && figures.status == .zeroFilled)
        #expect(figures.aspects.map(\.score) == [Rational(28, 10), Rational(2)])
    }

    @Test("`missing: reweight` scales the scored weights up, within an aspect and across aspects")
    func reweight() throws {
        let instrument = try IndexFixtures.instrument(IndexFixtures.small)
        // Within A: a1 alone, 4. IPP = (4·60 + 2·40)/100 = 3.2.
        let within = instrument.figures(scores: ["a1": 4, "b1": 2], missing: .reweight)
        #expect(within.aspects.map(\.score) == [Rational(4), Rational(2)])
        #expect(within.value == Rational(32, 10) && within.status == .reweighted)
        // B has nothing: A alone counts, (4·70 + 3·30)/100 = 3.7.
        let across = instrument.figures(scores: ["a1": 4, "a2": 3], missing: .reweight)
        #expect(across.aspects.map(\.score) == [Rational(37, 10), nil])
        #expect(across.value == Rational(37, 10))
    }

    @Test("no score at all gives no index, whatever the rule")
    func nothing() throws {
        let instrument = try IndexFixtures.instrument(IndexFixtures.small)
        for missing in MissingScores.allCases {
            let figures = instrument.figures(scores: [:], missing: missing)
            #expect(figures.value == nil && figures.status == .incomplete && figures.covered == .zero, "\(missing)")
            #expect(figures.lowest == .zero && figures.highest == Rational(5))
        }
    }
}
