import PantauYAML
import Testing

@testable import PantauCore

/// The lookups rules use in place of comparing every record with every other give what the
/// comparisons give, for names the register knows under any spelling, names it does not know,
/// and no register at all.
@Suite("Records found by unit and service")
struct UnitLookupTests {
    /// A register whose unit has an alias, and a unit known by a name that differs from an
    /// unknown one only in a dash (register names ignore case and blanks; record words also dashes).
    static let register = ServiceRegister(
        units: [
            .init(id: "DUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", aliases: ["Disdukcapil"]),
            .init(id: "DPMPTSP", name: "Dinas Penanaman Modal", aliases: ["DPM-PTSP"]),
        ],
        services: [
            .init(id: "KTP", unitID: "DUKCAPIL", name: "KTP Elektronik", aliases: ["e-KTP"]),
            .init(id: "PBG", unitID: "DPMPTSP", name: "Persetujuan Bangunan Gedung"),
        ])

    static let names = [
        "DUKCAPIL", "disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "DPM-PTSP", "dpm ptsp", "DPM_PTSP", "DPMPTSP",
        "Dinas Sosial", "dinas-sosial", "DINAS  SOSIAL", "Bapenda",
    ]
    static let services: [String?] = [nil, "KTP", "e-KTP", "ektp", "KTP Elektronik", "PBG", "persetujuan-bangunan-gedung", "Akta"]

    static func events() -> [ParticipationEvent] {
        var events: [ParticipationEvent] = []
        for (position, name) in names.enumerated() {
            for (offset, service) in services.enumerated() where (position + offset) % 3 != 1 {
                var event = ExampleRegion.event(unit: name, service: service, id: "E\(events.count)", row: events.count + 2)
                event.unit = name  // as written, not as the example region's register names it
                events.append(event)
            }
        }
        return events
    }

    @Test("the events of a unit and about a service are those the pairwise comparisons find, in the log's order", arguments: [true, false])
    func events(withRegister: Bool) {
        var records = ExampleRegion.records.with(participation: Self.events())
        records.register = withRegister ? Self.register : nil
        let log = records.participation!.items
        for unit in Self.names {
            #expect(records.events(ofUnit: unit) == log.filter { records.sameUnit($0.unit, unit) }, "\(unit)")
            for case let service? in Self.services {
                let standard = ExampleRegion.standard(unit: unit, service: service)
                let pairwise = log.filter { event in
                    guard records.sameUnit(event.unit, unit) else { return false }
                    guard let named = event.service else { return true }
                    if let register = records.register, let known = register.unit(named: unit),
                        let first = register.service(named: named, inUnit: known.id), let second = register.service(named: service, inUnit: known.id)
                    {
                        return first.id == second.id
                    }
                    return RecordWords.same(named, service)
                }
                #expect(records.events(about: standard) == pairwise, "\(unit) / \(service)")
            }
        }
    }

    @Test("standards are found by the unit an event names as the pairwise comparison finds them", arguments: [true, false])
    func standards(withRegister: Bool) {
        var records = ExampleRegion.records
        records.register = withRegister ? Self.register : nil
        records = records.with(standards: Self.names.enumerated().map { ExampleRegion.standard(unit: $0.element, service: "S\($0.offset)", row: $0.offset + 2) })
        let items = records.standards!.items
        for name in Self.names + ["nobody"] {
            #expect(records.standardsByUnit.positions(sameUnitAs: name) == items.indices.filter { records.sameUnit(items[$0].unitID, name) }, "\(name)")
        }
    }

    @Test("an event named as a standard's consultation is the first with that id, whatever its case or blanks")
    func namedConsultation() {
        let events = [
            ExampleRegion.event(id: "fkp-01", row: 2), ExampleRegion.event(unit: "DPMPTSP", service: "PBG", id: "FKP 01", row: 3),
            ExampleRegion.event(id: "FKP-02", row: 4),
        ]
        var standard = ExampleRegion.standard()
        let records = ExampleRegion.records.with(participation: events)
        for (reference, row) in [("FKP-01", 2), ("fkp_02", 4)] {
            standard.consultation = reference
            #expect(records.namedConsultation(of: standard)?.source.row == row)
        }
        standard.consultation = "FKP-03"
        #expect(records.namedConsultation(of: standard) == nil)
    }
}
