import PantauYAML
import Testing
@testable import PantauCore

private func event(_ day: String, unit: String = "Dinas Koperasi dan Usaha Mikro", groups: [String], received: Int? = nil, adopted: Int? = nil)
    -> ParticipationEvent
{
    ParticipationEvent(
        date: CalendarDate(iso: day)!, unit: unit, kind: .fkp, groups: groups, participants: 30, inputsReceived: received,
        inputsAdopted: adopted, source: RecordSource(file: "p.csv", row: 2))
}

@Suite("Participation")
struct ParticipationTests {
    @Test(arguments: [
        ("KUD", "KUD"), ("kud", "KUD"), ("Koperasi Unit Desa", "KUD"), ("KOPWAN", "KOPWAN"), ("koperasi wanita", "KOPWAN"),
        ("KSP", "KSP"), ("UMKM", "pelaku usaha mikro"), ("pelaku usaha mikro", "pelaku usaha mikro"), ("tenaga pendamping", "pendamping lapangan"),
        ("PKK", "kelompok perempuan"), ("difabel", "penyandang disabilitas"), ("Penyandang  Disabilitas", "penyandang disabilitas"),
        ("lanjut usia", "lansia"), ("karang taruna", "pemuda"),
    ])
    func theStandardVocabularyReadsTheUsualNames(spelling: String, group: String) {
        #expect(StakeholderVocabulary.standard.group(named: spelling) == group)
    }

    @Test func anUnknownGroupGetsTheClosestKnownSpelling() {
        let vocabulary = StakeholderVocabulary.standard
        #expect(vocabulary.group(named: "disabilitass") == nil)
        #expect(vocabulary.closest(to: "disabilitass") == "disabilitas")
        #expect(vocabulary.closest(to: "KOPWANN") == "KOPWAN")
        #expect(vocabulary.closest(to: "astronot") == nil)
    }

    @Test func aConfiguredVocabularyReplacesTheStandardOne() {
        let vocabulary = StakeholderVocabulary([.init("nelayan", aliases: ["kelompok nelayan"]), .init("petani")])
        #expect(vocabulary.group(named: "Kelompok Nelayan") == "nelayan")
        #expect(vocabulary.group(named: "petani") == "petani")
        #expect(vocabulary.group(named: "KUD") == nil)
    }

    @Test func theFirstGroupToClaimASpellingKeepsIt() {
        let vocabulary = StakeholderVocabulary([.init("koperasi", aliases: ["KUD"]), .init("KUD")])
        #expect(vocabulary.group(named: "kud") == "koperasi")
    }

    @Test func adoptionShareIsExactAndNeedsInputsReceived() {
        #expect(event("2025-09-18", groups: [], received: 14, adopted: 9).adoptionShare == Rational(9, 14))
        #expect(event("2025-09-18", groups: [], received: 0, adopted: 0).adoptionShare == nil)
        #expect(event("2025-09-18", groups: []).adoptionShare == nil)
    }

    @Test func theLogIsByDateAndTellsTheGroupsAUnitReached() {
        let log = ParticipationLog([
            event("2026-01-22", groups: ["lansia", "KUD"]),
            event("2025-09-18", groups: ["KUD", "KSP"]),
            event("2025-10-01", unit: "Dinas Sosial", groups: ["lansia"]),
        ])
        #expect(log.items.map(\.date.description) == ["2025-09-18", "2025-10-01", "2026-01-22"])
        #expect(log.groupsReached(byUnit: "dinas koperasi dan usaha mikro") == ["KUD", "KSP", "lansia"])
        #expect(log.events(ofUnit: "Dinas Sosial").count == 1)
    }
}
