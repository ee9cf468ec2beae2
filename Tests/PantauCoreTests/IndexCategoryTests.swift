import PantauYAML
import Testing
@testable import PantauCore

@Suite("Index categories: every band edge, exactly, under each reading")
struct IndexCategoryTests {
    /// A score pattern on the shipped weights and the exact IPP it gives (in ten-thousandths).
    struct Case: Sendable, CustomStringConvertible {
        var level: Int
        var changes: [String: Int]
        var tenThousandths: Int
        /// The category under `higher`, `lower` and `rounded`.
        var higher: String, lower: String, rounded: String

        var description: String { "\(tenThousandths)" }
    }

    static let cases: [Case] = [
        Case(level: 5, changes: [:], tenThousandths: 50_000, higher: "A", lower: "A", rounded: "A"),
        Case(level: 5, changes: ["11.b.K": 0, "29.f.B": 1], tenThousandths: 45_100, higher: "A", lower: "A", rounded: "A"),
        // Between the printed bounds 4.50 and 4.51: the readings disagree.
        Case(level: 5, changes: ["5.a.K": 0, "14.b.K": 0], tenThousandths: 45_050, higher: "A", lower: "A-", rounded: "A"),
        Case(level: 5, changes: ["1.a.Ak": 1, "10.b.As": 0, "16.c.As": 0], tenThousandths: 45_048, higher: "A", lower: "A-", rounded: "A-"),
        Case(level: 5, changes: ["1.a.Ak": 4, "3.a.T": 0, "14.b.K": 0], tenThousandths: 45_002, higher: "A", lower: "A-", rounded: "A-"),
        Case(level: 5, changes: ["10.b.As": 0, "14.b.K": 0], tenThousandths: 45_000, higher: "A-", lower: "A-", rounded: "A-"),
        Case(level: 4, changes: ["10.b.As": 2, "29.f.B": 5], tenThousandths: 40_100, higher: "A-", lower: "A-", rounded: "A-"),
        Case(level: 4, changes: [:], tenThousandths: 40_000, higher: "B", lower: "B", rounded: "B"),
        Case(level: 4, changes: ["10.b.As": 0, "11.b.K": 1, "29.f.B": 0], tenThousandths: 35_100, higher: "B", lower: "B", rounded: "B"),
        Case(level: 4, changes: ["11.b.K": 0, "14.b.K": 0], tenThousandths: 35_000, higher: "B-", lower: "B-", rounded: "B-"),
        Case(level: 3, changes: ["10.b.As": 5, "25.e.P": 1], tenThousandths: 30_100, higher: "B-", lower: "B-", rounded: "B-"),
        Case(level: 3, changes: [:], tenThousandths: 30_000, higher: "C", lower: "C", rounded: "C"),
        Case(level: 2, changes: ["11.b.K": 5, "29.f.B": 5, "30.f.B": 5], tenThousandths: 25_100, higher: "C", lower: "C", rounded: "C"),
        Case(level: 3, changes: ["14.b.K": 0, "11.b.K": 0, "10.b.As": 0, "12.b.Ak": 2], tenThousandths: 25_000, higher: "C-", lower: "C-", rounded: "C-"),
        Case(level: 2, changes: ["10.b.As": 0, "25.e.P": 5], tenThousandths: 20_100, higher: "C-", lower: "C-", rounded: "C-"),
        Case(level: 2, changes: [:], tenThousandths: 20_000, higher: "D", lower: "D", rounded: "D"),
        Case(level: 1, changes: ["11.b.K": 4, "14.b.K": 5, "25.e.P": 4], tenThousandths: 15_100, higher: "D", lower: "D", rounded: "D"),
        Case(level: 1, changes: ["11.b.K": 5, "14.b.K": 5], tenThousandths: 15_000, higher: "E", lower: "E", rounded: "E"),
        Case(level: 1, changes: ["11.b.K": 0, "25.e.P": 4], tenThousandths: 10_100, higher: "E", lower: "E", rounded: "E"),
        Case(level: 1, changes: [:], tenThousandths: 10_000, higher: "F", lower: "F", rounded: "F"),
        Case(level: 0, changes: [:], tenThousandths: 0, higher: "F", lower: "F", rounded: "F"),
    ]

    @Test("scores on the shipped weights land exactly on the edge, and the edge falls where the reading puts it", arguments: cases)
    func edges(_ example: Case) throws {
        let instrument = try IndexFixtures.shipped()
        let scores = IndexFixtures.scores(instrument, all: example.level, except: example.changes)
        let value = try #require(instrument.figures(scores: scores, missing: .incomplete).value)
        #expect(value == Rational(example.tenThousandths, 10_000))
        #expect(instrument.categories.category(of: value, reading: .higher)?.grade == example.higher)
        #expect(instrument.categories.category(of: value, reading: .lower)?.grade == example.lower)
        #expect(instrument.categories.category(of: value, reading: .rounded)?.grade == example.rounded)
    }

    @Test("the published bounds themselves: 4.50 | 4.51, 3.00 | 3.01, 1.00 | 1.01, and 4.501 above 4.50")
    func printedBounds() throws {
        let categories = try IndexFixtures.shipped().categories
        let grade = { (text: String, reading: BandReading) in categories.category(of: Rational(decimal: text)!, reading: reading)?.grade }
        for reading in BandReading.allCases {
            #expect(grade("4.50", reading) == "A-" && grade("4.51", reading) == "A", "\(reading)")
            #expect(grade("3.00", reading) == "C" && grade("3.01", reading) == "B-", "\(reading)")
            #expect(grade("1.00", reading) == "F" && grade("1.01", reading) == "E", "\(reading)")
            #expect(grade("5", reading) == "A" && grade("0", reading) == "F", "\(reading)")
        }
        #expect(grade("4.501", .higher) == "A" && grade("4.501", .lower) == "A-" && grade("4.501", .rounded) == "A-")
        #expect(grade("1.005", .higher) == "E" && grade("1.005", .lower) == "F" && grade("1.005", .rounded) == "E")
    }

    @Test("shown with two decimals, or four when two would read as another category")
    func displayed() throws {
        let categories = try IndexFixtures.shipped().categories
        let shown = { (text: String, reading: BandReading) -> String in
            let value = Rational(decimal: text)!
            let display = categories.displayed(value, category: categories.category(of: value, reading: reading))
            return display.value.formatted(places: display.places)
        }
        #expect(shown("3.054", .higher) == "3.05")
        #expect(shown("4.5048", .higher) == "4.5048")  // A, but 4.50 reads as A-
        #expect(shown("4.5050", .lower) == "4.5050")  // A-, but 4.51 reads as A
        #expect(shown("4.5050", .rounded) == "4.51")
        #expect(shown("4.5002", .rounded) == "4.50")
    }
}
