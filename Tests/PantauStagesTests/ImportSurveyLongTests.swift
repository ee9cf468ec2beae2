import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// Long-layout exports written into a scratch directory: `jawaban.csv` (one answer per row:
/// respondent, question, answer, status, unit) and, when given, `responden.csv`.
private struct LongScratch {
    static let header = "resp,tanya,nilai,status,unit"
    /// Questions q1…q9 ask the elements in the questionnaire's order: Sarana (U9) as q8, Pengaduan (U8) as q9.
    static let elements = #"{q1: U1, q2: U2, q3: U3, q4: U4, q5: U5, q6: U6, q7: U7, q8: U9, q9: U8}"#

    let directory: TemporaryDirectory

    init(_ answers: String, respondents: String? = nil, more: [String: String] = [:]) throws {
        directory = try TemporaryDirectory()
        try directory.write("jawaban.csv", Self.header + "\n" + answers)
        if let respondents { try directory.write("responden.csv", respondents) }
        for (name, text) in more { try directory.write(name, text) }
    }

    /// Nine rows for one respondent, answers in question order (q1…q9).
    static func rows(_ id: String, unit: String = "Dinas Sosial", answers: [Int] = [4, 3, 3, 4, 3, 3, 4, 2, 3], status: String = "selesai") -> String {
        answers.enumerated().map { "\(id),q\($0.offset + 1),\($0.element),\(status),\(unit)\n" }.joined()
    }

    static func yaml(path: String = "jawaban.csv", columns: String = "unit: unit, status: status", extra: String = "") -> String {
        """
        layout: long
        path: \(path)
        columns: {respondent: resp, question: tanya, answer: nilai, \(columns)}
        elements: \(elements)
        \(extra)
        """
    }

    func run(_ yaml: String = LongScratch.yaml(), period id: String = "2026-S1") async throws -> StageRun {
        let importer = try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: directory.path))
        return try await PantauStagesTests.run(importer, period: period(id))
    }
}

