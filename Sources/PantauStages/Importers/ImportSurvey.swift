import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `import.survey`: community satisfaction survey (SKM) responses from CSV exports.
public struct ImportSurvey: Stage {
    public static let descriptor = StageDescriptor(
        id: "import.survey",
        role: .importer,
        summary: LocalizedText(
            id: "Impor jawaban Survei Kepuasan Masyarakat (SKM) dari berkas CSV atau Excel; baris yang salah masuk berkas penolakan.",
            en: "Import community satisfaction survey (SKM) responses from CSV or Excel files; faulty rows go to a rejects file."),
        details: LocalizedText(
            id: """
                Setiap unsur skema dipetakan ke kolomnya secara eksplisit di `columns`. Jawaban harus bilangan bulat dalam rentang skema (1–4). \
                Baris dengan jawaban salah, kolom kosong, tanggal tidak sah atau jumlah kolom yang keliru ditulis ke berkas penolakan beserta \
                berkas, baris, kolom, nilai dan alasannya; jumlah dibaca = diterima + ditolak untuk setiap berkas. \
                Dengan `layout: long` setiap baris berisi satu jawaban (responden, pertanyaan, jawaban): baris dikelompokkan menurut responden, \
                dan responden yang jawabannya tidak lengkap, berulang untuk satu unsur atau salah ditolak dengan seluruh barisnya; \
                jumlah dihitung dalam baris jawaban (lihat docs/records.md). Profil responden (`gender`, `age`, `education`, `occupation`) \
                dapat dipetakan pada kedua format; saran dan data pribadi tidak pernah diimpor.
                """,
            en: """
                Every element of the scheme is mapped to its column explicitly under `columns`. Answers must be whole numbers in the scheme's \
                range (1–4). Rows with a bad answer, an empty field, an invalid date or a wrong number of fields are written to the rejects \
                file with file, row, field, value and reason; for every file, read = accepted + rejected. \
                With `layout: long` each row holds one answer (respondent, question, answer): rows are grouped by respondent, and a \
                respondent whose answers are incomplete, repeated for an element or invalid is rejected with all its rows; counts are in \
                answer rows (see docs/records.md). The respondent's profile (`gender`, `age`, `education`, `occupation`) can be mapped in \
                either layout; suggestions (saran) and personal data are never imported.
                """),
        options: [
            StageOption("path", .inputFiles, .required, help: LocalizedText(
                id: "Berkas jawaban CSV atau Excel (.xlsx; `rekap.xlsx#Lembar` memilih lembarnya): satu jalur, pola glob (`skm/*.csv`) atau daftar.",
                en: "Response files, CSV or Excel (.xlsx; `rekap.xlsx#Sheet` picks the sheet): one path, a glob (`skm/*.csv`) or a list.")),
            StageOption("scheme", .choice(SurveyScheme.builtIn.map(\.id)), .optional(default: SurveyScheme.permenpan14_2017.id), help: LocalizedText(
                id: "Skema survei: permenpan-14-2017 (9 unsur) atau kepmenpan-25-2004 (14 unsur).",
                en: "Survey scheme: permenpan-14-2017 (9 elements) or kepmenpan-25-2004 (14 elements).")),
            StageOption("columns", .mapping(.string), .required, help: LocalizedText(
                id: "Kolom untuk `unit` (wajib), `service`, `date`, `respondent` (id pengisian; id berulang ditolak sebagai duplikat), profil responden `gender`, `age` (tahun, 1–120), `education`, `occupation`, dan setiap unsur (`U1`…`U9`). Format panjang: `respondent`, `question`, `answer` (wajib), `status`, dan bidang responden yang ada di berkas jawaban.",
                en: "Columns for `unit` (required), `service`, `date`, `respondent` (submission id; a repeated id is rejected as a duplicate), the respondent's profile `gender`, `age` (years, 1–120), `education`, `occupation`, and every element (`U1`…`U9`). Long layout: `respondent`, `question`, `answer` (required), `status`, and the respondent's fields the answers file holds.")),
        ] + LongSurveyLayout.options + [
            StageOption("answer_labels", .mapping(.integer(nil)), .optional(default: nil), help: LocalizedText(
                id: "Jawaban berupa kata dan nilainya, ditambahkan ke daftar bawaan (\"Sangat sesuai\": 4, \"Gratis\": 4, …).",
                en: "Answers written as words and their values, added to the shipped list (\"Sangat sesuai\": 4, \"Gratis\": 4, …).")),
            StageOption("population", .inputFile, .optional(default: nil), help: LocalizedText(
                id: "CSV atau Excel jumlah pengguna layanan per unit dan periode, untuk uji sampel minimum Krejcie–Morgan.",
                en: "CSV or Excel file of service users per unit and period, for the Krejcie–Morgan minimum-sample check.")),
            StageOption("population_columns", .object(PopulationColumns.options), .optional(default: nil), help: LocalizedText(
                id: "Kolom berkas populasi.", en: "Columns of the population file.")),
            .delimiter(),
            .rejects(),
        ],
        produces: [.surveyResponses, .servicePopulations, .importSummary],
        example: """
            - id: skm
              uses: import.survey
              with:
                path: ../samples/kabupaten-contoh/skm/*.csv
                scheme: permenpan-14-2017
                columns:
                  unit: opd
                  service: layanan
                  date: tgl_survei
                  U1: u1
                  U2: u2
                  U3: u3
                  U4: u4
                  U5: u5
                  U6: u6
                  U7: u7
                  U8: u9   # the app asks Pengaduan as question 9
                  U9: u8   # and Sarana as question 8
                population: ../samples/kabupaten-contoh/populasi-pengguna.csv
            """)

