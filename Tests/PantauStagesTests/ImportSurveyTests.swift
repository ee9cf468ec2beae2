import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The rejects-file reason code each of the sample's general reasons must get.
private let reasonCodes = [
    "answer_out_of_range": "record.answer-out-of-range",
    "answer_not_integer": "record.answer-not-integer",
    "answer_missing": "record.value-missing",
    "opd_missing": "record.value-missing",
    "date_invalid": "record.invalid-date",
    "field_count": "record.wrong-field-count",
]

/// One row of a rejects file, by the column names of its header.
private struct RejectRow {
    var file: String
    var row: Int
    var line: Int
    var field: String
    var value: String
    var reason: String
    var code: String
}

private func rejectRows(_ text: String) throws -> (header: [String], rows: [RejectRow]) {
    let records = parseCSV(text)
    let header = try #require(records.first)
    let rows = try records.dropFirst().map { r in
        try #require(r.count == 7, "\(r)")
        return RejectRow(
            file: r[0], row: try #require(Int(r[1])), line: try #require(Int(r[2])), field: r[3], value: r[4], reason: r[5], code: r[6])
    }
    return (header, rows)
}

/// A survey export in a scratch directory with the sample's header, and the `with:` that maps it.
private struct ScratchSurvey {
    static let header = "no,tgl_survei,jam_survei,opd,layanan,jenis_kelamin,usia,pendidikan,pekerjaan,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran"

    let directory: TemporaryDirectory
    let path: String

    init(_ body: String, name: String = "skm.csv", header: String = ScratchSurvey.header) throws {
        directory = try TemporaryDirectory()
        path = try directory.write(name, header + "\n" + body)
    }

    init(bytes: [UInt8], name: String = "skm.csv") throws {
        directory = try TemporaryDirectory()
        path = try directory.write(name, bytes: bytes)
    }

    var yaml: String { Self.yaml(path: path) }

    static func yaml(path: String, extra: String = "") -> String {
        """
        path: \(path)
        columns: {unit: opd, service: layanan, date: tgl_survei, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
        \(extra)
        """
    }

    func importer(extra: String = "") throws -> ImportSurvey {
        try ImportSurvey(configuration: configuration(ImportSurvey.self, Self.yaml(path: path, extra: extra), stageID: "skm", baseDirectory: directory.path))
    }
}

@Suite("import.survey on the sample region")
struct ImportSurveySampleTests {
    @Test("per file: read, accepted and rejected equal the expected figures, and read = accepted + rejected", arguments: samplePeriods)
    func reconciliation(_ periodID: String) async throws {
        let imported = try await importSamples()
        let account = try imported.one(ImportAccount.self)
        let expected = try #require(try ExpectedSKM.load(periodID).files.first { $0.period == periodID })
        let file = try #require(account.files.first { $0.file.hasSuffix(expected.file) }, "\(account.files.map(\.file))")
        #expect(file.read == expected.records_read)
        #expect(file.accepted == expected.accepted)
        #expect(file.rejected == expected.rejected)
        #expect(file.read == file.accepted + file.rejected)
        #expect(file.reconciles)
    }

    @Test("the responses' account covers both exports, the population file has its own, and both reconcile")
    func account() async throws {
        let imported = try await importSamples()
        let account = try imported.one(ImportAccount.self)
        #expect(account.stage == "skm")
        #expect(account.records == "survey-responses")
        #expect(account.files.count == 2)
        #expect(account.files[0].file.hasSuffix("skm/skm-2025-s2.csv"))
        #expect(account.files[1].file.hasSuffix("skm/skm-2026-s1.csv"))
        #expect(account.read == 1814 + 1655)
        #expect(account.rejected == 20)
        #expect(account.reconciles)
        #expect(account.rejectsFile == "rejects-skm.csv")
        let populations = try #require(imported.all(ImportAccount.self).first { $0.records == "service-populations" })
        #expect(populations.files.count == 1)
        #expect(populations.files[0].file.hasSuffix("populasi-pengguna.csv"))
        #expect(populations.files[0].counts == [24, 24, 0])
    }

    @Test("the rejects file lists exactly the expected records, with rows, lines, columns and values", arguments: samplePeriods)
    func rejectsFile(_ periodID: String) async throws {
        let imported = try await importSamples()
        let (header, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(header == ["berkas", "baris", "baris_teks", "kolom", "nilai", "alasan", "kode"])
        let expected = try #require(try ExpectedSKM.load(periodID).files.first { $0.period == periodID })
        let mine = rows.filter { $0.file.hasSuffix(expected.file) }
        // One problem per bad record in the samples: each record appears exactly once.
        #expect(mine.map(\.row) == expected.rejected_records.map(\.record))
        for (row, record) in zip(mine, expected.rejected_records) {
            #expect(row.line == record.line, "record \(record.record)")
            #expect(row.code == reasonCodes[record.reason], "record \(record.record)")
            if record.reason == "field_count" {
                // The importer cannot tell which field is extra or missing; it names none.
                #expect(row.field == "")
            } else {
                #expect(row.field == record.column, "record \(record.record)")
                #expect(row.value == (record.value ?? ""), "record \(record.record)")
            }
            #expect(!row.reason.isEmpty)
        }
    }

    @Test("reasons are in Indonesian by default and name the element after the U8/U9 mapping")
    func indonesianReasons() async throws {
        let (_, rows) = try rejectRows(try await importSamples().text("rejects-skm.csv"))
        let byRow = Dictionary(rows.filter { $0.file.hasSuffix("skm-2025-s2.csv") }.map { ($0.row, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byRow[65]?.reason == "jawaban 5 untuk U4 (Biaya/Tarif) di luar rentang 1–4")
        // Column u9 holds element U8 (complaint handling).
        #expect(byRow[873]?.reason == "jawaban 0 untuk U8 (Penanganan Pengaduan, Saran dan Masukan) di luar rentang 1–4")
        #expect(byRow[873]?.field == "u9")
        #expect(byRow[384]?.reason == "jawaban 'Lumayan' untuk U1 (Persyaratan) bukan bilangan bulat 1–4")
        #expect(byRow[546]?.reason == "'0000-00-00' bukan tanggal yang sah")
        #expect(byRow[219]?.reason == "'opd' kosong")
        #expect(byRow[710]?.reason == "baris ini memiliki 20 kolom, sedangkan judul kolom berjumlah 19")
        #expect(byRow[1599]?.reason == "baris ini memiliki 16 kolom, sedangkan judul kolom berjumlah 19")
        let s1 = rows.filter { $0.file.hasSuffix("skm-2026-s1.csv") }
        // Column u8 holds element U9 (facilities).
        #expect(s1.first { $0.row == 670 }?.reason == "'u8 → U9' kosong")
        #expect(s1.first { $0.row == 515 }?.reason == "'2026-02-30' bukan tanggal yang sah")
    }

    @Test("reasons and header are in English with language: english")
    func englishReasons() async throws {
        let imported = try await importSamples(language: .english)
        let (header, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(header == ["file", "row", "line", "field", "value", "reason", "code"])
        #expect(rows.count == 20)
        let byRow = Dictionary(rows.filter { $0.file.hasSuffix("skm-2025-s2.csv") }.map { ($0.row, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byRow[65]?.reason.hasPrefix("answer 5 for U4 ") == true)
        #expect(byRow[65]?.reason.hasSuffix(" is outside 1–4") == true)
        #expect(byRow[1036]?.reason.hasPrefix("answer '3.5' for U5 ") == true)
        #expect(byRow[1381]?.reason == "'2025-11-31' is not a valid date")
        #expect(byRow[1200]?.reason == "'u3 → U3' is empty")
        #expect(byRow[710]?.reason == "the row has 20 fields where the header has 19")
    }

    @Test("English reasons name the element in English, as the English report does")
    func englishElementNames() async throws {
        let imported = try await importSamples(language: .english)
        let (_, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        let reason = rows.first { $0.file.hasSuffix("skm-2025-s2.csv") && $0.row == 65 }?.reason
        #expect(reason == "answer 5 for U4 (Cost/fee) is outside 1–4")
    }

    @Test("the U8/U9 columns are swapped into regulation order on import")
    func elementMapping() async throws {
        let responses = try await importSamples().one(SurveyResponses.self)
        // 2026-S1 record 4 (no 3): u1…u9 = 4,4,4,4,4,4,4,4,3, so U8 (from u9) = 3 and U9 (from u8) = 4.
        let response = try #require((0..<responses.count).map { responses[$0] }.first {
            $0.source.file.hasSuffix("skm-2026-s1.csv") && $0.source.row == 4
        })
        #expect(response.unit == "Dinas Koperasi dan Usaha Mikro")
        #expect(response.service == "Konsultasi dan Pendampingan Usaha Mikro")
        #expect(response.date == CalendarDate(year: 2026, month: 1, day: 2))
        #expect(response.answers == [4, 4, 4, 4, 4, 4, 4, 3, 4])
    }

    @Test("hostile saran text is accepted with its record but never reaches a dataset or the rejects file")
    func hostileSaran() async throws {
        let imported = try await importSamples()
        let responses = try imported.one(SurveyResponses.self)
        let texts = responses.unitNames + responses.serviceNames + responses.files
            + (try imported.one(ServicePopulations.self)).items.map(\.unit)
        for needle in ["<script", "HYPERLINK", "Petugas ramah", "antrean pagi", "\n"] {
            #expect(!texts.contains { $0.contains(needle) }, "\(needle)")
        }
        let rejects = try imported.text("rejects-skm.csv")
        #expect(!rejects.contains("<script"))
        #expect(!rejects.contains("HYPERLINK"))
        // The records that carry the hostile text were valid, so they were counted.
        let rows = Set((0..<responses.count).map { responses[$0] }.filter { $0.source.file.hasSuffix("skm-2026-s1.csv") }.map(\.source.row))
        #expect(rows.isSuperset(of: [141, 908, 1238]))
    }
}

@Suite("import.survey configuration errors")
struct ImportSurveyConfigurationTests {
    /// The sample's columns, one per line from line 3, minus those named.
    private func yaml(without omitted: Set<String> = [], adding extra: [String] = [], scheme: String? = nil) -> String {
        var lines = ["path: samples/kabupaten-contoh/skm/skm-2026-s1.csv"]
        if let scheme { lines.append("scheme: \(scheme)") }
        lines.append("columns:")
        let pairs = [
            ("unit", "opd"), ("service", "layanan"), ("date", "tgl_survei"), ("U1", "u1"), ("U2", "u2"), ("U3", "u3"), ("U4", "u4"),
            ("U5", "u5"), ("U6", "u6"), ("U7", "u7"), ("U8", "u9"), ("U9", "u8"),
        ]
        lines += pairs.filter { !omitted.contains($0.0) }.map { "  \($0.0): \($0.1)" }
        lines += extra.map { "  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("the sample configuration is accepted")
    func accepted() throws {
        #expect(try initProblems(ImportSurvey.self, yaml()) == [])
        #expect(try initProblems(ImportSurvey.self, sampleImportYAML()) == [])
    }

    @Test("an element without a column is reported at the columns mapping")
    func elementNotMapped() throws {
        let problems = try initProblems(ImportSurvey.self, yaml(without: ["U9"]))
        #expect(problems == [.error(at: at(3, 3), StageMessage.elementNotMapped(element: "U9", name: "Sarana dan Prasarana"))])
        #expect(problems.first?.code == "config.element-not-mapped")
        #expect(problems.first?.message.hint(.english)?.contains("Sarana as Q8 and Pengaduan as Q9") == true)
    }

    @Test("every unmapped element is reported, not only the first")
    func severalElementsNotMapped() throws {
        let problems = try initProblems(ImportSurvey.self, yaml(without: ["U8", "U9"]))
        #expect(problems.map(\.code) == ["config.element-not-mapped", "config.element-not-mapped"])
        #expect(problems.map { $0.message.text(.english) } == [
            "element U8 (Penanganan Pengaduan, Saran dan Masukan) has no column", "element U9 (Sarana dan Prasarana) has no column",
        ])
    }

    @Test("an unknown key under columns is reported at the key, with the closest key suggested")
    func unknownColumnKey() throws {
        let problems = try initProblems(ImportSurvey.self, yaml(adding: ["sevice: layanan2"]))
        let allowed = ["unit", "service", "date", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
        #expect(problems == [
            .error(at: at(15, 3), StageMessage.unknownColumnKey(key: "sevice", allowed: allowed, suggestion: "service")),
        ])
        #expect(problems.first?.code == "config.unknown-column-key")
        #expect(problems.first?.message.hint(.indonesian) == "mungkin maksud Anda 'service'?")
    }

    @Test("a column mapped to two fields is reported at the second mapping")
    func columnMappedTwice() throws {
        // U9 is given u9 as well (the mistake the questionnaire order invites); compared without case.
        let problems = try initProblems(ImportSurvey.self, yaml(without: ["U9"], adding: ["U9: U9"]))
        #expect(problems == [.error(at: at(14, 7), StageMessage.columnMappedTwice(column: "U9", first: "U8", second: "U9"))])
        #expect(problems.first?.code == "config.column-mapped-twice")
    }

    @Test("several configuration problems are reported together")
    func problemsTogether() throws {
        let problems = try initProblems(ImportSurvey.self, yaml(without: ["U9", "unit"], adding: ["U10: x"]))
        #expect(Set(problems.map(\.code)) == ["config.element-not-mapped", "config.unknown-column-key", "yaml.missing-key"])
        #expect(problems.count == 3)
    }

    @Test("the 2004 scheme needs its fourteen elements mapped")
    func kepmenpanScheme() throws {
        let problems = try initProblems(ImportSurvey.self, yaml(scheme: "kepmenpan-25-2004"))
        #expect(problems.map { ($0.message as? StageMessage) } == (10...14).map {
            StageMessage.elementNotMapped(element: "U\($0)", name: SurveyScheme.kepmenpan25_2004.elements[$0 - 1].name)
        })
        #expect(problems.allSatisfy { $0.location == at(4, 3) })
    }

    @Test("an unknown scheme is refused by the stage itself, at the value, with the closest scheme suggested")
    func unknownScheme() throws {
        let text = yaml(scheme: "permenpan-14-2018")
        let problems = try initProblems(ImportSurvey.self, text)
        #expect(problems == [.error(at: at(2, 9), StageMessage.unknownScheme(id: "permenpan-14-2018", suggestion: "permenpan-14-2017"))])
        #expect(problems.first?.code == "config.unknown-scheme")
    }

    @Test("the generic option check also refuses an unknown scheme")
    func unknownSchemeGenericCheck() throws {
        let node = try YAMLLoader().load(text: yaml(scheme: "permenpan-14-2018"), file: pipelineFile)
        let problems = OptionValidator(baseDirectory: repositoryRoot)
            .validate(node, options: ImportSurvey.descriptor.options, stageID: "skm", stageLocation: at(1, 1))
        #expect(problems.map(\.code) == ["yaml.invalid-choice"])
        #expect(problems.first?.location == at(2, 9))
        #expect(problems.first?.message.hint(.english)?.contains("permenpan-14-2017") == true)
    }

    @Test("a mapped column missing from the file's header is found when the stage is configured")
    func columnMissingFromHeader() throws {
        let survey = try ScratchSurvey("1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,\n")
        let text = ScratchSurvey.yaml(path: survey.path).replacingOccurrences(of: "date: tgl_survei", with: "date: tgl_survey")
        let problems = try initProblems(ImportSurvey.self, text, baseDirectory: survey.directory.path)
        let headers = ScratchSurvey.header.split(separator: ",").map(String.init)
        let file = InputFile.displayName(for: survey.path)
        #expect(problems == [
            .error(
                at: SourceLocation(file: file, line: 1, column: 1),
                StageMessage.columnMissing(column: "tgl_survey", file: file, found: headers, suggestion: "tgl_survei")),
        ])
        #expect(problems.first?.code == "input.column-missing")
        #expect(problems.first?.message.hint(.english) == "did you mean 'tgl_survei'? Columns in the file: " + headers.joined(separator: ", "))
    }

    @Test("a population column missing from its header is found too")
    func populationColumnMissing() throws {
        let text = sampleImportYAML(extra: "population_columns: {users: jumlah_penguna}")
        let problems = try initProblems(ImportSurvey.self, text)
        #expect(problems.map(\.code) == ["input.column-missing"])
        let message = try #require(problems.first?.message as? StageMessage)
        guard case .columnMissing(let column, let file, let found, let suggestion) = message else {
            Issue.record("unexpected \(message)")
            return
        }
        #expect(column == "jumlah_penguna")
        #expect(file.hasSuffix("populasi-pengguna.csv"))
        #expect(found == ["opd", "periode", "jumlah_pengguna"])
        #expect(suggestion == "jumlah_pengguna")
    }

    @Test("header names match without regard to case and surrounding blanks")
    func headerNamesLoose() throws {
        let survey = try ScratchSurvey(
            "1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,\n",
            header: ScratchSurvey.header.replacingOccurrences(of: "opd", with: " OPD ").replacingOccurrences(of: "u9", with: "U9"))
        #expect(try initProblems(ImportSurvey.self, survey.yaml, baseDirectory: survey.directory.path) == [])
    }

    @Test("an empty export is refused when the stage is configured")
    func emptyFile() throws {
        let survey = try ScratchSurvey(bytes: [])
        let problems = try initProblems(ImportSurvey.self, survey.yaml, baseDirectory: survey.directory.path)
        #expect(problems.map(\.code) == ["input.file-empty"])
    }

    @Test("an invalid rejects file name is refused by the stage, not silently replaced by the default")
    func invalidRejectsName() throws {
        let problems = try initProblems(ImportSurvey.self, sampleImportYAML(extra: "rejects: [a.csv, b.csv]"))
        #expect(problems.map(\.code) == ["yaml.expected-kind"])
    }

    @Test("a path that matches no file is reported at the path")
    func noInputFile() throws {
        let problems = try initProblems(ImportSurvey.self, sampleImportYAML(path: "samples/kabupaten-contoh/skm/*.xlsx"))
        #expect(problems.map(\.code) == ["pipeline.no-input-file"])
        #expect(problems.first?.location == at(1, 7))
    }
}

@Suite("import.survey on written files")
struct ImportSurveyFileTests {
    private static let good = "1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,4,2,"

    @Test("a file that cannot be read when the stage runs fails the stage with an error naming it")
    func unreadableAtRun() async throws {
        let survey = try ScratchSurvey(Self.good + "\n")
        let stage = try survey.importer()
        try FileManager.default.removeItem(atPath: survey.path)
        let file = InputFile.displayName(for: survey.path)
        await #expect {
            _ = try await run(stage)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == "input.file-unreadable" && diagnostic.message.text(.indonesian).contains("'\(file)'")
                && diagnostic.message.text(.english).hasPrefix("cannot read '\(file)': ")
        }
    }

    @Test("semicolons, a byte-order mark, CRLF and Windows-1252 text are read like the sample export")
    func excelExport() async throws {
        let header = ScratchSurvey.header.replacingOccurrences(of: ",", with: ";")
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((header + "\r\n").utf8)
        // "Café Layanan", an answer in quotes, a comma inside a field.
        bytes += Array("1;05/01/2026;08:00;Dinas Sosial;Caf".utf8) + [0xE9] + Array(" Layanan;L;30;SMA;PNS;\"3\";3;3;3;3;3;3;4;2;a, b\r\n".utf8)
        bytes += Array("2;12 Januari 2026;08:00;Dinas Sosial;DTKS;L;30;SMA;PNS;1;2;3;4;1;2;3;4;1;\r\n".utf8)
        let survey = try ScratchSurvey(bytes: bytes)
        let imported = try await run(try survey.importer())
        let responses = try imported.one(SurveyResponses.self)
        #expect(responses.count == 2)
        // The BOM is dropped before the encoding is decided, so 0xE9 still makes the rest Windows-1252.
        #expect(responses[0].service == "Café Layanan")
        #expect(responses[0].date == CalendarDate(year: 2026, month: 1, day: 5))
        #expect(responses[0].answers == [3, 3, 3, 3, 3, 3, 3, 2, 4])
        #expect(responses[1].date == CalendarDate(year: 2026, month: 1, day: 12))
        #expect(responses[1].answers == [1, 2, 3, 4, 1, 2, 3, 1, 4])
        #expect(try imported.one(ImportAccount.self).rejected == 0)
    }

    @Test("blank lines are not records, and row numbers stay those of the spreadsheet")
    func blankLinesAndRows() async throws {
        let bad = "2,2026-01-06,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,3,3,9,3,3,3,3,3,3,"
        let survey = try ScratchSurvey("\n" + Self.good + "\n\n" + bad + "\n\n")
        let imported = try await run(try survey.importer())
        let file = try #require(try imported.one(ImportAccount.self).files.first)
        #expect(file.counts == [2, 1, 1])
        let (_, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rows.map(\.row) == [5])
        #expect(rows.map(\.line) == [5])
        #expect(rows.map(\.field) == ["u3"])
    }

    @Test("a record with several problems is rejected once, with every problem listed")
    func severalProblemsOneRecord() async throws {
        let bad = "2,2026-02-30,08:00,,DTKS,L,30,SMA,PNS,0,3,,3,x,3,3,3,3,"
        let survey = try ScratchSurvey(Self.good + "\n" + bad + "\n")
        let imported = try await run(try survey.importer())
        let file = try #require(try imported.one(ImportAccount.self).files.first)
        #expect(file.counts == [2, 1, 1])
        let (_, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rows.map(\.field) == ["opd", "tgl_survei", "u1", "u3", "u5"])
        #expect(rows.map(\.code) == [
            "record.value-missing", "record.invalid-date", "record.answer-out-of-range", "record.value-missing", "record.answer-not-integer",
        ])
        #expect(Set(rows.map(\.row)) == [3])
        #expect(try imported.one(SurveyResponses.self).count == 1)
    }

    @Test("an answer that is a whole number in range is never rejected as out of range", arguments: ["+3", "3\t", "\t3", "3\u{00A0}"])
    func inRangeNotOutOfRange(_ answer: String) async throws {
        let row = "1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,\(answer),3,3,3,3,3,3,3,3,"
        let survey = try ScratchSurvey(row + "\n")
        let imported = try await run(try survey.importer())
        let rejects = imported.files["rejects-skm.csv"].map { String(decoding: $0, as: UTF8.self) } ?? "h,h,h,h,h,h,h\n"
        let (_, rows) = try rejectRows(rejects)
        // Accepting the answer as 3, or rejecting it as not a plain whole number, are both defensible;
        // telling the user "answer 3 is outside 1–4" is not.
        #expect(!rows.contains { $0.code == "record.answer-out-of-range" }, "\(rows.map(\.reason))")
    }

    @Test("quoted fields with separators and line breaks keep the record whole")
    func quotedSaran() async throws {
        let row = "1,2026-01-05,08:00,\"Dinas Sosial\",\"DTKS, bantuan\",L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,\"a, \"\"b\"\"\nc\""
        let survey = try ScratchSurvey(row + "\n" + Self.good + "\n")
        let imported = try await run(try survey.importer())
        let responses = try imported.one(SurveyResponses.self)
        #expect(responses.count == 2)
        #expect(responses[0].service == "DTKS, bantuan")
        #expect(responses[1].source.row == 3)
        // The rejects file is always written, with only its header when nothing was rejected,
        // so that an earlier run's rejects never outlive the data they described.
        #expect(imported.written == ["rejects-skm.csv"])
        #expect(try imported.text("rejects-skm.csv").split(separator: "\r\n").count == 1)
        #expect(try imported.one(ImportAccount.self).rejected == 0)
    }

    @Test("the rejects file takes the configured name")
    func rejectsName() async throws {
        let survey = try ScratchSurvey("1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,5,3,3,3,3,3,3,3,3,\n")
        let imported = try await run(try survey.importer(extra: "rejects: penolakan-skm.csv"))
        #expect(imported.written == ["penolakan-skm.csv"])
        #expect(try imported.one(ImportAccount.self).rejectsFile == "penolakan-skm.csv")
    }

    @Test("a population period must be absolute: a relative name is rejected, not read against 1970")
    func populationRelativePeriod() async throws {
        let survey = try ScratchSurvey(Self.good + "\n")
        let population = try survey.directory.write("populasi.csv", "opd,periode,jumlah_pengguna\nDinas Sosial,current-semester,1010\n")
        let stage = try ImportSurvey(configuration: configuration(
            ImportSurvey.self, ScratchSurvey.yaml(path: survey.path, extra: "population: \(population)"), stageID: "skm",
            baseDirectory: survey.directory.path))
        let imported = try await run(stage)
        #expect(try imported.one(ServicePopulations.self).items.map(\.period.description) == [])
        #expect(imported.all(ImportAccount.self).first { $0.records == "service-populations" }?.files.last?.counts == [1, 0, 1])
    }

    @Test("a rejected value that looks like a formula is neutralised in the rejects file")
    func hostileRejectedValue() async throws {
        let row = "1,2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3,3,3,3,3,3,3,3,"
        let survey = try ScratchSurvey(row + "\n")
        let imported = try await run(try survey.importer())
        let text = try imported.text("rejects-skm.csv")
        let (_, rows) = try rejectRows(text)
        #expect(rows.map(\.value) == ["'=HYPERLINK(\"http://x\",\"y\")"])
        #expect(rows.map(\.code) == ["record.answer-not-integer"])
        // A byte-order mark for Excel, then CRLF line ends.
        let bytes = try imported.bytes("rejects-skm.csv")
        #expect(Array(bytes.prefix(10)) == [0xEF, 0xBB, 0xBF] + Array("berkas,".utf8))
        #expect(Array(bytes.suffix(2)) == [0x0D, 0x0A])
        #expect(text.components(separatedBy: "\r\n").count == 3)
    }

    @Test("population rows with a bad period or count are rejected, thousands separators accepted")
    func populationRows() async throws {
        let survey = try ScratchSurvey(Self.good + "\n")
        let population = try survey.directory.write(
            "populasi.csv", "opd,periode,jumlah_pengguna\nDinas Sosial,2026-S1,1.010\nDinas A,2026-S3,10\nDinas B,2026-S1,12.5\n,2026-S1,5\n")
        let stage = try ImportSurvey(configuration: configuration(
            ImportSurvey.self, ScratchSurvey.yaml(path: survey.path, extra: "population: \(population)"), stageID: "skm",
            baseDirectory: survey.directory.path))
        let imported = try await run(stage)
        #expect(try imported.one(ServicePopulations.self).items.map(\.users) == [1010])
        let file = try #require(imported.all(ImportAccount.self).first { $0.records == "service-populations" }?.files.last)
        #expect(file.counts == [4, 1, 3])
        let (_, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rows.map(\.code) == ["record.invalid-period", "record.invalid-count", "record.value-missing"])
        #expect(rows.map(\.row) == [3, 4, 5])
    }
}

