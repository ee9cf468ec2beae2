import PantauYAML
import Testing

@testable import PantauCore

private func date(_ iso: String) -> CalendarDate { ExampleRegion.date(iso) }

@Suite("Month arithmetic for review intervals and windows")
struct CalendarDateMonthsTests {
    @Test(arguments: [
        ("2023-06-30", 36, "2026-06-30"), ("2023-08-31", 6, "2024-02-29"), ("2025-08-31", 6, "2026-02-28"),
        ("2024-02-29", 12, "2025-02-28"), ("2024-02-29", 48, "2028-02-29"), ("2026-01-20", -12, "2025-01-20"),
        ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -13, "2024-12-15"), ("2025-12-10", 1, "2026-01-10"), ("2026-06-30", 0, "2026-06-30"),
    ])
    func addingMonths(_ from: String, _ months: Int, _ expected: String) {
        #expect(date(from).adding(months: months) == date(expected))
    }

    @Test func addingYears() {
        #expect(date("2020-02-29").adding(years: 3) == date("2023-02-28"))
        #expect(date("2020-02-29").adding(years: -4) == date("2016-02-29"))
    }
}

@Suite("Rules on service standards: boundaries and figures")
struct StandardRulesTests {
    let region = ExampleRegion.records.with(standards: ExampleRegion.soundStandards)

