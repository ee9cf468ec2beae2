import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private let minutesGlob = "samples/kabupaten-contoh/rapat/*.md"
private let itemsFile = "samples/kabupaten-contoh/tindak-lanjut-rapat.csv"
private let minutesFiles = [
    "2025-07-22-rakor-pelayanan-publik.md", "2025-09-18-fkp-rekomendasi-koperasi.md", "2025-11-20-rakor-triwulan-iii.md",
    "2026-02-12-rakor-semester-i.md", "2026-03-05-sosialisasi-sp4n-lapor.md", "2026-05-21-monev-triwulan-i.md",
].map { "samples/kabupaten-contoh/rapat/" + $0 }

private func importSample(register: Bool = false, language: Language = .indonesian) async throws -> StageRun {
    let yaml = "path: \(minutesGlob)\naction_items: \(itemsFile)"
    let stage = try ImportMeetings(configuration: configuration(ImportMeetings.self, yaml))
    return try await run(stage, inputs: register ? [try sampleRegister()] : [], language: language)
}

private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("import.meetings on the sample region")
struct ImportMeetingsSampleTests {
    @Test("meetings and action items are two accounts; each reconciles per file")
    func accounts() async throws {
        let imported = try await importSample()
        #expect(imported.accounts.map(\.records) == ["meetings", "meeting-action-items"])
        let meetings = imported.accounts[0], items = imported.accounts[1]
        #expect(meetings.files.map(\.file) == minutesFiles)
        #expect(meetings.files.map(\.counts) == [[1, 1, 0], [1, 1, 0], [1, 1, 0], [1, 1, 0], [1, 0, 1], [1, 1, 0]])
        #expect(items.files.map(\.file) == minutesFiles + [itemsFile])
        #expect(items.files.map(\.counts) == [[6, 6, 0], [2, 2, 0], [10, 8, 2], [11, 11, 0], [1, 0, 1], [8, 7, 1], [6, 3, 3]])
        #expect(meetings.reconciles && items.reconciles)
        #expect(meetings.rejectsFile == "rejects-stage.csv" && items.rejectsFile == "rejects-stage.csv")
        #expect(imported.written == ["rejects-stage.csv"])
    }

