import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

/// Standards files in a scratch directory, imported with `path:` (and `register:`) relative to it.
private struct ScratchStandards {
    let directory: TemporaryDirectory

    init(_ files: [String: String]) throws {
        directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
    }

    init(bytes files: [String: [UInt8]]) throws {
        directory = try TemporaryDirectory()
        for (name, bytes) in files { try directory.write(name, bytes: bytes) }
    }

    func problems(_ yaml: String) throws -> [Diagnostic] { try initProblems(ImportStandards.self, yaml, in: directory) }

    func run(_ yaml: String, language: Language = .indonesian) async throws -> StageRun {
        let stage = try ImportStandards(configuration: configuration(ImportStandards.self, yaml, baseDirectory: directory.path))
        return try await PantauStagesTests.run(stage, language: language)
    }
}

private func location(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
}

@Suite("import.standards: YAML files with mistakes")
struct ImportStandardsYAMLTests {
    /// Line numbers are written beside each line; the file is what the test reads.
    static let faulty = """
        units:
          - id: DINSOS
            name: Dinas Sosial
            aliases: [Dinsos]
            services:
              - id: DTKS
                name: Pendaftaran DTKS
                standard:
                  components:
                    persyaratan: KTP-el dan KK
                    persyaratn: KK
                    requirements: KTP
                  time_limit_days: 14 hari
                  fee: -5.000
                  established: 2023-02-30
                  published: mungkin
                  maklumat: kemarin
              - id: dtks
                name: DTKS lagi
                standard: {components: [persyaratan]}
              - id: BANSOS
                name: pendaftaran dtks
          - id: dinsos
            name: Dinas Sosial Lagi
            services:
              - id: X
                name: Layanan X
                standard: {fee: 0}
          - id: DISHUB
            name: Dinas Perhubungan
            aliases: [DINSOS lama, dinsos]
          - name: Tanpa Id
        services:
          - unit: Dinas Sosal
            id: Y
            name: Layanan Y
          - unit: dinsos
            id: REKOM
            name: Rekomendasi Bantuan Sosial
            standard:
              components: {"Sistem, Mekanisme, dan Prosedur": Daring, "Biaya/Tarif": Gratis, jaminan_keamanan: ""}
              fee: Rp 0
              maklumat: 12 Januari 2026
              published_in: [website]
          - id: Z
            name: Tanpa Unit

        """

