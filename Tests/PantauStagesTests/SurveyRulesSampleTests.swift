import PantauCore
import PantauPipeline
import PantauYAML
import Testing

@testable import PantauStages

/// The SKM rules over the sample region in 2026-S1, as `pipelines/monev-semester.yaml` imports it:
/// each rule finds the shortfalls the sample generators planted, and only those.
@Suite("SKM rules on the sample region, 2026-S1")
struct SurveyRulesSampleTests {
    private static let dukcapil = "Dinas Kependudukan dan Pencatatan Sipil"
    private static let dinkes = "Dinas Kesehatan"
    private static let rsud = "Rumah Sakit Umum Daerah Kabupaten Contoh"
    private static let bapenda = "Badan Pendapatan Daerah"
    private static let dinsos = "Dinas Sosial"
    private static let dishub = "Dinas Perhubungan"
    private static let disnaker = "Dinas Tenaga Kerja"
    private static let puskesmas = "UPTD Puskesmas Sukamaju"
    private static let kecamatan = "Kecamatan Sukamaju"

    private func findings() async throws -> [Finding] {
        let register = try await importSampleStandards().one(ServiceRegister.self)
        let survey = try await importSamples()
        let plan = try await run(
            try ImportFollowUps(configuration: configuration(ImportFollowUps.self, """
                path: samples/kabupaten-contoh/rtl-skm.csv
                publications: samples/kabupaten-contoh/publikasi-skm.csv
                """)),
            inputs: [register])
        let rules = try EvaluateRules(configuration: configuration(EvaluateRules.self, "areas: [skm]"))
        let evaluated = try await run(rules, inputs: [register] + survey.datasets + plan.datasets, language: .english)
        #expect(try evaluated.one(RuleOutcomes.self).entries.allSatisfy {
            if case .evaluated = $0.outcome { true } else { false }
        })
        return try evaluated.one(Findings.self).items
    }

    @Test("every SKM rule finds the planted shortfalls, with their severities")
    func everyRuleTriggers() async throws {
        let found = try await findings()
        func units(_ rule: String) -> Set<String> { Set(found.filter { $0.rule == rule }.compactMap(\.subject.unit)) }
        func severity(_ rule: String, _ unit: String) -> Finding.Severity? {
            found.first { $0.rule == rule && $0.subject.unit == unit }?.severity
        }
        #expect(Set(found.map(\.rule)) == Set(RuleCatalogue.ids.filter { $0.hasPrefix("skm.") }))

        #expect(units("skm.missing") == [Self.dishub])
        #expect(severity("skm.missing", Self.dishub) == .info)  // 2026 is not over
        #expect(units("skm.few-respondents") == [Self.rsud, Self.dinsos, Self.puskesmas])
        #expect(units("skm.below-target") == [Self.rsud, Self.dinsos])  // Dinas Sosial at exactly 65.00, grade C
        #expect(severity("skm.below-target", Self.rsud) == .critical)
        #expect(units("skm.weak-elements") == [
            Self.dukcapil, Self.dinkes, Self.rsud, Self.bapenda, Self.dinsos, Self.disnaker, Self.puskesmas, Self.kecamatan,
        ])
        #expect(units("skm.decline") == [Self.rsud, Self.dinsos])
        #expect(severity("skm.decline", Self.rsud) == .major)  // C to D
        #expect(severity("skm.decline", Self.dinsos) == .minor)
        #expect(units("skm.results-not-published") == [Self.dishub, Self.kecamatan])
        #expect(units("skm.rtl-missing") == [Self.dishub])
        #expect(units("skm.rtl-not-published") == [Self.rsud, Self.dinsos, Self.dishub, Self.disnaker, Self.puskesmas, Self.kecamatan])
        #expect(units("skm.rtl-overdue") == [Self.dinkes, Self.rsud, Self.dinsos, Self.dishub, Self.disnaker])
        #expect(severity("skm.rtl-overdue", Self.dinsos) == .major)  // 123 days late
        #expect(units("skm.rtl-not-done") == [Self.dinkes, Self.rsud, Self.dinsos, Self.dishub, Self.disnaker])
    }

    @Test("findings name the figures and records behind them, never a respondent")
    func evidence() async throws {
        let found = try await findings()
        let missing = try #require(found.first { $0.rule == "skm.rtl-missing" })
        #expect(missing.evidence["missing_elements"] == "U8")
        #expect(missing.records == ["RTL-2025S2-22", "RTL-2025S2-23"])
        let target = try #require(found.first { $0.rule == "skm.below-target" && $0.subject.unit == Self.dinsos })
        #expect(target.evidence["score"] == "65.00")
        #expect(target.evidence["grade"] == "C")
        let overdue = try #require(found.first { $0.rule == "skm.rtl-overdue" && $0.subject.unit == Self.dinsos })
        #expect(overdue.evidence["most_days_late"] == "123")
        #expect(found.allSatisfy { $0.period == "2026-S1" && $0.regulation?.contains("PermenPAN-RB 14/2017") == true })
    }
}