    @Test("one rejects file, file by file and line by line, with the Markdown line of every problem")
    func rejects() async throws {
        let rejects = try await importSample().rejects()
        #expect(rejects.map(\.file) == [minutesFiles[2], minutesFiles[2], minutesFiles[4], minutesFiles[4], minutesFiles[5], itemsFile, itemsFile, itemsFile])
        #expect(rejects.map(\.place) == [
            .init(row: 88, field: "Tindak Lanjut", value: "31 September 2025", code: "record.invalid-date"),
            .init(row: 89, field: "Tindak Lanjut", value: "Dinas Tenaga Kerja: susun jadwal pelayanan AK/1 keliling ke desa (batas: 2026-01-30; id: TL-2511-03)",
                  code: "record.checkbox-missing"),
            .init(row: 4, field: "kind", value: "sosialiasi", code: "record.unknown-word"),
            .init(row: 33, field: "Tindak Lanjut", value: "[ ] Badan Pendapatan Daerah: tetapkan admin SP4N-LAPOR! cadangan (batas: 2026-03-31)",
                  code: "record.meeting-rejected"),
            .init(row: 48, field: "Action items", value: "TL-2602-03", code: "record.duplicate-id"),
            .init(row: 4, field: "id", value: "FKP-2509-01", code: "record.duplicate-id-elsewhere"),
            .init(row: 5, field: "rapat", value: "fkp-2025-09-koprasi", code: "record.unknown-meeting"),
            .init(row: 7, field: "status", value: "tertunda", code: "record.unknown-word"),
        ])
        #expect(rejects.map(\.reason) == [
            "'31 September 2025' bukan tanggal yang sah",
            "tindak lanjut tidak diawali kotak status [ ], [~], [x] atau [-]",
            "'sosialiasi' bukan salah satu dari rakor, fkp, sosialisasi, monev, lainnya; mungkin maksud Anda 'sosialisasi'?",
            "rapat '2026-03-05-sosialisasi-sp4n-lapor' ditolak, jadi tindak lanjutnya juga",
            "id 'TL-2602-03' muncul lagi (pertama di baris 47)",
            "id 'FKP-2509-01' muncul lagi (pertama di '\(minutesFiles[1])', baris 40)",
            "tidak ada rapat dengan id 'fkp-2025-09-koprasi'; mungkin maksud Anda 'fkp-2025-09-koperasi'?",
            "'tertunda' bukan salah satu dari terbuka, berjalan, selesai, dibatalkan",
        ])
    }

    @Test("with the register, an action item owned by an unknown unit is rejected too")
    func withRegister() async throws {
        let imported = try await importSample(register: true)
        #expect(imported.accounts[1].files[3].counts == [11, 10, 1])
        let rejects = try imported.rejects()
        let unknown = try #require(rejects.first { $0.code == "record.unknown-unit" })
        #expect(unknown.place == .init(row: 93, field: "Tindak Lanjut", value: "Dinas Pariwisata", code: "record.unknown-unit"))
        #expect(unknown.file == minutesFiles[3])
        #expect(rejects.count == 9)
    }

    @Test("English reasons with language: english")
    func english() async throws {
        let rejects = try await importSample(language: .english).rejects(language: .english)
        #expect(rejects[1].reason == "the action item does not start with a status box [ ], [~], [x] or [-]")
        #expect(rejects[2].reason == "'sosialiasi' is not one of rakor, fkp, sosialisasi, monev, lainnya; did you mean 'sosialisasi'?")
        #expect(rejects[3].reason == "meeting '2026-03-05-sosialisasi-sp4n-lapor' was rejected, so its action items are too")
    }

    @Test("the meetings in date order, with what their front matter and sections say")
    func meetings() async throws {
        let meetings = try await importSample().one(Meetings.self)
        #expect(meetings.items.map(\.id) == ["rakor-2025-07", "fkp-2025-09-koperasi", "rakor-2025-11", "rakor-2026-02", "monev-2026-05"])
        #expect(meetings.items.map(\.kind) == [.rakor, .fkp, .rakor, .rakor, .monev])
        let fkp = meetings.items[1]
        #expect(fkp.date == date("2025-09-18"))  // written 18/09/2025
        #expect(fkp.title == "FKP Rancangan Standar Pelayanan Rekomendasi Pendirian Koperasi")
        #expect(fkp.chair == "Yanti Susanti, S.S., M.Si (Sekretaris Dinas)")
        #expect(fkp.attendees.count == 9)
        #expect(fkp.attendees[3] == Meeting.Attendee(name: "Suparman", role: "Ketua", organisation: "KUD Sumber Makmur"))
        #expect(fkp.agenda.count == 3 && fkp.decisions.count == 3)
        #expect(fkp.source == RecordSource(file: minutesFiles[1], row: 1, line: 1))
        // Two items from the front matter, then two from the spreadsheet.
        #expect(fkp.actionItems.map(\.id) == ["FKP-2509-01", "FKP-2509-02", "FKP-2509-03", "FKP-2509-04"])
        #expect(fkp.actionItems.map(\.status) == [.open, .open, .inProgress, .open])
        #expect(fkp.actionItems[3].owner == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        #expect(fkp.actionItems[3].source == RecordSource(file: itemsFile, row: 3, line: 3))
        let november = meetings.items[2]
        #expect(november.date == date("2025-11-20"))  // written "20 November 2025"
        #expect(november.agenda == ["Tinjauan tindak lanjut rapat sebelumnya", "Persiapan SKM semester II 2025"])
        #expect(november.actionItems.map(\.id) == [
            "TL-2507-01", "TL-2507-02", "TL-2507-03", "TL-2507-04", "TL-2507-05", "TL-2507-06", "TL-2511-01", "TL-2511-04",
        ])
        let item = november.actionItems[1]
        #expect(item.action == "selenggarakan FKP rancangan standar pelayanan Persetujuan Bangunan Gedung (PBG)")
        #expect(item.owner == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        #expect(item.due == date("2025-10-31"))
        #expect(item.status == .inProgress)
    }

    @Test("items carried over from Rakor to Rakor, overdue ones, and an agency absent three times")
    func carriedOverAndAbsent() async throws {
        let meetings = try await importSample().one(Meetings.self)
        let tracks = Dictionary(uniqueKeysWithValues: meetings.actionItemTracks.map { ($0.item.id, $0) })
        let waitingRoom = try #require(tracks["TL-2507-03"])
        #expect(waitingRoom.meetingIDs == ["rakor-2025-07", "rakor-2025-11", "rakor-2026-02", "monev-2026-05"])
        #expect(waitingRoom.item.status == .open)
        #expect(waitingRoom.item.isOverdue(on: date("2026-06-30")))
        #expect(tracks["TL-2507-04"]?.item.status == .done)
        #expect(tracks["TL-2507-04"]?.meetingIDs.count == 4)
        #expect(tracks["TL-2507-02"]?.meetingIDs == ["rakor-2025-07", "rakor-2025-11", "rakor-2026-02"])
        #expect(tracks["TL-2511-02"] == nil)  // rejected for its due date
        let overdue = meetings.outstandingActionItems.filter { $0.item.isOverdue(on: date("2026-06-30")) }.map(\.item.id)
        // Without the register, the item of the unknown Dinas Pariwisata is accepted, and overdue too.
        #expect(overdue == ["TL-2507-03", "FKP-2509-01", "FKP-2509-02", "FKP-2509-03", "FKP-2509-04", "TL-2602-03", "TL-2602-04", "TL-2602-08"])
        let absences = meetings.absences(kind: .rakor)
        #expect(absences.map(\.unit) == ["Dinas Perhubungan"])
        #expect(absences.first?.meetingIDs == ["rakor-2025-07", "rakor-2025-11", "rakor-2026-02"])
        #expect(meetings.items.last?.absentUnits == [])
    }
}