    @Test("every faulty entry is rejected at its line with every reason; what depends on it is rejected with it")
    func recordRejects() async throws {
        let scratch = try ScratchStandards(["sp.yaml": Self.faulty])
        let imported = try await scratch.run("path: sp.yaml")
        let rows = try rejectsRows(imported)
        let expected: [(Int, String, String, StageMessage)] = [
            (11, "components", "persyaratn", .unknownComponent(name: "persyaratn", suggestion: "persyaratan")),
            (12, "components", "requirements", .duplicateID(id: "requirements", firstRow: 10)),
            (13, "time_limit_days", "14 hari", .invalidWorkingDays(value: "14 hari")),
            (14, "fee", "-5.000", .negativeFee(value: "-5.000")),
            (15, "established", "2023-02-30", .invalidDate(value: "2023-02-30")),
            (16, "published", "mungkin", .invalidChoice(value: "mungkin", allowed: FieldParsers.yesNoWords)),
            (17, "maklumat", "kemarin", .invalidChoice(value: "kemarin", allowed: FieldParsers.yesNoWords + ["YYYY-MM-DD"])),
            (18, "id", "dtks", .duplicateID(id: "dtks", firstRow: 6)),
            (20, "", "", .rejectedWithParent(parent: "DTKS lagi", row: 18)),
            (22, "name", "pendaftaran dtks", .nameTaken(name: "pendaftaran dtks", owner: "Pendaftaran DTKS", file: nil, row: 7)),
            (23, "id", "dinsos", .duplicateID(id: "dinsos", firstRow: 2)),
            (26, "", "", .rejectedWithParent(parent: "Dinas Sosial Lagi", row: 23)),
            (28, "", "", .rejectedWithParent(parent: "Layanan X", row: 26)),
            (31, "aliases", "dinsos", .nameTaken(name: "dinsos", owner: "Dinas Sosial", file: nil, row: 2)),
            (32, "id", "", .valueMissing(field: "id")),
            (34, "unit", "Dinas Sosal", .unknownUnit(name: "Dinas Sosal", suggestion: "Dinas Sosial")),
            (45, "unit", "", .valueMissing(field: "unit")),
        ]
        #expect(rows.map(\.row) == expected.map(\.0))
        #expect(rows.map(\.line) == expected.map(\.0))
        #expect(rows.map(\.field) == expected.map(\.1))
        // A value that starts like a formula is neutralised in the rejects file.
        #expect(rows.map(\.value) == expected.map { $0.2.hasPrefix("-") ? "'" + $0.2 : $0.2 })
        #expect(rows.map(\.reason) == expected.map { $0.3.text(.indonesian) })
        #expect(rows.map(\.code) == expected.map(\.3.code))
        #expect(rows.allSatisfy { $0.file == "sp.yaml" })

        // Records: 4 units, 7 services, 4 standards.
        let account = try imported.one(ImportAccount.self)
        #expect(account.files.map(\.counts) == [[15, 4, 11]])
        let register = try imported.one(ServiceRegister.self)
        #expect(register.units.map(\.id) == ["DINSOS"])
        #expect(register.services.map(\.id) == ["DTKS", "REKOM"])
        #expect(register.service(named: "REKOM", inUnit: "DINSOS")?.unitID == "DINSOS")
        let standards = try imported.one(ServiceStandards.self)
        #expect(standards.items.map(\.serviceID) == ["REKOM"])
        let rekom = try #require(standards.items.first)
        #expect(rekom.components == [.procedure: "Daring", .fee: "Gratis"])
        #expect(rekom.fee == .zero)
        #expect(rekom.maklumat && rekom.maklumatDate == date(2026, 1, 12))
        #expect(rekom.published && rekom.publishedIn == ["website"])
        #expect(rekom.source == RecordSource(file: "sp.yaml", row: 40, line: 40))
    }

    @Test("a YAML syntax error stops the stage when it is configured, at the file's line and column")
    func syntaxError() throws {
        let scratch = try ScratchStandards(["sp.yaml": "units:\n  - id: A\n    name: \"Dinas\n  - id: B\n"])
        let problems = try scratch.problems("path: sp.yaml")
        #expect(problems.map(\.code) == ["yaml.syntax"])
        // An unclosed quote is reported where it opens.
        #expect(problems.first?.location == location("sp.yaml", 3, 11))
    }

    @Test("a tab where YAML wants spaces is reported where it is")
    func tabIndentation() throws {
        let scratch = try ScratchStandards(["sp.yaml": "units:\n  - id: A\n\tname: B\n"])
        let problems = try scratch.problems("path: sp.yaml")
        #expect(problems.map(\.code) == ["yaml.syntax"])
        #expect(problems.first?.location.map { ($0.file, $0.line) } ?? ("", 0) == ("sp.yaml", 3))
    }

