import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

/// A complaint export in a scratch directory with the sample's columns.
private struct ScratchComplaints {
    static let header = [
        "no_tiket", "tanggal_laporan", "kanal", "klasifikasi", "kategori", "instansi_tujuan", "layanan", "tanggal_verifikasi",
        "tanggal_tindak_lanjut", "tanggal_selesai", "status", "ganti_rugi", "nama_pelapor", "no_hp", "nik", "email", "alamat", "judul",
    ]

    /// A reporter whose every value is easy to search for.
    static let reporter = ["Rahmat Rekaan", "0813-9999-1234", "9912345678901234", "rahmat.rekaan@contoh.invalid", "Jl. Fiktif No. 7, Desa Rekaan"]

    /// One row; the reporter's columns filled unless given.
    static func row(
        _ id: String, received: String = "2026-01-05", unit: String = "Dinas Sosial", service: String = "", status: String = "Selesai",
        verified: String = "", followedUp: String = "", finished: String = "", channel: String = "Website",
        classification: String = "Pengaduan", category: String = "Sosial", compensation: String = "", reporter: [String] = reporter,
        title: String = "Antrean lama"
    ) -> [String] {
        [id, received, channel, classification, category, unit, service, verified, followedUp, finished, status, compensation] + reporter + [title]
    }

    static func text(_ rows: [[String]], separator: String = ",", header: [String] = header) -> String {
        func field(_ value: String) -> String {
            value.contains(where: { "\",;\n\r".contains($0) }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        return ([header] + rows).map { $0.map(field).joined(separator: separator) }.joined(separator: "\n") + "\n"
    }

    static let columns = """
        columns:
          id: no_tiket
          channel: kanal
          classification: klasifikasi
          category: kategori
          unit: instansi_tujuan
          service: layanan
          received: tanggal_laporan
          verified: tanggal_verifikasi
          followed_up: tanggal_tindak_lanjut
          finished: tanggal_selesai
          status: status
          compensation: ganti_rugi
        """

    /// The register the scratch rows refer to.
    static let register = ServiceRegister(
        units: [
            .init(id: "DINSOS", name: "Dinas Sosial", aliases: ["Dinsos"]),
            .init(id: "DISHUB", name: "Dinas Perhubungan", aliases: ["Dishub"]),
        ],
        services: [
            .init(id: "DTKS", unitID: "DINSOS", name: "Pendaftaran dan Pemutakhiran DTKS", aliases: ["DTKS"]),
            .init(id: "UJI-KIR", unitID: "DISHUB", name: "Pengujian Kendaraan Bermotor (Uji KIR)", aliases: ["Uji KIR"]),
        ])

    let directory: TemporaryDirectory

    init(_ files: [String: String]) throws {
        directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
    }

    init(bytes files: [String: [UInt8]]) throws {
        directory = try TemporaryDirectory()
        for (name, bytes) in files { try directory.write(name, bytes: bytes) }
    }

    func stage(_ yaml: String, environment: [String: String] = [:]) throws -> ImportComplaints {
        try ImportComplaints(
            configuration: configuration(ImportComplaints.self, yaml, baseDirectory: directory.path), environment: environment)
    }

    func run(
        path: String = "pengaduan.csv", extra: String = "", register: ServiceRegister? = ScratchComplaints.register, language: Language = .indonesian
    ) async throws -> StageRun {
        let stage = try stage("path: \(path)\n\(Self.columns)\n\(extra)")
        return try await PantauStagesTests.run(stage, inputs: register.map { [$0] } ?? [], language: language)
    }

    func problems(_ yaml: String) throws -> [Diagnostic] { try initProblems(ImportComplaints.self, yaml, in: directory) }
}

// MARK: - Personal data

@Suite("import.complaints never keeps personal data")
struct ImportComplaintsPersonalDataTests {
    /// Every personal value of an export, as written and in the forms a leak could take:
    /// digits only, and each line of a multi-line address.
    private static func personalValues(_ text: String) throws -> Set<String> {
        let records = parseCSV(text)
        let header = try #require(records.first)
        var values: Set<String> = []
        for column in ["nama_pelapor", "no_hp", "nik", "email", "alamat"] {
            let index = try #require(header.firstIndex(of: column), "\(column)")
            for record in records.dropFirst() where record.count == header.count {
                let value = record[index].trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                values.insert(value)
                if column == "no_hp" || column == "nik" { values.insert(value.filter(\.isNumber)) }
                if column == "alamat" { values.formUnion(value.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }) }
            }
        }
        values.remove("Desa Percobaan")  // the sample's made-up village, part of every address but no one's identity
        return values
    }

    /// Everything an import produced, as text: every dataset encoded, every file written.
    private static func everything(_ run: StageRun) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var parts: [String] = []
        for complaints in run.all(Complaints.self) {
            // Every stored property of a complaint is encoded: nothing escapes the search.
            parts.append(String(decoding: try encoder.encode(complaints.items), as: UTF8.self))
        }
        for account in run.all(ImportAccount.self) { parts.append(String(decoding: try encoder.encode(account), as: UTF8.self)) }
        for name in run.written { parts.append(try run.text(name)) }
        return parts.joined(separator: "\n")
    }