@Suite("Action item lines")
struct ActionItemLineTests {
    @Test("read", arguments: [
        ("[ ] Dinas Sosial: perbarui SP (batas: 2026-08-31)", ActionItemLine(status: .open, owner: "Dinas Sosial", action: "perbarui SP", due: "2026-08-31", id: nil)),
        ("[x] Dinas Sosial: a (batas: 31 Agustus 2026; id: TL-1)", ActionItemLine(status: .done, owner: "Dinas Sosial", action: "a", due: "31 Agustus 2026", id: "TL-1")),
        ("[X] X: a (ID: T; Tenggat: 01/02/2026)", ActionItemLine(status: .done, owner: "X", action: "a", due: "01/02/2026", id: "T")),
        ("[~] X: a (due: 2026-01-01)", ActionItemLine(status: .inProgress, owner: "X", action: "a", due: "2026-01-01", id: nil)),
        ("[/] X: a", ActionItemLine(status: .inProgress, owner: "X", action: "a", due: nil, id: nil)),
        ("[-] X: a", ActionItemLine(status: .dropped, owner: "X", action: "a", due: nil, id: nil)),
        ("[] X: a", ActionItemLine(status: .open, owner: "X", action: "a", due: nil, id: nil)),
        ("[ ] DPMPTSP: selenggarakan FKP (PBG)", ActionItemLine(status: .open, owner: "DPMPTSP", action: "selenggarakan FKP (PBG)", due: nil, id: nil)),
        ("[ ] Disdukcapil: jadwal: Senin (id: TL-9)", ActionItemLine(status: .open, owner: "Disdukcapil", action: "jadwal: Senin", due: nil, id: "TL-9")),
        ("  [ ]   X  :  a b  ", ActionItemLine(status: .open, owner: "X", action: "a b", due: nil, id: nil)),
        // No owner: kept, for meeting.action-without-owner to report.
        ("[ ] perbarui SP", ActionItemLine(status: .open, owner: nil, action: "perbarui SP", due: nil, id: nil)),
        ("[ ] : perbarui SP (batas: 2026-01-01)", ActionItemLine(status: .open, owner: nil, action: "perbarui SP", due: "2026-01-01", id: nil)),
        // Text beyond ASCII is read character by character, the same way.
        ("[x] Dinas Sosial: perbarui SP — segera (batas: 2026-08-31; id: TL-é)", ActionItemLine(
            status: .done, owner: "Dinas Sosial", action: "perbarui SP — segera", due: "2026-08-31", id: "TL-é")),
        ("\u{A0}[ ]\u{3000}Dinas: ¿qué? (PBG)", ActionItemLine(status: .open, owner: "Dinas", action: "¿qué? (PBG)", due: nil, id: nil)),
        ("[ ] X: a (batas: 2026-01-01)\u{301}", ActionItemLine(status: .open, owner: "X", action: "a (batas: 2026-01-01)\u{301}", due: nil, id: nil)),
    ])
    func reads(text: String, expected: ActionItemLine) {
        #expect(ActionItemLine.parse(text) == .item(expected))
    }