    @Test("misspelt keys at every level are reported together, each at its key, with the closest key suggested")
    func unknownKeys() throws {
        let text = """
            unit:
              - id: A
            units:
              - id: DINSOS
                nmae: Dinas Sosial
                services:
                  - id: DTKS
                    name: DTKS
                    standar: {fee: 0}
                  - id: REKOM
                    name: Rekomendasi
                    standard:
                      establishd: 2024-01-01
                      fee: 0
            services:
              - id: Y
                name: Y
                unti: DINSOS

            """
        let scratch = try ScratchStandards(["sp.yaml": text])
        let problems = try scratch.problems("path: sp.yaml")
        let file = LocalizedText(id: "berkas standar pelayanan", en: "the standards file")
        let unit = LocalizedText(id: "unit", en: "a unit"), service = LocalizedText(id: "layanan", en: "a service")
        let standard = LocalizedText(id: "standar pelayanan", en: "a service standard")
        #expect(problems == [
            .error(at: location("sp.yaml", 1, 1), YAMLMessage.unknownKey(
                key: "unit", context: file, suggestion: "units", allowed: StandardsYAMLFile.fileKeys)),
            .error(at: location("sp.yaml", 5, 5), YAMLMessage.unknownKey(
                key: "nmae", context: unit, suggestion: "name", allowed: StandardsYAMLFile.unitKeys)),
            .error(at: location("sp.yaml", 9, 9), YAMLMessage.unknownKey(
                key: "standar", context: service, suggestion: "standard", allowed: StandardsYAMLFile.serviceKeys)),
            .error(at: location("sp.yaml", 13, 11), YAMLMessage.unknownKey(
                key: "establishd", context: standard, suggestion: "established", allowed: ["components"] + StandardEntry.factKeys)),
            .error(at: location("sp.yaml", 18, 5), YAMLMessage.unknownKey(
                key: "unti", context: service, suggestion: "unit", allowed: ["unit"] + StandardsYAMLFile.serviceKeys)),
        ])
    }

    @Test("a value of the wrong kind is reported where it is written")
    func wrongKinds() throws {
        let text = """
            units:
              - id: [A, B]
                name: Dinas
                aliases: {a: b}
                services: DTKS
              - Dinas Sosial
            services:
              - id: Y
                name: Y
                unit: U
                standard: [fee]

            """
        let scratch = try ScratchStandards(["sp.yaml": text])
        let problems = try scratch.problems("path: sp.yaml")
        #expect(problems.map(\.code) == Array(repeating: "yaml.expected-kind", count: 5))
        #expect(problems.compactMap(\.location).map { [$0.line, $0.column] } == [[2, 9], [4, 14], [5, 15], [6, 5], [11, 15]])
    }

    @Test("problems in several files are all reported together")
    func severalFiles() throws {
        let scratch = try ScratchStandards(["a.yaml": "units:\n  - id: A\n    nme: A\n", "b.yaml": "unit: []\n"])
        let problems = try scratch.problems("path: [a.yaml, b.yaml]")
        #expect(problems.map(\.code) == ["yaml.unknown-key", "yaml.unknown-key"])
        #expect(problems.map(\.location) == [location("a.yaml", 3, 5), location("b.yaml", 1, 1)])
    }

    @Test("a path that matches no file is reported at the path")
    func noInputFile() throws {
        let scratch = try ScratchStandards(["a.yaml": "units: []\n"])
        let problems = try scratch.problems("path: [a.yaml, c.yaml]")
        #expect(problems.map(\.code) == ["pipeline.no-input-file"])
        #expect(problems.first?.location == at(1, 16))
    }

    @Test("a file with nothing in it is refused, and a file with an empty list of units has no records")
    func emptyFile() async throws {
        let scratch = try ScratchStandards(["sp.yaml": "# nothing yet\n", "kosong.yaml": "units: []\n"])
        #expect(try scratch.problems("path: sp.yaml").map(\.code) == ["yaml.empty-document"])
        let imported = try await scratch.run("path: kosong.yaml")
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[0, 0, 0]])
        #expect(try imported.one(ServiceRegister.self).units.isEmpty)
        #expect(imported.written == ["rejects-stage.csv"])  // written even when empty, so no stale file survives
    }

    @Test("a unit id taken in another file is rejected naming that file; services may name a unit of another file")
    func acrossFiles() async throws {
        let scratch = try ScratchStandards([
            "a.yaml": "services:\n  - unit: Dishub\n    id: KIR\n    name: Uji KIR\n",
            "b.yaml": "units:\n  - id: DISHUB\n    name: Dinas Perhubungan\n    aliases: [Dishub]\n",
            "c.yaml": "units:\n  - id: dishub\n    name: Perhubungan\n",
        ])
        let imported = try await scratch.run("path: '*.yaml'")
        let rows = try rejectsRows(imported)
        #expect(rows.map(\.file) == ["c.yaml"])
        #expect(rows.map(\.reason) == [StageMessage.duplicateIDElsewhere(id: "dishub", file: "b.yaml", row: 2).text(.indonesian)])
        #expect(rows.first?.reason == "id 'dishub' muncul lagi (pertama di 'b.yaml', baris 2)")
        #expect(try imported.one(ImportAccount.self).files.map(\.file) == ["a.yaml", "b.yaml", "c.yaml"])
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[1, 1, 0], [1, 1, 0], [1, 0, 1]])
        #expect(try imported.one(ServiceRegister.self).services.map(\.unitID) == ["DISHUB"])
    }
}