    @Test("no name, phone number, NIK, e-mail address or address of the sample reaches a dataset, the rejects file or any output")
    func sample() async throws {
        let personal = try Self.personalValues(try String(contentsOfFile: repositoryFile(sampleComplaintsPath), encoding: .utf8))
        #expect(personal.count > 300)
        #expect(personal.contains("9900000000000102"))
        // In both languages, with and without reporter keys.
        for (language, extra) in [(Language.indonesian, ""), (.english, ImportComplaintsSampleTests.reporterKeyYAML)] {
            let imported = try await importSampleComplaints(extra: extra, language: language)
            #expect(imported.written == ["rejects-stage.csv"])
            let text = Data(try Self.everything(imported).utf8)
            func found(_ value: String) -> Bool { text.range(of: Data(value.utf8)) != nil }
            #expect(found("Dinas Kependudukan dan Pencatatan Sipil"))  // the search finds what is there
            let leaked = personal.filter(found)
            #expect(leaked.isEmpty, "\(leaked.sorted().prefix(5))")
        }
    }

    @Test("rejected rows carry personal data too; none of it reaches the rejects file, whatever is wrong with the row")
    func rejectedRows() async throws {
        let r = ScratchComplaints.reporter
        let rows = [
            ScratchComplaints.row("1", received: "2026-02-30"),
            ScratchComplaints.row("2", unit: "Dinas Sosal", status: "Entah"),
            ScratchComplaints.row("1"),
            ScratchComplaints.row("", received: "", unit: "", status: "", classification: "Keluhan", compensation: "mungkin"),
            ScratchComplaints.row("5", reporter: [r[0], r[1], r[2], r[3], "Jl. Fiktif No. 7,\nDesa Rekaan"]),
            ScratchComplaints.row("6", verified: "2026-01-01"),
        ]
        var text = ScratchComplaints.text(rows)
        // A row with a field too many, as when a comma in the address was not quoted.
        text += "7,2026-01-05,Website,Pengaduan,Sosial,Dinas Sosial,,,,,Selesai,,\(r[0]),\(r[1]),\(r[2]),\(r[3]),Jl. Fiktif No. 7, Desa Rekaan,x\n"
        let scratch = try ScratchComplaints(["pengaduan.csv": text])
        let imported = try await scratch.run(extra: ImportComplaintsSampleTests.reporterKeyYAML)
        let account = try imported.one(ImportAccount.self)
        #expect(account.files.map(\.counts) == [[7, 1, 6]])
        let output = try Self.everything(imported)
        for value in r + ["9912345678901234", "081399991234", "Desa Rekaan", "Jl. Fiktif No. 7"] {
            #expect(!output.contains(value), "\(value)")
        }
        #expect(try imported.one(Complaints.self).items.first?.reporterKey?.count == 64)
    }

