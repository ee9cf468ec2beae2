import PantauYAML
import Testing

@testable import PantauCore

/// The complaint rules' arithmetic with exact figures: working days across weekends, national
/// holidays and cuti bersama, limits exactly at their boundary, tiers, shares and scopes.
@Suite struct ComplaintRulesTests {
    typealias Region = ExampleRegion

    func run<R: Rule>(_ rule: R.Type, _ records: EvaluationRecords, _ parameters: [String: RuleValue] = [:]) -> [RuleFinding] {
        R(settings: RuleSettings(R.description, values: parameters)).evaluate(records)
    }

    func evidence(_ finding: RuleFinding?) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (finding?.evidence ?? []).map { ($0.name, $0.value) })
    }

    func complaints(_ items: Complaint...) -> EvaluationRecords { Region.records.with(complaints: items) }

    // MARK: Working days

    @Test("Friday 13 March 2026 plus 3 working days is Wednesday 25 March: Nyepi and four cuti bersama days fall between")
    func lebaranWorkingDays() {
        let calendar = Region.calendar
        let received = Region.date("2026-03-13")
        #expect(calendar.adding(workingDays: 3, to: received) == Region.date("2026-03-25"))
        // Mon 16 (1), Tue 17 (2); Wed 18 cuti bersama, Thu 19 Nyepi, Fri 20 cuti bersama, weekend,
        // Mon 23 and Tue 24 cuti bersama; Wed 25 (3), Thu 26 (4), Fri 27 (5).
        #expect(calendar.workingDays(from: received, to: Region.date("2026-03-17")) == 2)
        #expect(calendar.workingDays(from: received, to: Region.date("2026-03-24")) == 2)
        #expect(calendar.workingDays(from: received, to: Region.date("2026-03-25")) == 3)
        #expect(calendar.workingDays(from: received, to: Region.date("2026-03-26")) == 4)
        #expect(calendar.workingDays(from: received, to: Region.date("2026-03-27")) == 5)
        // Received on the Saturday after: the clock starts on Monday just the same.
        #expect(calendar.workingDays(from: Region.date("2026-03-14"), to: Region.date("2026-03-25")) == 3)
        // Received on Nyepi itself (a complaint app takes reports on holidays).
        #expect(calendar.workingDays(from: Region.date("2026-03-19"), to: Region.date("2026-03-27")) == 3)
    }

    // MARK: complaint.verification-late

    @Test("verified on the third working day passes; on the fourth it is late by one, with the figures")
    func verificationBoundary() throws {
        let onTime = complaints(Region.complaint("5400001", received: "2026-03-13", verified: "2026-03-25", finished: "2026-04-10"))
        #expect(run(ComplaintVerificationLate.self, onTime).isEmpty)

        let late = complaints(
            Region.complaint("5400001", received: "2026-03-13", verified: "2026-03-26", finished: "2026-04-10"),
            Region.complaint("5400002", received: "2026-03-13", verified: "2026-03-16", finished: "2026-04-10"),
            Region.complaint("5400003", received: "2026-03-16", verified: "2026-03-27", finished: "2026-04-10"))
        let finding = try #require(run(ComplaintVerificationLate.self, late).first)
        #expect(finding.subject == Region.subject(Region.disdukcapil))
        #expect(finding.records == ["5400001", "5400003"])
        // 16 March → 27 March: Tue 17, Wed 25, Thu 26, Fri 27 = 4 working days.
        #expect(evidence(finding) == [
            "complaints": "3", "late": "2", "late_open": "0", "longest_working_days": "4", "most_days_over_limit": "1", "limit_days": "3",
        ])
        #expect(finding.message.english == "Complaints verified late: 2 of 3 (limit 3 working days from receipt); the longest took 4 working days.")
    }

    @Test("still unverified: not late on the third working day, late on the fourth; a later status without a date is not judged")
    func unverifiedOnAsOf() throws {
        let waiting = Region.complaint("5400001", received: "2026-03-13", status: .received)
        #expect(run(ComplaintVerificationLate.self, complaints(waiting).asOf("2026-03-25")).isEmpty)
        let finding = try #require(run(ComplaintVerificationLate.self, complaints(waiting).asOf("2026-03-26")).first)
        #expect(evidence(finding)["late_open"] == "1")
        #expect(finding.message.indonesian.contains(", 1 belum diverifikasi;"))

        let undated = Region.complaint("5400002", received: "2026-01-05", status: .inProgress)
        #expect(run(ComplaintVerificationLate.self, complaints(undated)).isEmpty)
    }

    @Test("a date after the evaluation date is not known on it: the step counts as open up to that date")
    func endAfterAsOf() throws {
        let records = complaints(Region.complaint("5400001", received: "2026-03-13", verified: "2026-04-06", finished: "2026-04-20"))
            .asOf("2026-03-26")
        let finding = try #require(run(ComplaintVerificationLate.self, records).first)
        #expect(evidence(finding)["longest_working_days"] == "4" && evidence(finding)["late_open"] == "1")
        #expect(run(ComplaintVerificationLate.self, records.asOf("2026-03-25")).isEmpty)
    }

    @Test("only complaints received in the period and by the evaluation date count")
    func periodScope() {
        let lastSemester = Region.complaint("5400001", received: "2025-12-01", verified: "2025-12-15", finished: "2026-01-10")
        let afterAsOf = Region.complaint("5400002", received: "2026-04-01", verified: "2026-04-20", finished: "2026-05-10")
        #expect(run(ComplaintVerificationLate.self, complaints(lastSemester)).isEmpty)
        #expect(run(ComplaintVerificationLate.self, complaints(afterAsOf).asOf("2026-03-31")).isEmpty)
        #expect(run(ComplaintVerificationLate.self, complaints(afterAsOf)).count == 1)
    }

    @Test("units written differently by an export without a register make one finding")
    func unitsCompareWithoutCase() throws {
        var records = complaints(
            Region.complaint("5400001", unit: "Dinas Kesehatan", received: "2026-02-02", verified: "2026-02-09", finished: "2026-03-02"),
            Region.complaint("5400002", unit: "DINAS KESEHATAN", received: "2026-02-02", verified: "2026-02-10", finished: "2026-03-02"))
        records.register = nil
        let found = run(ComplaintVerificationLate.self, records)
        #expect(found.map(\.subject) == [Region.subject("Dinas Kesehatan")])
        #expect(found.first?.records == ["5400001", "5400002"])
    }

    // MARK: complaint.follow-up-late

    @Test("follow-up: 5 working days across Ascension Day and its cuti bersama pass, 6 are late; a finished date stands in for the follow-up")
    func followUpAcrossAscension() throws {
        // Verified Mon 11 May; Tue 12 (1), Wed 13 (2), Thu 14 and Fri 15 off, Mon 18 (3), Tue 19 (4), Wed 20 (5), Thu 21 (6).
        #expect(Region.calendar.workingDays(from: Region.date("2026-05-11"), to: Region.date("2026-05-20")) == 5)
        let onTime = Region.complaint("5400001", received: "2026-05-08", verified: "2026-05-11", finished: "2026-05-20")
        #expect(run(ComplaintFollowUpLate.self, complaints(onTime)).isEmpty)
        let late = Region.complaint("5400002", received: "2026-05-08", verified: "2026-05-11", followedUp: "2026-05-21", finished: "2026-05-22")
        let finding = try #require(run(ComplaintFollowUpLate.self, complaints(onTime, late)).first)
        #expect(finding.records == ["5400002"])
        #expect(evidence(finding)["longest_working_days"] == "6")
        #expect(evidence(finding)["complaints"] == "2")
    }

    // MARK: complaint.completion-late

    @Test("tiers: a category in two lists takes the lighter tier, matched without case; others take the default tier")
    func tiers() throws {
        let settings = RuleSettings(ComplaintCompletionLate.description, values: [
            "light_categories": .words(["informasi layanan"]), "normative_categories": .words(["Kependudukan", "Informasi Layanan"]),
            "default_tier": .word("unsupervised"),
        ])
        let tiers = ComplaintTiers(settings: settings, fallback: .unsupervised)
        #expect(tiers.tier(of: Region.complaint("5400001", category: "INFORMASI  LAYANAN", received: "2026-02-02")) == .light)
        #expect(tiers.tier(of: Region.complaint("5400002", category: "kependudukan", received: "2026-02-02")) == .normative)
        #expect(tiers.tier(of: Region.complaint("5400003", category: "Kesehatan", received: "2026-02-02")) == .unsupervised)
        #expect(tiers.tier(of: Region.complaint("5400004", category: nil, received: "2026-02-02")) == .unsupervised)
        #expect(tiers.limit(of: .light) == 2 && tiers.limit(of: .supervised) == 60)
    }

    @Test("completion at exactly the tier's limit passes; one working day more is late, and the message names the tier")
    func completionBoundary() throws {
        let normative: [String: RuleValue] = ["normative_categories": .words(["Kependudukan"])]
        // Received Fri 13 March; Mon 16 (1), Tue 17 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5), Mon 30 (6).
        let onTime = Region.complaint("5400001", received: "2026-03-13", verified: "2026-03-16", finished: "2026-03-27")
        #expect(run(ComplaintCompletionLate.self, complaints(onTime), normative).isEmpty)
        let late = Region.complaint("5400002", received: "2026-03-13", verified: "2026-03-16", finished: "2026-03-30")
        let finding = try #require(run(ComplaintCompletionLate.self, complaints(onTime, late), normative).first)
        #expect(evidence(finding)["most_days_over_limit"] == "1")
        #expect(evidence(finding)["late_by_tier"] == "normative: 1")
        #expect(finding.message.english == "Complaints completed late: 1 of 2 (limit: normative 5 working days); the furthest 1 working day past it.")
        // Counted from verification (Mon 16 March) the same complaint took 5 working days.
        #expect(run(ComplaintCompletionLate.self, complaints(late), normative.merging(["count_from": .word("verified")]) { a, _ in a }).isEmpty)
    }

    @Test("the default 60 working days: unfinished on the evaluation date counts; closed, on-hold and undated finished complaints are not judged")
    func completionDefaultAndScope() throws {
        // From Monday 5 January 2026, with Imlek and its cuti bersama, Nyepi, the Idulfitri cuti bersama and
        // Good Friday (3 April) off: 1 April is the 55th working day, 9 April the 60th, 10 April the 61st.
        #expect(Region.calendar.workingDays(from: Region.date("2026-01-05"), to: Region.date("2026-04-01")) == 55)
        #expect(Region.calendar.workingDays(from: Region.date("2026-01-05"), to: Region.date("2026-04-09")) == 60)
        let open = Region.complaint("5400001", received: "2026-01-05", verified: "2026-01-06", status: .inProgress)
        #expect(run(ComplaintCompletionLate.self, complaints(open).asOf("2026-04-09")).isEmpty)
        let finding = try #require(run(ComplaintCompletionLate.self, complaints(open).asOf("2026-04-10")).first)
        #expect(evidence(finding)["late_open"] == "1" && evidence(finding)["most_days_over_limit"] == "1")

        let excluded = [
            Region.complaint("5400002", received: "2026-01-05", status: .archived),
            Region.complaint("5400003", received: "2026-01-05", status: .notInAuthority),
            Region.complaint("5400004", received: "2026-01-05", verified: "2026-01-06", status: .delayed),
            Region.complaint("5400005", received: "2026-01-05", verified: "2026-01-06", status: .finished),
        ]
        #expect(run(ComplaintCompletionLate.self, Region.records.with(complaints: excluded)).isEmpty)
    }

    // MARK: complaint.completion-share-low

    @Test("share: 90% exactly passes, one complaint fewer does not; archived and not-in-authority leave the denominator")
    func shareBoundary() throws {
        let ninety = Region.complaints(18, from: 100) + Region.complaints(2, from: 120, status: .inProgress)
            + Region.complaints(3, from: 130, status: .archived) + Region.complaints(1, from: 140, status: .notInAuthority)
        #expect(run(ComplaintCompletionShareLow.self, Region.records.with(complaints: ninety)).isEmpty)

        let under = Region.complaints(17, from: 100) + Region.complaints(2, from: 120, status: .inProgress)
            + Region.complaints(1, from: 130, status: .delayed)
        let finding = try #require(run(ComplaintCompletionShareLow.self, Region.records.with(complaints: under)).first)
        // 17 / 20 = 85%; the unfinished are the records.
        #expect(evidence(finding) == ["complaints": "20", "finished": "17", "share_percent": "85.0", "minimum_percent": "90"])
        #expect(finding.records == ["5400120", "5400121", "5400130"])
        #expect(finding.message.indonesian == "Pengaduan yang selesai: 17 dari 20 yang diterima dalam periode (85,0%, di bawah 90%).")
    }

    @Test("the share is written rounded down, so a share under the threshold never reads as the threshold")
    func sharePercentText() {
        #expect(ComplaintCompletionShareLow.percent(2, of: 3) == "66.6")
        #expect(ComplaintCompletionShareLow.percent(17, of: 19) == "89.4")
        #expect(ComplaintCompletionShareLow.percent(8999, of: 10000) == "89.9")
        #expect(ComplaintCompletionShareLow.percent(0, of: 4) == "0.0")
        #expect(ComplaintCompletionShareLow.percent(4, of: 4) == "100.0")
    }

    @Test("a decimal threshold compares exactly: 179 of 200 (89.5%) meets 89.5 and misses 89.6")
    func shareDecimalThreshold() throws {
        let records = Region.records.with(
            complaints: Region.complaints(179, from: 100) + Region.complaints(21, from: 300, status: .inProgress))
        #expect(run(ComplaintCompletionShareLow.self, records, ["minimum_percent": .decimal(Rational(895, 10))]).isEmpty)
        #expect(run(ComplaintCompletionShareLow.self, records, ["minimum_percent": .decimal(Rational(896, 10))]).count == 1)
    }

    // MARK: complaint.stuck-open and complaint.backlog

    @Test("on hold: 10 working days from 16 June pass, 11 from 12 June are late; a hold from last year counts too")
    func stuckOpen() throws {
        let exactly = Region.complaint("5400001", received: "2026-06-15", verified: "2026-06-16", status: .delayed)
        #expect(run(ComplaintStuckOpen.self, complaints(exactly)).isEmpty)
        let old = Region.complaint("5400002", received: "2025-11-03", status: .delayed)
        let late = Region.complaint("5400003", received: "2026-06-11", verified: "2026-06-12", status: .delayed)
        let finding = try #require(run(ComplaintStuckOpen.self, complaints(exactly, old, late)).first)
        #expect(finding.records == ["5400002", "5400003"])
        #expect(evidence(finding)["complaints"] == "3")
    }

    @Test("backlog: open complaints received before the period, oldest first in the message; finished or on hold ones are not")
    func backlog() throws {
        let records = complaints(
            Region.complaint("5400001", received: "2025-12-10", verified: "2025-12-11", status: .inProgress),
            Region.complaint("5400002", received: "2025-10-01", status: .received),
            Region.complaint("5400003", received: "2025-10-01", verified: "2025-10-02", finished: "2026-01-20"),
            Region.complaint("5400004", received: "2025-09-01", status: .delayed),
            Region.complaint("5400005", received: "2026-01-05", status: .inProgress))
        let finding = try #require(run(ComplaintBacklog.self, records).first)
        #expect(finding.records == ["5400001", "5400002"])
        #expect(evidence(finding)["oldest_received"] == "2025-10-01")
        #expect(finding.message.english.hasPrefix("Complaints from earlier periods still open: 2; the oldest received on 1 October 2025 ("))
    }

    // MARK: Complaints against the standard

    @Test("a complaint reaches its service's standard through the register, or by ids without one")
    func standardLookup() {
        let records = Region.records.with(standards: Region.soundStandards)
        let complaint = Region.complaint("5400001", service: "penerbitan ktp-el", received: "2026-02-02")
        #expect(records.standard(of: complaint)?.serviceID == "KTP")
        #expect(records.standard(of: Region.complaint("5400002", service: nil, received: "2026-02-02")) == nil)
        #expect(records.standard(of: Region.complaint("5400003", service: "Paspor", received: "2026-02-02")) == nil)
        var bare = records
        bare.register = nil
        #expect(bare.standard(of: Region.complaint("5400004", unit: "DUKCAPIL", service: "KTP", received: "2026-02-02"))?.serviceID == "KTP")
    }

    @Test("fee and time keywords match inside a category without case; changed keywords replace the defaults")
    func keywords() {
        let records = Region.records.with(standards: Region.soundStandards).with(complaints: [
            Region.complaint("5400001", category: "BIAYA PELAYANAN", received: "2026-02-02"),
            Region.complaint("5400002", category: "Antrian Loket", received: "2026-02-02"),
            Region.complaint("5400003", category: "Kependudukan", received: "2026-02-02"),
        ])
        #expect(run(ComplaintFeeWhereFree.self, records).first?.records == ["5400001"])
        #expect(run(ComplaintTimeBeyondStandard.self, records).first?.records == ["5400002"])
        #expect(run(ComplaintFeeWhereFree.self, records, ["keywords": .words(["kependudukan"])]).first?.records == ["5400003"])
    }

    @Test("recurring: one finding per service listing each recurring category, with the records of those only")
    func recurring() throws {
        let records = Region.records.with(
            complaints: Region.complaints(5, from: 100) + Region.complaints(2, from: 110, category: "Pungutan Liar")
                + Region.complaints(5, from: 120, category: "pungutan liar") + Region.complaints(6, from: 130, service: nil))
        let found = run(ComplaintRecurring.self, records)
        #expect(found.map(\.subject) == [Region.subject(Region.disdukcapil, Region.ktp)])
        let finding = try #require(found.first)
        #expect(evidence(finding)["categories"] == "Kependudukan: 5, Pungutan Liar: 7")
        #expect(finding.records.count == 12)
    }
}