@Suite("import.survey: answers as words, and duplicate submissions")
struct ImportSurveyLabelTests {
    static let base = "2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS"

    @Test("answers written as the questionnaire's words count as their values; unknown words are rejected")
    func labels() async throws {
        let survey = try ScratchSurvey("""
            1,\(Self.base),Sangat sesuai,Mudah,kurang  Cepat.,Gratis,3,3,3,3,3,
            2,\(Self.base),Lumayan,3,3,3,3,3,3,3,3,

            """)
        let imported = try await run(try survey.importer())
        let responses = try imported.one(SurveyResponses.self)
        #expect(responses.count == 1)
        #expect(responses[0].answers == [4, 3, 2, 4, 3, 3, 3, 3, 3])
        let (_, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rows.map(\.code) == ["record.answer-not-integer"])
        #expect(rows.first?.value == "Lumayan")
    }

    @Test("a pipeline adds its own words with answer_labels")
    func labelOverrides() async throws {
        let survey = try ScratchSurvey("1,\(Self.base),Lumayan,3,3,3,3,3,3,3,3,\n")
        let imported = try await run(try survey.importer(extra: "answer_labels: {Lumayan: 2}"))
        #expect(try imported.one(SurveyResponses.self)[0].answers.first == 2)
    }

    @Test("a label whose value is outside the scale is refused where it is configured")
    func labelOutOfScale() throws {
        let survey = try ScratchSurvey("1,\(Self.base),3,3,3,3,3,3,3,3,3,\n")
        #expect(throws: Diagnostics.self) { try survey.importer(extra: "answer_labels: {Lumayan: 7}") }
    }