    @Test("without a reporter key no personal column is read; with one, only the reporter columns")
    func columnsRead() throws {
        let plain = try ImportComplaints(configuration: configuration(ImportComplaints.self, sampleComplaintsYAML()))
        let keyed = try ImportComplaints(configuration: configuration(
            ImportComplaints.self, sampleComplaintsYAML(extra: ImportComplaintsSampleTests.reporterKeyYAML)))
        let personal = Set(ComplaintColumns.defaultPersonal)
        #expect(plain.columns.all.filter(personal.contains) == [])
        #expect(keyed.columns.all.filter(personal.contains) == ["nik", "no_hp"])
        #expect(plain.columns.all == [
            "no_tiket", "kanal", "klasifikasi", "kategori", "instansi_tujuan", "layanan", "tanggal_laporan", "tanggal_verifikasi",
            "tanggal_tindak_lanjut", "tanggal_selesai", "status", "ganti_rugi",
        ])
    }
}

// MARK: - Files

@Suite("import.complaints on written files")
struct ImportComplaintsFileTests {
    @Test("every fault of a row is listed; the row counts once")
    func faults() async throws {
        let rows = [
            ScratchComplaints.row("1", received: "12 Januari 2026", service: "DTKS", verified: "13/01/2026", followedUp: "2026-01-14 08:30"),
            ScratchComplaints.row("2", received: "2026-02-30", verified: "kemarin"),
            ScratchComplaints.row("3", unit: "Dinas Sosal", status: "Entah", classification: "Keluhan", compensation: "mungkin"),
            ScratchComplaints.row("#1"),
            ScratchComplaints.row("", received: "", unit: "", status: ""),
            ScratchComplaints.row("6", received: "2026-01-10", unit: "Dishub", service: "Uji Emisi", verified: "2026-01-09", finished: "09/01/2026"),
        ]
        let scratch = try ScratchComplaints(["pengaduan.csv": ScratchComplaints.text(rows)])
        let stage = try scratch.stage("path: pengaduan.csv\n\(ScratchComplaints.columns)")
        var check = ComplaintRecordCheck(
            columns: stage.columns, statusMap: stage.statusMap, register: ScratchComplaints.register, compensationKeywords: ["ganti rugi"],
            reporterKey: nil)
        var log = RejectLog()
        var complaints: [Complaint] = []
        try TableImport.read(stage.files[0], columns: stage.columns.all, delimiter: .auto, log: &log) { row, log in
            check.check(row, log: &log, into: &complaints)
        }
        let known = ComplaintStatusMap.lapor.labels
        let reasons = log.entries.map { "\($0.source.row) \($0.field)" }
        #expect(reasons == [
            "3 tanggal_laporan", "3 tanggal_verifikasi",
            "4 klasifikasi", "4 instansi_tujuan", "4 status", "4 ganti_rugi",
            "5 no_tiket",
            "6 no_tiket", "6 instansi_tujuan", "6 tanggal_laporan", "6 status",
            "7 layanan", "7 tanggal_verifikasi", "7 tanggal_selesai",
        ])
        #expect(log.entries.map(\.reason) == [
            .invalidDate(value: "2026-02-30"), .invalidDate(value: "kemarin"),
            .invalidChoice(value: "Keluhan", allowed: ["aspirasi", "pengaduan", "permintaan informasi", "whistle blowing"]),
            .unknownUnit(name: "Dinas Sosal", suggestion: "Dinas Sosial"), .unmappedStatus(label: "Entah", known: known),
            .invalidChoice(value: "mungkin", allowed: FieldParsers.yesNoWords),
            .duplicateID(id: "1", firstRow: 2),
            .valueMissing(field: "no_tiket"), .valueMissing(field: "instansi_tujuan"), .valueMissing(field: "tanggal_laporan"),
            .valueMissing(field: "status"),
            .unknownService(name: "Uji Emisi", unit: "Dinas Perhubungan", suggestion: nil),
            .dateBeforeReceived(field: "tanggal_verifikasi", value: "2026-01-09", received: "2026-01-10"),
            .dateBeforeReceived(field: "tanggal_selesai", value: "09/01/2026", received: "2026-01-10"),
        ])
        log.finishFile()
        #expect(log.files.map(\.counts) == [[6, 1, 5]])
        #expect(complaints.count == 1)
        let accepted = complaints[0]
        #expect(accepted.service == "Pendaftaran dan Pemutakhiran DTKS")
        #expect(accepted.received == date(2026, 1, 12) && accepted.verified == date(2026, 1, 13) && accepted.followedUp == date(2026, 1, 14))
    }

    @Test("ids repeated in another file are rejected naming the file where they came first")
    func duplicateAcrossFiles() async throws {
        let scratch = try ScratchComplaints([
            "a.csv": ScratchComplaints.text([ScratchComplaints.row("5010653"), ScratchComplaints.row("5010654")]),
            "b.csv": ScratchComplaints.text([ScratchComplaints.row("#5010653")]),
        ])
        let imported = try await scratch.run(path: "'*.csv'")
        let rows = try rejectsRows(imported)
        #expect(rows.map(\.file) == ["b.csv"])
        #expect(rows.map(\.reason) == ["id '5010653' muncul lagi (pertama di 'a.csv', baris 2)"])
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[2, 2, 0], [1, 0, 1]])
    }

    @Test("semicolons, a byte-order mark, CRLF, Windows-1252 and line breaks inside quotes are read like a LAPOR! export")
    func excelExport() async throws {
        let header = ScratchComplaints.header.joined(separator: ";")
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((header + "\r\n").utf8)
        bytes += Array("101;05/01/2026;Loket ".utf8) + [0x96] + Array(" Mal Pelayanan;Pengaduan;\"Sosial\r\nBansos\";Dinsos;DTKS;;;;Sedang Diproses OPD Terkait;;".utf8)
        bytes += Array("Rahmat;0813;99;r@x.invalid;\"Jl. A;\r\nDesa B\";judul\r\n".utf8)
        bytes += Array("102;12 Januari 2026;Website;Aspirasi;Sosial;DINAS SOSIAL;;;;;A3 Bukan Wewenang;ya;;;;;;judul\r\n".utf8)
        let scratch = try ScratchComplaints(bytes: ["pengaduan.csv": bytes])
        let imported = try await scratch.run()
        let complaints = try imported.one(Complaints.self).items
        #expect(complaints.count == 2)
        #expect(complaints[0].channel == "Loket – Mal Pelayanan")
        #expect(complaints[0].category == "Sosial\r\nBansos")
        #expect(complaints[0].unit == "Dinas Sosial" && complaints[0].service == "Pendaftaran dan Pemutakhiran DTKS")
        #expect(complaints[0].status == .inProgress && complaints[0].received == date(2026, 1, 5))
        #expect(complaints[1].source == RecordSource(file: "pengaduan.csv", row: 3, line: 5))
        #expect(complaints[1].status == .notInAuthority && complaints[1].compensationClaim)
        #expect(complaints[1].unit == "Dinas Sosial")
        #expect(try imported.one(ImportAccount.self).rejected == 0)
    }

    @Test("the configured status map adds labels and overrides shipped ones")
    func statusMap() async throws {
        let rows = [ScratchComplaints.row("1", status: "Menunggu Kelengkapan Data"), ScratchComplaints.row("2", status: "ditutup")]
        let scratch = try ScratchComplaints(["pengaduan.csv": ScratchComplaints.text(rows)])
        let imported = try await scratch.run(extra: "status_map:\n  menunggu kelengkapan data: tunda\n  Ditutup: finished\n")
        #expect(try imported.one(Complaints.self).items.map(\.status) == [.delayed, .finished])
    }

    @Test("a compensation claim: the compensation column, or a keyword in the category")
    func compensation() async throws {
        let rows = [
            ScratchComplaints.row("1", compensation: "Ya"), ScratchComplaints.row("2", compensation: "tidak"),
            ScratchComplaints.row("3", category: "Permohonan Ganti Rugi"), ScratchComplaints.row("4", category: "Tuntutan kompensasi"),
            ScratchComplaints.row("5", category: "Ganti rugi layanan", compensation: "0"),
        ]
        let scratch = try ScratchComplaints(["pengaduan.csv": ScratchComplaints.text(rows)])
        let claims: [Bool] = try await scratch.run().one(Complaints.self).items.map(\.compensationClaim)
        #expect(claims == [true, false, true, false, true])
        let custom: [Bool] = try await scratch.run(extra: "compensation_keywords: [kompensasi]").one(Complaints.self).items.map(\.compensationClaim)
        #expect(custom == [true, false, false, true, false])
    }

    @Test("the registers of several standards imports are read as one")
    func severalRegisters() async throws {
        let rows = [ScratchComplaints.row("1", unit: "Dinsos"), ScratchComplaints.row("2", unit: "Dinas Kesehatan")]
        let scratch = try ScratchComplaints(["pengaduan.csv": ScratchComplaints.text(rows)])
        let stage = try scratch.stage("path: pengaduan.csv\n\(ScratchComplaints.columns)")
        let second = ServiceRegister(units: [.init(id: "DINKES", name: "Dinas Kesehatan")], services: [])
        let imported = try await run(stage, inputs: [ScratchComplaints.register, second])
        #expect(try imported.one(Complaints.self).items.map(\.unit) == ["Dinas Sosial", "Dinas Kesehatan"])
    }

    @Test("only id, unit, received and status are needed")
    func minimalColumns() async throws {
        let scratch = try ScratchComplaints(["pengaduan.csv": "id,opd,tgl,status\n1,Dinas Sosial,2026-01-05,Selesai\n"])
        let stage = try scratch.stage("path: pengaduan.csv\ncolumns: {id: id, unit: opd, received: tgl, status: status}")
        let complaints = try await run(stage).one(Complaints.self).items
        #expect(complaints.map(\.id) == ["1"])
        #expect(complaints.first?.channel == nil && complaints.first?.classification == nil && complaints.first?.service == nil)
    }
}

