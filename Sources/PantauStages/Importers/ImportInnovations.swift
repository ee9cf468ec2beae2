import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.innovations`: the agencies' register of public-service innovations, from CSV.
public struct ImportInnovations: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.innovations",
        role: .importer,
        summary: LocalizedText(
            id: "Impor daftar inovasi pelayanan publik perangkat daerah dari berkas CSV.",
            en: "Import the agencies' register of public-service innovations from CSV files."),
        details: LocalizedText(
            id: """
                Satu baris satu inovasi: nama, OPD, layanan (boleh kosong), tahun dimulai, tahap (ide, uji-coba, penerapan, \
                replikasi), sudah direplikasi atau belum, dan masih berjalan (berkelanjutan) atau tidak. Gerakan "satu instansi satu \
                inovasi" meminta setiap perangkat daerah melahirkan sedikitnya satu inovasi setiap tahun, dan inovasi semestinya \
                berkelanjutan dan direplikasi (PermenPAN-RB 91/2021). Baris dengan tahun atau tahap yang salah, nilai ya/tidak yang \
                tidak terbaca, OPD atau layanan yang tidak ada dalam daftar (bila pipeline mengimpornya), id berulang, atau nama \
                inovasi yang sudah tercatat untuk OPD yang sama masuk berkas penolakan; dibaca = diterima + ditolak untuk setiap berkas.
                """,
            en: """
                One row per innovation: name, unit, service (may be empty), year started, stage (ide, uji-coba, penerapan, replikasi: \
                idea, trial, implementation, replication), whether it has been replicated, and whether it is still running \
                (sustained). "One agency, one innovation" asks every agency for at least one innovation a year, and innovations \
                should be sustained and replicated (PermenPAN-RB 91/2021). Rows with a bad year or stage, an unreadable yes/no, a \
                unit or service missing from the register (when the pipeline imports one), a repeated id, or an innovation name \
                already registered for the same unit go to the rejects file; for every file, read = accepted + rejected.
                """),
        options: [
            StageOption("path", .inputFiles, .required, help: LocalizedText(
                id: "Berkas CSV daftar inovasi: satu jalur, pola glob atau daftar.", en: "Innovation CSV files: one path, a glob or a list.")),
            StageOption("columns", .object(InnovationField.options), .optional(default: nil), help: LocalizedText(
                id: "Nama kolom bila berbeda dari bawaan; kolom `id` dan `layanan` boleh tidak ada.",
                en: "Column names where they differ from the defaults; the `id` and `layanan` columns may be absent.")),
            .delimiter(),
            .rejects(),
        ],
        consumesIfPresent: [.serviceRegister],
        produces: [.innovations, .importSummary],
        example: """
            - id: inovasi
              uses: import.innovations
              with:
                path: ../samples/kabupaten-contoh/inovasi.csv
            """)

    let stageID: String
    let files: [InputFile]
    let columns: RecordColumns<InnovationField>
    let delimiter: TableFile.Delimiter
    let rejectsName: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []
        let columns = problems.attempt { try RecordColumns<InnovationField>(node: configuration["columns"], location: configuration.location) }
        let (delimiter, rejectsName) = RecordTable.tableOptions(configuration, files: files, columns: columns, problems: &problems)
        try problems.throwIfErrors()
        guard let columns else { throw Diagnostics(problems.items) }
        self.stageID = configuration.stageID
        self.files = files
        self.columns = columns
        self.delimiter = delimiter
        self.rejectsName = rejectsName
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let registers: [ServiceRegister] = context.inputs.all(ServiceRegister.self)
        let register = RegisterCheck(register: registers.first)
        var log = RejectLog()
        var innovations: [Innovation] = []
        var firstRowsByID: [String: Int] = [:]
        var firstRowsByName: [String: Int] = [:]
        try RecordTable.read(files, columns: columns, delimiter: delimiter, log: &log) { row, log in
            let name = row.required(.name, log: &log)
            let (unit, service) = row.unitAndService(.unit, .service, register: register, log: &log)
            let year = row.year(.year, log: &log)
            let stage = row.word(.stage, as: InnovationStage.self, log: &log)
            let replicated = row.flag(.replicated, log: &log)
            let sustained = row.flag(.sustained, log: &log)
            let id = row.optional(.id)
            if let id {
                if let first = firstRowsByID[id] {
                    log.reject(row.source, field: row.column(.id), value: id, .duplicateID(id: id, firstRow: first))
                } else {
                    firstRowsByID[id] = row.source.row
                }
            }
            if let name, let unit {
                // The same innovation entered twice: one row per innovation, whatever its year.
                let key = RecordWords.key(unit) + "\u{0}" + RecordWords.key(name)
                if let first = firstRowsByName[key] {
                    log.reject(row.source, field: row.column(.name), value: name, .duplicateName(name: name, unit: unit, firstRow: first))
                } else {
                    firstRowsByName[key] = row.source.row
                }
            }
            guard !log.currentRecordRejected, let name, let unit, let year, let stage, let replicated, let sustained else { return }
            innovations.append(Innovation(
                id: id, name: name, unit: unit, service: service, year: year, stage: stage, replicated: replicated, sustained: sustained,
                source: row.source))
            log.accept()
        }
        try log.write(named: rejectsName, to: context.output, language: context.language)
        return [InnovationRegister(innovations), log.account(stage: stageID, records: DatasetKind.innovations.rawValue, rejectsFile: rejectsName)]
    }
}

/// The columns of an innovation register.
enum InnovationField: String, TableField {
    case id, name, unit, service, year, stage, replicated, sustained

    var key: String { rawValue }

    var defaultColumn: String {
        switch self {
        case .id: "id"
        case .name: "nama_inovasi"
        case .unit: "opd"
        case .service: "layanan"
        case .year: "tahun"
        case .stage: "tahap"
        case .replicated: "direplikasi"
        case .sustained: "berkelanjutan"
        }
    }

    var isRequired: Bool { self != .id && self != .service }

    var help: LocalizedText {
        switch self {
        case .id: LocalizedText(id: "Id inovasi (tidak wajib; bila ada, harus unik).", en: "Innovation id (optional; unique when given).")
        case .name: LocalizedText(id: "Nama inovasi.", en: "Name of the innovation.")
        case .unit: LocalizedText(id: "OPD pemilik inovasi.", en: "Agency that owns the innovation.")
        case .service: LocalizedText(id: "Layanan yang diperbaiki (boleh kosong).", en: "Service it improves (may be empty).")
        case .year: LocalizedText(id: "Tahun inovasi dimulai.", en: "Year the innovation started.")
        case .stage: LocalizedText(
            id: "Tahap: ide, uji-coba, penerapan atau replikasi.", en: "Stage: ide, uji-coba, penerapan or replikasi (idea, trial, implementation, replication).")
        case .replicated: LocalizedText(id: "Sudah direplikasi unit atau daerah lain: ya/tidak.", en: "Taken up by other units or regions: ya/tidak (yes/no).")
        case .sustained: LocalizedText(id: "Masih berjalan: ya/tidak.", en: "Still running: ya/tidak (yes/no).")
        }
    }
}