/// The rejects file's rows as (row, field, value, code), and its reasons.
private func rejects(_ run: StageRun) throws -> [(row: Int, field: String, value: String, code: String, reason: String)] {
    try parseCSV(run.text("rejects-skm.csv")).dropFirst().map { ($0[1] == "" ? 0 : try #require(Int($0[1])), $0[3], $0[4], $0[6], $0[5]) }
}

private func answersAccount(_ run: StageRun) throws -> ImportAccount {
    try #require(run.all(ImportAccount.self).first { $0.records == "survey-answer-rows" })
}

@Suite("import.survey, long layout: pivoting answers into responses")
struct ImportSurveyLongTests {
    @Test("answers are grouped by respondent, in any row order, and mapped to elements by question")
    func pivot() async throws {
        // Rows of A and B interleaved; B answers q9 (Pengaduan) first.
        let a = LongScratch.rows("A").split(separator: "\n")
        let b = LongScratch.rows("B", unit: "Dinas Kesehatan", answers: [1, 2, 3, 4, 1, 2, 3, 4, 2]).split(separator: "\n")
        let rows = [b[8]] + zip(a, b.prefix(8)).flatMap { [$0, $1] } + [a[8]]
        let scratch = try LongScratch(rows.joined(separator: "\n") + "\n")
        let imported = try await scratch.run()
        #expect(try answersAccount(imported).files.map(\.counts) == [[18, 18, 0]])
        let responses = try imported.one(SurveyResponses.self)
        #expect(responses.count == 2)
        // In order of first appearance; U8 is q9's answer and U9 is q8's.
        #expect(responses[0].unit == "Dinas Kesehatan" && responses[0].answers == [1, 2, 3, 4, 1, 2, 3, 2, 4])
        #expect(responses[1].unit == "Dinas Sosial" && responses[1].answers == [4, 3, 3, 4, 3, 3, 4, 3, 2])
        // A response's source is its respondent's first answer row.
        #expect(responses[0].source.row == 2 && responses[1].source.row == 3)
        #expect(try imported.text("rejects-skm.csv").split(separator: "\n").count == 1)
    }

    @Test("an incomplete respondent is rejected with all its rows: the reasons on its first row, the others pointing at it")
    func incomplete() async throws {
        let b = LongScratch.rows("B").split(separator: "\n").enumerated().filter { $0.offset != 2 && $0.offset != 8 }.map(\.element)
        let scratch = try LongScratch(LongScratch.rows("A") + b.joined(separator: "\n") + "\n")
        let imported = try await scratch.run()
        #expect(try answersAccount(imported).files.map(\.counts) == [[16, 9, 7]])
        let rows = try rejects(imported)
        #expect(rows.map(\.row) == [11, 11, 12, 13, 14, 15, 16, 17])
        #expect(rows[0].code == "record.respondent-incomplete" && rows[0].field == "tanya")
        #expect(rows[0].reason == "responden 'B' tidak memiliki jawaban untuk U3 (Waktu Penyelesaian)")
        #expect(rows[1].reason == "responden 'B' tidak memiliki jawaban untuk U8 (Penanganan Pengaduan, Saran dan Masukan)")
        #expect(rows.dropFirst(2).allSatisfy { $0.code == "record.respondent-rejected" && $0.field == "resp" && $0.value == "B" })
        #expect(rows[2].reason == "ditolak bersama jawaban lain responden 'B' (lihat baris 11)")
        #expect(try imported.one(SurveyResponses.self).count == 1)
    }

    @Test("an answer out of range, or not a number, rejects its row and with it the respondent; answers as words count")
    func badAnswer() async throws {
        var b = LongScratch.rows("B").split(separator: "\n").map(String.init)
        b[1] = "B,q2,5,selesai,Dinas Sosial"
        var c = LongScratch.rows("C").split(separator: "\n").map(String.init)
        c[0] = "C,q1,Sangat sesuai,selesai,Dinas Sosial"
        let scratch = try LongScratch((b + c).joined(separator: "\n") + "\n")
        let imported = try await scratch.run()
        #expect(try answersAccount(imported).files.map(\.counts) == [[18, 9, 9]])
        let rows = try rejects(imported)
        #expect(rows.map(\.row) == Array(2...10))
        #expect(rows[1].code == "record.answer-out-of-range" && rows[1].field == "nilai" && rows[1].value == "5")
        #expect(rows.filter { $0.row != 3 }.allSatisfy { $0.reason == "ditolak bersama jawaban lain responden 'B' (lihat baris 3)" })
        #expect(try imported.one(SurveyResponses.self)[0].answers.first == 4)
    }

    @Test("a repeated answer for one element rejects the respondent, whichever questions stand for the element")
    func repeatedElement() async throws {
        // q3 and q3b both ask Waktu (an app that replaced a question keeps both ids).
        let rows = LongScratch.rows("A") + "A,q3b,2,selesai,Dinas Sosial\n" + LongScratch.rows("B")
        let scratch = try LongScratch(rows)
        let elements = #"{q1: U1, q2: U2, q3: U3, q3b: U3, q4: U4, q5: U5, q6: U6, q7: U7, q8: U9, q9: U8}"#
        let yaml = LongScratch.yaml().replacingOccurrences(of: LongScratch.elements, with: elements)
        let imported = try await scratch.run(yaml)
        #expect(try answersAccount(imported).files.map(\.counts) == [[19, 9, 10]])
        let duplicate = try #require(try rejects(imported).first { $0.code == "record.duplicate-answer" })
        #expect(duplicate.row == 11 && duplicate.value == "q3b")
        #expect(duplicate.reason == "responden 'A' menjawab U3 (Waktu Penyelesaian) lagi (pertama di baris 4)")
    }

    @Test("an answer whose status is not complete is rejected with a reason, and so is its respondent; complete_status names other words")
    func status() async throws {
        var b = LongScratch.rows("B").split(separator: "\n").map(String.init)
        b[3] = "B,q4,4,draft,Dinas Sosial"
        let scratch = try LongScratch(LongScratch.rows("A", status: "Selesai") + b.joined(separator: "\n") + "\n" + LongScratch.rows("C", status: "final"))
        let imported = try await scratch.run()
        #expect(try answersAccount(imported).files.map(\.counts) == [[27, 9, 18]])
        let notComplete = try rejects(imported).filter { $0.code == "record.answer-not-complete" }
        #expect(notComplete.map(\.row) == [14] + Array(20...28))
        #expect(notComplete.first?.reason == "status jawaban 'draft', bukan salah satu dari selesai, complete: jawaban tidak dihitung")
        let withFinal = try await scratch.run(LongScratch.yaml(extra: "complete_status: [selesai, final]"))
        #expect(try answersAccount(withFinal).files.map(\.counts) == [[27, 18, 9]])
    }

    @Test("a question no element stands for is rejected on its own and leaves its respondent whole")
    func unknownQuestion() async throws {
        let scratch = try LongScratch(LongScratch.rows("A") + "A,q10,4,selesai,Dinas Sosial\nA,,4,selesai,Dinas Sosial\n")
        let imported = try await scratch.run()
        #expect(try answersAccount(imported).files.map(\.counts) == [[11, 9, 2]])
        let rows = try rejects(imported)
        #expect(rows.map(\.code) == ["record.unknown-question", "record.value-missing"])
        #expect(rows[0].value == "q10")
        #expect(rows[0].reason == "pertanyaan 'q10' tidak dipetakan ke unsur di bawah 'elements'")
        #expect(try imported.one(SurveyResponses.self).count == 1)
    }

    @Test("the rows of one respondent must agree on its unit")
    func fieldsDisagree() async throws {
        var a = LongScratch.rows("A").split(separator: "\n").map(String.init)
        a[5] = "A,q6,3,selesai,Dinas Kesehatan"
        let scratch = try LongScratch(a.joined(separator: "\n") + "\n")
        let imported = try await scratch.run()
        #expect(try answersAccount(imported).files.map(\.counts) == [[9, 0, 9]])
        let differs = try #require(try rejects(imported).first { $0.code == "record.respondent-field-differs" })
        #expect(differs.row == 7 && differs.field == "unit" && differs.value == "Dinas Kesehatan")
        #expect(differs.reason == "nilainya berbeda dengan baris jawaban pertama responden 'A' (baris 2)")
    }

    @Test("with units:, a unit id becomes the unit's name and an id not listed is rejected with the closest id")
    func unitIDs() async throws {
        let scratch = try LongScratch(LongScratch.rows("A", unit: "1") + LongScratch.rows("B", unit: "11"))
        let imported = try await scratch.run(LongScratch.yaml(extra: #"units: {"1": Dinas Sosial, "12": DPMPTSP}"#))
        #expect(try answersAccount(imported).files.map(\.counts) == [[18, 9, 9]])
        #expect(try imported.one(SurveyResponses.self).unitNames == ["Dinas Sosial"])
        let unknown = try rejects(imported).filter { $0.code == "record.unknown-unit-id" }
        #expect(unknown.count == 9)
        #expect(unknown.first?.reason == "id unit '11' tidak ada di bawah 'units'; mungkin maksud Anda '1'?")
    }

    @Test("a respondent settled in one file is a repeated submission in the next; each file reconciles on its own")
    func acrossFiles() async throws {
        let second = LongScratch.header + "\n" + LongScratch.rows("A") + LongScratch.rows("B")
        let scratch = try LongScratch(LongScratch.rows("A"), more: ["jawaban2.csv": second])
        let imported = try await scratch.run(LongScratch.yaml(path: "[jawaban.csv, jawaban2.csv]"))
        #expect(try answersAccount(imported).files.map(\.counts) == [[9, 9, 0], [18, 9, 9]])
        let repeated = try rejects(imported)
        #expect(repeated.allSatisfy { $0.code == "record.duplicate-id-elsewhere" } && repeated.count == 9)
        #expect(repeated.first?.reason == "id 'A' muncul lagi (pertama di 'jawaban.csv', baris 2)")
    }
}

@Suite("import.survey, long layout: the respondents file")
struct ImportSurveyLongRespondentsTests {
    static let respondents = """
        id,instansi,tanggal,jk,umur,pendidikan,saran
        A,Dinas Sosial,2026-02-03,Laki-laki,34,SMA,"Antrian panjang, hubungi saya 0812…"
        B,Dinas Sosial,0000-00-00,P,29,S1,
        C,Dinas Kesehatan,2026-03-01,P,abc,S1,
        A,Dinas Kesehatan,2026-03-02,L,40,S2,

        """

    static let yaml = LongScratch.yaml(columns: "status: status", extra: """
        respondents:
          path: responden.csv
          columns: {respondent: id, unit: instansi, date: tanggal, gender: jk, age: umur, education: pendidikan}
        """)

    @Test("answers take their unit, date and profile from the respondents file; a missing or rejected respondent row rejects the answers")
    func join() async throws {
        let answers = ["A", "B", "C", "D"].map { LongScratch.rows($0, unit: "") }.joined()
        let scratch = try LongScratch(answers, respondents: Self.respondents)
        let imported = try await scratch.run(Self.yaml)
        #expect(try answersAccount(imported).files.map(\.counts) == [[36, 9, 27]])
        let listed = try #require(imported.all(ImportAccount.self).first { $0.records == "survey-respondents" })
        #expect(listed.files.map(\.counts) == [[4, 1, 3]])
        #expect(Set(listed.reasons.keys) == ["record.invalid-date", "record.invalid-age", "record.duplicate-id"])

        let responses = try imported.one(SurveyResponses.self)
        #expect(responses.count == 1)
        #expect(responses[0].unit == "Dinas Sosial" && responses[0].date == CalendarDate(year: 2026, month: 2, day: 3))
        #expect(responses[0].profile == RespondentProfile(gender: "Laki-laki", age: 34, education: "SMA", occupation: nil))

        let rows = try rejects(imported)
        let byCode = Dictionary(grouping: rows, by: \.code).mapValues(\.count)
        #expect(byCode["record.respondent-row-rejected"] == 2)
        #expect(byCode["record.unknown-respondent"] == 1)
        #expect(rows.first { $0.code == "record.respondent-row-rejected" }?.reason
            == "baris responden 'B' di 'responden.csv' (baris 3) ditolak")
        #expect(rows.first { $0.code == "record.unknown-respondent" }?.reason == "responden 'D' tidak ada di 'responden.csv'")
        // The respondents file's own rejects name its rows; the saran column is never read.
        let age = try #require(rows.first { $0.code == "record.invalid-age" })
        #expect(age.row == 4 && age.field == "umur" && age.value == "abc")
        #expect(age.reason == "usia 'abc' bukan bilangan bulat tahun dari 1 sampai 120")
        #expect(!(try imported.text("rejects-skm.csv")).contains("0812"))
    }

    @Test("a field is mapped in one file only, and the unit in one of them")
    func fieldPlaces() throws {
        let scratch = try LongScratch(LongScratch.rows("A"), respondents: Self.respondents)
        let both = LongScratch.yaml(extra: """
            respondents:
              path: responden.csv
              columns: {respondent: id, unit: instansi}
            """)
        let problems = try initProblems(ImportSurvey.self, both, baseDirectory: scratch.directory.path)
        #expect(problems.map(\.code) == ["config.field-mapped-twice"])
        #expect(problems.first?.message.text(.english) == "'unit' is mapped both under 'columns' and under 'respondents'")
        let nowhere = LongScratch.yaml(columns: "status: status")
        let missing = try initProblems(ImportSurvey.self, nowhere, baseDirectory: scratch.directory.path)
        #expect(missing.map(\.code) == ["yaml.missing-key"])
        #expect(missing.first?.message.text(.english).contains("'unit'") == true)
    }

    @Test("a respondents column missing from its header is found when the stage is configured")
    func respondentsHeader() throws {
        let scratch = try LongScratch(LongScratch.rows("A"), respondents: Self.respondents)
        let problems = try initProblems(
            ImportSurvey.self, Self.yaml.replacingOccurrences(of: "age: umur", with: "age: usia"), baseDirectory: scratch.directory.path)
        #expect(problems.map(\.code) == ["input.column-missing"])
        #expect(problems.first?.message.text(.english) == "'responden.csv' has no column 'usia'")
    }
}

@Suite("import.survey, long layout: configuration errors")
struct ImportSurveyLongConfigurationTests {
    private func problems(_ yaml: String) throws -> [Diagnostic] {
        let scratch = try LongScratch(LongScratch.rows("A"))
        return try initProblems(ImportSurvey.self, yaml, baseDirectory: scratch.directory.path)
    }

    @Test("the long configuration is accepted, and the generic check knows its options")
    func accepted() throws {
        #expect(try problems(LongScratch.yaml()) == [])
        let node = try YAMLLoader().load(text: LongScratch.yaml(extra: "units: {a: b}\ncomplete_status: selesai"), file: pipelineFile)
        let scratch = try LongScratch(LongScratch.rows("A"))
        #expect(OptionValidator(baseDirectory: scratch.directory.path)
            .validate(node, options: ImportSurvey.descriptor.options, stageID: "skm", stageLocation: at(1, 1)) == [])
    }

    @Test("every element needs a question; a value that is no element is refused with the closest code")
    func elements() throws {
        let missingU9 = LongScratch.yaml().replacingOccurrences(of: "q8: U9, ", with: "")
        #expect(try problems(missingU9).map { $0.message.text(.english) } == ["element U9 (Sarana dan Prasarana) has no question under 'elements'"])
        let typo = LongScratch.yaml().replacingOccurrences(of: "q8: U9", with: "q8: U99")
        let found = try problems(typo)
        #expect(Set(found.map(\.code)) == ["config.unknown-element", "config.element-without-question"])
        #expect(found.first { $0.code == "config.unknown-element" }?.message.hint(.english) == "did you mean 'U9'?")
        let none = LongScratch.yaml().replacingOccurrences(of: "elements: \(LongScratch.elements)", with: "")
        #expect(try problems(none).map(\.code) == ["yaml.missing-key"])
    }

    @Test("an element under columns is pointed to elements; the answer columns are required")
    func columns() throws {
        let element = LongScratch.yaml(columns: "unit: unit, U1: u1")
        #expect(try problems(element).map { $0.message.text(.english) } == ["in the long layout, element U1 is mapped under 'elements', not 'columns'"])
        let noAnswer = LongScratch.yaml().replacingOccurrences(of: "answer: nilai, ", with: "")
        #expect(try problems(noAnswer).map(\.code) == ["yaml.missing-key"])
    }

    @Test("complete_status without a status column is refused: every answer would count whatever its status")
    func completeStatusWithoutColumn() throws {
        let yaml = LongScratch.yaml(columns: "unit: unit", extra: "complete_status: [selesai]")
        let found = try problems(yaml)
        #expect(found == [.error(at: at(5, 1), StageMessage.completeStatusWithoutColumn)])
    }

    @Test("long-layout keys are refused in the wide layout, at the key")
    func longKeysInWide() throws {
        let yaml = """
            path: samples/kabupaten-contoh/skm/skm-2026-s1.csv
            columns: {unit: opd, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            elements: {q1: U1}
            units: {"1": Dinas Sosial}
            """
        let found = try initProblems(ImportSurvey.self, yaml)
        #expect(found == [
            .error(at: at(3, 1), StageMessage.longLayoutOnly(key: "elements")), .error(at: at(4, 1), StageMessage.longLayoutOnly(key: "units")),
        ])
    }

    @Test("free text and personal data are never imported, whatever field they are mapped to")
    func neverImported() throws {
        let long = LongScratch.yaml(columns: "unit: unit, occupation: Saran")
        #expect(try problems(long).map { $0.message.text(.english) } == ["column 'Saran' holds free text or personal data and cannot be imported as 'occupation'"])
        let wide = """
            path: samples/kabupaten-contoh/skm/skm-2026-s1.csv
            columns: {unit: opd, education: nama, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            """
        #expect(try initProblems(ImportSurvey.self, wide).map(\.code) == ["config.column-never-imported"])
    }
}

