import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

@Suite("import.standards on the sample region")
struct ImportStandardsSampleTests {
    @Test("units, services and standards each count once: read = accepted + rejected, as the generator says")
    func reconciliation() async throws {
        let expected = try ExpectedStandardsComplaints.load().standards
        let imported = try await importSampleStandards()
        let account = try imported.one(ImportAccount.self)
        #expect(account.stage == "stage")
        #expect(account.records == "service-standards")
        #expect(account.files.map(\.file) == [sampleStandardsPath])
        #expect(account.files.first?.counts == [expected.records_read, expected.accepted, expected.rejected])
        #expect(account.files.first?.counts == [77, 75, 2])
        #expect(account.reconciles)
        #expect(account.rejectsFile == "rejects-stage.csv")
        #expect(account.reasons == ["record.unknown-component": 1, "record.invalid-date": 1])
        #expect(imported.datasets.map { type(of: $0).kind } == [.serviceRegister, .serviceStandards, .importSummary])
        #expect(imported.written == ["rejects-stage.csv"])
    }

    @Test("the register holds the 12 units and 34 services of the survey exports, found by id, name or alias")
    func register() async throws {
        let register = try await importSampleStandards().one(ServiceRegister.self)
        #expect(register.units.count == 12)
        #expect(register.services.count == 34)
        #expect(register.units.first?.id == "DISDUKCAPIL")
        #expect(register.unit(named: "disdukcapil")?.name == "Dinas Kependudukan dan Pencatatan Sipil")
        #expect(register.unit(named: "Diskop UM")?.id == "DISKOPUM")
        #expect(register.unit(named: "RSUD KABUPATEN CONTOH")?.id == "RSUD")
        #expect(register.service(named: "KTP-el", inUnit: "DISDUKCAPIL")?.id == "KTP-EL")
        #expect(register.service(named: "Kartu Kuning", inUnit: "DISNAKER")?.name == "Kartu Tanda Bukti Pencari Kerja (AK/1)")
        // Listed under the file's top-level `services:`, by the unit's id.
        #expect(register.services(ofUnit: "KEC-SUKAMAJU").map(\.id) == ["LEGALISASI", "AHLI-WARIS"])
        // An alias equal to the id is not kept twice.
        #expect(register.unit(named: "RSUD")?.aliases == ["RSUD Kabupaten Contoh"])

        // Both semesters: Dinas Perhubungan held no survey in 2026-S1.
        var surveyed: Set<String> = []
        for file in ["skm-2025-s2.csv", "skm-2026-s1.csv"] {
            let survey = parseCSV(try String(contentsOfFile: repositoryFile("samples/kabupaten-contoh/skm/\(file)"), encoding: .utf8))
            let header = try #require(survey.first)
            let opd = try #require(header.firstIndex(of: "opd")), layanan = try #require(header.firstIndex(of: "layanan"))
            surveyed.formUnion(survey.dropFirst().filter { $0.count == header.count && !$0[opd].isEmpty }.map { "\($0[opd])|\($0[layanan])" })
        }
        let registered = Set(register.services.map { service in "\(register.unit(named: service.unitID)!.name)|\(service.name)" })
        #expect(registered == surveyed)
    }