@Suite("import.standards: CSV register and standards")
struct ImportStandardsCSVTests {
    static let register = """
        unit_id,unit,unit_aliases,service_id,service,service_aliases
        DINSOS,Dinas Sosial,Dinsos,DTKS,Pendaftaran dan Pemutakhiran DTKS,DTKS
        DINSOS,Dinas Sosial,"Dinas Sosial Kabupaten;Sosial",REKOM,Rekomendasi Bantuan Sosial,
        DISHUB,Dinas Perhubungan,Dishub,,,
        DISHUB,Dinas Perhubungan,,UJI-KIR,Pengujian Kendaraan Bermotor (Uji KIR),Uji KIR|KIR
        dinsos,Dinas Sosial Baru,,X,Layanan X,
        DINSOS,Dinas Sosial,,dtks,DTKS Lagi,
        ,Tanpa Id,,Y,Layanan Y,
        DISHUB,Dinas Perhubungan,,ANDALALIN,Andalalin,
        DISHUB,Dinas Perhubungan,Dinsos,PARKIR,Retribusi Parkir,

        """

    static let standards = """
        unit;service;Persyaratan;Sistem, Mekanisme, dan Prosedur;time_limit_days;fee;biaya;established;reviewed;published;published_in;maklumat;consultation;components;keterangan
        Dinsos;DTKS;KTP-el;Daring;14;0;Gratis;15/11/2021;;ya;website;tidak;FKP-DINSOS-2021;dasar hukum;catatan
        DINSOS;Rekomendasi Bantuan Sosial;KTP-el;;3;Rp 5.000,-;;2023-02-06;6 Februari 2024;tidak;;2023-02-08;;jaminan pelayanan;
        Dishub;Uji KIR;STNK;-;1;87.000;;2023-07-03;;ya;website|papan informasi;ya;;;
        Dinsos;Pendaftaran dan Pemutakhiran DTKS;;;;;;;;;;;;;duplikat
        Dinas Perhubungn;Uji KIR;;;;;;;;;;;;;
        Dishub;Uji Emisi;;;;;;;;;;;;;
        Dishub;ANDALALIN;;;;-1;;;;;;;;;

        """

