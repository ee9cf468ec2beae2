import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.meetings`: coordination meeting records (Rakor, FKP, Monev, …) from Markdown minutes
/// with YAML front matter, and action items from CSV.
public struct ImportMeetings: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.meetings",
        role: .importer,
        summary: LocalizedText(
            id: "Impor notulen rapat (Rakor, FKP, sosialisasi, monev) dari berkas Markdown ber-front matter YAML, dan tindak lanjut rapat dari CSV.",
            en: "Import meeting minutes (Rakor, FKP, socialisation, monitoring) from Markdown files with YAML front matter, and meeting action items from CSV."),
        details: LocalizedText(
            id: """
                Setiap berkas Markdown satu rapat. Front matter di antara dua baris `---` memuat `title`, `date`, `kind` (rakor, fkp, \
                sosialisasi, monev, lainnya), `place`, `chair`, `invited` (OPD yang diundang), `attendees` (`name`, `role`, \
                `organisation`), dan boleh juga `agenda`, `decisions`, `action_items`. Di badan notulen, butir daftar di bawah \
                `## Agenda`, `## Keputusan` (`## Decisions`) dan `## Tindak Lanjut` (`## Action items`) ikut dibaca; tindak lanjut \
                ditulis `- [ ] OPD: tindakan (batas: 2026-08-31; id: TL-01)` dengan kotak `[ ]` terbuka, `[~]` berjalan, `[x]` selesai, \
                `[-]` dibatalkan. Tindak lanjut tanpa OPD (`- [ ] tindakan`) atau tanpa batas waktu tetap diterima; aturan \
                `meeting.action-without-owner` melaporkannya. Tindak lanjut yang dibawa ke rapat berikutnya memakai id yang sama. \
                Berkas CSV `action_items` menambah tindak lanjut ke rapat yang disebut id-nya. Dua hitungan terpisah: rapat (satu per berkas) dan tindak lanjut; \
                untuk keduanya dibaca = diterima + ditolak per berkas. Kesalahan sintaks YAML dan front matter yang hilang atau tidak \
                ditutup menghentikan tahap dengan posisi berkas:baris:kolom; masalah lain (tanggal tidak sah, jenis tidak dikenal, \
                OPD yang tidak ada dalam daftar bila pipeline mengimpornya, id berulang) masuk berkas penolakan dengan baris Markdown-nya. \
                Sintaks lengkap: docs/records-meetings-participation.md.
                """,
            en: """
                Each Markdown file is one meeting. The front matter between two `---` lines gives `title`, `date`, `kind` (rakor, fkp, \
                sosialisasi, monev, lainnya), `place`, `chair`, `invited` (the units invited), `attendees` (`name`, `role`, \
                `organisation`), and may give `agenda`, `decisions` and `action_items`. In the body, the list items under \
                `## Agenda`, `## Keputusan` (`## Decisions`) and `## Tindak Lanjut` (`## Action items`) are read too; an action item \
                is written `- [ ] Unit: action (batas: 2026-08-31; id: TL-01)`, the box `[ ]` open, `[~]` in progress, `[x]` done, \
                `[-]` dropped. An item without an owner unit (`- [ ] action`) or a due date is accepted; the rule \
                `meeting.action-without-owner` reports it. An item carried over to the next meeting keeps its id. CSV files under \
                `action_items` add items to the meeting their id names. Two accounts: meetings (one per file) and action items; for both, read = accepted + rejected \
                per file. A YAML syntax error, and front matter missing or not closed, stop the stage with a file:line:column \
                position; other problems (an invalid date, an unknown kind, a unit missing from the register when the pipeline \
                imports one, a repeated id) go to the rejects file with their Markdown line. Full syntax: \
                docs/records-meetings-participation.md.
                """),
        options: [
            StageOption("path", .inputFiles, .required, help: LocalizedText(
                id: "Notulen Markdown: satu jalur, pola glob (`rapat/*.md`) atau daftar.",
                en: "Markdown minutes: one path, a glob (`rapat/*.md`) or a list.")),
            StageOption("action_items", .inputFiles, .optional(default: nil), help: LocalizedText(
                id: "Berkas CSV tindak lanjut rapat, satu baris satu tindak lanjut.", en: "CSV files of meeting action items, one row per item.")),
            StageOption("action_item_columns", .object(ActionItemField.options), .optional(default: nil), help: LocalizedText(
                id: "Nama kolom berkas tindak lanjut bila berbeda dari bawaan.", en: "Column names of the action item files where they differ from the defaults.")),
            .delimiter(help: LocalizedText(
                id: "Pemisah kolom berkas CSV; `auto` mengenali koma, titik koma atau tab dari baris judul.",
                en: "Field separator of the CSV files; `auto` detects comma, semicolon or tab from the header row.")),
            .rejects(),
        ],
        consumesIfPresent: [.serviceRegister],
        produces: [.meetings, .importSummary],
        example: """
            - id: rapat
              uses: import.meetings
              with:
                path: ../samples/kabupaten-contoh/rapat/*.md
                action_items: ../samples/kabupaten-contoh/tindak-lanjut-rapat.csv
            """)

    let stageID: String
    let files: [InputFile]
    /// Each file's minutes as read when the pipeline was loaded, with the bytes they were read
    /// from: a run parses a file again only when it has changed since.
    let loaded: [LoadedMinutes]
    let actionItemFiles: [InputFile]
    let columns: RecordColumns<ActionItemField>
    let delimiter: TableFile.Delimiter
    let rejectsName: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []
        let actionItemFiles = problems.attempt { try configuration.inputFiles("action_items") } ?? []
        let columns = problems.attempt {
            try RecordColumns<ActionItemField>(node: configuration["action_item_columns"], location: configuration.location)
        }
        let delimiter = (problems.attempt { try configuration["delimiter"]?.choice(TableFile.Delimiter.self) } ?? nil) ?? .auto
        let rejectsName = (problems.attempt { try configuration["rejects"]?.string() } ?? nil) ?? "rejects-\(configuration.stageID).csv"
        // Read the minutes now, so that `pantau validate` points at a YAML slip in them; the run
        // uses what was read here for every file still as it was.
        // Files are read on every core at once; their problems are told in the files' order.
        var fileProblems = DiagnosticCollector()
        let outcomes = files.concurrentMap { file in Result { () throws(Diagnostics) in try LoadedMinutes(file) } }
        let loaded = outcomes.compactMap { outcome in fileProblems.attempt { try outcome.get() } }
        for var problem in fileProblems.items {
            if problem.location == nil { problem.location = configuration["path"]?.location }
            problems.add(problem)
        }
        if let columns, !problems.hasErrors {
            problems.add(contentsOf: RecordTable.headerProblems(
                actionItemFiles, columns: columns, delimiter: delimiter, at: configuration["action_items"]?.location))
        }
        try problems.throwIfErrors()
        guard let columns else { throw Diagnostics(problems.items) }
        self.stageID = configuration.stageID
        self.files = files
        self.loaded = loaded
        self.actionItemFiles = actionItemFiles
        self.columns = columns
        self.delimiter = delimiter
        self.rejectsName = rejectsName
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let registers: [ServiceRegister] = context.inputs.all(ServiceRegister.self)
        var book = MeetingBook(register: RegisterCheck(register: registers.first))
        for (file, loaded) in zip(files, loaded) {
            let bytes = try MeetingMinutes.bytes(of: file)
            book.read(bytes == loaded.bytes ? loaded.minutes : try MeetingMinutes.parse(bytes: bytes, file: file.displayName), from: file)
        }
        var itemLog = book.itemLog
        try RecordTable.read(actionItemFiles, columns: columns, delimiter: delimiter, log: &itemLog) { row, log in
            book.add(row, log: &log)
        }
        book.itemLog = itemLog
        try RejectsFile.write(
            [book.meetingLog, book.itemLog], fileOrder: (files + actionItemFiles).map(\.displayName), named: rejectsName,
            to: context.output, language: context.language)
        return [
            Meetings(book.meetings),
            book.meetingLog.account(stage: stageID, records: DatasetKind.meetings.rawValue, rejectsFile: rejectsName),
            book.itemLog.account(stage: stageID, records: Self.actionItemRecords, rejectsFile: rejectsName),
        ]
    }

    /// What the second account counts.
    static let actionItemRecords = "meeting-action-items"
}

/// A file of minutes as read, with the bytes it was read from.
struct LoadedMinutes: Sendable {
    let bytes: [UInt8]
    let minutes: MeetingMinutes

    init(_ file: InputFile) throws(Diagnostics) {
        bytes = try MeetingMinutes.bytes(of: file)
        minutes = try MeetingMinutes.parse(bytes: bytes, file: file.displayName)
    }
}

/// The meetings read so far, with the two logs that account for meetings and action items.
struct MeetingBook {
    let register: RegisterCheck
    var meetings: [Meeting] = []
    var meetingLog = RejectLog()
    var itemLog = RejectLog()
    /// Accepted meetings by id (as a record word).
    private var accepted: [String: Int] = [:]
    /// Every meeting id seen, and the file that first used it.
    private var firstFiles: [String: String] = [:]
    private var ids: [String] = []
    /// How many action items each meeting has had read, for the ids of items that give none.
    private var ordinals: [String: Int] = [:]
    /// Where each action item id of a meeting was first read.
    private var itemPlaces: [String: RecordSource] = [:]

    init(register: RegisterCheck) { self.register = register }

    /// Takes one file of minutes: one meeting, then its action items.
    mutating func read(_ minutes: MeetingMinutes, from file: InputFile) {
        let reader = MeetingRecordReader(file: file.displayName, register: register)
        meetingLog.beginFile(file.displayName)
        meetingLog.beginRecord()
        let draft = reader.read(minutes, log: &meetingLog)
        let id = draft.meeting.id
        let key = RecordWords.key(id)
        if let first = firstFiles[key] {
            meetingLog.reject(draft.meeting.source, field: "id", value: id, .duplicateIDElsewhere(id: id, file: first, row: 1))
        } else {
            firstFiles[key] = file.displayName
            ids.append(id)
        }
        let isAccepted = !meetingLog.currentRecordRejected
        if isAccepted {
            meetingLog.accept()
            accepted[key] = meetings.count
            meetings.append(draft.meeting)
        }
        meetingLog.finishFile()

        // The log is taken out while the items are checked (they also change the book), so that
        // it is not copied file after file.
        var log = itemLog
        itemLog = RejectLog()
        log.beginFile(file.displayName)
        for written in draft.actionItems {
            log.beginRecord()
            guard let index = isAccepted ? accepted[key] : nil else {
                let place = reader.place(of: written)
                log.reject(place.source, field: place.field, value: place.text, .meetingRejected(id: id))
                continue
            }
            let ordinal = nextOrdinal(key)
            if let entry = reader.entry(written, log: &log), let item = check(entry, meetingID: id, ordinal: ordinal, log: &log) {
                meetings[index].actionItems.append(item)
                log.accept()
            }
        }
        log.finishFile()
        itemLog = log
    }

    /// Adds an action item from a CSV row to the meeting it names.
    mutating func add(_ row: RecordRow<ActionItemField>, log: inout RejectLog) {
        guard let meetingID = row.required(.meeting, log: &log) else { return }
        let key = RecordWords.key(meetingID)
        guard let index = accepted[key] else {
            if firstFiles[key] != nil {
                log.reject(row.source, field: row.column(.meeting), value: meetingID, .meetingRejected(id: meetingID))
            } else {
                log.reject(row.source, field: row.column(.meeting), value: meetingID, .unknownMeeting(
                    id: meetingID, suggestion: ClosestName.suggest(for: meetingID, among: ids)))
            }
            return
        }
        var entry = ActionItemEntry(
            source: row.source,
            fields: .init(id: row.column(.id), action: row.column(.action), owner: row.column(.owner), due: row.column(.due), status: row.column(.status)),
            text: row.text(.action))
        entry.id = row.optional(.id)
        entry.action = row.optional(.action)
        entry.owner = row.optional(.owner)
        entry.due = row.optional(.due)
        entry.statusText = row.optional(.status)
        let meeting = meetings[index].id
        if let item = check(entry, meetingID: meeting, ordinal: nextOrdinal(key), log: &log) {
            meetings[index].actionItems.append(item)
            log.accept()
        }
    }

    private mutating func nextOrdinal(_ meetingKey: String) -> Int {
        let ordinal = ordinals[meetingKey, default: 0] + 1
        ordinals[meetingKey] = ordinal
        return ordinal
    }

    /// The item, once its owner, action, due date, status and id are checked; nil and rejects
    /// otherwise. An item without an id is given its meeting's and its position among the meeting's
    /// items; one without an owner or a due date is kept as it is.
    private mutating func check(_ entry: ActionItemEntry, meetingID: String, ordinal: Int, log: inout RejectLog) -> ActionItem? {
        let meetingKey = RecordWords.key(meetingID)
        let fields = entry.fields
        // No owner is kept as none (a finding about the meeting); an owner the register does not
        // know is a slip in the record, rejected with the closest unit.
        var owner: String?
        var ownerKnown = true
        if let name = entry.owner {
            owner = register.unit(name, field: fields.owner, source: entry.source, log: &log)
            ownerKnown = owner != nil
        }
        if entry.action == nil { log.reject(entry.source, field: fields.action, value: "", .valueMissing(field: fields.action)) }
        var due: CalendarDate?
        if let text = entry.due {
            due = FieldParsers.date(text)
            if due == nil { log.reject(entry.source, field: fields.due, value: text, .invalidDate(value: text)) }
        }
        var status = entry.status
        if status == nil {
            if let text = entry.statusText {
                status = RecordValues.word(text, as: ActionStatus.self, source: entry.source, field: fields.status, log: &log)
            } else {
                log.reject(entry.source, field: fields.status, value: "", .valueMissing(field: fields.status))
            }
        }
        let id = entry.id ?? "\(meetingID)#\(ordinal)"
        let place = meetingKey + "\u{0}" + id
        if let first = itemPlaces[place] {
            let reason: StageMessage =
                first.file == entry.source.file
                ? .duplicateID(id: id, firstRow: first.row) : .duplicateIDElsewhere(id: id, file: first.file, row: first.row)
            log.reject(entry.source, field: fields.id, value: id, reason)
        } else {
            itemPlaces[place] = entry.source
        }
        guard !log.currentRecordRejected, ownerKnown, let action = entry.action, let status else { return nil }
        return ActionItem(id: id, action: action, owner: owner, due: due, status: status, source: entry.source)
    }
}

/// The columns of a CSV of meeting action items.
enum ActionItemField: String, TableField {
    case meeting, id, action, owner, due, status

    var key: String { rawValue }

    var defaultColumn: String {
        switch self {
        case .meeting: "rapat"
        case .id: "id"
        case .action: "tindak_lanjut"
        case .owner: "opd"
        case .due: "batas_waktu"
        case .status: "status"
        }
    }

    var isRequired: Bool { self != .id }

    var help: LocalizedText {
        switch self {
        case .meeting: LocalizedText(
            id: "Id rapat (kunci `id` front matter, atau nama berkas notulen tanpa .md).",
            en: "Meeting id (the front matter's `id`, or the minutes' file name without .md).")
        case .id: LocalizedText(
            id: "Id tindak lanjut, sama di setiap rapat yang meninjaunya (tidak wajib).",
            en: "Action item id, the same at every meeting that reviews it (optional).")
        case .action: LocalizedText(id: "Tindakan yang harus dilakukan.", en: "What is to be done.")
        case .owner: LocalizedText(
            id: "OPD penanggung jawab (boleh kosong; aturan meeting.action-without-owner melaporkannya).",
            en: "Unit responsible (may be empty; the rule meeting.action-without-owner reports it).")
        case .due: LocalizedText(id: "Batas waktu (boleh kosong).", en: "Due date (may be empty).")
        case .status: LocalizedText(
            id: "Status: terbuka, berjalan, selesai atau dibatalkan.",
            en: "Status: terbuka, berjalan, selesai or dibatalkan (open, in progress, done, dropped).")
        }
    }
}
