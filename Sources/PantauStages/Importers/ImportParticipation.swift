import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.participation`: the log of consultations, socialisations, surveys and hearings held
/// with the public, from CSV.
public struct ImportParticipation: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.participation",
        role: .importer,
        summary: LocalizedText(
            id: "Impor catatan partisipasi masyarakat (FKP, sosialisasi, survei, dengar pendapat) dari berkas CSV.",
            en: "Import the public participation log (FKP, socialisation, surveys, hearings) from CSV files."),
        details: LocalizedText(
            id: """
                Satu baris satu kegiatan: tanggal, OPD, layanan (boleh kosong), jenis kegiatan, kelompok pemangku kepentingan yang hadir \
                (dipisah `;` atau `,`), jumlah peserta, masukan yang diterima dan yang diadopsi ke dalam standar pelayanan. Inilah bukti \
                prinsip partisipatif dan keadilan (UU 25/2009 pasal 20). Kelompok dicocokkan dengan kosakata `groups` (bawaan: KUD, \
                KOPWAN, KSP, pelaku usaha mikro, pendamping lapangan, kelompok perempuan, penyandang disabilitas, lansia, …); kelompok \
                yang tidak dikenal ditolak dengan nama terdekat. Baris dengan tanggal tidak sah, jumlah negatif atau bukan angka, \
                masukan diadopsi melebihi yang diterima, OPD atau layanan yang tidak ada dalam daftar (bila pipeline mengimpor \
                daftar unit dan layanan) atau id berulang masuk berkas penolakan; dibaca = diterima + ditolak untuk setiap berkas.
                """,
            en: """
                One row per event: date, unit, service (may be empty), kind of event, the stakeholder groups present (separated by `;` \
                or `,`), the number of participants, and the inputs received and adopted into the service standard. This is the \
                evidence for the participatory and fairness principles (UU 25/2009 art. 20). Groups are matched against the `groups` \
                vocabulary (by default KUD, KOPWAN, KSP, micro-business owners, field facilitators, women's groups, people with \
                disabilities, the elderly, …); an unknown group is rejected with the closest name. Rows with an invalid date, a \
                negative or non-numeric count, more inputs adopted than received, a unit or service missing from the register (when \
                the pipeline imports one) or a repeated id go to the rejects file; for every file, read = accepted + rejected.
                """),
        options: [
            StageOption("path", .inputFiles, .required, help: LocalizedText(
                id: "Berkas CSV catatan partisipasi: satu jalur, pola glob atau daftar.",
                en: "Participation CSV files: one path, a glob or a list.")),
            StageOption("columns", .object(ParticipationField.options), .optional(default: nil), help: LocalizedText(
                id: "Nama kolom bila berbeda dari bawaan; kolom `id`, `layanan` dan `topik` boleh tidak ada.",
                en: "Column names where they differ from the defaults; the `id`, `layanan` and `topik` columns may be absent.")),
            StageOption("groups", .mapping(.list(.string)), .optional(default: nil), help: LocalizedText(
                id: "Kosakata kelompok pemangku kepentingan, menggantikan bawaan: `nama: [alias, …]`.",
                en: "The stakeholder group vocabulary, replacing the default: `name: [alias, …]`.")),
            .delimiter(),
            .rejects(),
        ],
        consumesIfPresent: [.serviceRegister],
        produces: [.participation, .importSummary],
        example: """
            - id: partisipasi
              uses: import.participation
              with:
                path: ../samples/kabupaten-contoh/partisipasi.csv
                columns:
                  kind: jenis_kegiatan
                groups:
                  KUD: [koperasi unit desa]
                  pelaku usaha mikro: [UMKM, usaha mikro]
                  penyandang disabilitas: [disabilitas, difabel]
                  lansia: [lanjut usia]
            """)

    let stageID: String
    let files: [InputFile]
    let columns: RecordColumns<ParticipationField>
    let vocabulary: StakeholderVocabulary
    let delimiter: TableFile.Delimiter
    let rejectsName: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []
        let columns = problems.attempt {
            try RecordColumns<ParticipationField>(node: configuration["columns"], location: configuration.location)
        }
        let vocabulary = problems.attempt { try Self.vocabulary(configuration["groups"]) } ?? .standard
        let (delimiter, rejectsName) = RecordTable.tableOptions(configuration, files: files, columns: columns, problems: &problems)
        try problems.throwIfErrors()
        guard let columns else { throw Diagnostics(problems.items) }
        self.stageID = configuration.stageID
        self.files = files
        self.columns = columns
        self.vocabulary = vocabulary
        self.delimiter = delimiter
        self.rejectsName = rejectsName
    }

    /// The vocabulary `groups:` writes, or the shipped one; a spelling given to two groups is refused.
    static func vocabulary(_ node: Node?) throws(Diagnostics) -> StakeholderVocabulary {
        guard let node else { return .standard }
        var problems = DiagnosticCollector()
        let entries = problems.attempt { try node.mapping() } ?? []
        if entries.isEmpty, !problems.hasErrors { problems.add(node.error(StageMessage.noStakeholderGroups)) }
        var groups: [StakeholderVocabulary.Group] = []
        var owners: [String: String] = [:]
        for entry in entries {
            let aliasNodes = entry.value.isNull ? [] : problems.attempt { try entry.value.list(allowingSingle: true) } ?? []
            var spellings: [(text: String, node: Node)] = [(entry.key, entry.keyNode)]
            for alias in aliasNodes {
                if let text = problems.attempt({ try alias.nonEmptyString() }) { spellings.append((text, alias)) }
            }
            var own: Set<String> = []
            for spelling in spellings {
                let key = RecordWords.key(spelling.text)
                guard own.insert(key).inserted else { continue }
                if let first = owners[key] {
                    problems.add(spelling.node.error(StageMessage.groupSpellingTwice(spelling: spelling.text, first: first, second: entry.key)))
                } else {
                    owners[key] = entry.key
                }
            }
            groups.append(StakeholderVocabulary.Group(entry.key, aliases: spellings.dropFirst().map(\.text)))
        }
        try problems.throwIfErrors()
        return StakeholderVocabulary(groups)
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let registers: [ServiceRegister] = context.inputs.all(ServiceRegister.self)
        let register = RegisterCheck(register: registers.first)
        var log = RejectLog()
        var events: [ParticipationEvent] = []
        var firstRows: [String: Int] = [:]
        try RecordTable.read(files, columns: columns, delimiter: delimiter, log: &log) { row, log in
            let date = row.date(.date, required: true, log: &log)
            let (unit, service) = row.unitAndService(.unit, .service, register: register, log: &log)
            let kind = row.word(.kind, as: ParticipationKind.self, log: &log)
            let groups = readGroups(row, log: &log)
            let participants = row.count(.participants, required: true, log: &log)
            let received = row.count(.inputsReceived, required: false, log: &log)
            let adopted = row.count(.inputsAdopted, required: false, log: &log)
            if let adopted {
                if received == nil, row.optional(.inputsReceived) == nil {
                    log.reject(row.source, field: row.column(.inputsReceived), value: "", .valueMissing(field: row.column(.inputsReceived)))
                } else if let received, adopted > received {
                    log.reject(row.source, field: row.column(.inputsAdopted), value: row.text(.inputsAdopted), .adoptedExceedsReceived(
                        adopted: adopted, received: received))
                }
            }
            let id = row.optional(.id)
            if let id {
                if let first = firstRows[id] {
                    log.reject(row.source, field: row.column(.id), value: id, .duplicateID(id: id, firstRow: first))
                } else {
                    firstRows[id] = row.source.row
                }
            }
            guard !log.currentRecordRejected, let date, let unit, let kind, let participants else { return }
            events.append(ParticipationEvent(
                id: id, date: date, unit: unit, service: service, kind: kind, topic: row.optional(.topic), groups: groups,
                participants: participants, inputsReceived: received, inputsAdopted: adopted, source: row.source))
            log.accept()
        }
        try log.write(named: rejectsName, to: context.output, language: context.language)
        return [ParticipationLog(events), log.account(stage: stageID, records: DatasetKind.participation.rawValue, rejectsFile: rejectsName)]
    }

    /// The groups a row names, separated by `;` or `,`, as the vocabulary names them; each
    /// unknown one is rejected with the closest known spelling.
    private func readGroups(_ row: RecordRow<ParticipationField>, log: inout RejectLog) -> [String] {
        var groups: [String] = []
        for part in row.text(.groups).split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let spelling = String(part.trimmingWhitespaces())
            guard !spelling.isEmpty else { continue }
            if let group = vocabulary.group(named: spelling) {
                if !groups.contains(group) { groups.append(group) }
            } else {
                log.reject(row.source, field: row.column(.groups), value: spelling, .unknownStakeholderGroup(
                    name: spelling, suggestion: vocabulary.closest(to: spelling)))
            }
        }
        return groups
    }
}

/// The columns of a participation log.
enum ParticipationField: String, TableField {
    case id, date, unit, service, kind, topic, groups, participants
    case inputsReceived = "inputs_received"
    case inputsAdopted = "inputs_adopted"

    var key: String { rawValue }

    var defaultColumn: String {
        switch self {
        case .id: "id"
        case .date: "tanggal"
        case .unit: "opd"
        case .service: "layanan"
        case .kind: "jenis_kegiatan"
        case .topic: "topik"
        case .groups: "kelompok"
        case .participants: "jumlah_peserta"
        case .inputsReceived: "masukan_diterima"
        case .inputsAdopted: "masukan_diadopsi"
        }
    }

    var isRequired: Bool {
        switch self {
        case .id, .service, .topic: false
        default: true
        }
    }

    var help: LocalizedText {
        switch self {
        case .id: LocalizedText(id: "Id kegiatan (tidak wajib; bila ada, harus unik).", en: "Event id (optional; unique when given).")
        case .date: LocalizedText(id: "Tanggal kegiatan.", en: "Date of the event.")
        case .unit: LocalizedText(id: "OPD atau unit penyelenggara.", en: "Agency or service unit.")
        case .service: LocalizedText(id: "Layanan yang dibahas (boleh kosong).", en: "Service discussed (may be empty).")
        case .kind: LocalizedText(
            id: "Jenis kegiatan: fkp, sosialisasi, survei, dengar-pendapat atau lainnya.",
            en: "Kind of event: fkp, sosialisasi, survei, dengar-pendapat or lainnya (other).")
        case .topic: LocalizedText(id: "Topik atau judul kegiatan.", en: "Topic or title of the event.")
        case .groups: LocalizedText(
            id: "Kelompok pemangku kepentingan yang hadir, dipisah `;` atau `,`.", en: "Stakeholder groups present, separated by `;` or `,`.")
        case .participants: LocalizedText(id: "Jumlah peserta.", en: "Number of participants.")
        case .inputsReceived: LocalizedText(id: "Jumlah masukan yang diterima (boleh kosong).", en: "Inputs received (may be empty).")
        case .inputsAdopted: LocalizedText(
            id: "Jumlah masukan yang diadopsi ke dalam standar (boleh kosong).", en: "Inputs adopted into the standard (may be empty).")
        }
    }
}