    @Test("the register table: one row per service, units repeated; conflicting rows rejected")
    func registerTable() async throws {
        let scratch = try ScratchStandards(["unit-layanan.csv": Self.register])
        let imported = try await scratch.run("register: unit-layanan.csv")
        let rows = try rejectsRows(imported)
        #expect(rows.map(\.row) == [6, 7, 8, 10])
        #expect(rows.map(\.field) == ["unit", "service_id", "unit_id", "unit_aliases"])
        #expect(rows.map(\.code) == ["record.unit-name-differs", "record.duplicate-id", "record.value-missing", "record.name-taken"])
        #expect(rows[0].reason == "unit 'dinsos' di sini bernama 'Dinas Sosial Baru', tetapi 'Dinas Sosial' di baris 2")
        #expect(rows[3].reason == "'Dinsos' sudah menjadi nama 'Dinas Sosial' (baris 2)")
        let register = try imported.one(ServiceRegister.self)
        #expect(register.units.map(\.id) == ["DINSOS", "DISHUB"])
        // An alias that only repeats the id is not kept: the id finds the unit already.
        #expect(register.units.map(\.aliases) == [["Dinas Sosial Kabupaten", "Sosial"], []])
        #expect(register.unit(named: "dishub")?.id == "DISHUB")
        #expect(register.services.map(\.id) == ["DTKS", "REKOM", "UJI-KIR", "ANDALALIN"])
        #expect(register.service(named: "kir", inUnit: "DISHUB")?.id == "UJI-KIR")
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[9, 5, 4]])
        #expect(try imported.one(ServiceStandards.self).count == 0)
    }

    @Test("the standards table: component columns by their names, a components list, facts; unknown names rejected with the closest")
    func standardsTable() async throws {
        let scratch = try ScratchStandards(["unit-layanan.csv": Self.register, "standar.csv": Self.standards])
        let imported = try await scratch.run("register: unit-layanan.csv\npath: standar.csv")
        let account = try imported.one(ImportAccount.self)
        #expect(account.files.map(\.file) == ["unit-layanan.csv", "standar.csv"])
        #expect(account.files.map(\.counts) == [[9, 5, 4], [7, 3, 4]])
        let rows = try rejectsRows(imported).filter { $0.file == "standar.csv" }
        #expect(rows.map(\.row) == [5, 6, 7, 8])
        #expect(rows.map(\.code) == ["record.duplicate-id", "record.unknown-unit", "record.unknown-service", "record.negative-fee"])
        #expect(rows.map(\.field) == ["", "unit", "service", "fee"])
        #expect(rows[0].reason == "id 'DTKS' muncul lagi (pertama di baris 2)")
        #expect(rows[1].value == "Dinas Perhubungn")
        let standards = try imported.one(ServiceStandards.self)
        #expect(standards.items.map(\.serviceID) == ["DTKS", "REKOM", "UJI-KIR"])
        let dtks = standards.items[0]
        #expect(dtks.components == [
            .requirements: "KTP-el", .procedure: "Daring", .fee: "Gratis", .legalBasis: "", .timeLimit: "",
        ])
        #expect(dtks.timeLimitDays == 14 && dtks.fee == .zero)
        #expect(dtks.established == date(2021, 11, 15) && dtks.lastReviewed == nil)
        #expect(dtks.published && dtks.publishedIn == ["website"] && !dtks.maklumat)
        #expect(dtks.consultation == "FKP-DINSOS-2021")
        #expect(dtks.source == RecordSource(file: "standar.csv", row: 2, line: 2))
        let rekom = standards.items[1]
        #expect(rekom.fee == Rational(5000))
        #expect(rekom.has(.serviceGuarantee) && !rekom.has(.procedure))
        #expect(rekom.lastReviewed == date(2024, 2, 6))
        #expect(!rekom.published && rekom.maklumat && rekom.maklumatDate == date(2023, 2, 8))
        // "-" in a component column states nothing.
        let kir = standards.items[2]
        #expect(!kir.has(.procedure))
        #expect(kir.publishedIn == ["website", "papan informasi"] && kir.maklumat && kir.maklumatDate == nil)
    }

    @Test("an unknown unit or service in the standards table is rejected with the closest registered name")
    func suggestions() async throws {
        let scratch = try ScratchStandards(["unit-layanan.csv": Self.register, "standar.csv": Self.standards])
        let stage = try ImportStandards(configuration: configuration(
            ImportStandards.self, "register: unit-layanan.csv\npath: standar.csv", baseDirectory: scratch.directory.path))
        var importer = StandardsImport()
        try importer.readRegister(stage.register!, columns: stage.registerColumns, delimiter: .auto)
        try importer.readStandards(stage.csvFiles[0], columns: stage.columns, delimiter: .auto)
        let reasons = importer.log.entries.filter { $0.source.file == "standar.csv" }.map(\.reason)
        #expect(reasons == [
            .duplicateID(id: "DTKS", firstRow: 2),
            .unknownUnit(name: "Dinas Perhubungn", suggestion: "Dinas Perhubungan"),
            .unknownService(name: "Uji Emisi", unit: "Dinas Perhubungan", suggestion: nil),
            .negativeFee(value: "-1"),
        ])
    }

    @Test("a components list column with an unknown name, and a column mapped under columns")
    func componentsListAndMapping() async throws {
        let standards = "layanan_unit,nama_layanan,komponen,Jangka Waktu Pelayanan\nDinsos,DTKS,persyaratan; prosedr; biaya,14 hari kerja\n"
        let scratch = try ScratchStandards(["unit-layanan.csv": Self.register, "standar.csv": standards])
        let imported = try await scratch.run("""
            register: unit-layanan.csv
            path: standar.csv
            columns: {unit: layanan_unit, service: nama_layanan, components: komponen}
            """)
        let rows = try rejectsRows(imported).filter { $0.file == "standar.csv" }
        #expect(rows.map(\.field) == ["komponen"])
        #expect(rows.map(\.value) == ["prosedr"])
        #expect(rows.map(\.reason) == ["'prosedr' bukan salah satu dari 14 komponen standar pelayanan; mungkin maksud Anda 'prosedur'?"])
    }

    @Test("semicolons, a byte-order mark, CRLF, Windows-1252 and a line break inside quotes")
    func excelExport() async throws {
        var register: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("unit_id;unit;unit_aliases;service_id;service\r\n".utf8)
        register += Array("DISPAR;Dinas Pariwisata;\"Dispar\nPariwisata\";CAFE;Izin Usaha Caf".utf8) + [0xE9] + Array("\r\n".utf8)
        register += Array("DISPAR;Dinas Pariwisata;;TDUP;Tanda Daftar Usaha Pariwisata\r\n".utf8)
        let scratch = try ScratchStandards(bytes: ["unit-layanan.csv": register])
        let imported = try await scratch.run("register: unit-layanan.csv")
        let built = try imported.one(ServiceRegister.self)
        #expect(built.units.map(\.aliases) == [["Pariwisata"]])
        #expect(built.unit(named: "pariwisata")?.id == "DISPAR")
        #expect(built.services.map(\.name) == ["Izin Usaha Café", "Tanda Daftar Usaha Pariwisata"])
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[2, 2, 0]])
    }

    @Test("a CSV standard for a service whose YAML standard came first is rejected naming the YAML line")
    func duplicateAcrossFormats() async throws {
        let yaml = "units:\n  - id: DINSOS\n    name: Dinas Sosial\n    services:\n      - id: DTKS\n        name: DTKS\n        standard: {fee: 0}\n"
        let scratch = try ScratchStandards(["sp.yaml": yaml, "standar.csv": "unit,service,fee\nDINSOS,DTKS,5000\n"])
        let imported = try await scratch.run("path: [sp.yaml, standar.csv]")
        let rows = try rejectsRows(imported)
        #expect(rows.map(\.reason) == ["id 'DTKS' muncul lagi (pertama di 'sp.yaml', baris 7)"])
        #expect(try imported.one(ServiceStandards.self).items.map(\.fee) == [.zero])
    }
}

