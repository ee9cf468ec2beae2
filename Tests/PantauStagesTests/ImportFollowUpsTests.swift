import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private let sampleFile = "samples/kabupaten-contoh/rtl-skm.csv"
private let header = "id,opd,layanan,asal,periode_skm,unsur,rujukan,rencana_tindak_lanjut,penanggung_jawab,target_selesai,tanggal_selesai,status"

private func importSample(register: Bool = false, language: Language = .indonesian) async throws -> StageRun {
    let stage = try ImportFollowUps(configuration: configuration(ImportFollowUps.self, "path: \(sampleFile)"))
    return try await run(stage, inputs: register ? [try sampleRegister()] : [], language: language)
}

private let sampleRejects: [RecordReject.Place] = [
    .init(row: 39, field: "tanggal_selesai", value: "", code: "record.done-date-missing"),
    .init(row: 40, field: "tanggal_selesai", value: "2026-04-10", code: "record.done-date-not-done"),
    .init(row: 41, field: "unsur", value: "U10", code: "record.unknown-word"),
    .init(row: 42, field: "target_selesai", value: "2026-02-30", code: "record.invalid-date"),
    .init(row: 43, field: "id", value: "RTL-2025S2-03", code: "record.duplicate-id"),
    .init(row: 44, field: "asal", value: "skn", code: "record.unknown-word"),
]

@Suite("import.followups on the sample region")
struct ImportFollowUpsSampleTests {
    @Test("read = accepted + rejected, with exactly the planted faults rejected, register or not", arguments: [false, true])
    func reconciliation(register: Bool) async throws {
        let imported = try await importSample(register: register)
        let account = try #require(imported.accounts.first)
        #expect(account.records == "followups")
        #expect(account.files.map(\.file) == [sampleFile])
        #expect(account.files.map(\.counts) == [[43, 37, 6]])
        #expect(account.reconciles)
        #expect(try imported.rejects().map(\.place) == sampleRejects)
    }

    @Test("reasons name the scheme's elements and the closest origin")
    func reasons() async throws {
        let rejects = try await importSample(language: .english).rejects(language: .english)
        #expect(rejects.map(\.reason) == [
            "the status is done but the completion date is empty",
            "a completion date is given but the status is 'berjalan'",
            "'U10' is not one of U1, U2, U3, U4, U5, U6, U7, U8, U9; did you mean 'U1'?",
            "'2026-02-30' is not a valid date",
            "id 'RTL-2025S2-03' appears again (first on row 4)",
            "'skn' is not one of skm, evaluasi, rapat; did you mean 'skm'?",
        ])
    }

    @Test("three items per agency (two for Dinas Perhubungan) from the 2025-S2 SKM's weakest elements, plus one from a meeting and one from an evaluation")
    func items() async throws {
        let plan = try await importSample().one(FollowUpPlan.self)
        #expect(plan.items.count == 37)
        let first = plan.items[0]
        #expect(first.id == "RTL-2025S2-01")
        #expect(first.unit == "Dinas Kependudukan dan Pencatatan Sipil")
        #expect(first.origin == .skm(period: period("2025-S2"), element: "U3"))
        #expect(first.owner == "Kepala Bidang Pelayanan")
        #expect(first.planned == CalendarDate(year: 2026, month: 3, day: 31))
        #expect(first.done == CalendarDate(year: 2026, month: 3, day: 20))
        #expect(first.status == .done)
        #expect(plan.items[1].daysLate == 22)
        let skm = plan.items.filter { $0.origin.kind == .skm }
        #expect(Dictionary(grouping: skm, by: \.unit).mapValues(\.count) == Dictionary(uniqueKeysWithValues: Set(skm.map(\.unit)).map {
            ($0, $0 == "Dinas Perhubungan" ? 2 : 3)
        }))
        #expect(plan.items.first { $0.id == "RTL-RAKOR-01" }?.origin == .meeting(reference: "rakor-2026-02"))
        #expect(plan.items.first { $0.id == "RTL-MONEV-01" }?.origin == .evaluation(finding: "PEKPPP-2025/DISHUB/3"))
        // 21 of the 36 items not dropped are done; seven are past their planned date when the semester ends.
        #expect(plan.completionShare == Rational(21, 36))
        #expect(plan.overdue(on: CalendarDate(year: 2026, month: 6, day: 30)!).count == 7)
    }
}

@Suite("import.followups on broken and unusual files")
struct ImportFollowUpsFileTests {
    private func importing(_ text: String, yaml: String = "path: rtl.csv") async throws -> StageRun {
        let scratch = try ScratchRecords(["rtl.csv": text])
        return try await run(try scratch.stage(ImportFollowUps.self, yaml))
    }

