import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private let sampleFile = "samples/kabupaten-contoh/partisipasi.csv"
private let header = "id,tanggal,opd,layanan,jenis_kegiatan,topik,kelompok,jumlah_peserta,masukan_diterima,masukan_diadopsi"

private func importSample(register: Bool = false, language: Language = .indonesian) async throws -> StageRun {
    let stage = try ImportParticipation(configuration: configuration(ImportParticipation.self, "path: \(sampleFile)"))
    return try await run(stage, inputs: register ? [try sampleRegister()] : [], language: language)
}

/// The rejects every import of the sample gives; with the register, two more follow.
private let sampleRejects: [RecordReject.Place] = [
    .init(row: 29, line: 30, field: "tanggal", value: "31/09/2025", code: "record.invalid-date"),
    .init(row: 30, line: 31, field: "jumlah_peserta", value: "'-15", code: "record.invalid-count"),
    .init(row: 31, line: 32, field: "jumlah_peserta", value: "dua puluh", code: "record.invalid-count"),
    .init(row: 32, line: 33, field: "kelompok", value: "disabilitass", code: "record.unknown-group"),
    .init(row: 33, line: 34, field: "masukan_diadopsi", value: "12", code: "record.adopted-exceeds-received"),
    .init(row: 34, line: 35, field: "id", value: "P-021", code: "record.duplicate-id"),
    .init(row: 35, line: 36, field: "", value: "", code: "record.wrong-field-count"),
]
private let registerRejects: [RecordReject.Place] = [
    .init(row: 36, line: 37, field: "opd", value: "Dinas Pariwisata", code: "record.unknown-unit"),
    .init(row: 37, line: 38, field: "layanan", value: "Penerbitan Paspor", code: "record.unknown-service"),
]

@Suite("import.participation on the sample region")
struct ImportParticipationSampleTests {
    @Test("read = accepted + rejected, with exactly the planted faults rejected")
    func reconciliation() async throws {
        let imported = try await importSample()
        let account = try #require(imported.accounts.first)
        #expect(imported.accounts.count == 1)
        #expect(account.records == "participation")
        #expect(account.files.map(\.file) == [sampleFile])
        #expect(account.files.map(\.counts) == [[48, 41, 7]])
        #expect(account.reconciles)
        #expect(account.rejectsFile == "rejects-stage.csv")
        let rejects = try imported.rejects()
        #expect(rejects.map(\.place) == sampleRejects)
        #expect(rejects.allSatisfy { $0.file == sampleFile })
        #expect(try imported.one(ParticipationLog.self).items.count == 41)
    }

    @Test("with the register, unknown units and services are rejected too")
    func withRegister() async throws {
        let imported = try await importSample(register: true)
        #expect(imported.accounts.first?.files.map(\.counts) == [[48, 39, 9]])
        let rejects = try imported.rejects()
        #expect(rejects.map(\.place) == sampleRejects + registerRejects)
        #expect(rejects.last?.reason == "layanan 'Penerbitan Paspor' tidak terdaftar untuk 'Dinas Kependudukan dan Pencatatan Sipil'")
        let events = try imported.one(ParticipationLog.self).items
        #expect(Set(events.map(\.unit)).isSubset(of: Set(try sampleRegister().units.map(\.name))))
    }

    @Test("reasons are the reader's, with the closest group named")
    func reasons() async throws {
        let indonesian = try await importSample().rejects()
        #expect(indonesian[3].reason == "kelompok pemangku kepentingan 'disabilitass' tidak ada dalam kosakata kelompok; mungkin maksud Anda 'disabilitas'?")
        #expect(indonesian[4].reason == "masukan yang diadopsi (12) lebih banyak daripada masukan yang diterima (8)")
        #expect(indonesian[5].reason == "id 'P-021' muncul lagi (pertama di baris 22)")
        let english = try await importSample(language: .english).rejects(language: .english)
        #expect(english[1].reason == "'-15' is not a whole number of people")
        #expect(english[3].reason == "stakeholder group 'disabilitass' is not in the vocabulary of groups; did you mean 'disabilitas'?")
        #expect(english[6].reason == "the row has 11 fields where the header has 10")
    }