@Suite("import.survey: the respondent's profile in the wide layout")
struct ImportSurveyProfileTests {
    @Test("gender, age, education and occupation are stored with the response; an empty field is not stated, a bad age rejects the row")
    func profile() async throws {
        let header = "no,tgl_survei,opd,jk,usia,pendidikan,pekerjaan,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran"
        let answers = "3,3,3,3,3,3,3,3,3"
        let directory = try TemporaryDirectory()
        try directory.write("skm.csv", """
            \(header)
            1,2026-01-05,Dinas Sosial,L,35,SMA,Petani,\(answers),
            2,2026-01-05,Dinas Sosial,,,,,\(answers),
            3,2026-01-05,Dinas Sosial,P,0,S1,PNS,\(answers),
            4,2026-01-05,Dinas Sosial,P,1985,S1,PNS,\(answers),
            5,2026-01-05,Dinas Sosial,Perempuan,tiga puluh,S1,PNS,\(answers),
            6,2026-01-05,Dinas Sosial,Wanita,61,s1,pns,\(answers),

            """)
        let yaml = """
            path: skm.csv
            columns: {unit: opd, date: tgl_survei, gender: jk, age: usia, education: pendidikan, occupation: pekerjaan, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            """
        let importer = try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: directory.path))
        let imported = try await run(importer)
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[6, 3, 3]])
        let rows = try rejects(imported)
        #expect(rows.map(\.row) == [4, 5, 6] && rows.allSatisfy { $0.code == "record.invalid-age" && $0.field == "usia" })
        let responses = try imported.one(SurveyResponses.self)
        #expect(responses[0].profile == RespondentProfile(gender: "L", age: 35, education: "SMA", occupation: "Petani"))
        #expect(responses[1].profile == RespondentProfile())
        // Education and occupation are interned as names are: the first spelling is kept.
        #expect(responses[2].profile == RespondentProfile(gender: "Wanita", age: 61, education: "S1", occupation: "PNS"))

        let evaluated = try await run(try EvaluateSKM(configuration: configuration(EvaluateSKM.self, nil)), inputs: imported.datasets)
        let profile = try #require(try evaluated.one(SKMEvaluation.self).profile)
        #expect(profile.respondents == 3)
        #expect(profile.genders == [.init(value: "Laki-laki", count: 1), .init(value: "Perempuan", count: 1)])
        #expect(profile.ages.map(\.count) == [0, 0, 1, 0, 0, 1])
        #expect(profile.notStated.gender == 1 && profile.notStated.age == 1 && profile.notStated.education == 1)
    }

    @Test("a survey that maps no profile field carries no profile and no summary")
    func noProfile() async throws {
        let (evaluation, _) = try await evaluateSamples(period: "2026-S1")
        #expect(evaluation.profile == nil)
        #expect(evaluation.units.allSatisfy { $0.profile == nil })
    }
}