    @Test("an element by its code in any case or by its name; statuses in other words")
    func elementsAndStatuses() async throws {
        let imported = try await importing(header + """

            A,Dinas Sosial,,SKM,2025-s2,u8,,x,,2026-03-31,31/03/2026,done
            B,Dinas Sosial,,hasil skm,2025-S2,Waktu Penyelesaian,,x,,2026-03-31,,dalam proses
            """)
        let items = try imported.one(FollowUpPlan.self).items
        #expect(items.map(\.origin) == [.skm(period: period("2025-S2"), element: "U8"), .skm(period: period("2025-S2"), element: "U3")])
        #expect(items.map(\.status) == [.done, .inProgress])
        #expect(try imported.rejects().isEmpty)
    }

    @Test("an SKM item needs its period and element; a finding or a meeting its reference")
    func originNeedsItsDetails() async throws {
        let imported = try await importing(header + """

            A,Dinas Sosial,,skm,,,,x,,2026-03-31,,terbuka
            B,Dinas Sosial,,skm,2025-S3,U3,,x,,2026-03-31,,terbuka
            C,Dinas Sosial,,evaluasi,,,,x,,2026-03-31,,terbuka
            D,Dinas Sosial,,rapat,,,rakor-2026-02,x,,2026-03-31,,terbuka
            """)
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 2, field: "periode_skm", value: "", code: "record.value-missing"),
            .init(row: 2, field: "unsur", value: "", code: "record.value-missing"),
            .init(row: 3, field: "periode_skm", value: "2025-S3", code: "record.invalid-period"),
            .init(row: 4, field: "rujukan", value: "", code: "record.value-missing"),
        ])
        #expect(try imported.one(FollowUpPlan.self).items.map(\.id) == ["D"])
    }

    @Test("without the optional columns, an item that needs one of them is rejected as missing it")
    func optionalColumnsAbsent() async throws {
        let imported = try await importing("""
            id;opd;asal;rencana_tindak_lanjut;target_selesai;status
            A;Dinas Sosial;evaluasi;x;2026-03-31;terbuka
            B;Dinas Sosial;skm;x;2026-03-31;terbuka
            """)
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 2, field: "rujukan", value: "", code: "record.value-missing"),
            .init(row: 3, field: "periode_skm", value: "", code: "record.value-missing"),
            .init(row: 3, field: "unsur", value: "", code: "record.value-missing"),
        ])
    }

    @Test("the 2004 scheme's fourteen elements, when the plan refers to it")
    func olderScheme() async throws {
        let text = header + "\nA,Dinas Sosial,,skm,2025-S2,U14,,x,,2026-03-31,,terbuka\n"
        let imported = try await importing(text, yaml: "path: rtl.csv\nscheme: kepmenpan-25-2004")
        #expect(try imported.one(FollowUpPlan.self).items.first?.origin == .skm(period: period("2025-S2"), element: "U14"))
        #expect(try await importing(text).rejects().map(\.code) == ["record.unknown-word"])
    }

    @Test("an unknown scheme is refused at its value")
    func unknownScheme() throws {
        let scratch = try ScratchRecords(["rtl.csv": header + "\n"])
        #expect(try scratch.problems(ImportFollowUps.self, "path: rtl.csv\nscheme: permenpan-2017") == [
            .error(at: at(2, 9), StageMessage.unknownScheme(id: "permenpan-2017", suggestion: "permenpan-14-2017")),
        ])
    }

    @Test("a unit the register does not know is rejected with it, and known names are written as the register writes them")
    func register() async throws {
        let scratch = try ScratchRecords(["rtl.csv": header + """

            A,dinas sosial,rekomendasi bantuan sosial,skm,2025-S2,U8,,x,,2026-03-31,,terbuka
            B,Dinas Sosal,,skm,2025-S2,U8,,x,,2026-03-31,,terbuka
            """])
        let imported = try await run(try scratch.stage(ImportFollowUps.self, "path: rtl.csv"), inputs: [try sampleRegister()])
        let item = try #require(try imported.one(FollowUpPlan.self).items.first)
        #expect(item.unit == "Dinas Sosial")
        #expect(item.service == "Rekomendasi Bantuan Sosial")
        #expect(try imported.rejects().map(\.place) == [.init(row: 3, field: "opd", value: "Dinas Sosal", code: "record.unknown-unit")])
    }
}

