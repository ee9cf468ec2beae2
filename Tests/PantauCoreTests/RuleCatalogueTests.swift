import PantauYAML
import Testing

@testable import PantauCore

/// One generic check runs every example of every rule: the examples in the catalogue are the
/// rules' tests, so a rule whose documentation lies fails here.
@Suite struct RuleCatalogueTests {
    static let ruleIDs = RuleCatalogue.ids

    @Test(arguments: ruleIDs)
    func examplesHold(_ id: String) throws {
        let rule = try #require(RuleCatalogue.rule(id))
        for (index, example) in rule.description.examples.enumerated() {
            let settings = RuleSettings(rule.description, values: example.parameters)
            let found = rule.init(settings: settings).evaluate(example.records)
            switch example.expectation {
            case .passes:
                #expect(found.isEmpty, "\(id) example \(index + 1) must pass: \(found.map(\.message.english))")
            case .triggers(let subjects):
                #expect(found.map(\.subject) == subjects, "\(id) example \(index + 1) must find \(subjects)")
                for finding in found {
                    #expect(!finding.message.indonesian.isEmpty && !finding.message.english.isEmpty)
                    #expect(!finding.action.indonesian.isEmpty && !finding.action.english.isEmpty)
                    #expect(finding.message.indonesian != finding.message.english, "\(id): message not translated")
                }
            }
        }
    }

    @Test(arguments: ruleIDs)
    func describesItself(_ id: String) throws {
        let description = try #require(RuleCatalogue.rule(id)).description
        #expect(id.hasPrefix(description.area.rawValue + "."), "\(id) belongs to area \(description.area.rawValue)")
        #expect(id.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" || $0.isNumber })
        #expect(description.examples.contains { $0.triggers }, "\(id) needs an example that triggers it")
        #expect(description.examples.contains { !$0.triggers }, "\(id) needs an example that does not trigger it")
        #expect(!description.regulation.isEmpty)
        for text in [description.title, description.explanation] + description.examples.map(\.situation) {
            #expect(!text.indonesian.isEmpty && !text.english.isEmpty && text.indonesian != text.english, "\(id): \(text.english)")
        }
        for example in description.examples {
            for key in example.parameters.keys {
                #expect(description.parameter(key) != nil, "\(id) example sets unknown parameter \(key)")
            }
            // Examples stand on the records they need: a rule is never run without them.
            for kind in description.requires { #expect(example.records.has(kind), "\(id) example lacks \(kind.rawValue)") }
        }
        for parameter in description.parameters {
            #expect(parameter.defaultValue.fits(parameter.kind), "\(id).\(parameter.key) default does not fit its type")
        }
    }

    @Test func idsAreUnique() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
    }

    @Test func disabledAndMissingRecordsAreReported() {
        let records = ExampleRegion.records  // register only: no standards imported
        let evaluator = RuleEvaluator(
            settings: ["standard.components-missing": RuleSettings(StandardComponentsMissing.description, enabled: false)], language: .indonesian)
        let run = evaluator.evaluate(records)
        #expect(run.findings.isEmpty)
        #expect(run.outcomes.first { $0.rule == "standard.missing" }?.outcome == .missingRecords([.standards]))
        #expect(run.outcomes.first { $0.rule == "standard.components-missing" }?.outcome == .disabled)
    }

    @Test func findingsCarryRuleRegulationPeriodAndAction() throws {
        let records = ExampleRegion.records.with(standards: [ExampleRegion.standard().removing(.procedure)])
        let run = RuleEvaluator(language: .english).evaluate(records)
        let finding = try #require(run.findings.first { $0.rule == "standard.components-missing" })
        #expect(finding.severity == .major)  // a delivery component is missing
        #expect(finding.regulation == "UU 25/2009 pasal 21; PermenPAN-RB 15/2014")
        #expect(finding.period == "2026-S1")
        #expect(finding.message == "The service standard lacks 1 of its 14 components: System, mechanism and procedure.")
        #expect(finding.records == ["standar-pelayanan.yaml:2"])
        #expect(finding.evidence["missing_components"] == "1")
        #expect(finding.action?.contains("System, mechanism and procedure") == true)
    }
}

extension RuleValue {
    func fits(_ kind: RuleParameter.Kind) -> Bool {
        switch (self, kind) {
        case (.integer(let value), .integer(let range)): range.contains(value)
        case (.decimal(let value), .decimal(let range)): range.contains(value)
        case (.integer(let value), .decimal(let range)): range.contains(Rational(value))
        case (.boolean, .boolean): true
        case (.word(let value), .choice(let words)): words.contains(value)
        case (.words, .words): true
        default: false
        }
    }
}