    @Test("a repeated respondent id is a duplicate submission: rejected, not counted twice")
    func duplicateSubmissions() async throws {
        let survey = try ScratchSurvey("""
            7,\(Self.base),3,3,3,3,3,3,3,3,3,
            8,\(Self.base),4,4,4,4,4,4,4,4,4,
            7,\(Self.base),3,3,3,3,3,3,3,3,3,

            """)
        let yaml = """
            path: \(survey.path)
            columns: {unit: opd, service: layanan, date: tgl_survei, respondent: "no", U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            """
        let importer = try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: survey.directory.path))
        let imported = try await run(importer)
        #expect(try imported.one(SurveyResponses.self).count == 2)
        let account = try imported.one(ImportAccount.self)
        #expect(account.read == 3 && account.accepted == 2 && account.rejected == 1)
        let (_, rows) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rows.map(\.code) == ["record.duplicate-id"])
        #expect(rows.first?.row == 4)
        #expect(rows.first?.reason == "id '7' muncul lagi (pertama di baris 2)")
    }
}

@Suite("import.survey: records that cannot be read as fields")
struct ImportSurveyMalformedTests {
    static let base = "2026-01-05,08:00,Dinas Sosial,DTKS,L,30,SMA,PNS"
    static let good = "1,\(base),3,3,3,3,3,3,3,3,3,"