    @Test("review: due exactly on the evaluation date is not late; a day later is, with the days counted across a leap year")
    func reviewDue() throws {
        let onTime = region.changing(standard: "KTP") { $0.lastReviewed = date("2023-06-30") }
        #expect(StandardReviewOverdue.findings(in: onTime).isEmpty)
        // Established on a leap day, never reviewed: due 2023-02-28 with 3 years, 2022-02-28 with 2.
        let leap = region.changing(standard: "KTP") { ($0.established, $0.lastReviewed) = (date("2020-02-29"), nil) }
        let found = try #require(StandardReviewOverdue.findings(in: leap).first)
        #expect(found.figures == [
            "last_settled": "2020-02-29", "review_due": "2023-02-28", "days_overdue": "1218", "max_age_years": "3",
        ])
        #expect(found.severity == .major)  // twice 3 years from the leap day: 2026-02-28, before the evaluation date
        #expect(found.message.english == "The service standard was established on 2020-02-29 and never reviewed; its review every 3 years fell due on 2023-02-28, 1218 days ago.")
        let twice = try #require(StandardReviewOverdue.findings(in: leap, ["max_age_years": .integer(2)]).first)
        #expect(twice.figures["days_overdue"] == "1583")
        #expect(twice.severity == .major)
    }

    @Test("review: twice the interval is major only once it has passed")
    func reviewTwiceOverdue() {
        let exactlySix = region.changing(standard: "KTP") { ($0.established, $0.lastReviewed) = (date("2020-06-30"), nil) }
        #expect(StandardReviewOverdue.findings(in: exactlySix).map(\.severity) == [nil])
        let beyond = region.changing(standard: "KTP") { ($0.established, $0.lastReviewed) = (date("2020-06-29"), nil) }
        #expect(StandardReviewOverdue.findings(in: beyond).map(\.severity) == [.major])
        // Re-established after a review: counted from the later date, and said so.
        let reestablished = region.changing(standard: "KTP") { ($0.established, $0.lastReviewed) = (date("2022-05-02"), date("2021-03-01")) }
        #expect(StandardReviewOverdue.findings(in: reestablished).map(\.message.indonesian) == [
            "Standar pelayanan terakhir ditetapkan pada 2022-05-02; tinjauan ulang setiap 3 tahun jatuh tempo 2025-05-02, terlambat 424 hari."
        ])
    }

    @Test("publication: media counted once each, whatever their case; required media named; unpublished graded apart")
    func publication() throws {
        let doubled = region.changing(standard: "KTP") { $0.publishedIn = ["Website", "website ", "WEBSITE"] }
        let found = try #require(StandardNotPublished.findings(in: doubled).first)
        #expect(found.figures == ["media": "1", "min_media": "2"])
        #expect(found.message.english == "The service standard is published in 1 medium (Website): fewer than 2 media.")
        #expect(found.severity == nil)

        let silent = region.changing(standard: "KTP") { $0.publishedIn = [] }  // published: ya, but where is not said
        #expect(StandardNotPublished.findings(in: silent).map(\.message.indonesian) == [
            "Standar pelayanan dipublikasikan tanpa media yang tercatat: kurang dari 2 media."
        ])

        let both = StandardNotPublished.findings(in: doubled, ["required_media": .words(["SIPP Nasional", "website"])])
        #expect(both.first?.figures["missing_media"] == "SIPP Nasional")
        #expect(both.first?.message.indonesian == "Standar pelayanan dipublikasikan di 1 media (Website): kurang dari 2 media dan tidak di SIPP Nasional.")

        let unpublished = region.changing(standard: "KTP") { ($0.published, $0.publishedIn) = (false, []) }
        #expect(StandardNotPublished.findings(in: unpublished).map(\.severity) == [.major])
        #expect(StandardNotPublished.findings(in: unpublished, ["unpublished_severity": .word("critical")]).map(\.severity) == [.critical])
    }

    @Test("groups: a target group is met by any spelling of it, at a unit-wide consultation or the one the standard names")
    func groupsBySpellingAndScope() {
        let standards = [ExampleRegion.standard().changing { $0.targetGroups = ["Disabilitas", "UMKM"] }]
        let unitWide = ExampleRegion.event(service: nil, id: "FKP-DUKCAPIL-2025", groups: ["penyandang disabilitas", "pelaku usaha mikro"])
        let records = ExampleRegion.records.with(standards: standards)
        #expect(StandardGroupsMissing.findings(in: records.with(participation: [unitWide])).isEmpty)

        // Another unit's consultation, one about another service (even if the standard names it),
        // or a socialisation does not.
        let named = ExampleRegion.event(service: "AKTA", id: "FKP-DUKCAPIL-KTP", groups: ["difabel", "UMKM"])
        let elsewhere = ExampleRegion.event(unit: "DPMPTSP", service: nil, id: "FKP-X", groups: ["penyandang disabilitas", "pelaku usaha mikro"])
        let socialised = ExampleRegion.event(service: nil, id: "SOS-1", kind: .sosialisasi, groups: ["pelaku usaha mikro"])
        let partial = ExampleRegion.event(service: nil, id: "FKP-Y", groups: ["lansia"])
        let found = StandardGroupsMissing.findings(in: records.with(participation: [named, elsewhere, socialised, partial]))
        #expect(found.map(\.records) == [["FKP-Y"]])
        #expect(found.first?.figures == [
            "consultations": "1", "target_groups": "Disabilitas, UMKM", "groups_present": "lansia", "missing_groups": "Disabilitas, UMKM",
            "vulnerable_groups_present": "1",
        ])
        #expect(found.first?.action.english == "Invite Disabilitas, UMKM to the next consultation on this standard, and record their presence in the participation log.")
    }

    @Test("consultation: a hearing counts by default; an event about another service of the unit is named as such")
    func consultationKinds() {
        let hearing = ExampleRegion.records.with(standards: [ExampleRegion.standard()]).with(participation: [
            ExampleRegion.event(kind: .dengarPendapat)
        ])
        #expect(StandardNoConsultation.findings(in: hearing).isEmpty)
        #expect(StandardNoConsultation.findings(in: hearing, ["consultation_kinds": .words(["FKP"])]).map(\.message.english) == [
            "The event 'FKP-DUKCAPIL-KTP' the standard names was a dengar-pendapat, not a consultation (fkp)."
        ])
        let otherService = ExampleRegion.records.with(standards: [ExampleRegion.standard()]).with(participation: [
            ExampleRegion.event(service: "AKTA", id: "FKP-DUKCAPIL-KTP")
        ])
        let found = StandardNoConsultation.findings(in: otherService)
        #expect(found.map(\.message.indonesian) == [
            "Konsultasi 'FKP-DUKCAPIL-KTP' yang disebut standar membahas layanan lain (Dinas Kependudukan dan Pencatatan Sipil — Akta Kelahiran)."
        ])
        #expect(found.first?.records == ["standar-pelayanan.yaml:2", "partisipasi.csv:2"])
    }

    @Test("time limit: a component stated with no text and no number is found; one with a number is not")
    func timeLimit() {
        let bare = region.changing(standard: "KTP") { ($0.timeLimitDays, $0.components[.timeLimit]) = (nil, "") }
        #expect(StandardTimeLimitMissing.findings(in: bare).map(\.message.english) == [
            "The service standard states its time limit with neither text nor a number, without a number of working days: delivery and complaints cannot be measured against it."
        ])
        #expect(StandardTimeLimitMissing.findings(in: bare).first?.evidence.isEmpty == true)
    }
}