    @Test("refused", arguments: [
        ("X: a", StageMessage.checkboxMissing),
        ("[?] X: a", .checkboxMissing),
        ("[ ] : ", .valueMissing(field: "action")),
        ("[ ] X:", .valueMissing(field: "action")),
        ("[ ] X: a (catatan: penting)", .unknownKey(key: "catatan", allowed: ["batas", "tenggat", "due", "id"], suggestion: nil)),
        ("[ ] X: a (bataas: 2026-01-01)", .unknownKey(key: "bataas", allowed: ["batas", "tenggat", "due", "id"], suggestion: "batas")),
        ("[ ] X: a (batas: 2026-01-01; segera)", .unknownKey(key: "segera", allowed: ["batas", "tenggat", "due", "id"], suggestion: nil)),
        ("[ ] X: ¿a? (catatan: é)", .unknownKey(key: "catatan", allowed: ["batas", "tenggat", "due", "id"], suggestion: nil)),
    ])
    func refuses(text: String, problem: StageMessage) {
        #expect(ActionItemLine.parse(text) == .problem(problem))
    }
}

@Suite("Meeting minutes: the Markdown around the records")
struct MeetingMinutesTests {
    private func parse(_ body: String) throws -> MeetingMinutes {
        try MeetingMinutes.parse("---\ntitle: x\n---\n" + body, file: "m.md")
    }

    @Test("list items of the known sections, with continuation lines, numbered items and nested items")
    func sections() throws {
        let minutes = try parse("""
            # Judul

            Pembukaan, bukan bagian.

            - bukan butir bagian mana pun

            ## Agenda:

            1. Satu
            2) Dua
               lanjutan dua
               - sub dua
            * Tiga

            Paragraf di antara butir.
            + Empat

            ### Subjudul di dalam bagian
            - Lima

            ## Keputusan Rapat ##
            - K1
            ```
            - bukan butir: di dalam blok kode
            ## Agenda
            ```
            - K2

            ## Catatan
            - bukan butir bagian mana pun

            ## Tindak Lanjut Rapat Sebelumnya
            - [ ] A: b
            # Lampiran
            - bukan butir
            """)
        #expect(minutes.items[.agenda]?.map(\.text) == ["Satu", "Dua lanjutan dua sub dua", "Tiga", "Empat", "Lima"])
        #expect(minutes.items[.agenda]?.map(\.line) == [12, 13, 16, 19, 22])
        #expect(minutes.items[.decisions]?.map(\.text) == ["K1", "K2"])
        #expect(minutes.items[.decisions]?.first?.heading == "Keputusan Rapat")
        #expect(minutes.items[.actionItems]?.map(\.text) == ["[ ] A: b"])
        #expect(minutes.items[.actionItems]?.first?.heading == "Tindak Lanjut Rapat Sebelumnya")
        #expect(minutes.nearMisses.isEmpty)
    }

    @Test("English headings are read as well", arguments: [("## Decisions", MeetingMinutes.Section.decisions), ("## Action items", .actionItems), ("## ACARA", .agenda), ("## Kesimpulan", .decisions), ("## Rencana Tindak Lanjut", .actionItems)])
    func headings(heading: String, section: MeetingMinutes.Section) throws {
        #expect(try parse("\(heading)\n- x\n").items[section]?.map(\.text) == ["x"])
    }

