import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.followups`: follow-up plan items (RTL) drawn from SKM results, evaluation findings
/// and meeting decisions, from CSV.
public struct ImportFollowUps: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.followups",
        role: .importer,
        summary: LocalizedText(
            id: "Impor rencana tindak lanjut (RTL) hasil SKM, temuan evaluasi dan keputusan rapat dari berkas CSV.",
            en: "Import follow-up plan items (RTL) from SKM results, evaluation findings and meeting decisions, from CSV files."),
        details: LocalizedText(
            id: """
                Satu baris satu butir RTL: id, OPD, layanan (boleh kosong), asal (`skm` dengan periode dan unsur, `evaluasi` atau \
                `rapat` dengan rujukannya), rencana aksi, penanggung jawab, target selesai, tanggal selesai dan status (terbuka, \
                berjalan, selesai, dibatalkan). Hasil SKM beserta RTL dari unsur terlemah wajib dipublikasikan (PermenPAN-RB 14/2017), \
                dan evaluasi PEKPPP menilai persentase RTL yang selesai serta kecepatannya, jadi butir berstatus selesai harus \
                bertanggal selesai dan tanggal selesai hanya untuk butir yang selesai. Unsur diperiksa terhadap skema `scheme`. \
                Baris yang salah, OPD atau layanan yang tidak ada dalam daftar (bila pipeline mengimpornya) dan id berulang masuk \
                berkas penolakan; dibaca = diterima + ditolak untuk setiap berkas. Berkas `publications` (boleh tidak ada) mencatat \
                publikasi hasil SKM dan RTL per OPD dan periode SKM: tanggal dan medianya; tanpa berkas itu aturan publikasi SKM tidak \
                dijalankan.
                """,
            en: """
                One row per RTL item: id, unit, service (may be empty), origin (`skm` with its period and element, `evaluasi` or \
                `rapat` with a reference), planned action, person in charge, planned date, completion date and status (terbuka, \
                berjalan, selesai, dibatalkan: open, in progress, done, dropped). SKM results and the follow-up plan drawn from the \
                weakest elements must be published (PermenPAN-RB 14/2017), and the PEKPPP evaluation scores the share of items done \
                and how fast, so an item marked done needs its completion date and only done items may have one. Elements are checked \
                against the `scheme`. Faulty rows, units or services missing from the register (when the pipeline imports one) and \
                repeated ids go to the rejects file; for every file, read = accepted + rejected. The optional `publications` file \
                records when and where each unit published its SKM results and its plan, by SKM period; without it the SKM \
                publication rules are not run.
                """),
        options: [
            StageOption("path", .inputFiles, .required, help: LocalizedText(
                id: "Berkas CSV RTL: satu jalur, pola glob atau daftar.", en: "Follow-up plan CSV files: one path, a glob or a list.")),
            StageOption("columns", .object(FollowUpField.options), .optional(default: nil), help: LocalizedText(
                id: "Nama kolom bila berbeda dari bawaan; kolom yang tidak wajib boleh tidak ada.",
                en: "Column names where they differ from the defaults; optional columns may be absent.")),
            StageOption("scheme", .choice(SurveyScheme.builtIn.map(\.id)), .optional(default: SurveyScheme.permenpan14_2017.id), help: LocalizedText(
                id: "Skema survei yang unsurnya dirujuk RTL asal `skm`.", en: "Survey scheme whose elements RTL items of origin `skm` refer to.")),
            StageOption("publications", .inputFiles, .optional(default: nil), help: LocalizedText(
                id: "Berkas CSV publikasi hasil SKM dan RTL: `opd`, `periode_skm`, `jenis` (hasil atau rtl), `tanggal`, `media` (dipisah `;`), `tautan`.",
                en: "CSV files of publications of SKM results and plans: `opd`, `periode_skm`, `jenis` (hasil or rtl), `tanggal`, `media` (separated by `;`), `tautan`.")),
            StageOption("publication_columns", .object(PublicationField.options), .optional(default: nil), help: LocalizedText(
                id: "Nama kolom berkas publikasi bila berbeda dari bawaan.", en: "Column names of the publications file where they differ from the defaults.")),
            .delimiter(),
            .rejects(),
        ],
        consumesIfPresent: [.serviceRegister],
        produces: [.followUps, .surveyPublications, .importSummary],
        example: """
            - id: rtl
              uses: import.followups
              with:
                path: ../samples/kabupaten-contoh/rtl-skm.csv
                scheme: permenpan-14-2017
                publications: ../samples/kabupaten-contoh/publikasi-skm.csv
            """)

    let stageID: String
    let files: [InputFile]
    let columns: RecordColumns<FollowUpField>
    let scheme: SurveyScheme
    let delimiter: TableFile.Delimiter
    let rejectsName: String
    let publications: SurveyPublicationsFile?

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []
        let columns = problems.attempt { try RecordColumns<FollowUpField>(node: configuration["columns"], location: configuration.location) }
        var scheme = SurveyScheme.permenpan14_2017
        if let node = configuration["scheme"], let id = problems.attempt({ try node.string() }) {
            if let builtIn = SurveyScheme.builtIn(id: id) {
                scheme = builtIn
            } else {
                let known = SurveyScheme.builtIn.map(\.id)
                problems.add(node.error(StageMessage.unknownScheme(id: id, suggestion: ClosestName.suggest(for: id, among: known))))
            }
        }
        let (delimiter, rejectsName) = RecordTable.tableOptions(configuration, files: files, columns: columns, problems: &problems)
        let publicationFiles = problems.attempt { try configuration.inputFiles("publications") } ?? []
        let publicationColumns = problems.attempt {
            try RecordColumns<PublicationField>(node: configuration["publication_columns"], location: configuration.location)
        }
        if let publicationColumns, !problems.hasErrors {
            problems.add(contentsOf: RecordTable.headerProblems(
                publicationFiles, columns: publicationColumns, delimiter: delimiter, at: configuration["publications"]?.location))
        }
        try problems.throwIfErrors()
        guard let columns, let publicationColumns else { throw Diagnostics(problems.items) }
        self.stageID = configuration.stageID
        self.files = files
        self.columns = columns
        self.scheme = scheme
        self.delimiter = delimiter
        self.rejectsName = rejectsName
        publications =
            publicationFiles.isEmpty ? nil : SurveyPublicationsFile(files: publicationFiles, columns: publicationColumns, delimiter: delimiter)
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let registers: [ServiceRegister] = context.inputs.all(ServiceRegister.self)
        let register = RegisterCheck(register: registers.first)
        var log = RejectLog()
        var items: [FollowUpItem] = []
        var firstRows: [String: Int] = [:]
        try RecordTable.read(files, columns: columns, delimiter: delimiter, log: &log) { row, log in
            let id = row.required(.id, log: &log)
            let (unit, service) = row.unitAndService(.unit, .service, register: register, log: &log)
            let origin = readOrigin(row, log: &log)
            let action = row.required(.action, log: &log)
            let planned = row.date(.planned, required: true, log: &log)
            let done = row.date(.done, required: false, log: &log)
            let status = row.word(.status, as: ActionStatus.self, log: &log)
            if status == .done, row.optional(.done) == nil {
                log.reject(row.source, field: row.column(.done), value: "", .doneDateMissing)
            } else if let status, status != .done, done != nil {
                log.reject(row.source, field: row.column(.done), value: row.text(.done), .doneDateNotDone(status: row.text(.status)))
            }
            if let id {
                if let first = firstRows[id] {
                    log.reject(row.source, field: row.column(.id), value: id, .duplicateID(id: id, firstRow: first))
                } else {
                    firstRows[id] = row.source.row
                }
            }
            guard !log.currentRecordRejected, let id, let unit, let origin, let action, let planned, let status else { return }
            items.append(FollowUpItem(
                id: id, unit: unit, service: service, origin: origin, action: action, owner: row.optional(.owner), planned: planned,
                done: done, status: status, source: row.source))
            log.accept()
        }
        var outputs: [any Dataset] = [FollowUpPlan(items), log.account(stage: stageID, records: DatasetKind.followUps.rawValue, rejectsFile: rejectsName)]
        var logs = [log]
        if let publications {
            // Publications are other records: their own account, in the same rejects file.
            var publicationLog = RejectLog()
            outputs.append(try publications.read(register: register, log: &publicationLog))
            outputs.append(publicationLog.account(stage: stageID, records: DatasetKind.surveyPublications.rawValue, rejectsFile: rejectsName))
            logs.append(publicationLog)
        }
        try RejectLog.write(logs, named: rejectsName, to: context.output, language: context.language)
        return outputs
    }

    /// The origin: an SKM period and element of the scheme, or the reference of a finding or meeting.
    private func readOrigin(_ row: RecordRow<FollowUpField>, log: inout RejectLog) -> FollowUpOrigin? {
        guard let kind = row.word(.origin, as: FollowUpOrigin.Kind.self, log: &log) else { return nil }
        switch kind {
        case .skm:
            let period = row.period(.period, log: &log)
            let element = row.required(.element, log: &log).flatMap { readElement($0, row: row, log: &log) }
            guard let period, let element else { return nil }
            return .skm(period: period, element: element)
        case .evaluation:
            return row.required(.reference, log: &log).map { .evaluation(finding: $0) }
        case .meeting:
            return row.required(.reference, log: &log).map { .meeting(reference: $0) }
        }
    }

    /// An element's code (`U3`, `u3`) or name (`Waktu Penyelesaian`), as the scheme's code.
    private func readElement(_ text: String, row: RecordRow<FollowUpField>, log: inout RejectLog) -> String? {
        if let element = scheme.elements.first(where: { RecordWords.same($0.code, text) || RecordWords.same($0.name, text) }) {
            return element.code
        }
        let codes = scheme.elements.map(\.code)
        log.reject(row.source, field: row.column(.element), value: text, .unknownWord(
            value: text, allowed: codes, suggestion: ClosestName.suggest(for: text, among: codes + scheme.elements.map(\.name))))
        return nil
    }
}

/// The columns of a follow-up plan.
enum FollowUpField: String, TableField {
    case id, unit, service, origin, period, element, reference, action, owner, planned, done, status

    var key: String { rawValue }

    var defaultColumn: String {
        switch self {
        case .id: "id"
        case .unit: "opd"
        case .service: "layanan"
        case .origin: "asal"
        case .period: "periode_skm"
        case .element: "unsur"
        case .reference: "rujukan"
        case .action: "rencana_tindak_lanjut"
        case .owner: "penanggung_jawab"
        case .planned: "target_selesai"
        case .done: "tanggal_selesai"
        case .status: "status"
        }
    }

    var isRequired: Bool {
        switch self {
        case .id, .unit, .origin, .action, .planned, .status: true
        case .service, .period, .element, .reference, .owner, .done: false
        }
    }

    var help: LocalizedText {
        switch self {
        case .id: LocalizedText(id: "Id butir RTL, unik.", en: "Item id, unique.")
        case .unit: LocalizedText(id: "OPD yang menindaklanjuti.", en: "Agency that follows up.")
        case .service: LocalizedText(id: "Layanan (boleh kosong).", en: "Service (may be empty).")
        case .origin: LocalizedText(
            id: "Asal butir: skm, evaluasi atau rapat.", en: "Origin of the item: skm, evaluasi (evaluation) or rapat (meeting).")
        case .period: LocalizedText(id: "Periode SKM, misalnya 2025-S2 (untuk asal skm).", en: "SKM period such as 2025-S2 (for origin skm).")
        case .element: LocalizedText(
            id: "Unsur SKM, kode (U3) atau nama (untuk asal skm).", en: "SKM element, by code (U3) or name (for origin skm).")
        case .reference: LocalizedText(
            id: "Rujukan temuan atau rapat/tindak lanjut rapat (untuk asal evaluasi dan rapat).",
            en: "Reference of the finding, or of the meeting or its action item (for origins evaluasi and rapat).")
        case .action: LocalizedText(id: "Rencana aksi.", en: "Planned action.")
        case .owner: LocalizedText(id: "Penanggung jawab (jabatan atau bidang).", en: "Person or office in charge.")
        case .planned: LocalizedText(id: "Target tanggal selesai.", en: "Planned completion date.")
        case .done: LocalizedText(id: "Tanggal selesai; wajib bila status selesai.", en: "Completion date; required when the status is done.")
        case .status: LocalizedText(
            id: "Status: terbuka, berjalan, selesai atau dibatalkan.", en: "Status: terbuka, berjalan, selesai or dibatalkan (open, in progress, done, dropped).")
        }
    }
}