    let stageID: String
    let files: [InputFile]
    let scheme: SurveyScheme
    let columns: SurveyColumns
    let population: InputFile?
    let populationColumns: PopulationColumns
    let delimiter: TableFile.Delimiter
    let rejectsName: String
    let labels: AnswerLabels
    /// The long layout's configuration, when the files hold one answer per row.
    let long: LongSurveyLayout?
    /// How wide files are read: in chunks on every core unless a test says otherwise. The long
    /// layout reads in order: a respondent's rows are gathered across the file.
    var reading = ChunkedReading.automatic

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let files = problems.attempt { try configuration.inputFiles("path") } ?? []
        var scheme = SurveyScheme.permenpan14_2017
        if let node = configuration["scheme"], let id = problems.attempt({ try node.string() }) {
            if let builtIn = SurveyScheme.builtIn(id: id) {
                scheme = builtIn
            } else {
                let known = SurveyScheme.builtIn.map(\.id)
                problems.add(node.error(StageMessage.unknownScheme(id: id, suggestion: ClosestName.suggest(for: id, among: known))))
            }
        }
        let layout = (problems.attempt { try configuration["layout"]?.choice(SurveyLayout.self) } ?? nil) ?? .wide
        let columnsNode = configuration["columns"] ?? Node(.mapping([]), at: configuration.location)
        var columns: SurveyColumns?
        var long: LongSurveyLayout?
        switch layout {
        case .wide:
            columns = problems.attempt { try SurveyColumns(node: columnsNode, scheme: scheme, location: configuration.location) }
            problems.add(contentsOf: LongSurveyLayout.keysMisplaced(in: configuration))
        case .long:
            long = problems.attempt { try LongSurveyLayout(configuration: configuration, scheme: scheme) }
        }
        let population = (problems.attempt { try configuration.inputFiles("population") } ?? []).first
        let populationColumns = problems.attempt { try PopulationColumns(node: configuration["population_columns"]) } ?? PopulationColumns()
        let delimiter = (problems.attempt { try configuration["delimiter"]?.choice(TableFile.Delimiter.self) } ?? nil) ?? .auto
        let rejectsName = (problems.attempt { try configuration["rejects"]?.string() } ?? nil) ?? "rejects-\(configuration.stageID).csv"
        var labelOverrides: [String: Int] = [:]
        for entry in (problems.attempt({ try configuration["answer_labels"]?.mapping() }) ?? nil) ?? [] {
            if let value = problems.attempt({ try entry.value.int(in: scheme.answerRange) }) { labelOverrides[entry.key] = value }
        }