    @Test("a quote that never closes costs one rejected line, never the rest of the file")
    func unclosedQuote() async throws {
        let rows = [Self.good, "2,2026-01-05,08:00,\"Dinas Sosial,DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,"]
            + Array(repeating: Self.good, count: 120)
        let survey = try ScratchSurvey(rows.joined(separator: "\n") + "\n")
        let imported = try await run(try survey.importer())
        let account = try imported.one(ImportAccount.self)
        #expect(account.read == 122)
        #expect(account.accepted == 121)
        #expect(account.rejected == 1)
        let (_, rejects) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rejects.map(\.code) == ["record.unclosed-quote"])
        #expect(rejects.first?.row == 3)
    }

    @Test("text after a closing quote is rejected, not dropped")
    func textAfterQuote() async throws {
        let survey = try ScratchSurvey("1,2026-01-05,08:00,\"RSUD\" Kota Baru,IGD,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,\n\(Self.good)\n")
        let imported = try await run(try survey.importer())
        #expect(try imported.one(SurveyResponses.self).unitNames == ["Dinas Sosial"])
        let (_, rejects) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rejects.map(\.code) == ["record.text-after-quote"])
    }

    @Test("bytes that are not UTF-8 in a UTF-8 file reject their row")
    func invalidText() async throws {
        let bytes = Array((ScratchSurvey.header + "\n" + "1,2026-01-05,08:00,Dinas Café,DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,\n").utf8)
            + Array("2,2026-01-05,08:00,Dinas ".utf8) + [0xFF] + Array(",DTKS,L,30,SMA,PNS,3,3,3,3,3,3,3,3,3,\n".utf8)
        let survey = try ScratchSurvey(bytes: bytes)
        let imported = try await run(try survey.importer())
        #expect(try imported.one(SurveyResponses.self).unitNames == ["Dinas Café"])
        let (_, rejects) = try rejectRows(imported.text("rejects-skm.csv"))
        #expect(rejects.map(\.code) == ["record.invalid-text"])
    }

    @Test("a column named twice in the header is refused: which one holds the data is a guess")
    func duplicateColumn() throws {
        let survey = try ScratchSurvey("1,\(Self.base),3,3,3,3,3,3,3,3,3,,4\n", header: ScratchSurvey.header + ",U1")
        let problems = try initProblems(ImportSurvey.self, ScratchSurvey.yaml(path: survey.path), baseDirectory: survey.directory.path)
        #expect(problems.map(\.code) == ["input.duplicate-column"])
        #expect(problems.first?.message.text(.english) == "the header has column 'u1' more than once (columns 10, 20)")
    }
}