    @Test("a heading that looks like a section heading with a slip is noticed, with the heading meant")
    func nearMiss() throws {
        let minutes = try parse("## Keputsan\n- x\n## Tindak\n- y\n## Catatan\n- z\n")
        #expect(minutes.nearMisses == [
            .init(heading: "Keputsan", line: 4, suggestion: "Keputusan"), .init(heading: "Tindak", line: 6, suggestion: "Tindak Lanjut"),
        ])
        #expect(minutes.items.isEmpty)
    }

    @Test("front-matter positions are the Markdown file's")
    func positions() throws {
        let minutes = try MeetingMinutes.parse("---\ntitle: Rakor\ndate: 2026-01-05\n---\n", file: "m.md")
        #expect(minutes.frontMatter?["date"]?.location == SourceLocation(file: "m.md", line: 3, column: 7))
    }

    @Test("lines end where YAML ends them, CR LF counting once", arguments: ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func lineSplits(end: String) {
        let text = ["", "é ⟨x⟩", "  - a", "", "last"].joined(separator: end)
        #expect(MeetingMinutes.lines(text) == ["", "é ⟨x⟩", "  - a", "", "last"])
        #expect(MeetingMinutes.lines("a\r\r\nb" + end) == ["a", "", "b", ""])
    }

    @Test("CR LF and lone CR line ends count lines as editors do", arguments: ["\r\n", "\r"])
    func lineEnds(end: String) throws {
        let text = ["---", "title: x", "date: 2026-01-05", "---", "", "## Agenda", "- a", "- b"].joined(separator: end)
        let minutes = try MeetingMinutes.parse(text, file: "m.md")
        #expect(minutes.items[.agenda]?.map(\.line) == [7, 8])
        #expect(minutes.frontMatter?["date"]?.location.line == 3)
    }
}

@Suite("import.meetings on broken and unusual minutes")
struct ImportMeetingsFileTests {
    private static let good = """
        ---
        title: Rakor Januari
        date: 2026-01-05
        kind: rakor
        ---

        ## Tindak Lanjut

        - [ ] Dinas Sosial: perbarui maklumat (batas: 2026-02-27)
        """

    private func importing(_ files: [String: String], yaml: String = "path: rapat/*.md", register: ServiceRegister? = nil) async throws -> StageRun {
        let scratch = try ScratchRecords(files)
        return try await run(try scratch.stage(ImportMeetings.self, yaml), inputs: register.map { [$0] } ?? [])
    }

    private func problems(_ text: String) throws -> [Diagnostic] {
        let scratch = try ScratchRecords(["rapat/a.md": text])
        return try scratch.problems(ImportMeetings.self, "path: rapat/*.md")
    }

    @Test("a YAML syntax error in the front matter is reported at its line in the Markdown file, at validation and at run time")
    func yamlSyntaxError() async throws {
        let text = "---\nid: x\ntitle: Rakor: evaluasi\ndate: 2026-01-05\n---\n"
        let found = try problems(text)
        #expect(found.map(\.code) == ["yaml.syntax"])
        #expect(found.first?.location == SourceLocation(file: "rapat/a.md", line: 3, column: 13))
        let scratch = try ScratchRecords(["rapat/b.md": Self.good])
        let stage = try scratch.stage(ImportMeetings.self, "path: rapat/*.md")
        try scratch.write("rapat/b.md", text)  // broken after validation
        await #expect(throws: Diagnostics.self) { try await run(stage) }
        do {
            _ = try await run(stage)
        } catch let error as Diagnostics {
            #expect(error.items.map(\.location) == [SourceLocation(file: "rapat/b.md", line: 3, column: 13)])
        }
    }

    @Test("a key given twice in the front matter is reported where it is repeated, naming the Markdown line of the first")
    func duplicateKey() throws {
        let found = try problems("---\ntitle: a\ndate: 2026-01-05\ntitle: b\n---\n")
        #expect(found.map(\.code) == ["yaml.duplicate-key"])
        #expect(found.first?.location?.line == 4)
        #expect(found.first?.message.text(.english) == "key 'title' appears twice in this mapping (first on line 2)")
    }

    @Test("minutes without front matter, or with front matter never closed, are refused whole", arguments: [
        ("# Rakor\n\ntitle: x\n", "input.front-matter-missing"),
        ("\n---\ntitle: x\n---\n", "input.front-matter-missing"),
        ("---\ntitle: x\ndate: 2026-01-05\n\n## Agenda\n- a\n", "input.front-matter-unclosed"),
        ("", "input.front-matter-missing"),
    ])
    func noFrontMatter(text: String, code: String) throws {
        let found = try problems(text)
        #expect(found.map(\.code) == [code])
        #expect(found.first?.location == SourceLocation(file: "rapat/a.md", line: 1, column: 1))
    }