        // Check the header rows now, so that `pantau validate` finds a misspelt column.
        // A file that cannot be read is reported at the option that names it.
        if let needed = columns?.all ?? long?.answerColumns, !problems.hasErrors {
            var headerProblems = DiagnosticCollector()
            for file in files {
                _ = headerProblems.attempt { try TableFile.header(of: file, delimiter: delimiter).require(needed, file: file.displayName) }
            }
            if let respondents = long?.respondents {
                _ = headerProblems.attempt {
                    try TableFile.header(of: respondents.file, delimiter: delimiter).require(respondents.all, file: respondents.file.displayName)
                }
            }
            if let population {
                _ = headerProblems.attempt {
                    try TableFile.header(of: population, delimiter: delimiter).require(populationColumns.all, file: population.displayName)
                }
            }
            for var problem in headerProblems.items {
                if problem.location == nil { problem.location = configuration["path"]?.location }
                problems.add(problem)
            }
        }
        try problems.throwIfErrors()

        self.stageID = configuration.stageID
        self.files = files
        self.scheme = scheme
        self.columns = columns ?? SurveyColumns(unit: "", service: nil, date: nil, elements: [])
        self.long = long
        self.population = population
        self.populationColumns = populationColumns
        self.delimiter = delimiter
        self.rejectsName = rejectsName
        self.labels = AnswerLabels(overrides: labelOverrides)
    }

    public var outputFiles: [String] { [rejectsName] }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        var outputs: [any Dataset]
        var logs: [RejectLog]
        if let long {
            (outputs, logs) = try LongSurveyImport(layout: long, scheme: scheme, labels: labels, delimiter: delimiter)
                .read(files, stageID: stageID, rejectsName: rejectsName)
        } else {
            var log = RejectLog()
            var responses = SurveyResponses(scheme: scheme)
            for file in files {
                try await readResponses(from: file, into: &responses, log: &log)
            }
            outputs = [responses, log.account(stage: stageID, records: DatasetKind.surveyResponses.rawValue, rejectsFile: rejectsName)]
            logs = [log]
        }
        if let population {
            // Populations are other records: they get their own account, and share the rejects file.
            var populationLog = RejectLog()
            outputs.append(ServicePopulations(try readPopulations(from: population, log: &populationLog)))
            outputs.append(populationLog.account(stage: stageID, records: DatasetKind.servicePopulations.rawValue, rejectsFile: rejectsName))
            logs.append(populationLog)
        } else {
            outputs.append(ServicePopulations([]))
        }
        try RejectLog.write(logs, named: rejectsName, to: context.output, language: context.language)
        return outputs
    }

    private func readResponses(from file: InputFile, into responses: inout SurveyResponses, log: inout RejectLog) async throws {
        let reader = SurveyChunkReader(
            check: SurveyRecordCheck(scheme: scheme, columns: columns, labels: labels), layout: SurveyTableRecord.Layout(columns))
        // Repeated respondent ids are found per file, in file order, once chunks are merged.
        var respondents = RespondentIDs(deferred: false)
        try await TableImport.read(file, columns: columns.all, delimiter: delimiter, reading: reading, log: &log, reader: reader) {
            chunk, chunkLog, placement in
            let dropped = columns.respondent.map { respondents.settle(chunk.respondents, at: placement, column: $0, log: &chunkLog) } ?? []
            responses.append(contentsOf: chunk.responses, rowsBefore: placement.rowsBefore, linesBefore: placement.linesBefore, excluding: dropped)
        }
    }

    private func readPopulations(from file: InputFile, log: inout RejectLog) throws -> [ServicePopulation] {
        let names = populationColumns
        var populations: [ServicePopulation] = []
        var seen: [String: Int] = [:]
        try TableImport.read(file, columns: names.all, delimiter: delimiter, log: &log) { row, log in
            let unit = row.text(0), periodText = row.text(1), usersText = row.text(2)
            let key = NameInterner.key(unit) + "\u{0}" + periodText.uppercased()
            if !unit.isEmpty, let first = seen[key] {
                log.reject(row.source, field: names.unit, value: "\(unit) \(periodText)", .duplicateID(id: "\(unit) \(periodText)", firstRow: first))
                return
            }
            seen[key] = row.source.row
            if unit.isEmpty { log.reject(row.source, field: names.unit, value: "", .valueMissing(field: names.unit)) }
            let period = Period(periodText)
            if period == nil { log.reject(row.source, field: names.period, value: periodText, .invalidPeriod(value: periodText)) }
            let users = FieldParsers.count(usersText)
            if users == nil { log.reject(row.source, field: names.users, value: usersText, .invalidCount(value: usersText)) }
            guard !log.currentRecordRejected, let period, let users else { return }
            populations.append(ServicePopulation(unit: unit, period: period, users: users, source: row.source))
            log.accept()
        }
        return populations
    }
}

