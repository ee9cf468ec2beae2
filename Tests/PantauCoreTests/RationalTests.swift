import Foundation
import Testing
@testable import PantauCore

@Suite("Rational")
struct RationalTests {
    @Test func keepsLowestTermsWithPositiveDenominator() {
        let r = Rational(6, -4)
        #expect(r.numerator == -3)
        #expect(r.denominator == 2)
        #expect(Rational(0, -7) == .zero)
        #expect(Rational(0, -7).denominator == 1)
        #expect(Rational(-10, -20) == Rational(1, 2))
    }

    @Test func ninthsAddUpToExactlyOne() {
        // The regulation's weight 1/9, nine times, is exactly 1; its rounded forms are not.
        let ninth = Rational(1, 9)
        #expect(Array(repeating: ninth, count: 9).reduce(.zero, +) == .one)
        #expect(Rational(111, 1000) * Rational(9) == Rational(999, 1000))
        #expect(Rational(111, 1000) * Rational(9) != .one)
    }

    @Test func arithmetic() {
        #expect(Rational(1, 2) + Rational(1, 3) == Rational(5, 6))
        #expect(Rational(1, 2) - Rational(3, 4) == Rational(-1, 4))
        #expect(Rational(2, 3) * Rational(9, 4) == Rational(3, 2))
        #expect(Rational(2, 3) / Rational(-4, 9) == Rational(-3, 2))
        #expect(-Rational(5, 7) == Rational(-5, 7))
        var x = Rational(1, 6)
        x += Rational(1, 3)
        x *= Rational(4)
        #expect(x == Rational(2))
    }

    @Test func comparison() {
        #expect(Rational(7661, 100) < Rational(7661, 100) + Rational(1, 1_000_000_000))
        #expect(Rational(-1, 2) < Rational(-1, 3))
        #expect(Rational(65) == Rational(6500, 100))
        // Cross products beyond Int are compared exactly at 128 bits.
        #expect(Rational(Int.max - 1, Int.max) < Rational(Int.max, Int.max - 1))
        #expect(Rational(Int.max, 3) < Rational(Int.max, 2))
        #expect(Rational(Int.min, 3) < Rational(Int.min, 5))
    }

    @Test func overflowFallsBackWithoutTrapping() {
        // (2⁶³−1)² does not fit in Int: the result approximates it (saturating at Int.max).
        let big = Rational(Int.max) * Rational(Int.max)
        #expect(big == Rational(Int.max))
        // Coprime denominators whose product (1.6·10¹⁹) exceeds Int.max: the exact sum does not
        // fit, so it is approximated closely.
        let a = Rational(1, 4_000_000_007), b = Rational(1, 4_000_000_009)
        let sum = a + b
        let expected = a.doubleValue + b.doubleValue
        #expect(abs(sum.doubleValue - expected) / expected < 1e-12)
        #expect(sum.denominator <= 1 << 53)
        // Int.min cannot be negated in Int.
        #expect(-Rational(Int.min) > .zero)
        #expect(Rational(1, Int.min) <= .zero)
    }

    @Test(arguments: [
        ("88.31", Rational(8831, 100)),
        ("3.841", Rational(3841, 1000)),
        ("-0.5", Rational(-1, 2)),
        ("65", Rational(65)),
        ("65.00", Rational(65)),
        ("+2.50", Rational(5, 2)),
        ("0.111", Rational(111, 1000)),
        ("007.5", Rational(15, 2)),
        ("1.00000000000000000000000000", Rational(1)),
        ("9223372036854775807", Rational(Int.max)),
    ])
    func parsesDecimals(text: String, expected: Rational) {
        #expect(Rational(decimal: text) == expected)
    }

    @Test(arguments: ["", "-", "+", ".5", "5.", "1.2.3", "abc", "1e3", "1,5", " 1", "1 ", "--1", "٣", "9223372036854775808", "0.0000000000000000001"])
    func rejectsOtherText(text: String) {
        #expect(Rational(decimal: text) == nil)
    }

    @Test(arguments: [
        // value, places, text
        (Rational(88305, 1000), 2, "88.31"),  // exact half: up, where binary 88.305 would give 88.30
        (Rational(88304999, 1000000), 2, "88.30"),
        (Rational(65), 2, "65.00"),
        (Rational(2, 3), 2, "0.67"),
        (Rational(1, 3), 4, "0.3333"),
        (Rational(5, 2), 0, "3"),  // half away from zero, not to even
        (Rational(-5, 2), 0, "-3"),
        (Rational(-1, 2), 0, "-1"),
        (Rational(1, 2), 0, "1"),
        (Rational(-1, 1000), 2, "0.00"),  // no negative zero
        (Rational(-1, 200), 2, "-0.01"),
        (Rational(9995, 100), 1, "100.0"),  // carry through every digit
        (Rational(19, 2), 3, "9.500"),
        (Rational(Int.max), 2, "9223372036854775807.00"),
        (Rational(Int.min, 3), 1, "-3074457345618258602.7"),
    ])
    func formats(value: Rational, places: Int, text: String) {
        #expect(value.formatted(places: places) == text)
    }

    @Test func formatsWithDecimalComma() {
        #expect(Rational(8831, 100).formatted(places: 2, decimalSeparator: ",") == "88,31")
        #expect(Rational(-3, 2).formatted(places: 3, decimalSeparator: ",") == "-1,500")
    }

    @Test(arguments: [
        (Rational(88305, 1000), 2, Rational(8831, 100)),
        (Rational(-88305, 1000), 2, Rational(-8831, 100)),
        (Rational(5, 2), 0, Rational(3)),
        (Rational(-5, 2), 0, Rational(-3)),
        (Rational(7, 3), 3, Rational(2333, 1000)),
        (Rational(1, 9), 0, Rational(0)),
        (Rational(1, 9), -2, Rational(0)),  // negative places count as 0
    ])
    func rounds(value: Rational, places: Int, expected: Rational) {
        #expect(value.rounded(toPlaces: places) == expected)
    }

    @Test func roundingThatCannotFitReturnsTheValue() {
        let huge = Rational(Int.max, 7)
        #expect(huge.rounded(toPlaces: 18) == huge)
    }

    @Test func describesExactly() {
        #expect(Rational(1, 9).description == "1/9")
        #expect(Rational(-6, 4).description == "-3/2")
        #expect(Rational(65).description == "65")
        #expect(Rational(1, 4).doubleValue == 0.25)
    }

    @Test func codableRoundTripAndValidation() throws {
        let value = Rational(-7661, 100)
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(Rational.self, from: data) == value)
        let unreduced = Data(#"{"numerator": 10, "denominator": -4}"#.utf8)
        #expect(try JSONDecoder().decode(Rational.self, from: unreduced) == Rational(-5, 2))
        let zero = Data(#"{"numerator": 1, "denominator": 0}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Rational.self, from: zero) }
    }
}
