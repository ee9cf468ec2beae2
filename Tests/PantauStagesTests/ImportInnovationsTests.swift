import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private let sampleFile = "samples/kabupaten-contoh/inovasi.csv"
private let header = "id,nama_inovasi,opd,layanan,tahun,tahap,direplikasi,berkelanjutan"

private func importSample(register: Bool = false) async throws -> StageRun {
    let stage = try ImportInnovations(configuration: configuration(ImportInnovations.self, "path: \(sampleFile)"))
    return try await run(stage, inputs: register ? [try sampleRegister()] : [])
}

@Suite("import.innovations on the sample region")
struct ImportInnovationsSampleTests {
    @Test("read = accepted + rejected, with exactly the planted faults rejected, register or not", arguments: [false, true])
    func reconciliation(register: Bool) async throws {
        let imported = try await importSample(register: register)
        let account = try #require(imported.accounts.first)
        #expect(account.records == "innovations")
        #expect(account.files.map(\.counts) == [[29, 24, 5]])
        #expect(account.reconciles)
        let rejects = try imported.rejects()
        #expect(rejects.map(\.place) == [
            .init(row: 26, field: "tahun", value: "20255", code: "record.invalid-year"),
            .init(row: 27, field: "tahap", value: "uji cobaa", code: "record.unknown-word"),
            .init(row: 28, field: "direplikasi", value: "mungkin", code: "record.invalid-flag"),
            .init(row: 29, field: "nama_inovasi", value: "Antrean Rawat Jalan lewat WhatsApp", code: "record.duplicate-name"),
            .init(row: 30, field: "opd", value: "", code: "record.value-missing"),
        ])
        #expect(rejects[1].reason == "'uji cobaa' bukan salah satu dari ide, uji-coba, penerapan, replikasi; mungkin maksud Anda 'uji-coba'?")
        #expect(rejects[3].reason == "'Antrean Rawat Jalan lewat WhatsApp' sudah tercatat untuk 'Rumah Sakit Umum Daerah Kabupaten Contoh' (baris 9)")
    }

    @Test("four agencies started no innovation in 2026, and five earlier ones were not sustained")
    func oneAgencyOneInnovation() async throws {
        let register = try await importSample().one(InnovationRegister.self)
        let units = try sampleRegister().units.map(\.name)
        #expect(Set(register.units(units, withoutInnovationIn: 2026)) == [
            "Dinas Kesehatan", "Dinas Sosial", "Dinas Perhubungan", "Kecamatan Sukamaju",
        ])
        #expect(register.notSustained(startedBefore: 2026).map(\.id) == ["INV-07", "INV-09", "INV-15", "INV-16", "INV-23"])
        let first = try #require(register.items.first)
        #expect(first.name == "DUKCAPIL JEMPUT BOLA: perekaman KTP-el di desa")
        #expect(first.stage == .replication && first.replicated && first.sustained)
        #expect(register.items.first { $0.id == "INV-03" }?.stage == .trial)  // written "uji coba"
    }
}

@Suite("import.innovations on broken and unusual files")
struct ImportInnovationsFileTests {
    private func importing(_ text: String) async throws -> StageRun {
        let scratch = try ScratchRecords(["inovasi.csv": text])
        return try await run(try scratch.stage(ImportInnovations.self, "path: inovasi.csv"))
    }

    @Test("yes and no in the ways spreadsheets write them", arguments: [
        ("ya", true), ("Ya", true), ("Y", true), ("yes", true), ("1", true), ("benar", true),
        ("tidak", false), ("T", false), ("tdk", false), ("no", false), ("0", false),
    ])
    func flags(text: String, value: Bool) {
        #expect(RecordValues.flag(text) == value)
    }

    @Test("years are four digits in range", arguments: [("2026", 2026), ("1945", 1945), ("26", nil), ("1800", nil), ("2026.0", nil), ("２０２６", nil)])
    func years(text: String, year: Int?) {
        #expect(RecordValues.year(text) == year)
    }

    @Test("without an id column, the same innovation of the same unit is caught by its name, whatever its case")
    func duplicateNameWithoutIDs() async throws {
        let imported = try await importing("""
            nama_inovasi,opd,tahun,tahap,direplikasi,berkelanjutan
            Antrean Daring,Dinas Sosial,2025,penerapan,tidak,ya
            antrean  daring,dinas sosial,2026,penerapan,tidak,ya
            Antrean Daring,Dinas Kesehatan,2026,ide,tidak,ya
            """)
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 3, field: "nama_inovasi", value: "antrean  daring", code: "record.duplicate-name"),
        ])
        #expect(try imported.one(InnovationRegister.self).items.map(\.unit) == ["Dinas Sosial", "Dinas Kesehatan"])
    }

    @Test("a repeated id is rejected even under another name")
    func duplicateID() async throws {
        let imported = try await importing(header + "\nI-1,A,Dinas Sosial,,2025,ide,tidak,ya\nI-1,B,Dinas Sosial,,2025,ide,tidak,ya\n")
        #expect(try imported.rejects().map(\.place) == [.init(row: 3, field: "id", value: "I-1", code: "record.duplicate-id")])
    }

    @Test("a tab-separated export with a byte-order mark")
    func tabSeparated() async throws {
        let imported = try await importing("\u{FEFF}" + header.replacingOccurrences(of: ",", with: "\t") + "\nI-1\tA\tDinas Sosial\t\t2025\tUji Coba\tya\ttidak\n")
        let innovation = try #require(try imported.one(InnovationRegister.self).items.first)
        #expect(innovation.stage == .trial && innovation.replicated && !innovation.sustained && innovation.year == 2025)
    }

    @Test("empty required values are each reported")
    func emptyValues() async throws {
        let imported = try await importing(header + "\nI-1,,,,,,,\n")
        #expect(try imported.rejects().map(\.field) == ["nama_inovasi", "opd", "tahun", "tahap", "direplikasi", "berkelanjutan"])
        #expect(imported.accounts.first?.files.map(\.counts) == [[1, 0, 1]])
    }
}
