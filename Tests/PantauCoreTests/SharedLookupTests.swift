import PantauYAML
import Testing

@testable import PantauCore

/// What rules share instead of filtering the records themselves (complaints grouped by subject,
/// the events about each standard's service, findings ordered by subject, recommendations in
/// plan order) gives exactly what the plain filters and sorts give, whatever the spellings.
@Suite struct SharedLookupTests {
    typealias Region = ExampleRegion

    // MARK: Complaints grouped by subject

    /// Complaints spelling units and services every way records do: the register's name, its id,
    /// upper case, extra blanks, a unit the register does not know in two spellings, no service;
    /// received before, in and after the period, and after the evaluation date.
    var complaintRecords: EvaluationRecords {
        let spellings: [(unit: String, service: String?)] = [
            (Region.disdukcapil, Region.ktp), ("DUKCAPIL", Region.ktp), ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "penerbitan ktp-el"),
            (Region.dpmptsp, Region.pbg), (Region.disdukcapil, nil), ("Dinas Baru", "Layanan Satu"), ("dinas  baru", "LAYANAN SATU"),
            (Region.dpmptsp, nil), (Region.disdukcapil, Region.akta), ("DPMPTSP", "Izin Usaha Mikro"),
        ]
        let days = ["2025-12-30", "2026-01-05", "2026-02-10", "2026-03-13", "2026-05-20", "2026-06-30"]
        let statuses: [ComplaintStatus] = [.received, .finished, .delayed, .archived, .inProgress]
        let complaints = (0..<90).map { number in
            let spelling = spellings[(number * 7) % spellings.count]
            return Region.complaint(
                "54\(1000 + number)", unit: spelling.unit, service: spelling.service, category: number % 4 == 0 ? nil : "Kategori \(number % 3)",
                received: days[(number * 5) % days.count], status: statuses[number % statuses.count], compensation: number % 3 == 0)
        }
        return Region.records.with(complaints: complaints).asOf("2026-05-31")
    }

    /// Grouping the selected complaints themselves, as the rules did before the groups were shared.
    func plainlyGrouped(
        _ records: EvaluationRecords, byService: Bool, received: EvaluationRecords.Received, _ included: (Complaint) -> Bool
    ) -> [(subject: Finding.Subject, ids: [String])] {
        let selected = (records.complaints?.items ?? []).filter { complaint in
            let inWindow = received == .inPeriod
                ? records.period.contains(complaint.received) && complaint.received <= records.asOf : complaint.received <= records.asOf
            return inWindow && included(complaint)
        }
        func subject(_ complaint: Complaint) -> Finding.Subject {
            Finding.Subject(unit: records.unitName(complaint.unit), service: byService ? complaint.service : nil)
        }
        return groupedInOrder(selected) { complaint in
            let named = subject(complaint)
            return RecordWords.key(named.unit ?? "") + "\u{0}" + RecordWords.key(named.service ?? "")
        }
        .map { (subject($0[0]), $0.map(\.id)) }
    }

    @Test("complaints grouped once by unit and by service give the groups, subjects and order of grouping each selection")
    func complaintGroupsAreThePlainGroups() {
        let records = complaintRecords
        let selections: [(name: String, included: (Complaint) -> Bool)] = [
            ("all", { _ in true }), ("finished", { $0.status == .finished }), ("claims", \.compensationClaim),
            ("named service", { $0.service != nil }), ("none", { _ in false }),
        ]
        var groupsSeen = 0
        for received in [EvaluationRecords.Received.inPeriod, .upToAsOf] {
            for (name, included) in selections {
                let byUnit = records.complaintsByUnit(received: received, where: included).map { ($0.subject, $0.complaints.map(\.id)) }
                let plainByUnit = plainlyGrouped(records, byService: false, received: received, included)
                #expect(byUnit.map(\.0) == plainByUnit.map(\.subject), "\(name), \(received), by unit")
                #expect(byUnit.map(\.1) == plainByUnit.map(\.ids), "\(name), \(received), by unit")

                let byService = records.complaintsByService(received: received, where: included).map { ($0.subject, $0.complaints.map(\.id)) }
                let plainByService = plainlyGrouped(records, byService: true, received: received, included)
                #expect(byService.map(\.0) == plainByService.map(\.subject), "\(name), \(received), by service")
                #expect(byService.map(\.1) == plainByService.map(\.ids), "\(name), \(received), by service")
                groupsSeen += byService.count
            }
        }
        // The spellings above make several groups of each kind: the comparison is not of empty lists.
        #expect(groupsSeen > 20)
        // Aliases and spellings are their unit; the register's name is the subject.
        #expect(records.complaintsByUnit().map(\.subject.unit) == [Region.disdukcapil, "Dinas Baru", Region.dpmptsp])
    }

    @Test("complaint groups follow the records when complaints or the register change")
    func complaintGroupsFollowTheRecords() {
        var records = complaintRecords
        records.complaints?.items.removeAll { $0.unit == "Dinas Baru" || $0.unit == "dinas  baru" }
        #expect(records.complaintsByUnit().map(\.subject.unit) == [Region.disdukcapil, Region.dpmptsp])
        records.register = nil
        // Without a register, `DUKCAPIL` is a unit of its own.
        #expect(Set(records.complaintsByUnit(received: .upToAsOf).compactMap(\.subject.unit)).contains("DUKCAPIL"))
        #expect(records.complaintsByUnit(received: .upToAsOf).map(\.complaints.count)
            == plainlyGrouped(records, byService: false, received: .upToAsOf) { _ in true }.map(\.ids.count))
    }

    // MARK: Events about each standard's service

    /// Standards of known and unknown units and services, and events naming them every way.
    var participationRecords: EvaluationRecords {
        let standards = Region.soundStandards + [
            Region.standard(unit: "Dinas Baru", service: "Layanan Satu"), Region.standard(unit: "DPMPTSP", service: "Layanan Lama"),
        ]
        let spellings: [(unit: String, service: String?)] = [
            ("DUKCAPIL", "KTP"), (Region.disdukcapil, Region.ktp), ("dukcapil", "penerbitan  KTP-el"), (Region.disdukcapil, nil),
            ("DUKCAPIL", "AKTA"), ("DPMPTSP", "Layanan Lama"), ("DPMPTSP", "layanan-lama"), (Region.dpmptsp, "PBG"), ("DPMPTSP", nil),
            ("Dinas Baru", "Layanan Satu"), ("DINAS BARU", nil), ("Dinas Baru", "Layanan Dua"), ("Dinas Lain", "KTP"),
        ]
        let days = ["2025-06-10", "2025-12-10", "2026-03-02", "2026-07-01"]
        let events = (0..<60).map { number in
            let spelling = spellings[(number * 5) % spellings.count]
            return ParticipationEvent(
                id: "EV-\(number)", date: Region.date(days[number % days.count]), unit: spelling.unit, service: spelling.service,
                kind: number % 3 == 0 ? .sosialisasi : .fkp, groups: ["pengguna layanan"], participants: 20,
                inputsReceived: 5, inputsAdopted: number % 2, source: Region.source(number + 2, file: "partisipasi.csv"))
        }
        return Region.records.with(standards: standards).with(participation: events).asOf("2026-06-30")
    }

    @Test("the events about each standard's service, and the standards each event is about, are those the plain comparison finds")
    func serviceEventsAreThePlainComparison() {
        let records = participationRecords
        let standards = records.standards?.items ?? []
        let events = records.participation?.items ?? []
        var pairs = 0
        for standard in standards {
            let service = ServiceMatch(unitID: standard.unitID, serviceID: standard.serviceID, register: records.register)
            let plain = records.events(ofUnit: standard.unitID).filter { $0.date <= records.asOf && service.matches($0.service) }
            #expect(records.events(about: standard).map(\.id) == plain.map(\.id), "\(standard.unitID) \(standard.serviceID)")
            pairs += plain.count
        }
        #expect(pairs > 20)
        for (position, event) in events.enumerated() {
            let plain = records.standardsByUnit.positions(sameUnitAs: event.unit).filter { index in
                let standard = standards[index]
                return event.service == nil
                    ? records.sameUnit(event.unit, standard.unitID) : records.isAbout(event, unitID: standard.unitID, serviceID: standard.serviceID)
            }
            #expect(records.standardPositions(aboutEventAt: position) == plain, "\(event.unit) \(event.service ?? "-")")
        }
        // A standard the records do not hold is compared event by event.
        let elsewhere = Region.standard(unit: "Dinas Baru", service: "Layanan Dua")
        #expect(records.events(about: elsewhere).map(\.id) == events.filter {
            $0.date <= records.asOf && RecordWords.same($0.unit, "Dinas Baru") && ($0.service == nil || $0.service == "Layanan Dua")
        }.map(\.id))
    }

    // MARK: Working days

    @Test("working days read from the table are the calendar's, inside it and beyond it")
    func workingDayTable() {
        let calendar = Region.calendar
        let table = WorkingDayTable(calendar, from: Region.date("2025-06-30"), through: Region.date("2027-06-30"))
        let days = stride(from: Region.date("2025-05-01").dayNumber, through: Region.date("2027-08-31").dayNumber, by: 9)
            .map(CalendarDate.init(dayNumber:))
        var compared = 0
        for start in days {
            for end in days where abs(end.dayNumber - start.dayNumber) < 120 {
                #expect(table.workingDays(from: start, to: end) == calendar.workingDays(from: start, to: end), "\(start) → \(end)")
                compared += 1
            }
        }
        #expect(compared > 1000)
        // Across the 2026 Idulfitri leave, and from a Saturday.
        #expect(table.workingDays(from: Region.date("2026-03-13"), to: Region.date("2026-03-25")) == 3)
        #expect(table.workingDays(from: Region.date("2026-03-14"), to: Region.date("2026-03-25")) == 3)
    }

    // MARK: Orders

    @Test("findings ordered by subject are the plain stable sort: by unit, then service, then the order they came in")
    func findingsOrderedBySubject() {
        let subjects: [Finding.Subject] = [
            .init(unit: "Dinas B", service: "Y"), .init(unit: "Dinas A"), .init(), .init(unit: "Dinas B"), .init(unit: "Dinas A", service: "Z"),
            .init(unit: "dinas a"), .init(unit: "Dinas B", service: "X"), .init(unit: "Dinas Ä"),
        ]
        let findings = (0..<64).map { number in
            Finding(rule: "rule.\(number % 5)", subject: subjects[(number * 3) % subjects.count], severity: .minor, message: "\(number)")
        }
        let plain = findings.enumerated().sorted { a, b in
            let (x, y) = (a.element.subject, b.element.subject)
            if x != y { return x < y }
            return a.offset < b.offset
        }
        var ordered = findings
        RuleEvaluator.orderBySubject(&ordered)
        #expect(ordered.map(\.message) == plain.map(\.element.message))
    }

    @Test("a plan lists recommendations by owner, priority, due date and id, as the plain sort of them does")
    func planOrder() {
        let owners = ["Dinas B", "Bagian Organisasi", "Dinas A", "dinas a", "Dinas Ä"]
        let dues = ["2026-08-01", "2026-07-15", "2026-09-30"].map(Region.date)
        let items = (0..<60).map { number in
            Recommendation(
                id: "REK-\(String(number * 7919 % 97, radix: 16))", rule: "rule", subject: .init(unit: owners[number % owners.count]),
                owner: owners[number % owners.count], action: "\(number)", finding: "", regulation: nil, severity: .minor,
                priority: Recommendation.Priority.allCases[number % 4], due: dues[number % dues.count], records: [])
        }
        let plain = items.sorted { ($0.owner, $0.priority, $0.due, $0.id) < ($1.owner, $1.priority, $1.due, $1.id) }
        #expect(RecommendationPlan(items).items.map(\.action) == plain.map(\.action))
    }
}