    @Test("the meeting's own problems reject it, each at its line; its action items follow it")
    func meetingRejects() async throws {
        let imported = try await importing(["rapat/a.md": """
            ---
            title: Rakor
            date: 2026-02-30
            kind: rakor
            atendees:
              - name: A
            place: [Aula]
            ---

            ## Keputsan

            - x

            ## Tindak Lanjut

            - [ ] Dinas Sosial: a
            - [x] Dinas Sosial: b
            """])
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 3, field: "date", value: "2026-02-30", code: "record.invalid-date"),
            .init(row: 5, field: "atendees", value: "", code: "record.unknown-key"),
            .init(row: 7, field: "place", value: "", code: "record.wrong-shape"),
            .init(row: 10, field: "##", value: "Keputsan", code: "record.unknown-section"),
            .init(row: 16, field: "Tindak Lanjut", value: "[ ] Dinas Sosial: a", code: "record.meeting-rejected"),
            .init(row: 17, field: "Tindak Lanjut", value: "[x] Dinas Sosial: b", code: "record.meeting-rejected"),
        ])
        #expect(try imported.rejects()[1].reason == "kunci 'atendees' tidak dikenal; mungkin maksud Anda 'attendees'?")
        #expect(try imported.rejects()[2].reason == "'place' harus berupa teks")
        #expect(imported.accounts.map { $0.files.map(\.counts) } == [[[1, 0, 1]], [[2, 0, 2]]])
        #expect(try imported.one(Meetings.self).items.isEmpty)
    }

    @Test("empty front matter lacks the title, date and kind; front matter that is a list is no record")
    func emptyAndListFrontMatter() async throws {
        let imported = try await importing(["rapat/a.md": "---\n---\n", "rapat/b.md": "---\n- title: x\n---\n"])
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 1, field: "title", value: "", code: "record.value-missing"),
            .init(row: 1, field: "date", value: "", code: "record.value-missing"),
            .init(row: 1, field: "kind", value: "", code: "record.value-missing"),
            .init(row: 2, field: "front matter", value: "", code: "record.wrong-shape"),
        ])
    }

    @Test("attendees need an organisation; units are written as the register writes them, other organisations as given")
    func attendees() async throws {
        let text = """
            ---
            title: Rakor
            date: 2026-01-05
            kind: rakor
            invited: [Disdukcapil, dinas sosial]
            attendees:
              - {name: A, role: Sekretaris, organisation: disdukcapil}
              - {name: B, organisation: KUD Sumber Makmur}
            ---
            """
        let imported = try await importing(["rapat/a.md": text], register: try sampleRegister())
        let meeting = try #require(try imported.one(Meetings.self).items.first)
        #expect(meeting.invited == ["Dinas Kependudukan dan Pencatatan Sipil", "Dinas Sosial"])
        #expect(meeting.attendees.map(\.organisation) == ["Dinas Kependudukan dan Pencatatan Sipil", "KUD Sumber Makmur"])
        #expect(meeting.absentUnits == ["Dinas Sosial"])
        #expect(meeting.id == "a")  // the file's name, without an id in the front matter

        let broken = try await importing(["rapat/a.md": """
            ---
            title: Rakor
            date: 2026-01-05
            kind: rakor
            invited: [Dinas Sosal]
            attendees:
              - name: A
                role: Sekretaris
              - Bapak B
            ---
            """], register: try sampleRegister())
        #expect(try broken.rejects().map(\.place) == [
            .init(row: 5, field: "invited", value: "Dinas Sosal", code: "record.unknown-unit"),
            .init(row: 7, field: "attendees.organisation", value: "", code: "record.value-missing"),
            .init(row: 9, field: "attendees", value: "Bapak B", code: "record.wrong-shape"),
        ])
    }

    @Test("action items in the front matter are checked field by field")
    func frontMatterItems() async throws {
        let imported = try await importing(["rapat/a.md": """
            ---
            title: Rakor
            date: 2026-01-05
            kind: rakor
            action_items:
              - {action: a, owner: Dinas Sosial, due: 2026-02-27, status: selesai}
              - {action: b, status: terbuka, pic: Budi}
              - {owner: Dinas Sosial, due: besok, status: tunda}
              - c
            ---
            """])
        #expect(try imported.rejects().map(\.place) == [
            .init(row: 7, field: "action_items.pic", value: "", code: "record.unknown-key"),
            .init(row: 8, field: "action_items.action", value: "", code: "record.value-missing"),
            .init(row: 8, field: "action_items.due", value: "besok", code: "record.invalid-date"),
            .init(row: 8, field: "action_items.status", value: "tunda", code: "record.unknown-word"),
            .init(row: 9, field: "action_items.action", value: "c", code: "record.wrong-shape"),
        ])
        let item = try #require(try imported.one(Meetings.self).items.first?.actionItems.first)
        #expect(item == ActionItem(
            id: "a#1", action: "a", owner: "Dinas Sosial", due: date("2026-02-27"), status: .done,
            source: RecordSource(file: "rapat/a.md", row: 6, line: 6)))
    }

    @Test("a meeting id used twice: the second meeting is rejected, naming the first file")
    func duplicateMeetingID() async throws {
        let text = Self.good.replacingOccurrences(of: "title:", with: "id: rakor-01\ntitle:")
        let imported = try await importing(["rapat/a.md": text, "rapat/b.md": text])
        let rejects = try imported.rejects()
        #expect(rejects.map(\.place) == [
            .init(row: 1, field: "id", value: "rakor-01", code: "record.duplicate-id-elsewhere"),
            .init(row: 10, field: "Tindak Lanjut", value: "[ ] Dinas Sosial: perbarui maklumat (batas: 2026-02-27)", code: "record.meeting-rejected"),
        ])
        #expect(rejects.map(\.file) == ["rapat/b.md", "rapat/b.md"])
        #expect(rejects[0].reason == "id 'rakor-01' muncul lagi (pertama di 'rapat/a.md', baris 1)")
    }

    @Test("a byte-order mark, CR LF line ends and Windows-1252 text")
    func encodings() async throws {
        let scratch = try ScratchRecords([
            "rapat/a.md": "\u{FEFF}" + Self.good.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "batas: 2026-02-27", with: "batas: 31 Juni 2026"),
        ])
        try scratch.write("rapat/b.md", bytes: windows1252(Self.good.replacingOccurrences(of: "Rakor Januari", with: "Rakor – evaluasi café")))
        let imported = try await run(try scratch.stage(ImportMeetings.self, "path: rapat/*.md"))
        #expect(try imported.rejects().map(\.place) == [.init(row: 9, field: "Tindak Lanjut", value: "31 Juni 2026", code: "record.invalid-date")])
        #expect(try imported.one(Meetings.self).items.map(\.title) == ["Rakor Januari", "Rakor – evaluasi café"])
    }

    @Test("items without an id get the meeting's id and their position; a repeated id is rejected")
    func itemIDs() async throws {
        let imported = try await importing(["rapat/a.md": Self.good + "\n- [ ] Dinas Sosial: b (id: a#1)\n- [~] Dinas Sosial: c\n"])
        #expect(try imported.one(Meetings.self).items.first?.actionItems.map(\.id) == ["a#1", "a#3"])
        #expect(try imported.rejects().map(\.place) == [.init(row: 10, field: "Tindak Lanjut", value: "a#1", code: "record.duplicate-id")])
    }

    @Test("the action items CSV: semicolons, items of a rejected meeting, a meeting's items by its file name")
    func actionItemsCSV() async throws {
        let imported = try await importing([
            "rapat/a.md": Self.good,
            "rapat/b.md": Self.good.replacingOccurrences(of: "kind: rakor", with: "kind: rapat"),
            "tl.csv": "rapat;id;tindak_lanjut;opd;batas_waktu;status\r\na;T-2;kirim data;Dinas Sosial;;Berjalan\r\nb;T-3;x;Dinas Sosial;;terbuka\r\nA;T-4;;;2026-13-01;\r\n",
        ], yaml: "path: rapat/*.md\naction_items: tl.csv")
        #expect(try imported.rejects().filter { $0.file == "tl.csv" }.map(\.place) == [
            .init(row: 3, field: "rapat", value: "b", code: "record.meeting-rejected"),
            .init(row: 4, field: "tindak_lanjut", value: "", code: "record.value-missing"),
            .init(row: 4, field: "batas_waktu", value: "2026-13-01", code: "record.invalid-date"),
            .init(row: 4, field: "status", value: "", code: "record.value-missing"),
        ])
        let items = try #require(try imported.one(Meetings.self).items.first?.actionItems)
        #expect(items.map(\.id) == ["a#1", "T-2"])
        #expect(items[1].status == .inProgress && items[1].due == nil)
        #expect(imported.accounts[1].files.map(\.counts) == [[1, 1, 0], [1, 0, 1], [3, 1, 2]])
    }

    @Test("an item without an owner unit or a due date is kept, in every form: the rule reports it, the importer does not")
    func itemsWithoutOwner() async throws {
        let minutes = Self.good.replacingOccurrences(of: "kind: rakor", with: "kind: rakor\naction_items:\n  - {id: T-1, action: rekap inovasi, status: terbuka}")
        let imported = try await importing([
            "rapat/a.md": minutes + "\n- [ ] siapkan undangan Rakor berikutnya (batas: 2026-03-31; id: T-2)\n- [ ] : kirim notulen (id: T-3)\n",
            "tl.csv": "rapat,id,tindak_lanjut,opd,batas_waktu,status\na,T-4,rekap RTL,,,terbuka\n",
        ], yaml: "path: rapat/*.md\naction_items: tl.csv", register: try sampleRegister())
        #expect(imported.written.isEmpty)  // no rejects file: nothing was rejected
        let items = try #require(try imported.one(Meetings.self).items.first?.actionItems)
        #expect(items.map(\.id) == ["T-1", "a#2", "T-2", "T-3", "T-4"])
        #expect(items.map(\.owner) == [nil, "Dinas Sosial", nil, nil, nil])
        #expect(items.map(\.action) == ["rekap inovasi", "perbarui maklumat", "siapkan undangan Rakor berikutnya", "kirim notulen", "rekap RTL"])
        #expect(items.map(\.due) == [nil, date("2026-02-27"), date("2026-03-31"), nil, nil])
        #expect(imported.accounts[1].files.map(\.counts) == [[4, 4, 0], [1, 1, 0]])
    }
}