    @Test("an FKP with its groups, counts and inputs; dates in every written form")
    func events() async throws {
        let events = try await importSample().one(ParticipationLog.self).items
        let fkp = try #require(events.first { $0.id == "P-007" })
        #expect(fkp.date == CalendarDate(year: 2025, month: 9, day: 18))  // "18 September 2025"
        #expect(fkp.unit == "Dinas Koperasi dan Usaha Mikro")
        #expect(fkp.service == "Rekomendasi Pendirian Koperasi")
        #expect(fkp.kind == .fkp)  // written "FKP"
        #expect(fkp.groups == ["KUD", "KOPWAN", "KSP", "pelaku usaha mikro", "pendamping lapangan", "penyandang disabilitas"])
        #expect(fkp.participants == 42)
        #expect(fkp.adoptionShare == Rational(9, 14))
        #expect(fkp.source == RecordSource(file: sampleFile, row: 8, line: 8))
        let survey = try #require(events.first { $0.id == "P-004" })
        #expect(survey.date == CalendarDate(year: 2025, month: 8, day: 14))  // "14/08/2025"
        #expect(survey.kind == .survei)
        let socialisation = try #require(events.first { $0.id == "P-001" })
        #expect(socialisation.inputsReceived == nil && socialisation.inputsAdopted == nil)
        #expect(events.first { $0.id == "P-002" }?.kind == .dengarPendapat)
        // The log is in date order.
        #expect(events.map(\.date) == events.map(\.date).sorted())
    }

    @Test("a quoted topic over two lines is one record, and the records after it keep their rows")
    func quotedNewline() async throws {
        let events = try await importSample().one(ParticipationLog.self).items
        let event = try #require(events.first { $0.id == "P-027" })
        #expect(event.topic == "Pemutakhiran DTKS:\nusulan warga lewat musyawarah desa")
        #expect(event.source == RecordSource(file: sampleFile, row: 28, line: 28))
    }
}

@Suite("import.participation on broken and unusual files")
struct ImportParticipationFileTests {
    private func importing(_ text: String, yaml: String = "path: p.csv", register: ServiceRegister? = nil) async throws -> StageRun {
        let scratch = try ScratchRecords(["p.csv": text])
        return try await run(try scratch.stage(ImportParticipation.self, yaml), inputs: register.map { [$0] } ?? [])
    }

    @Test("semicolons, a byte-order mark and CRLF, as Excel saves them")
    func excelExport() async throws {
        let text = "\u{FEFF}tanggal;opd;jenis_kegiatan;kelompok;jumlah_peserta;masukan_diterima;masukan_diadopsi\r\n"
            + "12 Januari 2026;Dinas Sosial;FKP;\"lansia, penyandang disabilitas\";1.250;10;4\r\n"
        let imported = try await importing(text)
        let event = try #require(try imported.one(ParticipationLog.self).items.first)
        #expect(event.date == CalendarDate(year: 2026, month: 1, day: 12))
        #expect(event.groups == ["lansia", "penyandang disabilitas"])
        #expect(event.participants == 1250)
        #expect(event.id == nil && event.service == nil && event.topic == nil)  // optional columns absent
        #expect(try imported.rejects().isEmpty)
    }

    @Test("Windows-1252 text is read as such")
    func windows1252Text() async throws {
        let scratch = try ScratchRecords([:])
        try scratch.write("p.csv", bytes: windows1252(
            header + "\nP-1,2026-02-02,Dinas Sosial,,sosialisasi,Retribusi – “pasar” café,lansia,20,,\n"))
        let imported = try await run(try scratch.stage(ImportParticipation.self, "path: p.csv"))
        #expect(try imported.one(ParticipationLog.self).items.first?.topic == "Retribusi – “pasar” café")
    }

    @Test("a row written with another separator than the header's is rejected, not misread")
    func wrongSeparatorInARow() async throws {
        let imported = try await importing(header + "\nP-1;2026-02-02;Dinas Sosial;;sosialisasi;x;lansia;20;;\n")
        #expect(try imported.rejects().map(\.place) == [.init(row: 2, field: "", value: "", code: "record.wrong-field-count")])
    }

