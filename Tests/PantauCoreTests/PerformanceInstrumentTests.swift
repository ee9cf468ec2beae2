import Foundation
import PantauYAML
import Testing
@testable import PantauCore

@Suite("PEKPPP instrument files: the shipped one, and every problem at its place")
struct PerformanceInstrumentTests {
    @Test("the shipped 2022 instrument: six aspects weighted 24/25/18/11/10/12 and the Kebijakan Pelayanan weights of the regulation")
    func shipped() throws {
        let instrument = try IndexFixtures.shipped()
        #expect(instrument.id == "pekppp-2022")
        #expect(instrument.aspects.map(\.code) == ["KEBIJAKAN", "SDM", "SARPRAS", "SIPP", "PENGADUAN", "INOVASI"])
        #expect(instrument.aspects.map(\.weight) == [24, 25, 18, 11, 10, 12].map { Rational($0) })
        #expect(instrument.aspects[0].indicators.map(\.weight) == [17, 14, 7, 14, 10, 17, 7, 7, 7].map { Rational($0) })
        for aspect in instrument.aspects { #expect(aspect.indicatorWeight == Rational(100), "\(aspect.code)") }
        // 30 weighted indicators and the supplementary queueing system, numbered 1–31 in rubric order.
        #expect(instrument.aspects.flatMap(\.indicators).count == 30)
        #expect(instrument.supplementary.map(\.code) == ["31"])
        #expect(instrument.indicators.map(\.number) == Array(1...31))
        #expect(instrument.indicators.allSatisfy { $0.levels.count == 6 })
        #expect(instrument.categories.map(\.grade) == ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"])
        #expect(instrument.categories.first?.name.indonesian == "Pelayanan Prima")
        let evidenced = instrument.indicators.compactMap { indicator in indicator.evidence.map { "\(indicator.code) \($0.rawValue)" } }
        #expect(evidenced == [
            "1.a.Ak standard-complete", "2.a.P standard-participation", "3.a.T standard-publication", "4.a.K standard-review",
            "5.a.K maklumat", "6.a.B skm-conducted", "7.a.T skm-publication", "8.a.Ak followup-share", "9.a.Ak followup-speed",
            "28.e.Ak complaint-completion", "29.f.B innovation",
        ])
        #expect(instrument.indicator(named: "1.A.AK")?.code == "1.a.Ak")
        #expect(instrument.indicator(named: "28")?.code == "28.e.Ak")
        #expect(instrument.indicator(named: "32") == nil)
    }

    @Test("indicator weights that do not add up to 100 are reported at the aspect's `indicators`, in both languages")
    func indicatorWeights() throws {
        let text = IndexFixtures.small.replacingOccurrences(of: "name: Dua, weight: 30", with: "name: Dua, weight: 25")
        let problems = IndexFixtures.diagnostics(text)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.description == "i.yaml:17:5: error: the indicator weights of aspect 'A' add up to 95, not 100")
        #expect(problem.message.text(.indonesian) == "jumlah bobot indikator aspek 'A' adalah 95, bukan 100")
        #expect(problem.message.hint(.english) == "change this aspect's indicator weights until they add up to exactly 100")
    }

    @Test("aspect weights that do not add up to 100 are reported at `aspects`; decimals are exact")
    func aspectWeights() throws {
        let text = IndexFixtures.small.replacingOccurrences(of: "weight: 60", with: "weight: 59.5")
        let problems = IndexFixtures.diagnostics(text)
        #expect(problems.map(\.description) == ["i.yaml:13:1: error: the aspect weights add up to 199/2 (≈ 99.5000), not 100"])
        #expect(problems.first?.message.text(.indonesian) == "jumlah bobot aspek adalah 199/2 (≈ 99.5000), bukan 100")
    }

    @Test("duplicate codes and numbers, a score outside 0–5, an unknown evidence and overlapping categories, all at once")
    func manyProblems() throws {
        let text = """
            id: rusak
            title: { id: Rusak, en: Broken }
            categories:
              - { grade: A, name: Prima, from: 4.51, to: 5.00 }
              - { grade: B, name: Baik, from: 3.00, to: 4.60 }
              - { grade: A, name: Lagi, from: 0.00, to: 2.00 }
            aspects:
              - code: K
                name: Kebijakan
                weight: 70
                indicators:
                  - code: k1
                    no: 1
                    name: Satu
                    weight: 60
                    evidence: standar-lengkap
                    scores: { 0: a, 1: b, 2: c, 3: d, 4: e, 6: f }
                  - code: K1
                    no: 1
                    name: Dua
                    weight: 40
                    scores: { 0: a, 1: b, 2: c, 3: d, 4: e, 5: f }
              - code: k
                name: SDM
                weight: 30
                indicators:
                  - { code: s1, name: S, weight: 100, scores: { 0: a, 1: b, 2: c, 3: d, 4: e, 5: f } }

            """
        let found = IndexFixtures.problems(text)
        #expect(found == [
            "5:45 instrument.categories-overlap", "6:14 instrument.duplicate-grade", "16:19 yaml.invalid-choice",
            "17:49 instrument.score-outside-scale", "18:15 instrument.duplicate-indicator", "19:13 instrument.duplicate-number",
            "23:11 instrument.duplicate-aspect",
        ])
        let messages = IndexFixtures.diagnostics(text).map(\.description)
        #expect(messages.contains("i.yaml:18:15: error: indicator code 'K1' is already used on line 12"))
        #expect(messages.contains("i.yaml:19:13: error: indicator number 1 is already used by indicator 'k1' on line 13"))
        #expect(messages.contains("i.yaml:17:49: error: score '6' is outside the 0–5 scale"))
        let indonesian = IndexFixtures.diagnostics(text).map { $0.message.text(.indonesian) }
        #expect(indonesian.contains("kode indikator 'K1' sudah dipakai di baris 12"))
        #expect(indonesian.contains("kategori 'B' tidak berada di bawah kategori 'A' di atasnya"))
    }

    @Test("missing keys, missing score descriptions, weights that are not positive numbers, and categories short of 0–5")
    func shapes() throws {
        let text = """
            id: rusak
            title: Rusak
            categories:
              - { grade: A, name: Prima, from: 2.51, to: 4.99 }
              - { grade: F, name: Gagal, from: 0.10, to: 2.50 }
            aspects:
              - code: K
                name: Kebijakan
                weight: nol
                indicators:
                  - { code: k1, name: Satu, weight: 0, scores: { 0: a, 1: b, 2: c } }
                  - { code: k2, name: Dua, scores: { 0: a, 1: b, 2: c, 3: d, 4: e, 5: f } }

            """
        let found = IndexFixtures.problems(text)
        #expect(found == [
            "4:46 instrument.top-category-short", "5:36 instrument.bottom-category-short", "9:13 instrument.invalid-weight",
            "11:41 instrument.weight-not-positive", "11:44 instrument.scores-missing", "12:9 yaml.missing-key",
        ])
    }

    @Test("a category bound outside 0–5 and a lower bound above the upper")
    func bounds() throws {
        let text = IndexFixtures.small
            .replacingOccurrences(of: "from: 4.51, to: 5.00", with: "from: 4.51, to: 5.50")
            .replacingOccurrences(of: "from: 3.51, to: 4.00", with: "from: 4.00, to: 3.51")
        let found = IndexFixtures.problems(text)
        #expect(found == ["4:56 instrument.bound-outside-scale", "6:5 instrument.bounds-reversed"])
    }
}