@Suite("import.standards configuration errors")
struct ImportStandardsConfigurationTests {
    @Test("the sample configuration is accepted")
    func accepted() throws {
        #expect(try initProblems(ImportStandards.self, "path: \(sampleStandardsPath)") == [])
    }

    @Test("neither standards nor a register is refused at the stage")
    func nothingToImport() throws {
        let problems = try initProblems(ImportStandards.self, "delimiter: semicolon")
        #expect(problems == [.error(at: at(1, 1), YAMLMessage.missingKey(
            key: "path", context: LocalizedText(id: "'with' tahap 'stage'", en: "'with' of stage 'stage'")))])
    }

    @Test("a misspelt key under columns is reported at the key, with the closest suggested")
    func unknownColumnKey() throws {
        let scratch = try ScratchStandards(["standar.csv": "unit,service\n", "r.csv": "unit_id,unit,service_id,service\n"])
        let problems = try scratch.problems("path: standar.csv\nregister: r.csv\ncolumns:\n  unit: unit\n  sevice: layanan\n  persyaratan: unit\n")
        #expect(problems.map(\.code) == ["yaml.unknown-key", "config.column-mapped-twice"])
        #expect(problems.map(\.location) == [at(5, 3), at(6, 16)])
        #expect(problems.first?.message.hint(.english) == "did you mean 'service'?")
    }

    @Test("a standards table without its unit column, and a register without its service id column, are found when configured")
    func headerColumns() throws {
        let scratch = try ScratchStandards(["standar.csv": "unit_name,service,fee\n", "r.csv": "unit_id,unit,service\n"])
        let problems = try scratch.problems("path: standar.csv\nregister: r.csv\nregister_columns: {unit_aliases: alias}\n")
        #expect(problems == [
            .error(at: location("standar.csv", 1, 1), StageMessage.columnMissing(
                column: "unit", file: "standar.csv", found: ["unit_name", "service", "fee"], suggestion: "unit_name")),
            .error(at: location("r.csv", 1, 1), StageMessage.columnMissing(
                column: "service_id", file: "r.csv", found: ["unit_id", "unit", "service"], suggestion: "service")),
            .error(at: location("r.csv", 1, 1), StageMessage.columnMissing(
                column: "alias", file: "r.csv", found: ["unit_id", "unit", "service"], suggestion: nil)),
        ])
    }

    @Test("a misspelt register column option is refused by the generic check, with the closest suggested")
    func registerColumnsOption() throws {
        let node = try YAMLLoader().load(text: "register: \(sampleStandardsPath)\nregister_columns: {unit_idd: kode}\n", file: pipelineFile)
        let problems = OptionValidator(baseDirectory: repositoryRoot)
            .validate(node, options: ImportStandards.descriptor.options, stageID: "standar", stageLocation: at(1, 1))
        #expect(problems.map(\.code) == ["yaml.unknown-key"])
        #expect(problems.first?.location == at(2, 20))
        #expect(problems.first?.message.hint(.english)?.contains("unit_id") == true)
    }
}

