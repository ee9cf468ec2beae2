import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The rules on standards and participation over the sample region's standards and participation
/// log, imported as `pipelines/monev-semester.yaml` imports them, for 2026-S1.
private func sampleFindings(language: Language = .english) async throws -> [Finding] {
    let standards = try await importSampleStandards()
    let register = try standards.one(ServiceRegister.self)
    let importer = try ImportParticipation(configuration: configuration(ImportParticipation.self, "path: samples/kabupaten-contoh/partisipasi.csv"))
    let participation = try await run(importer, inputs: [register]).one(ParticipationLog.self)
    let stage = try EvaluateRules(configuration: configuration(EvaluateRules.self, "areas: [standard, participation]"))
    let evaluated = try await run(stage, inputs: [register, try standards.one(ServiceStandards.self), participation], language: language)
    return try evaluated.one(Findings.self).items
}

private let dukcapil = "Dinas Kependudukan dan Pencatatan Sipil", dpmptsp = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
private let dinkes = "Dinas Kesehatan", rsud = "Rumah Sakit Umum Daerah Kabupaten Contoh", bapenda = "Badan Pendapatan Daerah"
private let diskop = "Dinas Koperasi dan Usaha Mikro", dinsos = "Dinas Sosial", dishub = "Dinas Perhubungan", disnaker = "Dinas Tenaga Kerja"
private let dispusip = "Dinas Perpustakaan dan Kearsipan", puskesmas = "UPTD Puskesmas Sukamaju", kecamatan = "Kecamatan Sukamaju"

private func subjects(_ findings: [Finding], _ rule: String) -> [String] {
    findings.filter { $0.rule == rule }.map { [$0.subject.unit, $0.subject.service].compactMap { $0 }.joined(separator: " / ") }
}

@Suite("standard and participation rules on the sample region")
struct StandardParticipationRulesSampleTests {
    @Test("every rule on standards and participation finds the shortfalls planted in the sample, and only those")
    func everyRuleTriggers() async throws {
        let findings = try await sampleFindings()
        let ids = RuleCatalogue.rules.map { $0.description }.filter { [.standards, .participation].contains($0.area) }.map { $0.id }
        for id in ids { #expect(findings.contains { $0.rule == id }, "\(id) finds nothing in the sample region") }

        #expect(subjects(findings, "standard.not-established") == ["\(dinkes) / Sertifikat Laik Higiene Sanitasi (SLHS)"])
        #expect(subjects(findings, "standard.not-published") == [
            "\(bapenda) / Pendaftaran Wajib Pajak PBJT", "\(dinkes) / Sertifikat Laik Higiene Sanitasi (SLHS)",
            "\(dpmptsp) / Surat Izin Praktik Tenaga Kesehatan", "\(dinsos) / Pendaftaran dan Pemutakhiran DTKS",
            "\(kecamatan) / Legalisasi Surat Keterangan",
        ])
        #expect(subjects(findings, "standard.no-consultation") == [
            "\(bapenda) / Pendaftaran Wajib Pajak PBJT", "\(dinkes) / Sertifikat Laik Higiene Sanitasi (SLHS)",
            "\(dpmptsp) / Izin Penyelenggaraan Reklame", "\(dispusip) / Keanggotaan dan Peminjaman Buku",
            "\(dinsos) / Pendaftaran dan Pemutakhiran DTKS", "\(disnaker) / Kartu Tanda Bukti Pencari Kerja (AK/1)",
            "\(disnaker) / Pencatatan Perjanjian Kerja Bersama (PKB)", "\(kecamatan) / Legalisasi Surat Keterangan",
            "\(rsud) / Rawat Inap", "\(puskesmas) / Imunisasi",
        ])
        #expect(subjects(findings, "standard.groups-missing") == [
            "\(bapenda) / Pelayanan PBB-P2", "\(bapenda) / Pendaftaran Wajib Pajak PBJT", "\(diskop) / Konsultasi dan Pendampingan Usaha Mikro",
            "\(dpmptsp) / Surat Izin Praktik Tenaga Kesehatan",
        ])
        #expect(subjects(findings, "participation.change-without-consultation") == ["\(dishub) / Pengujian Kendaraan Bermotor (Uji KIR)"])
        #expect(subjects(findings, "participation.inputs-not-reflected") == [
            "\(dpmptsp) / Persetujuan Bangunan Gedung (PBG)", "\(dinsos) / Pendaftaran dan Pemutakhiran DTKS",
            "\(kecamatan) / Legalisasi Surat Keterangan", "\(rsud) / Rawat Jalan", "\(puskesmas) / Kesehatan Ibu dan Anak (KIA)",
        ])
        #expect(subjects(findings, "participation.no-recent-consultation") == [dishub, dispusip, disnaker, puskesmas])
    }

    @Test("the reasons name the sample's records: the FKP cited but not logged, the socialisation taken for an FKP, the groups left out")
    func reasons() async throws {
        let findings = try await sampleFindings()
        func message(_ rule: String, _ service: String) -> String? {
            findings.first { $0.rule == rule && $0.subject.service == service }?.message
        }
        #expect(message("standard.no-consultation", "Kartu Tanda Bukti Pencari Kerja (AK/1)")
            == "The consultation 'FKP-DISNAKER-2022-01' the standard names is not in the participation log.")
        #expect(message("standard.no-consultation", "Keanggotaan dan Peminjaman Buku")
            == "The event 'FKP-DISPUSIP-2023-01' the standard names was a sosialisasi, not a consultation (fkp, dengar-pendapat).")
        #expect(message("standard.groups-missing", "Surat Izin Praktik Tenaga Kesehatan")
            == "Consultations about this service (1 event) did not include the groups it concerns (tenaga kesehatan).")
        #expect(message("standard.not-published", "Pendaftaran Wajib Pajak PBJT")
            == "The service standard is published in 1 medium (website): fewer than 2 media.")
        #expect(message("participation.inputs-not-reflected", "Legalisasi Surat Keterangan") == "P-036 received 6 inputs and adopted none.")
        let kir = try #require(findings.first { $0.rule == "participation.change-without-consultation" })
        #expect(kir.evidence == ["changes": "2026-03-02", "window_months": "12", "last_consultation": "2023-06-15"])
        #expect(kir.severity == .major)
    }
}
