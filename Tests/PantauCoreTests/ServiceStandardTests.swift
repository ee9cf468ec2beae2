import PantauYAML
import Testing
@testable import PantauCore

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

@Suite("Service standards: the 14 components and what a standard records")
struct ServiceStandardTests {
    @Test("the components in PermenPAN-RB 15/2014 order: six on delivery, then eight on internal management")
    func componentOrder() {
        #expect(StandardComponent.allCases.map(\.key) == [
            "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum", "sarana_prasarana",
            "kompetensi_pelaksana", "pengawasan_internal", "jumlah_pelaksana", "jaminan_pelayanan", "jaminan_keamanan",
            "evaluasi_kinerja",
        ])
        #expect(StandardComponent.allCases.map(\.number) == Array(1...14))
        #expect(StandardComponent.allCases.filter { $0.part == .delivery }.count == 6)
        #expect(StandardComponent.allCases.filter { $0.part == .management }.count == 8)
        #expect(StandardComponent.complaintHandling.part == .delivery)
        #expect(StandardComponent.legalBasis.part == .management)
        #expect(StandardComponent.procedure.localizedName(.indonesian) == "Sistem, Mekanisme, dan Prosedur")
        #expect(StandardComponent.procedure.localizedName(.english) == "System, mechanism and procedure")
        #expect(Set(StandardComponent.keys).count == 28)
    }

    @Test("a component is found by either key or its full name, without regard to case, blanks or punctuation", arguments: [
        ("persyaratan", StandardComponent.requirements), ("Requirements", .requirements), ("jangka waktu", .timeLimit),
        ("Jangka-Waktu", .timeLimit), ("time_limit", .timeLimit), ("Sistem, Mekanisme, dan Prosedur", .procedure),
        ("Sistem, Mekanisme dan Prosedur", .procedure), ("Biaya/Tarif", .fee), ("BIAYA", .fee),
        ("Sarana, Prasarana, dan/atau Fasilitas", .facilities), ("sarana_prasarana", .facilities),
        ("Jaminan Keamanan dan Keselamatan Pelayanan", .safetyGuarantee), ("evaluasi_kinerja", .performanceEvaluation),
        ("  Dasar Hukum ", .legalBasis), ("staff_count", .staffCount),
    ])
    func componentNamed(_ text: String, _ expected: StandardComponent) {
        #expect(StandardComponent.named(text) == expected)
    }

    @Test("names that are no component", arguments: ["persyaratn", "", "biaya_tarif_tambahan", "jaminan", "maklumat", "fkp"])
    func notAComponent(_ text: String) {
        #expect(StandardComponent.named(text) == nil)
    }

    @Test("missing components are listed in the regulation's order; the last settled date is the later of establishment and review")
    func standardFacts() {
        let source = RecordSource(file: "sp.yaml", row: 4, line: 4)
        var standard = ServiceStandard(unitID: "DINSOS", serviceID: "DTKS", source: source)
        #expect(standard.missingComponents == StandardComponent.allCases)
        #expect(standard.lastSettled == nil)
        #expect(standard.isFree == nil)
        standard.components = [.requirements: "KTP", .fee: "", .performanceEvaluation: "x"]
        #expect(standard.has(.fee))
        #expect(!standard.has(.timeLimit))
        #expect(standard.missingComponents.first == .procedure)
        #expect(standard.missingComponents.count == 11)
        standard.established = date(2021, 11, 15)
        #expect(standard.lastSettled == date(2021, 11, 15))
        standard.lastReviewed = date(2024, 2, 5)
        #expect(standard.lastSettled == date(2024, 2, 5))
        standard.fee = .zero
        #expect(standard.isFree == true)
        standard.fee = Rational(87_000)
        #expect(standard.isFree == false)
    }

    @Test("one standard per service, found by the register's ids without regard to case")
    func standardsByService() {
        let source = RecordSource(file: "sp.yaml", row: 1)
        var standards = ServiceStandards([
            ServiceStandard(unitID: "DINSOS", serviceID: "DTKS", timeLimitDays: 14, source: source),
            ServiceStandard(unitID: "DISHUB", serviceID: "UJI-KIR", source: source),
        ])
        #expect(standards.count == 2)
        #expect(standards.standard(unitID: "dinsos", serviceID: "dtks")?.timeLimitDays == 14)
        #expect(standards.standard(unitID: "DINSOS", serviceID: "UJI-KIR") == nil)
        let added = standards.append(ServiceStandard(unitID: "DINSOS", serviceID: "DTKS", timeLimitDays: 3, source: source))
        #expect(!added)
        #expect(standards.standard(unitID: "DINSOS", serviceID: "DTKS")?.timeLimitDays == 14)
        #expect(standards.standards(ofUnit: "DISHUB").map(\.serviceID) == ["UJI-KIR"])
    }
}
