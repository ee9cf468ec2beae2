import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.complaints`: complaints from SP4N-LAPOR! and local channels, without personal data.
public struct ImportComplaints: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.complaints",
        role: .importer,
        summary: LocalizedText(
            id: "Impor pengaduan SP4N-LAPOR! dan kanal lokal dari CSV, tanpa data pribadi pelapor; baris yang salah masuk berkas penolakan.",
            en: "Import SP4N-LAPOR! and local-channel complaints from CSV, without the reporters' personal data; faulty rows go to a rejects file."),
        details: LocalizedText(
            id: """
                Kolom dipetakan di `columns`: `id`, `unit`, `received` dan `status` wajib; `channel`, `classification`, `category`, `service`, \
                `verified`, `followed_up`, `finished` dan `compensation` bila ada. Label status dipetakan ke siklus tetap (received, verified, \
                in_progress, finished, archived, delayed, not_in_authority) dengan peta bawaan yang mencakup label LAPOR! yang dikenal, ditambah \
                atau diganti di `status_map`; label yang tidak dikenal ditolak dengan menyebut labelnya. Data pribadi (nama, nomor telepon, NIK, \
                e-mail, alamat) tidak pernah disimpan: kolom seperti `nama_pelapor`, `no_hp`, `nik`, `email` dan `alamat`, serta yang disebut di \
                `personal_columns`, tidak dapat dipetakan dan tidak dibaca. Hanya dengan `reporter_key: hash` kolom `reporter_columns` dibaca, \
                untuk kunci HMAC-SHA-256 bergaram yang menghitung pelapor berulang tanpa mengenalinya. Bila ada tahap yang menghasilkan \
                `service-register`, unit dan layanan dicocokkan dengan daftar itu. Id ganda, tanggal tidak sah atau lebih awal dari tanggal \
                diterima, dan nilai ganti rugi selain ya/tidak ditolak; kategori yang menyebut `ganti rugi` menandai tuntutan ganti rugi. \
                Lihat docs/records.md.
                """,
            en: """
                Columns are mapped under `columns`: `id`, `unit`, `received` and `status` are required; `channel`, `classification`, \
                `category`, `service`, `verified`, `followed_up`, `finished` and `compensation` when present. Status labels map onto a fixed \
                lifecycle (received, verified, in_progress, finished, archived, delayed, not_in_authority) through a shipped map covering the \
                known LAPOR! labels, extended or overridden by `status_map`; an unknown label is rejected, naming it. Personal data (names, \
                phone numbers, NIK, e-mail, addresses) is never stored: columns such as `nama_pelapor`, `no_hp`, `nik`, `email` and \
                `alamat`, and those listed in `personal_columns`, cannot be mapped and are not read. Only with `reporter_key: hash` are the \
                `reporter_columns` read, for a salted HMAC-SHA-256 key that counts repeat reporters without knowing who they are. When a \
                stage produces a `service-register`, units and services are checked against it. Duplicate ids, invalid dates or dates \
                before the date received, and compensation values other than yes/no are rejected; a category that mentions `ganti rugi` \
                flags a compensation claim. See docs/records.md.
                """),
        options: [
            StageOption("path", .inputFiles, .required, help: LocalizedText(
                id: "Berkas CSV pengaduan: satu jalur, pola glob atau daftar.", en: "Complaint CSV files: one path, a glob or a list.")),
            StageOption("columns", .mapping(.string), .required, help: LocalizedText(
                id: "Kolom untuk `id`, `unit`, `received`, `status` (wajib) dan `channel`, `classification`, `category`, `service`, `verified`, `followed_up`, `finished`, `compensation`.",
                en: "Columns for `id`, `unit`, `received`, `status` (required) and `channel`, `classification`, `category`, `service`, `verified`, `followed_up`, `finished`, `compensation`.")),
            StageOption("status_map", .mapping(.string), .optional(default: nil), help: LocalizedText(
                id: "Label status → status siklus (`received`, `verified`, `in_progress`, `finished`, `archived`, `delayed`, `not_in_authority`, atau nama Indonesianya), di atas peta bawaan LAPOR!.",
                en: "Status label → lifecycle status (`received`, `verified`, `in_progress`, `finished`, `archived`, `delayed`, `not_in_authority`, or its Indonesian name), over the shipped LAPOR! map.")),
            StageOption("personal_columns", .list(.string), .optional(default: nil), help: LocalizedText(
                id: "Kolom lain yang berisi data pribadi, selain bawaan (`nama_pelapor`, `nama`, `no_hp`, `telepon`, `nik`, `no_ktp`, `email`, `alamat`, …).",
                en: "Further columns holding personal data, besides the defaults (`nama_pelapor`, `nama`, `no_hp`, `telepon`, `nik`, `no_ktp`, `email`, `alamat`, …).")),
            StageOption("compensation_keywords", .list(.string), .optional(default: "[ganti rugi]"), help: LocalizedText(
                id: "Kata dalam kategori yang menandai tuntutan ganti rugi.", en: "Words in the category that flag a compensation claim.")),
            StageOption("reporter_key", .choice(ReporterKeyMode.allCases.map(\.rawValue)), .optional(default: "none"), help: LocalizedText(
                id: "`hash`: simpan kunci bergaram dari kolom `reporter_columns` untuk menghitung pelapor berulang; `none`: tidak ada.",
                en: "`hash`: keep a salted key of the `reporter_columns` to count repeat reporters; `none`: none.")),
            StageOption("reporter_columns", .list(.string), .optional(default: nil), help: LocalizedText(
                id: "Kolom yang mengenali pelapor (misalnya `nik`, `no_hp`), menurut urutan; wajib dengan `reporter_key: hash`.",
                en: "Columns that identify a reporter (such as `nik`, `no_hp`), in order of preference; required with `reporter_key: hash`.")),
            StageOption("reporter_salt", .string, .optional(default: nil), help: LocalizedText(
                id: "Rahasia kunci pelapor, minimal 16 karakter, sama di setiap proses; `$NAMA` membacanya dari variabel lingkungan NAMA.",
                en: "The reporter key's secret, at least 16 characters, the same in every run; `$NAME` reads it from the environment variable NAME.")),
            .delimiter(),
            .rejects(),
        ],
        consumesIfPresent: [.serviceRegister],
        produces: [.complaints, .importSummary],
        example: """
            - id: pengaduan
              uses: import.complaints
              with:
                path: ../samples/kabupaten-contoh/pengaduan-lapor.csv
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
                status_map:
                  Menunggu Tanggapan Pelapor: delayed
            """)

    enum ReporterKeyMode: String, CaseIterable, Sendable {
        case none, hash
    }

    /// The shortest salt accepted: shorter secrets can be guessed.
    static let minimumSaltLength = 16

    let stageID: String
    let files: [InputFile]
    let columns: ComplaintColumns
    let statusMap: ComplaintStatusMap
    let compensationKeywords: [String]
    let reporterKey: ReporterKey?
    let delimiter: TableFile.Delimiter
    let rejectsName: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        try self.init(configuration: configuration, environment: ProcessInfo.processInfo.environment)
    }

    /// Reads the configuration, taking a `$NAME` salt from `environment`.
    init(configuration: StageConfiguration, environment: [String: String]) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let context = LocalizedText(id: "'with' tahap '\(configuration.stageID)'", en: "'with' of stage '\(configuration.stageID)'")
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []

        var personal = ComplaintColumns.defaultPersonal
        for item in (problems.attempt({ try configuration["personal_columns"]?.list(allowingSingle: true) }) ?? nil) ?? [] {
            if let column = problems.attempt({ try item.nonEmptyString() }) { personal.append(column) }
        }

        let mode = (problems.attempt { try configuration["reporter_key"]?.choice(ReporterKeyMode.self) } ?? nil) ?? .none
        var reporterColumns: [String] = []
        var reporterKey: ReporterKey?
        if mode == .hash {
            if let node = configuration["reporter_columns"] {
                for item in problems.attempt({ try node.list(allowingSingle: true) }) ?? [] {
                    if let column = problems.attempt({ try item.nonEmptyString() }) { reporterColumns.append(column) }
                }
            } else {
                problems.add(.error(at: configuration.location, YAMLMessage.missingKey(key: "reporter_columns", context: context)))
            }
            if let node = configuration["reporter_salt"] {
                if let salt = problems.attempt({ try Self.salt(node, environment: environment) }) { reporterKey = ReporterKey(salt: salt) }
            } else {
                problems.add(.error(at: configuration.location, YAMLMessage.missingKey(key: "reporter_salt", context: context)))
            }
        }

        let columnsNode = configuration["columns"] ?? Node(.mapping([]), at: configuration.location)
        let columns = problems.attempt { try ComplaintColumns(node: columnsNode, personal: personal, reporter: reporterColumns) }

        var statusMap = ComplaintStatusMap.lapor
        for entry in (problems.attempt({ try configuration["status_map"]?.mapping() }) ?? nil) ?? [] {
            guard let name = problems.attempt({ try entry.value.nonEmptyString() }) else { continue }
            guard let status = ComplaintStatus.named(name) else {
                let allowed = ComplaintStatus.allCases.map(\.rawValue)
                problems.add(entry.value.error(YAMLMessage.invalidChoice(
                    value: name, allowed: allowed, suggestion: ClosestName.suggest(for: name, among: ComplaintStatus.names))))
                continue
            }
            statusMap.set(entry.key, to: status)
        }

        var keywords = ["ganti rugi"]
        if let node = configuration["compensation_keywords"] {
            keywords = (problems.attempt { try node.list(allowingSingle: true) } ?? []).compactMap { item in
                problems.attempt { try item.nonEmptyString() }
            }
        }
        let delimiter = (problems.attempt { try configuration["delimiter"]?.choice(TableFile.Delimiter.self) } ?? nil) ?? .auto
        let rejectsName = (problems.attempt { try configuration["rejects"]?.string() } ?? nil) ?? "rejects-\(configuration.stageID).csv"

        // Check the header rows now, so that `pantau validate` finds a misspelt column.
        if let columns, !problems.hasErrors {
            var headerProblems = DiagnosticCollector()
            for file in files {
                _ = headerProblems.attempt { try TableFile.header(of: file, delimiter: delimiter).require(columns.all, file: file.displayName) }
            }
            for var problem in headerProblems.items {
                if problem.location == nil { problem.location = configuration["path"]?.location }
                problems.add(problem)
            }
        }
        try problems.throwIfErrors()

        self.stageID = configuration.stageID
        self.files = files
        self.columns = columns ?? ComplaintColumns()
        self.statusMap = statusMap
        self.compensationKeywords = keywords
        self.reporterKey = reporterKey
        self.delimiter = delimiter
        self.rejectsName = rejectsName
    }

    /// The salt as written, or from the environment variable a `$NAME` value names.
    private static func salt(_ node: Node, environment: [String: String]) throws(Diagnostic) -> String {
        var salt = try node.nonEmptyString()
        if salt.hasPrefix("$") {
            let name = String(salt.dropFirst())
            guard let value = environment[name], !value.isEmpty else { throw node.error(StageMessage.environmentVariableUnset(name: name)) }
            salt = value
        }
        guard salt.count >= minimumSaltLength else { throw node.error(StageMessage.reporterSaltTooShort(minimum: minimumSaltLength)) }
        return salt
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        // Several standards imports (one per format, say) make one register; the first entry for a name wins.
        let registers = context.inputs.all(ServiceRegister.self) as [ServiceRegister]
        let register = registers.count > 1
            ? ServiceRegister(units: registers.flatMap(\.units), services: registers.flatMap(\.services)) : registers.first
        var check = ComplaintRecordCheck(
            columns: columns, statusMap: statusMap, register: register, compensationKeywords: compensationKeywords, reporterKey: reporterKey)
        var log = RejectLog()
        var complaints: [Complaint] = []
        for file in files {
            try TableImport.read(file, columns: columns.all, delimiter: delimiter, log: &log) { row, log in
                check.check(row, log: &log, into: &complaints)
            }
        }
        try log.write(named: rejectsName, to: context.output, language: context.language)
        let account = log.account(stage: stageID, records: DatasetKind.complaints.rawValue, rejectsFile: rejectsName)
        return [Complaints(complaints), account]
    }
}