    @Test("negative and non-numeric counts, an empty count, and an adopted count without inputs received")
    func counts() async throws {
        let imported = try await importing(header + """

            P-1,2026-02-02,Dinas Sosial,,fkp,,lansia,-3,,
            P-2,2026-02-03,Dinas Sosial,,fkp,,lansia,,,
            P-3,2026-02-04,Dinas Sosial,,fkp,,lansia,20,5,x
            P-4,2026-02-05,Dinas Sosial,,fkp,,lansia,20,,2
            P-5,2026-02-06,Dinas Sosial,,fkp,,lansia,20,5,5
            """)
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 2, field: "jumlah_peserta", value: "'-3", code: "record.invalid-count"),
            .init(row: 3, field: "jumlah_peserta", value: "", code: "record.value-missing"),
            .init(row: 4, field: "masukan_diadopsi", value: "x", code: "record.invalid-count"),
            .init(row: 5, field: "masukan_diterima", value: "", code: "record.value-missing"),
        ])
        #expect(try imported.one(ParticipationLog.self).items.map(\.id) == ["P-5"])
    }

    @Test("every problem of a row is listed; the row counts once")
    func severalProblemsInOneRow() async throws {
        let imported = try await importing(header + "\nP-1,2026-02-30,Dinas Sosial,,rapat,,lansia; PKKK,2x,,\n")
        let rejects = try imported.rejects()
        #expect(rejects.map(\.code) == ["record.invalid-date", "record.unknown-word", "record.unknown-group", "record.invalid-count"])
        // A word the user shortened is a plausible slip: the longer spelling it starts is suggested.
        #expect(rejects[1].reason == "'rapat' bukan salah satu dari fkp, sosialisasi, survei, dengar-pendapat, lainnya; mungkin maksud Anda 'rapat dengar pendapat'?")
        #expect(rejects[2].reason.hasSuffix("mungkin maksud Anda 'PKK'?"))
        #expect(imported.accounts.first?.files.map(\.counts) == [[1, 0, 1]])
    }

    @Test("a unit's short name known to the register is stored under its full name")
    func registerAlias() async throws {
        let imported = try await importing(
            header + "\nP-1,2026-02-02,disdukcapil,perekaman dan pencetakan ktp-el,sosialisasi,,pemuda,20,,\n",
            register: try sampleRegister())
        let event = try #require(try imported.one(ParticipationLog.self).items.first)
        #expect(event.unit == "Dinas Kependudukan dan Pencatatan Sipil")
        #expect(event.service == "Perekaman dan Pencetakan KTP-el")
    }

    @Test("a vocabulary under groups replaces the standard one")
    func configuredGroups() async throws {
        let imported = try await importing(
            header + "\nP-1,2026-02-02,Dinas Sosial,,fkp,,Kelompok Nelayan; poktan,20,,\nP-2,2026-02-02,Dinas Sosial,,fkp,,KUD,20,,\n",
            yaml: "path: p.csv\ngroups:\n  nelayan: [kelompok nelayan]\n  petani: poktan\n  pemuda:\n")
        #expect(try imported.one(ParticipationLog.self).items.map(\.groups) == [["nelayan", "petani"]])
        #expect(try imported.rejects().map(\.place) == [.init(row: 3, field: "kelompok", value: "KUD", code: "record.unknown-group")])
    }

    @Test("the columns may be named otherwise, and a column the pipeline names must be there")
    func mappedColumns() async throws {
        let text = "Tgl,Perangkat Daerah,Jenis,Kelompok Hadir,Peserta,Masukan,Diadopsi,Judul\n2026-02-02,Dinas Sosial,survei,lansia,20,3,1,Survei\n"
        let yaml = """
            path: p.csv
            columns: {date: tgl, unit: perangkat daerah, kind: jenis, groups: kelompok hadir, participants: peserta, \
            inputs_received: masukan, inputs_adopted: diadopsi, topic: judul}
            """
        let imported = try await importing(text, yaml: yaml)
        let event = try #require(try imported.one(ParticipationLog.self).items.first)
        #expect(event.topic == "Survei")
        #expect(event.adoptionShare == Rational(1, 3))
        let scratch = try ScratchRecords(["p.csv": text])
        let problems = try scratch.problems(ImportParticipation.self, yaml.replacingOccurrences(of: "topic: judul", with: "topic: tema"))
        #expect(problems.map(\.code) == ["input.column-missing"])
        #expect(problems.first?.location == SourceLocation(file: "p.csv", line: 1, column: 1))
        #expect(problems.first?.message.text(.english) == "'p.csv' has no column 'tema'")
    }
}