// MARK: - Configuration

@Suite("import.complaints configuration errors")
struct ImportComplaintsConfigurationTests {
    private let scratch: ScratchComplaints

    init() throws {
        scratch = try ScratchComplaints(["pengaduan.csv": ScratchComplaints.text([ScratchComplaints.row("1")])])
    }

    @Test("the sample configuration is accepted")
    func accepted() throws {
        #expect(try initProblems(ImportComplaints.self, sampleComplaintsYAML()) == [])
        #expect(try initProblems(ImportComplaints.self, sampleComplaintsYAML(extra: ImportComplaintsSampleTests.reporterKeyYAML)) == [])
    }

    @Test("a personal column mapped as a field is refused at the value, whether a default or configured one")
    func personalColumnMapped() throws {
        let yaml = """
            path: pengaduan.csv
            personal_columns: [judul]
            columns:
              id: no_tiket
              unit: instansi_tujuan
              received: tanggal_laporan
              status: status
              category: nama_pelapor
              channel: No. HP
              service: judul
            """
        let problems = try scratch.problems(yaml)
        #expect(problems == [
            .error(at: at(8, 13), StageMessage.personalColumnMapped(column: "nama_pelapor", key: "category")),
            .error(at: at(9, 12), StageMessage.personalColumnMapped(column: "No. HP", key: "channel")),
            .error(at: at(10, 12), StageMessage.personalColumnMapped(column: "judul", key: "service")),
        ])
        #expect(problems.first?.message.text(.english) == "column 'nama_pelapor' holds personal data and cannot be imported as 'category'")
    }

    @Test("a required field left unmapped, a misspelt field and a column used twice are reported together")
    func columnsMapping() throws {
        let yaml = "path: pengaduan.csv\ncolumns:\n  unit: instansi_tujuan\n  received: tanggal_laporan\n  status: status\n  categori: kategori\n  channel: STATUS\n"
        let problems = try scratch.problems(yaml)
        let context = LocalizedText(id: "columns", en: "columns")
        #expect(problems == [
            .error(at: at(6, 3), YAMLMessage.unknownKey(
                key: "categori", context: context, suggestion: "category", allowed: ComplaintColumns.fields)),
            .error(at: at(3, 3), YAMLMessage.missingKey(key: "id", context: context)),
            .error(at: at(7, 12), StageMessage.columnMappedTwice(column: "STATUS", first: "status", second: "channel")),
        ])
    }

    @Test("a status the lifecycle does not have is refused at the value, with the closest suggested")
    func unknownStatus() throws {
        let problems = try scratch.problems("path: pengaduan.csv\n\(ScratchComplaints.columns)\nstatus_map:\n  Dikembalikan: finshed\n")
        #expect(problems == [.error(at: at(16, 17), YAMLMessage.invalidChoice(
            value: "finshed", allowed: ComplaintStatus.allCases.map(\.rawValue), suggestion: "finished"))])
    }

    @Test("a reporter key needs its columns and a salt of at least 16 characters, from the pipeline or the environment")
    func reporterKey() throws {
        let base = "path: pengaduan.csv\n\(ScratchComplaints.columns)\nreporter_key: hash\n"
        let context = LocalizedText(id: "'with' tahap 'stage'", en: "'with' of stage 'stage'")
        #expect(try scratch.problems(base) == [
            .error(at: at(1, 1), YAMLMessage.missingKey(key: "reporter_columns", context: context)),
            .error(at: at(1, 1), YAMLMessage.missingKey(key: "reporter_salt", context: context)),
        ])
        #expect(try scratch.problems(base + "reporter_columns: [nik]\nreporter_salt: pendek\n") == [
            .error(at: at(17, 16), StageMessage.reporterSaltTooShort(minimum: 16)),
        ])
        #expect(try scratch.problems(base + "reporter_columns: [nik]\nreporter_salt: $PANTAU_TEST_GARAM_YANG_TIDAK_ADA\n") == [
            .error(at: at(17, 16), StageMessage.environmentVariableUnset(name: "PANTAU_TEST_GARAM_YANG_TIDAK_ADA")),
        ])
        let fromEnvironment = try scratch.stage(
            base + "reporter_columns: [nik]\nreporter_salt: $GARAM\n", environment: ["GARAM": "garam-rahasia-dari-lingkungan"])
        #expect(fromEnvironment.reporterKey != nil)
        #expect(fromEnvironment.columns.all.last == "nik")
        // Without `hash`, the reporter options are not needed.
        #expect(try scratch.problems("path: pengaduan.csv\n\(ScratchComplaints.columns)\nreporter_key: none\n") == [])
    }

    @Test("a separator that is not the file's own leaves one column: the header check names what it found")
    func wrongDelimiter() throws {
        let semicolons = try ScratchComplaints(["pengaduan.csv": ScratchComplaints.text([ScratchComplaints.row("1")], separator: ";")])
        let problems = try semicolons.problems("path: pengaduan.csv\n\(ScratchComplaints.columns)\ndelimiter: comma\n")
        #expect(problems.map(\.code) == Array(repeating: "input.column-missing", count: 12))
        guard case .columnMissing(_, _, let found, _)? = problems.first?.message as? StageMessage else {
            Issue.record("\(problems)")
            return
        }
        #expect(found == [ScratchComplaints.header.joined(separator: ";")])
        // Detected, the same file reads.
        #expect(try semicolons.problems("path: pengaduan.csv\n\(ScratchComplaints.columns)\n") == [])
    }

    @Test("a mapped or reporter column missing from the file's header is found when the stage is configured")
    func headerColumns() throws {
        let problems = try scratch.problems("path: pengaduan.csv\n\(ScratchComplaints.columns.replacingOccurrences(of: "kanal", with: "kanall"))")
        #expect(problems == [.error(at: SourceLocation(file: "pengaduan.csv", line: 1, column: 1), StageMessage.columnMissing(
            column: "kanall", file: "pengaduan.csv", found: ScratchComplaints.header, suggestion: "kanal"))])
        let reporter = try scratch.problems(
            "path: pengaduan.csv\n\(ScratchComplaints.columns)\nreporter_key: hash\nreporter_columns: [ktp]\nreporter_salt: garam-rahasia-kabupaten-contoh\n")
        #expect(reporter.map(\.code) == ["input.column-missing"])
    }
}