@Suite("import.meetings configuration")
struct ImportMeetingsConfigurationTests {
    @Test func theSampleConfigurationIsAccepted() throws {
        #expect(try initProblems(ImportMeetings.self, "path: \(minutesGlob)\naction_items: \(itemsFile)") == [])
    }

    @Test("the action items file must have the columns, as named under action_item_columns")
    func actionItemColumns() throws {
        let scratch = try ScratchRecords(["rapat/a.md": "---\ntitle: x\n---\n", "tl.csv": "rapat,tindakan,opd,batas_waktu,status\n"])
        let problems = try scratch.problems(ImportMeetings.self, "path: rapat/*.md\naction_items: tl.csv")
        #expect(problems == [
            .error(at: SourceLocation(file: "tl.csv", line: 1, column: 1), StageMessage.columnMissing(
                column: "tindak_lanjut", file: "tl.csv", found: ["rapat", "tindakan", "opd", "batas_waktu", "status"], suggestion: nil)),
        ])
        #expect(try scratch.problems(ImportMeetings.self, "path: rapat/*.md\naction_items: tl.csv\naction_item_columns: {action: tindakan}") == [])
        #expect(try scratch.problems(ImportMeetings.self, "path: rapat/*.md\naction_items: tl.csv\naction_item_columns:\n  action: opd\n") == [
            // The owner's column is its default: the problem is shown where `opd` is written.
            .error(at: at(4, 11), StageMessage.columnMappedTwice(column: "opd", first: "action", second: "owner")),
        ])
    }

    @Test("several broken minutes are all reported at once")
    func severalFiles() throws {
        let scratch = try ScratchRecords(["rapat/a.md": "# a\n", "rapat/b.md": "---\ntitle: [x\n---\n", "rapat/c.md": "---\ntitle: x\n---\n"])
        let problems = try scratch.problems(ImportMeetings.self, "path: rapat/*.md")
        #expect(problems.map(\.code) == ["input.front-matter-missing", "yaml.syntax"])
        #expect(problems.map { $0.location?.file } == ["rapat/a.md", "rapat/b.md"])
    }
}