    @Test("the rejects file lists the two faulty standards at their lines, with the closest component suggested")
    func rejects() async throws {
        let expected = try ExpectedStandardsComplaints.load().standards
        let rows = try rejectsRows(try await importSampleStandards())
        #expect(rows.map(\.row) == expected.rejected_records.map(\.line))
        #expect(rows.map(\.line) == expected.rejected_records.map(\.line))
        #expect(rows.map(\.field) == expected.rejected_records.map(\.field))
        #expect(rows.map(\.value) == expected.rejected_records.map(\.value))
        #expect(rows.map(\.code) == expected.rejected_records.map(\.code))
        #expect(rows.allSatisfy { $0.file == sampleStandardsPath })
        #expect(rows.map(\.reason) == [
            "'persyaratn' bukan salah satu dari 14 komponen standar pelayanan; mungkin maksud Anda 'persyaratan'?",
            "'31/02/2022' bukan tanggal yang sah",
        ])
        let english = try rejectsRows(try await importSampleStandards(language: .english))
        #expect(english.first?.reason == "'persyaratn' is not one of the 14 components of a service standard; did you mean 'persyaratan'?")
    }

    @Test("a rejected standard leaves its service in the register, without a standard")
    func rejectedStandardKeepsService() async throws {
        let imported = try await importSampleStandards()
        let register = try imported.one(ServiceRegister.self), standards = try imported.one(ServiceStandards.self)
        #expect(register.service(named: "AKTA-LAHIR", inUnit: "DISDUKCAPIL") != nil)
        #expect(standards.standard(unitID: "DISDUKCAPIL", serviceID: "AKTA-LAHIR") == nil)
        #expect(standards.standard(unitID: "RSUD", serviceID: "FARMASI") == nil)
        #expect(standards.count == 29)
    }

    @Test("the deliberate shortfalls are there for evaluation rules to find")
    func shortfalls() async throws {
        let expected = try ExpectedStandardsComplaints.load().standards.shortfalls
        let imported = try await importSampleStandards()
        let register = try imported.one(ServiceRegister.self), standards = try imported.one(ServiceStandards.self)
        func key(_ standard: ServiceStandard) -> String { "\(standard.unitID)/\(standard.serviceID)" }
        let withStandard = Set(standards.items.map(key))
        let without = register.services.map { "\($0.unitID)/\($0.id)" }.filter { !withStandard.contains($0) }
        #expect(Set(without) == Set(expected.no_standard + expected.rejected_standard))
        var missing: [String: [String]] = [:]
        for standard in standards.items where !standard.missingComponents.isEmpty {
            missing[key(standard)] = standard.missingComponents.map(\.key)
        }
        #expect(missing == expected.missing_components)
        #expect(standards.items.filter { $0.established == nil }.map(key) == expected.not_established)
        #expect(standards.items.filter { !$0.published }.map(key) == expected.unpublished)
        #expect(standards.items.filter { $0.published && $0.publishedIn.count < 2 }.map(key) == expected.few_media)
        #expect(standards.items.filter { $0.timeLimitDays == nil }.map(key) == expected.time_limit_text_only)
        #expect(standards.items.filter { !$0.maklumat }.map(key) == expected.no_maklumat)
        #expect(standards.items.filter { $0.consultation == nil }.map(key) == expected.no_consultation)
        let reviewDay = date(2026, 6, 30)
        let overdue = standards.items.filter { standard in
            guard let last = standard.lastSettled else { return false }  // not established: another shortfall
            return CalendarDate(year: last.year + 3, month: last.month, day: last.day)! < reviewDay
        }
        #expect(overdue.map(key) == expected.review_overdue)
    }

    @Test("a standard's facts are read: time limit, fee in Rupiah, legal basis, dates, publication, maklumat, FKP")
    func facts() async throws {
        let standards = try await importSampleStandards().one(ServiceStandards.self)
        let kir = try #require(standards.standard(unitID: "DISHUB", serviceID: "UJI-KIR"))
        #expect(kir.timeLimitDays == 1)
        #expect(kir.fee == Rational(87_000))
        #expect(kir.isFree == false)
        #expect(kir.legalBasis == [
            "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
            "Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan",
        ])
        #expect(kir.established == date(2023, 7, 3))
        #expect(kir.lastReviewed == date(2026, 3, 2))
        #expect(kir.published)
        #expect(kir.publishedIn == ["website", "papan informasi"])
        #expect(kir.maklumat)
        #expect(kir.maklumatDate == date(2023, 7, 5))
        #expect(kir.consultation == "FKP-DISHUB-2023-01")
        #expect(kir.missingComponents == [])
        #expect(kir.components[.fee] == "Rp 87.000 sesuai Peraturan Daerah")
        #expect(kir.source == RecordSource(file: sampleStandardsPath, row: kir.source.line!, line: kir.source.line))

        // A time limit in minutes has no number of working days, but the component is stated.
        let rajal = try #require(standards.standard(unitID: "RSUD", serviceID: "RAJAL"))
        #expect(rajal.timeLimitDays == nil)
        #expect(rajal.components[.timeLimit] == "Paling lama 60 menit sejak pendaftaran hingga dilayani dokter")
        // A fee set by another regulation: no amount, the component's text says where.
        let pbg = try #require(standards.standard(unitID: "DPMPTSP", serviceID: "PBG"))
        #expect(pbg.fee == nil)
        #expect(pbg.has(.fee))
        #expect(pbg.isFree == nil)
        #expect(try #require(standards.standard(unitID: "DISDUKCAPIL", serviceID: "KK")).isFree == true)
        // Components written as a list: stated, without text.
        let slhs = try #require(standards.standard(unitID: "DINKES", serviceID: "SLHS"))
        #expect(slhs.missingComponents == [])
        #expect(slhs.components[.requirements] == "")
        #expect(!slhs.published && !slhs.maklumat && slhs.maklumatDate == nil && slhs.established == nil)
        // The groups a service concerns, as the participation log names them.
        #expect(try #require(standards.standard(unitID: "DPMPTSP", serviceID: "SIP-NAKES")).targetGroups == ["tenaga kesehatan"])
        #expect(kir.targetGroups.isEmpty)
        // A standard of a service listed apart from its unit.
        let legalisasi = try #require(standards.standard(unitID: "KEC-SUKAMAJU", serviceID: "LEGALISASI"))
        #expect(legalisasi.established == date(2020, 9, 7))
        #expect(legalisasi.lastReviewed == nil)
    }
}
