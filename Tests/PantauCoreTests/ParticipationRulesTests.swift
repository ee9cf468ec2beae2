import PantauYAML
import Testing

@testable import PantauCore

private func date(_ iso: String) -> CalendarDate { ExampleRegion.date(iso) }

@Suite("Rules on public participation: windows, sums and scope")
struct ParticipationRulesTests {
    @Test("change: an establishment and a review both in the period, each judged against its own window")
    func eachChangeHasItsWindow() throws {
        let standard = ExampleRegion.standard().changing { ($0.established, $0.lastReviewed) = (date("2026-01-05"), date("2026-05-04")) }
        let fkp = ExampleRegion.event(date: "2025-12-10")
        let records = ExampleRegion.records.with(standards: [standard]).with(participation: [fkp])
        #expect(ParticipationChangeWithoutConsultation.findings(in: records).isEmpty)
        // With a 3-month window the FKP of 10 December covers the establishment of 5 January but
        // not the review of 4 May.
        let found = try #require(ParticipationChangeWithoutConsultation.findings(in: records, ["window_months": .integer(3)]).first)
        #expect(found.figures == ["changes": "2026-05-04", "window_months": "3", "last_consultation": "2025-12-10"])
        #expect(found.records == ["standar-pelayanan.yaml:2", "FKP-DUKCAPIL-KTP"])
        // A consultation on the day of the change counts; one after it does not.
        let sameDay = ExampleRegion.records.with(standards: [standard]).with(participation: [
            ExampleRegion.event(date: "2026-01-05"), ExampleRegion.event(id: "FKP-LATE", date: "2026-05-05"),
        ])
        #expect(ParticipationChangeWithoutConsultation.findings(in: sameDay, ["window_months": .integer(3)]).first?.figures["changes"] == "2026-05-04")
    }

    @Test("change: a change after the evaluation date is not yet judged")
    func changeAfterAsOf() {
        var records = ExampleRegion.records.with(standards: [ExampleRegion.standard()]).with(participation: [])
        records.asOf = date("2026-01-19")
        #expect(ParticipationChangeWithoutConsultation.findings(in: records).isEmpty)
        records.asOf = date("2026-01-20")
        #expect(ParticipationChangeWithoutConsultation.findings(in: records).count == 1)
    }

    @Test("inputs: adopted inputs of several events add up in one finding per service; a late review closes them")
    func inputsAddUp() throws {
        let pbg = ExampleRegion.standard(unit: "DPMPTSP", service: "PBG").changing { $0.lastReviewed = date("2025-03-20") }
        let events = [
            ExampleRegion.event(unit: "DPMPTSP", service: "PBG", id: "FKP-1", date: "2025-07-01", adopted: 4),
            ExampleRegion.event(unit: "DPMPTSP", service: "PBG", id: "SRV-1", date: "2025-09-15", kind: .survei, received: 20, adopted: 3),
            ExampleRegion.event(unit: "DPMPTSP", service: "PBG", id: "SOS-1", date: "2025-10-01", kind: .sosialisasi, received: 5, adopted: 0),
            // About a service without a standard: not judged here.
            ExampleRegion.event(unit: "DPMPTSP", service: "IUM", id: "FKP-IUM", date: "2025-07-01"),
        ]
        let records = ExampleRegion.records.with(standards: [pbg]).with(participation: events)
        let found = ParticipationInputsNotReflected.findings(in: records)
        #expect(found.map(\.subject) == [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg)])
        #expect(found.first?.figures == ["adopted_not_reflected": "7", "events_not_reflected": "2", "last_settled": "2025-03-20"])
        #expect(found.first?.records == ["FKP-1", "SRV-1"])  // a socialisation adopting nothing is not a consultation
        #expect(found.first?.message.english == "7 inputs adopted at FKP-1, SRV-1 have not reached the standard after 6 months: the standard was last established or reviewed on 2025-03-20.")

        let reviewedLate = records.changing(standard: "PBG") { $0.lastReviewed = date("2026-06-01") }
        #expect(ParticipationInputsNotReflected.findings(in: reviewedLate).isEmpty)
        // Reviewed between the two events: only the later one is still to be reflected.
        let between = records.changing(standard: "PBG") { $0.lastReviewed = date("2025-08-01") }
        #expect(ParticipationInputsNotReflected.findings(in: between).map(\.records) == [["SRV-1"]])
    }

    @Test("inputs: a consultation adopting nothing is found in its own period only; both shortfalls share one finding")
    func noneAdoptedInPeriod() throws {
        let ktp = ExampleRegion.standard().changing { $0.lastReviewed = date("2025-03-20") }
        let events = [
            ExampleRegion.event(id: "FKP-OLD", date: "2025-11-03", received: 12, adopted: 0),
            ExampleRegion.event(id: "FKP-A", date: "2025-09-01", adopted: 2),
            ExampleRegion.event(id: "FKP-B", date: "2026-02-02", received: 7, adopted: 0),
        ]
        let found = try #require(ParticipationInputsNotReflected.findings(in: ExampleRegion.records.with(standards: [ktp]).with(participation: events)).first)
        #expect(found.records == ["FKP-A", "FKP-B"])
        #expect(found.figures == [
            "adopted_not_reflected": "2", "events_not_reflected": "1", "last_settled": "2025-03-20", "inputs_none_adopted": "7",
            "events_none_adopted": "1",
        ])
        #expect(found.message.indonesian == "2 masukan yang diadopsi dari FKP-A belum masuk ke standar setelah 6 bulan: standarnya terakhir ditetapkan atau ditinjau pada 2025-03-20. FKP-B menerima 7 masukan dan tidak mengadopsi satu pun.")
    }

    @Test("recent consultation: units without services are not judged; other events are counted as evidence")
    func recentConsultation() throws {
        let register = ServiceRegister(
            units: ExampleRegion.register.units + [.init(id: "SETDA", name: "Sekretariat Daerah")], services: ExampleRegion.register.services)
        var records = ExampleRegion.records.with(participation: [
            ExampleRegion.event(),
            ExampleRegion.event(unit: "DPMPTSP", service: "PBG", id: "FKP-2024", date: "2024-11-11"),
            ExampleRegion.event(unit: "DPMPTSP", service: "PBG", id: "SOS-1", date: "2026-02-02", kind: .sosialisasi),
            ExampleRegion.event(unit: "DPMPTSP", service: nil, id: "SRV-1", date: "2026-03-02", kind: .survei),
        ])
        records.register = register
        let found = ParticipationNoRecentConsultation.findings(in: records)
        #expect(found.map(\.subject) == [ExampleRegion.subject(ExampleRegion.dpmptsp)])
        #expect(found.first?.figures == ["months": "12", "other_events": "2", "last_consultation": "2024-11-11"])
        #expect(found.first?.records == ["SOS-1", "SRV-1"])
        #expect(found.first?.message.english == "The unit held no public consultation in the last 12 months (2 other events; the last consultation was on 2024-11-11).")
    }
}
