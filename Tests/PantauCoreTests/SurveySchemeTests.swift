import Foundation
import PantauYAML
import Testing
@testable import PantauCore

@Suite("Survey schemes")
struct SurveySchemeTests {
    @Test func builtInSchemesAreValid() {
        for scheme in SurveyScheme.builtIn {
            #expect(scheme.problems() == [], "\(scheme.id)")
            #expect(scheme.validate() == [], "\(scheme.id)")
        }
        #expect(SurveyScheme.builtIn.map(\.id) == ["permenpan-14-2017", "kepmenpan-25-2004"])
        #expect(SurveyScheme.builtIn(id: "permenpan-14-2017") == .permenpan14_2017)
        #expect(SurveyScheme.builtIn(id: "kepmenpan-25-2004") == .kepmenpan25_2004)
        #expect(SurveyScheme.builtIn(id: "permenpan-2017") == nil)
    }

    @Test func permenpan2017ElementsInRegulationOrder() {
        let scheme = SurveyScheme.permenpan14_2017
        #expect(scheme.elements.map(\.code) == (1...9).map { "U\($0)" })
        #expect(scheme.elements.map(\.name) == [
            "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
            "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
            "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
        ])
        // The questionnaire trap: Pengaduan is U8 and Sarana U9, whatever order a form asks them in.
        #expect(scheme.elementIndex(code: "U8") == 7)
        #expect(scheme.elements[7].name.hasPrefix("Penanganan Pengaduan"))
        #expect(scheme.elementIndex(code: "U10") == nil)
        #expect(scheme.weights == Array(repeating: Rational(1, 9), count: 9))
        #expect(scheme.conversionFactor == Rational(25))
        #expect(scheme.answerRange == 1...4)
        #expect(scheme.grades.map(\.grade) == ["A", "B", "C", "D"])
        #expect(scheme.grades.map(\.minimumScore) == [Rational(8831, 100), Rational(7661, 100), Rational(65), Rational(25)])
        #expect(scheme.grades.map(\.quality) == ["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"])
        #expect(scheme.elements[3].localizedName(.english) == "Cost/fee")
        #expect(scheme.grades[0].localizedQuality(.english) == "Very good")
        #expect(scheme.grades[0].localizedQuality(.indonesian) == "Sangat Baik")
    }

    @Test func kepmenpan2004Elements() {
        let scheme = SurveyScheme.kepmenpan25_2004
        #expect(scheme.elements.map(\.code) == (1...14).map { "U\($0)" })
        #expect(scheme.elements.first?.name == "Prosedur pelayanan")
        #expect(scheme.elements[9].name == "Kewajaran biaya pelayanan")
        #expect(scheme.elements.last?.name == "Keamanan pelayanan")
        #expect(scheme.weights.reduce(.zero, +) == .one)
        #expect(scheme.grades.map(\.minimumScore) == [Rational(8126, 100), Rational(6251, 100), Rational(4376, 100), Rational(25)])
    }

    @Test(arguments: [
        ("100", "A"), ("88.31", "A"), ("88.30", "B"), ("88.309999", "B"), ("76.61", "B"), ("76.60", "C"),
        ("65.00", "C"), ("64.99", "D"), ("64.999999", "D"), ("25", "D"),
        ("10", "D"),  // below every band: the lowest
    ])
    func grades2017(score: String, grade: String) {
        #expect(SurveyScheme.permenpan14_2017.grade(forScore: Rational(decimal: score)!).grade == grade)
    }

    @Test(arguments: [("81.26", "A"), ("81.25", "B"), ("62.51", "B"), ("62.50", "C"), ("43.76", "C"), ("43.75", "D"), ("25", "D")])
    func grades2004(score: String, grade: String) {
        #expect(SurveyScheme.kepmenpan25_2004.grade(forScore: Rational(decimal: score)!).grade == grade)
    }

    @Test func gradeDoesNotDependOnBandOrder() {
        var shuffled = SurveyScheme.permenpan14_2017
        shuffled.grades.reverse()
        #expect(shuffled.grade(forScore: Rational(7661, 100)).grade == "B")
        var empty = shuffled
        empty.grades = []
        #expect(empty.grade(forScore: Rational(90)).grade == "?")
    }

    @Test func validationFindsEveryProblem() {
        var broken = SurveyScheme.permenpan14_2017
        broken.elements[8].code = "U1"
        broken.elements[2].code = ""
        broken.weights = Array(repeating: Rational(111, 1000), count: 9)
        broken.weights[0] = Rational(-1, 1000)
        broken.conversionFactor = .zero
        broken.grades.swapAt(1, 2)
        broken.grades[3].minimumScore = Rational(30)
        #expect(broken.problems() == [
            .schemeElementCodeEmpty(position: 3),
            .schemeDuplicateElementCode(code: "U1"),
            .schemeNegativeWeight(code: "U1", weight: Rational(-1, 1000)),
            .schemeWeightsDoNotSumToOne(sum: Rational(887, 1000)),
            .schemeConversionFactorNotPositive(factor: .zero),
            .schemeGradesNotDescending(grade: "B", previousGrade: "C"),
            .schemeLowestGradeAboveLowestScore(grade: "D", minimum: Rational(30), lowestScore: .zero),
        ])
    }

    @Test func validationOfShapes() {
        var scheme = SurveyScheme.permenpan14_2017
        scheme.elements = []
        scheme.weights = []
        scheme.grades = []
        scheme.answerRange = 0...1000
        #expect(scheme.problems() == [
            .schemeHasNoElements,
            .schemeAnswerRangeTooWide(range: 0...1000, limit: 100),
            .schemeHasNoGrades,
        ])
        var mismatched = SurveyScheme.permenpan14_2017
        mismatched.weights.removeLast()
        #expect(mismatched.problems() == [.schemeWeightCountMismatch(elements: 9, weights: 8)])
        #expect(mismatched.evaluate(SurveyFixtures.tally(.permenpan14_2017, respondents: 1, total: 20)) == nil)
    }

    @Test func rounded0111WeightsAreReportedInBothLanguages() {
        var scheme = SurveyScheme.permenpan14_2017
        scheme.weights = Array(repeating: Rational(111, 1000), count: 9)
        #expect(scheme.validate(.english) == ["the element weights add up to 999/1000 (≈ 0.9990), not exactly 1"])
        #expect(scheme.validate(.indonesian) == ["jumlah bobot unsur adalah 999/1000 (≈ 0.9990), bukan tepat 1"])
        #expect(scheme.validate() == scheme.validate(.indonesian))
        #expect(scheme.problems().first?.hint(.english)?.contains("1/9") == true)
    }

    static let allMessages: [CoreMessage] = [
        .schemeHasNoElements, .schemeElementCodeEmpty(position: 2), .schemeDuplicateElementCode(code: "U1"),
        .schemeWeightCountMismatch(elements: 9, weights: 8), .schemeNegativeWeight(code: "U1", weight: Rational(-1, 9)),
        .schemeWeightsDoNotSumToOne(sum: Rational(999, 1000)), .schemeAnswerRangeTooWide(range: 0...1000, limit: 100),
        .schemeConversionFactorNotPositive(factor: .zero), .schemeHasNoGrades,
        .schemeGradesNotDescending(grade: "B", previousGrade: "A"),
        .schemeLowestGradeAboveLowestScore(grade: "D", minimum: Rational(30), lowestScore: Rational(25)),
    ]

    @Test(arguments: allMessages)
    func everyMessageHasTextAndHintInEveryLanguage(message: CoreMessage) {
        #expect(message.code.hasPrefix("scheme."))
        for language in Language.allCases {
            #expect(!message.text(language).isEmpty)
            #expect(message.hint(language)?.isEmpty == false)
        }
        #expect(message.text(.indonesian) != message.text(.english))
    }

    @Test func messageCodesAreDistinct() {
        #expect(Set(Self.allMessages.map(\.code)).count == Self.allMessages.count)
    }

    @Test func schemeRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(SurveyScheme.permenpan14_2017)
        #expect(try JSONDecoder().decode(SurveyScheme.self, from: data) == .permenpan14_2017)
    }
}
