import PantauYAML
import Testing

@testable import PantauCore

@Suite struct RecommenderTests {
    let period = Period(kind: .semester, year: 2026, index: 1)!

    func finding(_ rule: String, unit: String?, service: String? = nil, severity: Finding.Severity, action: String? = "Lakukan.") -> Finding {
        Finding(rule: rule, subject: Finding.Subject(unit: unit, service: service), severity: severity, message: "Pesan \(rule)", action: action)
    }

    @Test func idDependsOnRuleAndSubjectOnlyAndIgnoresCaseAndBlanks() {
        let a = Recommendation.id(rule: "standard.missing", subject: .init(unit: "Dinas Kesehatan", service: "Puskesmas"))
        let b = Recommendation.id(rule: "standard.missing", subject: .init(unit: " dinas  KESEHATAN", service: "puskesmas"))
        let c = Recommendation.id(rule: "standard.missing", subject: .init(unit: "Dinas Kesehatan", service: nil))
        let d = Recommendation.id(rule: "standard.no-maklumat", subject: .init(unit: "Dinas Kesehatan", service: "Puskesmas"))
        #expect(a == b)
        #expect(a != c && a != d)
        #expect(a.hasPrefix("REK-") && a.count == 12)
        // Fixed for ever: a recommendation keeps its id from one release to the next.
        #expect(Recommendation.id(rule: "standard.missing", subject: .init(unit: "Dinas Kesehatan", service: "Puskesmas")) == a)
        #expect(Recommendation.id(rule: "x", subject: .init()) == "REK-" + Self.fnvFolded("x\u{1F}\u{1F}"))
    }

    /// FNV-1a 64 folded to 32 bits, computed independently of the implementation.
    static func fnvFolded(_ text: String) -> String {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)).multipliedReportingOverflow(by: 1_099_511_628_211).partialValue }
        let folded = UInt32(hash & 0xFFFF_FFFF) ^ UInt32(hash >> 32)
        let hex = String(folded, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    @Test func dueDatesCountWorkingDaysFromThePeriodsEndAcrossHolidays() {
        // 2026-06-30 is a Tuesday. 17 August and 25 August 2026 are holidays.
        var calendar = WorkingDayCalendar()
        calendar.merge(WorkingDayCalendar(daysOff: [
            CalendarDate(iso: "2026-08-17")!: .holiday("Kemerdekaan"), CalendarDate(iso: "2026-08-25")!: .holiday("Maulid"),
        ], years: [2026]))
        let recommender = Recommender(minimumSeverity: .info, regionOwner: "Bagian Organisasi", calendar: calendar)
        let plan = recommender.recommend(
            [
                finding("a.critical", unit: "A", severity: .critical), finding("a.minor", unit: "A", severity: .minor),
                finding("a.info", unit: nil, severity: .info),
            ], period: period) { "Tindak lanjuti: \($0)" }
        let due = Dictionary(uniqueKeysWithValues: plan.items.map { ($0.rule, $0.due.description) })
        #expect(due["a.critical"] == "2026-07-14")  // 10 working days: 1–3, 6–10, 13–14 July
        #expect(due["a.minor"] == "2026-08-27")  // 23 in July, then 17 in August skipping the 17th and the 25th
        #expect(due["a.info"] == "2026-09-24")
        let region = plan.items.first { $0.rule == "a.info" }
        #expect(region?.owner == "Bagian Organisasi")
        #expect(region?.priority == .low)
    }

    @Test func groupsPerOwnerMostUrgentFirstAndSkipsRemarks() {
        let recommender = Recommender(regionOwner: "Bagian Organisasi", calendar: WorkingDayCalendar())
        let plan = recommender.recommend(
            [
                finding("r.minor", unit: "B", severity: .minor), finding("r.info", unit: "B", severity: .info),
                finding("r.critical", unit: "B", severity: .critical), finding("r.major", unit: "A", severity: .major, action: nil),
            ], period: period) { "Tindak lanjuti: \($0)" }
        #expect(plan.byOwner.map(\.owner) == ["A", "B"])
        #expect(plan.byOwner[1].items.map(\.rule) == ["r.critical", "r.minor"])
        #expect(plan.byOwner[0].items[0].action == "Tindak lanjuti: Pesan r.major")
    }

    @Test func twoFindingsOfOneRuleAndSubjectMakeOneRecommendation() {
        var first = finding("r", unit: "A", severity: .minor)
        first.records = ["b:2"]
        var second = finding("r", unit: "a", severity: .major)
        second.records = ["a:1", "b:2"]
        let plan = Recommender(regionOwner: "X", calendar: WorkingDayCalendar()).recommend([first, second], period: period) { $0 }
        #expect(plan.items.count == 1)
        #expect(plan.items[0].severity == .major)
        #expect(plan.items[0].records == ["a:1", "b:2"])
    }
}