@Suite("import.standards: the groups a service concerns")
struct ImportStandardsTargetGroupsTests {
    @Test("target_groups is read as a list in YAML and as one cell in CSV; a standard without it has none")
    func targetGroups() async throws {
        let scratch = try ScratchStandards([
            "standar.yaml": """
                units:
                  - id: DISKOPUM
                    name: Dinas Koperasi dan Usaha Mikro
                    services:
                      - id: REKOM
                        name: Rekomendasi Pendirian Koperasi
                        standard:
                          components: [persyaratan]
                          target_groups: [KUD, KOPWAN, pelaku usaha mikro]
                      - id: KONSULTASI
                        name: Konsultasi Usaha Mikro
                      - id: PELATIHAN
                        name: Pelatihan Usaha Mikro
                        standard: {components: [persyaratan], target_groups: disabilitas}

                """,
            "standar.csv": "unit,service,components,target_groups\nDISKOPUM,KONSULTASI,persyaratan,pelaku usaha mikro; pendamping lapangan | lansia\n",
        ])
        let standards = try await scratch.run("path: [standar.yaml, standar.csv]").one(ServiceStandards.self)
        #expect(standards.items.map(\.serviceID) == ["REKOM", "PELATIHAN", "KONSULTASI"])
        #expect(standards.items.map(\.targetGroups) == [
            ["KUD", "KOPWAN", "pelaku usaha mikro"], ["disabilitas"], ["pelaku usaha mikro", "pendamping lapangan", "lansia"],
        ])
        let plain = ServiceStandard(unitID: "DISKOPUM", serviceID: "X", source: RecordSource(file: "x.yaml", row: 1))
        #expect(plain.targetGroups.isEmpty)
    }
}
