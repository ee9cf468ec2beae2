import PantauCore
import Testing
@testable import PantauStages

@Suite("FieldParsers: amounts, yes or no, and lists as people type them")
struct FieldParsersNumbersTests {
    @Test("decimal numbers with Indonesian or international separators", arguments: [
        ("0", Rational(0)), ("1250", Rational(1250)), ("1.234,5", Rational(24_69, 2)), ("1234,5", Rational(2469, 2)),
        ("0,75", Rational(3, 4)), ("1,5", Rational(3, 2)), ("1.250", Rational(1250)), ("12.500", Rational(12_500)),
        ("1.250.000", Rational(1_250_000)), ("1.250.000,50", Rational(2_500_001, 2)), ("1234.5", Rational(2469, 2)),
        ("12.5", Rational(25, 2)), ("0.125", Rational(1, 8)), ("1,234.5", Rational(2469, 2)), ("1,250,000", Rational(1_250_000)),
        ("-5.000", Rational(-5000)), ("+2,5", Rational(5, 2)), ("\u{2212}3", Rational(-3)), (" 87.000 ", Rational(87_000)),
    ])
    func decimals(_ text: String, _ expected: Rational) {
        #expect(FieldParsers.decimal(text) == expected)
    }

    @Test("text that is no number", arguments: [
        "", "-", ",5", "1,", "1.", "1..250", "1.2.3,4,5", "1,234,5", "12.50.000", "1.2345.678", "dua", "1 250", "Rp 5.000", "5e3", "1.234,5.6",
    ])
    func notDecimals(_ text: String) {
        #expect(FieldParsers.decimal(text) == nil)
    }

    @Test("amounts in Rupiah", arguments: [
        ("0", Rational(0)), ("Rp 0", Rational(0)), ("Rp 87.000", Rational(87_000)), ("Rp. 87.000,-", Rational(87_000)),
        ("rp150.000", Rational(150_000)), ("IDR 25.000", Rational(25_000)), ("Rp 50.000,00", Rational(50_000)), ("Gratis", .zero),
        ("tidak dipungut biaya", .zero), ("FREE", .zero), ("Rp 1.234,5", Rational(2469, 2)), ("Rp 50 000", Rational(50_000)),
        ("-15.000", Rational(-15_000)),
    ])
    func rupiah(_ text: String, _ expected: Rational) {
        #expect(FieldParsers.rupiah(text) == expected)
    }

    @Test("text that is no amount", arguments: ["", "Rp", "sesuai Perda", "Rp 5.000 per lembar", "US$ 5"])
    func notRupiah(_ text: String) {
        #expect(FieldParsers.rupiah(text) == nil)
    }

    @Test("yes or no", arguments: [
        ("ya", true), ("Ya", true), ("YES", true), ("y", true), ("true", true), ("1", true), (" ya ", true),
        ("tidak", false), ("Tidak", false), ("no", false), ("N", false), ("false", false), ("0", false),
    ])
    func yesNo(_ text: String, _ expected: Bool) {
        #expect(FieldParsers.yesNo(text) == expected)
    }

    @Test("neither yes nor no", arguments: ["", "mungkin", "2", "ada", "-"])
    func neither(_ text: String) {
        #expect(FieldParsers.yesNo(text) == nil)
    }

    @Test("lists in one cell split on semicolons, bars and line breaks, not on commas")
    func lists() {
        #expect(FieldParsers.listItems("website; papan informasi |brosur\nmedia sosial") == ["website", "papan informasi", "brosur", "media sosial"])
        #expect(FieldParsers.listItems("Sistem, Mekanisme, dan Prosedur; Biaya/Tarif") == ["Sistem, Mekanisme, dan Prosedur", "Biaya/Tarif"])
        #expect(FieldParsers.listItems(" ; ;") == [])
        #expect(FieldParsers.listItems("") == [])
    }

    @Test("every line end and blank splits and trims a list, in ASCII text and in any other", arguments: ["", "\u{A0}é"])
    func listEnds(suffix: String) {
        let items = FieldParsers.listItems("\t a \r\nb\u{0B}c\u{0C} d e |\rf;\n g" + suffix)
        #expect(items == ["a", "b", "c", "d e", "f", "g" + suffix])
        #expect(FieldParsers.listItems(" \u{1F}x\u{1C} ") == ["\u{1F}x\u{1C}"])
    }
}
