import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

@Suite("evaluate.skm on the sample region")
struct EvaluateSKMSampleTests {
    @Test("every agency: respondents, element sums in regulation order, exact IKM and score, grade", arguments: samplePeriods)
    func agencies(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID)
        let (evaluation, _) = try await evaluateSamples(period: periodID)
        #expect(evaluation.period == period(periodID))
        #expect(evaluation.units.map(\.name) == expected.agencies.map(\.opd).sorted())
        for agency in expected.agencies {
            let unit = try #require(evaluation.units.first { $0.name == agency.opd }, "\(agency.opd)")
            let result = try #require(unit.summary.result)
            #expect(unit.summary.tally.respondents == agency.respondents, "\(agency.opd)")
            #expect(result.respondents == agency.respondents, "\(agency.opd)")
            // Sums per element in regulation order: this is what proves u8 → U9 and u9 → U8.
            #expect(unit.summary.tally.sums == ExpectedSKM.ordered(agency.sums), "\(agency.opd)")
            #expect(result.elements.map(\.code) == expected.element_order)
            #expect(result.elements.map(\.nrr) == expected.element_order.map { fraction(agency.nrr[$0]!)! }, "\(agency.opd)")
            #expect(result.ikm == fraction(agency.ikm), "\(agency.opd)")
            #expect(result.score == fraction(agency.score), "\(agency.opd)")
            #expect(result.score.formatted(places: 2) == agency.score_rounded, "\(agency.opd)")
            #expect(result.ikm.formatted(places: 4) == agency.ikm_rounded, "\(agency.opd)")
            #expect(result.grade.grade == agency.grade, "\(agency.opd)")
            #expect(result.grade.quality == agency.kinerja, "\(agency.opd)")
        }
    }

    @Test("every service: respondents, sums, exact score and grade", arguments: samplePeriods)
    func services(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID)
        let (evaluation, _) = try await evaluateSamples(period: periodID)
        for agency in expected.agencies {
            let unit = try #require(evaluation.units.first { $0.name == agency.opd })
            #expect(unit.services.map(\.name) == agency.services.map(\.layanan).sorted(), "\(agency.opd)")
            for service in agency.services {
                let group = try #require(unit.services.first { $0.name == service.layanan }, "\(service.layanan)")
                #expect(group.tally.respondents == service.respondents, "\(service.layanan)")
                #expect(group.tally.sums == ExpectedSKM.ordered(service.sums), "\(service.layanan)")
                #expect(group.result?.score == fraction(service.score), "\(service.layanan)")
                #expect(group.result?.grade.grade == service.grade, "\(service.layanan)")
            }
        }
    }

    @Test("the region pools every response of the period", arguments: samplePeriods)
    func region(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID).region_pooled
        let (evaluation, _) = try await evaluateSamples(period: periodID)
        let result = try #require(evaluation.region.result)
        #expect(result.respondents == expected.respondents)
        #expect(evaluation.region.tally.sums == ExpectedSKM.ordered(expected.sums))
        #expect(result.ikm == fraction(expected.ikm))
        #expect(result.score == fraction(expected.score))
        #expect(result.score.formatted(places: 2) == expected.score_rounded)
        #expect(result.grade.grade == expected.grade)
        // Pooled, not the mean of unit scores.
        let meanOfUnits = evaluation.units.reduce(Rational.zero) { $0 + $1.summary.result!.score } / Rational(evaluation.units.count)
        #expect(meanOfUnits != result.score)
    }

    @Test("Dinas Sosial in 2026-S1 is exactly 65 and therefore grade C, not D")
    func thresholdIsInclusive() async throws {
        let (evaluation, _) = try await evaluateSamples(period: "2026-S1")
        let result = try #require(evaluation.units.first { $0.name == "Dinas Sosial" }?.summary.result)
        #expect(result.score == Rational(65))
        #expect(result.ikm == Rational(13, 5))
        #expect(result.grade.grade == "C")
        #expect(result.grade.quality == "Kurang Baik")
    }

    @Test("responses outside the period are counted apart, not evaluated", arguments: [("2026-S1", 1645, 1804), ("2025-S2", 1804, 1645)])
    func coverage(_ periodID: String, _ inPeriod: Int, _ outside: Int) async throws {
        let (evaluation, _) = try await evaluateSamples(period: periodID)
        #expect(evaluation.coverage == SKMCoverage(inPeriod: inPeriod, outsidePeriod: outside, undated: 0))
        #expect(evaluation.region.tally.respondents == inPeriod)
    }

    @Test("a period with no responses has no units and no regional result")
    func emptyPeriod() async throws {
        let (evaluation, _) = try await evaluateSamples(period: "2024-S1")
        #expect(evaluation.units.isEmpty)
        #expect(evaluation.region.result == nil)
        #expect(evaluation.coverage.outsidePeriod == 1804 + 1645)
    }

    @Test("minimum-sample verdicts equal the expected ones; the minimum is exactly met by some", arguments: samplePeriods)
    func sampleVerdicts(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID)
        let (evaluation, _) = try await evaluateSamples(period: periodID)
        for agency in expected.agencies {
            let unit = try #require(evaluation.units.first { $0.name == agency.opd })
            let sample = agency.sample
            let respondents = agency.respondents
            #expect(
                unit.sample
                    == (sample.sufficient
                        ? .sufficient(population: sample.population, minimum: sample.minimum, respondents: respondents)
                        : .insufficient(population: sample.population, minimum: sample.minimum, respondents: respondents)),
                "\(agency.opd)")
        }
        #expect(evaluation.units.filter(\.sample.isInsufficient).map(\.name).sorted() == expected.sample_insufficient.sorted())
    }

    @Test("2026-S1: RSUD, Dinas Sosial and Puskesmas Sukamaju fall short; the exact-minimum agencies pass")
    func namedVerdicts() async throws {
        let (evaluation, _) = try await evaluateSamples(period: "2026-S1")
        let insufficient = Set(evaluation.units.filter(\.sample.isInsufficient).map(\.name))
        #expect(insufficient == ["Rumah Sakit Umum Daerah Kabupaten Contoh", "Dinas Sosial", "UPTD Puskesmas Sukamaju"])
        let library = evaluation.units.first { $0.name == "Dinas Perpustakaan dan Kearsipan" }
        #expect(library?.sample == .sufficient(population: 220, minimum: 140, respondents: 140))
        let kecamatan = evaluation.units.first { $0.name == "Kecamatan Sukamaju" }
        #expect(kecamatan?.sample == .sufficient(population: 71, minimum: 60, respondents: 60))
    }

    @Test("no sample population matches a published-table row, so both methods agree on the samples", arguments: samplePeriods)
    func methodsAgreeOnSamples(_ periodID: String) async throws {
        let table = try await evaluateSamples(period: periodID, sampleMethod: "table").evaluation
        let formula = try await evaluateSamples(period: periodID, sampleMethod: "formula").evaluation
        #expect(table.units.map(\.sample) == formula.units.map(\.sample))
    }

    @Test("the weakest elements are the lowest NRR, lowest first")
    func weakest() async throws {
        let (evaluation, _) = try await evaluateSamples(period: "2026-S1")
        let result = try #require(evaluation.region.result)
        #expect(result.weakest.count == 3)
        // Region 2026-S1 NRR: U3 4593, U8 4812, U9 4905 are the three lowest sums.
        #expect(result.weakest.map(\.code) == ["U3", "U8", "U9"])
    }
}

