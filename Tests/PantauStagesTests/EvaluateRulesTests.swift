import PantauCore
import PantauPipeline
import PantauYAML
import Testing

@testable import PantauStages

@Suite struct EvaluateRulesTests {
    @Test func settingsAreCheckedWithPositions() throws {
        let problems = try initProblems(EvaluateRules.self, """
            rules:
              standard.components-mising: off
              standard.missing: { severity: urgent }
              standard.components-missing: { delivery_severty: critical, enabled: maybe }
            areas: [standard, weather]
            """)
        let described = problems.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message.code)" }
        #expect(Set(described) == [
            "2:3 config.unknown-rule", "3:33 yaml.invalid-choice", "4:34 config.unknown-rule-parameter", "4:71 yaml.invalid-bool",
            "5:19 yaml.invalid-choice",
        ])
        let unknown = try #require(problems.first { $0.message.code == "config.unknown-rule" })
        #expect(unknown.message.text(.english) == "unknown rule 'standard.components-mising'; did you mean 'standard.components-missing'?")
    }

    @Test func acceptsOffSeverityAndParameters() throws {
        let problems = try initProblems(EvaluateRules.self, """
            rules:
              standard.missing: off
              standard.components-missing: { severity: critical, delivery_severity: major }
            as_of: 2026-06-30
            """)
        #expect(problems.isEmpty)
    }

    @Test func findsShortfallsInImportedRecordsAndSaysWhichRulesDidNotRun() async throws {
        let register = ServiceRegister(
            units: [.init(id: "DUKCAPIL", name: "Disdukcapil")],
            services: [.init(id: "KTP", unitID: "DUKCAPIL", name: "KTP-el"), .init(id: "AKTA", unitID: "DUKCAPIL", name: "Akta")])
        var components: [StandardComponent: String] = [:]
        for component in StandardComponent.allCases where component != .fee { components[component] = "" }
        // Established, published, declared and consulted on: only the fee component is missing.
        let day = CalendarDate(year: 2025, month: 3, day: 3)!
        let standards = ServiceStandards([
            ServiceStandard(
                unitID: "DUKCAPIL", serviceID: "KTP", components: components, timeLimitDays: 1, established: day, published: true,
                publishedIn: ["website", "papan informasi"], maklumat: true, consultation: "FKP-1", source: RecordSource(file: "sp.yaml", row: 4))
        ])
        let stage = try EvaluateRules(configuration: configuration(EvaluateRules.self, "rules: { standard.missing: { severity: major } }"))
        let result = try await run(stage, inputs: [register, standards], language: .english)
        let findings = try result.one(Findings.self).items
        #expect(Set(findings.map(\.rule)) == ["standard.missing", "standard.components-missing"])
        let missing = try #require(findings.first { $0.rule == "standard.missing" })
        #expect(missing.severity == .major)
        #expect(missing.subject == Finding.Subject(unit: "Disdukcapil", service: "Akta"))
        let outcomes = try result.one(RuleOutcomes.self).entries
        #expect(outcomes.count == RuleCatalogue.rules.count)
    }
}