private let publicationsFile = "samples/kabupaten-contoh/publikasi-skm.csv"
private let publicationsHeader = "opd,periode_skm,jenis,tanggal,media,tautan"

@Suite("import.followups: publications of SKM results and plans")
struct ImportSurveyPublicationsTests {
    private func importSample(register: Bool) async throws -> StageRun {
        let stage = try ImportFollowUps(configuration: configuration(ImportFollowUps.self, "path: \(sampleFile)\npublications: \(publicationsFile)"))
        return try await run(stage, inputs: register ? [try sampleRegister()] : [])
    }

    @Test("the sample's publications have their own account in the same rejects file; the register finds one more fault", arguments: [false, true])
    func sample(register: Bool) async throws {
        let imported = try await importSample(register: register)
        let account = try #require(imported.accounts.first { $0.records == "survey-publications" })
        #expect(account.files.map(\.file) == [publicationsFile])
        #expect(account.files.map(\.counts) == [register ? [21, 17, 4] : [21, 18, 3]])
        #expect(account.reconciles)
        #expect(account.rejectsFile == "rejects-stage.csv")
        let planted: [RecordReject.Place] = [
            .init(row: 19, field: "jenis", value: "hasill", code: "record.unknown-word"),
            .init(row: 20, field: "periode_skm", value: "2025-S3", code: "record.invalid-period"),
            .init(row: 21, field: "tanggal", value: "2026-02-30", code: "record.invalid-date"),
        ] + (register ? [.init(row: 22, field: "opd", value: "Dinas Pariwisata", code: "record.unknown-unit")] : [])
        let rejects = try imported.rejects().filter { $0.file == publicationsFile }
        #expect(rejects.map(\.place) == planted)
        #expect(rejects.first?.reason == "'hasill' bukan salah satu dari hasil, rtl; mungkin maksud Anda 'hasil'?")

        let publications = try imported.one(SurveyPublications.self).items
        let first = try #require(publications.first)
        #expect(first.unit == "Dinas Kependudukan dan Pencatatan Sipil")
        #expect(first.period == period("2025-S2"))
        #expect(first.content == .results)
        #expect(first.date == CalendarDate(year: 2026, month: 1, day: 15))
        #expect(first.media == ["website", "papan informasi", "media sosial"])
        #expect(first.link == "https://contoh.go.id/skm")
        #expect(first.source == RecordSource(file: publicationsFile, row: 2, line: 2))
        #expect(publications.filter { $0.content == .followUpPlan }.count == 6)
    }

    @Test("without a publications file the stage gives no publications at all, so the publication rules do not run")
    func absent() async throws {
        let imported = try await run(try ImportFollowUps(configuration: configuration(ImportFollowUps.self, "path: \(sampleFile)")))
        #expect(imported.all(SurveyPublications.self).isEmpty)
        #expect(imported.accounts.map(\.records) == ["followups"])
    }

    @Test("what was published in other words, columns renamed, media and link optional")
    func wordsAndColumns() async throws {
        let scratch = try ScratchRecords([
            "rtl.csv": header + "\n",
            "pub.csv": """
                unit;skm;what;day
                Dinas Sosial;2025-s2;Hasil SKM;31/01/2026
                Dinas Sosial;2025-S2;rencana tindak lanjut;2026-02-10
                """,
        ])
        let imported = try await run(try scratch.stage(ImportFollowUps.self, """
            path: rtl.csv
            publications: pub.csv
            publication_columns: { unit: unit, period: skm, content: what, date: day }
            """))
        let items = try imported.one(SurveyPublications.self).items
        #expect(items.map(\.content) == [.results, .followUpPlan])
        #expect(items.map(\.period) == [period("2025-S2"), period("2025-S2")])
        #expect(items.map(\.date) == [CalendarDate(year: 2026, month: 1, day: 31), CalendarDate(year: 2026, month: 2, day: 10)])
        #expect(items.allSatisfy { $0.media.isEmpty && $0.link == nil })
        #expect(try imported.rejects().isEmpty)
    }

    @Test("a publications file without a required column is refused at validation, naming the file and the column")
    func missingColumn() throws {
        let scratch = try ScratchRecords(["rtl.csv": header + "\n", "pub.csv": "opd,periode_skm,tanggal\n"])
        let problems = try scratch.problems(ImportFollowUps.self, "path: rtl.csv\npublications: pub.csv")
        #expect(problems.map(\.message.code) == ["input.column-missing"])
        #expect(problems.first?.message.text(.english).contains("'jenis'") == true)
        #expect(problems.first?.location?.file.hasSuffix("pub.csv") == true)
    }
}