@Suite("import.participation configuration")
struct ImportParticipationConfigurationTests {
    private let scratch: ScratchRecords

    init() throws { scratch = try ScratchRecords(["p.csv": header + "\n"]) }

    @Test func theSampleConfigurationIsAccepted() throws {
        #expect(try initProblems(ImportParticipation.self, "path: \(sampleFile)") == [])
    }

    @Test("a spelling given to two groups is refused where it is written the second time")
    func spellingTwice() throws {
        let problems = try scratch.problems(ImportParticipation.self, """
            path: p.csv
            groups:
              koperasi: [KUD, KSP]
              pelaku usaha: [UMKM, ksp]
              KUD:
            """)
        #expect(problems == [
            .error(at: at(4, 24), StageMessage.groupSpellingTwice(spelling: "ksp", first: "koperasi", second: "pelaku usaha")),
            .error(at: at(5, 3), StageMessage.groupSpellingTwice(spelling: "KUD", first: "koperasi", second: "KUD")),
        ])
        #expect(problems.first?.code == "config.group-spelling-twice")
    }

    @Test("an empty vocabulary is refused at groups")
    func emptyGroups() throws {
        #expect(try scratch.problems(ImportParticipation.self, "path: p.csv\ngroups: {}") == [
            .error(at: at(2, 9), StageMessage.noStakeholderGroups),
        ])
    }

    @Test("two fields read from one column are refused at the second")
    func columnTwice() throws {
        let problems = try scratch.problems(ImportParticipation.self, "path: p.csv\ncolumns:\n  unit: opd\n  service: OPD\n")
        #expect(problems == [.error(at: at(4, 12), StageMessage.columnMappedTwice(column: "OPD", first: "unit", second: "service"))])
    }

    @Test("an optional field yields its default column to a field the pipeline maps there")
    func optionalDefaultYields() throws {
        // `layanan` is the service's default; read as the unit instead, the service is simply not read.
        let text = "tanggal,layanan,jenis_kegiatan,kelompok,jumlah_peserta,masukan_diterima,masukan_diadopsi\n"
        let scratch = try ScratchRecords(["q.csv": text])
        #expect(try scratch.problems(ImportParticipation.self, "path: q.csv\ncolumns: {unit: layanan}") == [])
    }

    @Test("a file without a required column is refused at validation, with the closest column")
    func missingColumn() throws {
        let scratch = try ScratchRecords(["p.csv": "id,tanggal,opd,jenis_kegiatan,kelompok,jumlah_peserta,masukan_diterima,masukan_diadopsi_\n"])
        let problems = try scratch.problems(ImportParticipation.self, "path: p.csv")
        let found = ["id", "tanggal", "opd", "jenis_kegiatan", "kelompok", "jumlah_peserta", "masukan_diterima", "masukan_diadopsi_"]
        #expect(problems == [
            .error(at: SourceLocation(file: "p.csv", line: 1, column: 1), StageMessage.columnMissing(
                column: "masukan_diadopsi", file: "p.csv", found: found, suggestion: "masukan_diadopsi_")),
        ])
    }

    @Test("a file with semicolons read with delimiter: comma misses every column but its first")
    func wrongSeparatorConfigured() throws {
        let scratch = try ScratchRecords(["p.csv": header.replacingOccurrences(of: ",", with: ";") + "\n"])
        let problems = try scratch.problems(ImportParticipation.self, "path: p.csv\ndelimiter: comma")
        #expect(problems.count == 7)
        #expect(problems.allSatisfy { $0.code == "input.column-missing" })
        #expect(try scratch.problems(ImportParticipation.self, "path: p.csv\ndelimiter: semicolon") == [])
    }

    @Test("an empty file is one error naming it")
    func emptyFile() throws {
        let scratch = try ScratchRecords(["p.csv": ""])
        let problems = try scratch.problems(ImportParticipation.self, "path: p.csv")
        #expect(problems.map(\.code) == ["input.file-empty"])
        #expect(problems.first?.location == at(1, 7))
    }
}
