import PantauCore
import PantauPipeline
import PantauYAML
import Testing

@testable import PantauStages

/// The complaint rules over the sample region's 2026-S1, with the shipped 2025 and 2026
/// calendars: the generator plants a shortfall for every rule, and nothing personal reaches a finding.
@Suite("Complaint rules on the sample region")
struct ComplaintRulesSampleTests {
    func sampleRecords() async throws -> EvaluationRecords {
        let standards = try await importSampleStandards()
        let complaints = try await importSampleComplaints()
        var calendar = WorkingDayCalendar()
        for year in ["2025", "2026"] {
            calendar.merge(try CalendarFile.load(repositoryFile("calendars/indonesia-\(year).yaml"), displayName: year))
        }
        return EvaluationRecords(
            period: period("2026-S1"), calendar: calendar, register: try standards.one(ServiceRegister.self),
            standards: try standards.one(ServiceStandards.self), complaints: try complaints.one(Complaints.self))
    }

    @Test("every complaint rule finds something with its default settings")
    func everyRuleTriggers() async throws {
        let rules = RuleCatalogue.rules.filter { $0.description.area == .complaints }
        #expect(rules.count == 10)
        let run = RuleEvaluator(rules: rules, language: .english).evaluate(try await sampleRecords())
        for (rule, outcome) in run.outcomes {
            guard case .evaluated(let findings) = outcome else {
                Issue.record("\(rule): \(outcome)")
                continue
            }
            #expect(findings > 0, "\(rule) finds nothing in the sample region")
        }
    }

    @Test("the planted cuti bersama complaint is late by exactly one working day, and findings name complaint ids only")
    func plantedVerification() async throws {
        let records = try await sampleRecords()
        let run = RuleEvaluator(rules: RuleCatalogue.rules.filter { $0.description.area == .complaints }, language: .indonesian)
            .evaluate(records)
        let ids = Set(records.complaints?.items.map(\.id) ?? [])
        for finding in run.findings {
            #expect(!finding.records.isEmpty && finding.records.allSatisfy(ids.contains), "\(finding.rule): \(finding.records)")
        }
        let planted = try #require(records.complaints?.items.first { $0.received == CalendarDate(iso: "2026-03-13") && $0.verified == CalendarDate(iso: "2026-03-26") })
        #expect(records.calendar.workingDays(from: planted.received, to: try #require(planted.verified)) == 4)
        let verification = run.findings.filter { $0.rule == "complaint.verification-late" }
        #expect(verification.contains { $0.records.contains(planted.id) })
    }
}