/// Columns of the population file: unit, period and number of service users.
struct PopulationColumns: Sendable {
    static let options = [
        StageOption("unit", .string, .optional(default: "opd"), help: LocalizedText(id: "Kolom nama unit.", en: "Unit name column.")),
        StageOption("period", .string, .optional(default: "periode"), help: LocalizedText(
            id: "Kolom periode (misalnya 2026-S1).", en: "Period column (such as 2026-S1).")),
        StageOption("users", .string, .optional(default: "jumlah_pengguna"), help: LocalizedText(
            id: "Kolom jumlah pengguna layanan.", en: "Number of service users column.")),
    ]

    var unit = "opd"
    var period = "periode"
    var users = "jumlah_pengguna"

    /// In this order: the importer reads them by position.
    var all: [String] { [unit, period, users] }

    init() {}

    init(node: Node?) throws(Diagnostic) {
        guard let node else { return }
        if let value = node["unit"] { unit = try value.nonEmptyString() }
        if let value = node["period"] { period = try value.nonEmptyString() }
        if let value = node["users"] { users = try value.nonEmptyString() }
    }
}

/// Reads survey records chunk by chunk on any core: every check but duplicate submissions,
/// which need the file in order and are settled as chunks are merged.
struct SurveyChunkReader: TableChunkReader {
    struct Chunk: Sendable {
        var responses: SurveyResponses
        var respondents = RespondentIDs(deferred: true)
        /// Scratch space for one record's answers.
        var answers: [Int]
    }

    let check: SurveyRecordCheck
    let layout: SurveyTableRecord.Layout
    /// Whether plainly valid records skip the general check (see `plainResponse`); off in the
    /// test that shows both give the same.
    var readsPlainRecordsDirectly = true

    func startChunk(bytes: Int) -> Chunk {
        var responses = SurveyResponses(scheme: check.scheme)
        // A survey record is seldom shorter than 48 bytes (nine answers and their commas, a unit,
        // a date): room for that many, so that the columns are not grown and copied while read.
        responses.reserveCapacity(bytes / 48)
        return Chunk(responses: responses, answers: [Int](repeating: 0, count: check.columns.elements.count))
    }

    func read(_ row: TableRow, log: inout RejectLog, into chunk: inout Chunk) {
        let record = SurveyTableRecord(row: row, layout: layout)
        if readsPlainRecordsDirectly, let plain = record.plainResponse(
            range: check.scheme.answerRange, answers: &chunk.answers, units: &chunk.responses.units, services: &chunk.responses.services,
            profileValues: &chunk.responses.profileValues)
        {
            chunk.responses.append(
                unit: plain.unit, service: plain.service, day: plain.day, answers: chunk.answers, source: row.source, profile: plain.profile)
            log.accept()
            return
        }
        check.check(
            record, source: row.source, log: &log, answers: &chunk.answers, respondents: &chunk.respondents, into: &chunk.responses)
    }
}