@Suite("evaluate.skm and SKMEvaluator on built data")
struct SKMEvaluatorTests {
    private static let scheme = SurveyScheme.permenpan14_2017
    private static let s1 = Period("2026-S1")!

    private func responses(_ unit: String, count: Int, answers: [Int], date: CalendarDate? = CalendarDate(year: 2026, month: 3, day: 2))
        -> SurveyResponses
    {
        var responses = SurveyResponses(scheme: Self.scheme)
        for row in 0..<count {
            responses.append(unit: unit, service: "Layanan", date: date, answers: answers, source: RecordSource(file: "x.csv", row: row + 2))
        }
        return responses
    }

    private func population(_ unit: String, _ users: Int, _ period: Period = s1) -> ServicePopulation {
        ServicePopulation(unit: unit, period: period, users: users, source: RecordSource(file: "p.csv", row: 2))
    }

    @Test("N = 100000: the published table asks 384, the formula 383", arguments: [
        (KrejcieMorgan.Method.publishedTable, 383, false), (.publishedTable, 384, true), (.formula, 383, true), (.formula, 382, false),
    ])
    func publishedTableDiffers(_ method: KrejcieMorgan.Method, _ respondents: Int, _ sufficient: Bool) {
        let evaluation = SKMEvaluator(sampleMethod: method).evaluate(
            responses("Dinas A", count: respondents, answers: Array(repeating: 3, count: 9)),
            populations: [population("Dinas A", 100_000)], period: Self.s1)
        let minimum = method == .publishedTable ? 384 : 383
        #expect(
            evaluation.units.first?.sample
                == (sufficient
                    ? .sufficient(population: 100_000, minimum: minimum, respondents: respondents)
                    : .insufficient(population: 100_000, minimum: minimum, respondents: respondents)))
    }

    @Test("sample_method is read from the stage configuration", arguments: [("table", 384), ("formula", 383), (nil, 384)] as [(String?, Int)])
    func sampleMethodOption(_ method: String?, _ minimum: Int) async throws {
        let stage = try EvaluateSKM(configuration: configuration(EvaluateSKM.self, method.map { "sample_method: \($0)" }))
        let inputs: [any Dataset] = [
            responses("Dinas A", count: 383, answers: Array(repeating: 3, count: 9)), ServicePopulations([population("Dinas A", 100_000)]),
        ]
        let evaluation = try await run(stage, inputs: inputs).one(SKMEvaluation.self)
        let sample = try #require(evaluation.units.first?.sample)
        switch sample {
        case .sufficient(_, let m, _), .insufficient(_, let m, _): #expect(m == minimum)
        case .populationUnknown: Issue.record("population lost")
        }
    }

    @Test("the published table is used on its rows and the formula between them", arguments: [
        (60, 52), (100, 80), (1000, 278), (50_000, 381), (10, 10), (20, 19), (71, 60), (220, 140),
    ])
    func tableRows(_ population: Int, _ minimum: Int) {
        #expect(KrejcieMorgan.minimumSample(population: population, method: .publishedTable) == minimum)
        #expect(KrejcieMorgan.minimumSample(population: population, method: .formula) == minimum)
    }

    @Test("populations of another period or unit are not used")
    func populationMatching() {
        let evaluation = SKMEvaluator().evaluate(
            responses("Dinas A", count: 5, answers: Array(repeating: 4, count: 9)),
            populations: [population("Dinas A", 10, Period("2025-S2")!), population("Dinas B", 10)], period: Self.s1)
        #expect(evaluation.units.first?.sample == .populationUnknown)
    }

    @Test("a score exactly on each threshold gets the higher grade", arguments: [
        (Rational(8831, 100), "A"), (Rational(8830, 100), "B"), (Rational(7661, 100), "B"), (Rational(7660, 100), "C"),
        (Rational(65), "C"), (Rational(6499, 100), "D"), (Rational(25), "D"), (Rational(100), "A"),
    ])
    func thresholds(_ score: Rational, _ grade: String) {
        #expect(SurveyScheme.permenpan14_2017.grade(forScore: score).grade == grade)
    }

    @Test("undated responses count in the period; dated ones outside it do not")
    func undatedAndOutside() {
        var all = responses("Dinas A", count: 2, answers: Array(repeating: 2, count: 9), date: nil)
        all.append(contentsOf: responses("Dinas A", count: 3, answers: Array(repeating: 4, count: 9), date: CalendarDate(year: 2026, month: 7, day: 1)))
        all.append(contentsOf: responses("Dinas A", count: 1, answers: Array(repeating: 4, count: 9), date: CalendarDate(year: 2026, month: 6, day: 30)))
        all.append(contentsOf: responses("Dinas A", count: 1, answers: Array(repeating: 4, count: 9), date: CalendarDate(year: 2026, month: 1, day: 1)))
        let evaluation = SKMEvaluator().evaluate(all, populations: [], period: Self.s1)
        #expect(evaluation.coverage == SKMCoverage(inPeriod: 4, outsidePeriod: 3, undated: 2))
        #expect(evaluation.region.tally.respondents == 4)
        #expect(evaluation.region.tally.sums == Array(repeating: 12, count: 9))
    }

    @Test("responses of two schemes are refused together")
    func mixedSchemes() async throws {
        let stage = try EvaluateSKM(configuration: configuration(EvaluateSKM.self, nil))
        var old = SurveyResponses(scheme: .kepmenpan25_2004)
        old.append(unit: "Dinas A", service: nil, date: nil, answers: Array(repeating: 3, count: 14), source: RecordSource(file: "o.csv", row: 2))
        let inputs: [any Dataset] = [responses("Dinas A", count: 1, answers: Array(repeating: 3, count: 9)), old]
        await #expect {
            _ = try await run(stage, inputs: inputs)
        } throws: { error in
            (error as? Diagnostic)?.code == "input.mixed-schemes"
        }
    }

    @Test("batches of the same scheme from two importers are evaluated together")
    func twoBatches() async throws {
        let stage = try EvaluateSKM(configuration: configuration(EvaluateSKM.self, "weakest: 2"))
        let inputs: [any Dataset] = [
            responses("Dinas A", count: 2, answers: [1, 2, 3, 4, 1, 2, 3, 4, 1]), responses("Dinas B", count: 1, answers: Array(repeating: 4, count: 9)),
        ]
        let evaluation = try await run(stage, inputs: inputs).one(SKMEvaluation.self)
        #expect(evaluation.units.map(\.name) == ["Dinas A", "Dinas B"])
        #expect(evaluation.region.tally.respondents == 3)
        #expect(evaluation.region.result?.weakest.count == 2)
    }

    @Test("evaluate.skm options are checked when the stage is configured", arguments: [
        ("weakest: 0", "yaml.integer-out-of-range"), ("weakest: many", "yaml.invalid-integer"), ("sample_method: tabel", "yaml.invalid-choice"),
    ])
    func badOptions(_ yaml: String, _ code: String) throws {
        let problems = try initProblems(EvaluateSKM.self, yaml)
        #expect(problems.map(\.code) == [code])
        #expect(problems.first?.location == at(1, yaml.distance(from: yaml.startIndex, to: yaml.firstIndex(of: ":")!) + 3))
    }
}
