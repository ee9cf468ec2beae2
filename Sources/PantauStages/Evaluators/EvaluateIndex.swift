import PantauCore
public import PantauPipeline
public import PantauYAML

/// `evaluate.index`: the unit performance index (IPP) of the ministry's evaluation (PEKPPP),
/// from an assessor's scores and the records the pipeline imports, under an instrument file.
public struct EvaluateIndex: Stage {
    public static let descriptor = StageDescriptor(
        id: "evaluate.index",
        role: .evaluator,
        summary: LocalizedText(
            id: "Hitung Indeks Pelayanan Publik (IPP) per unit menurut instrumen PEKPPP, dari nilai penilai dan catatan yang diimpor, lalu beri kategori dan peringkat.",
            en: "Compute the public-service index (IPP) per unit under the PEKPPP instrument, from an assessor's scores and the imported records, with categories and a ranking."),
        details: LocalizedText(
            id: """
                Menurut PermenPAN-RB 29/2022 jo. 4/2023: setiap indikator dinilai 0–5; nilai aspek = Σ nilai indikator × bobot ÷ Σ bobot \
                aspek; IPP = Σ nilai aspek × bobot aspek ÷ 100, dihitung eksak. Bobot, uraian nilai dan kategori dibaca dari berkas \
                instrumen (bawaan `pekppp-2022`, salinan `instruments/pekppp-2022.yaml`); berkas diperiksa saat validasi. Indikator \
                bertanda `evidence` dinilai dari catatan (standar pelayanan, partisipasi, SKM, RTL, pengaduan, inovasi) sejauh catatan \
                dapat menunjukkannya; nilai penilai dari berkas `scores` (kolom opd, indikator, nilai, catatan, bukti) didahulukan \
                (`prefer`), dan laporan menampilkan keduanya. Nilai yang tidak ada tidak pernah dianggap nol kecuali `missing: zero`: \
                bawaannya unit dinyatakan belum lengkap, dengan porsi bobot yang sudah dinilai, dan tidak diberi peringkat. Unit diberi \
                peringkat menurut IPP (nilai sama berbagi peringkat: 1, 2, 2, 4; urutan di antaranya menurut nama). Baris berkas nilai \
                yang salah masuk berkas penolakan. Rinciannya di docs/index-pekppp.md.
                """,
            en: """
                Per PermenPAN-RB 29/2022 as amended by 4/2023: every indicator is scored 0–5; an aspect's score = Σ indicator score × \
                weight ÷ Σ the aspect's weights; IPP = Σ aspect score × aspect weight ÷ 100, computed exactly. Weights, score \
                descriptions and categories come from an instrument file (built in: `pekppp-2022`, a copy of \
                `instruments/pekppp-2022.yaml`), checked at validation. Indicators marked `evidence` are scored from records (service \
                standards, participation, SKM, follow-up plans, complaints, innovations) as far as the records can show; an \
                assessor's scores from the `scores` file (columns opd, indikator, nilai, catatan, bukti) come first (`prefer`), and \
                the report shows both. A missing score never counts as zero unless `missing: zero`: by default the unit is reported \
                as incomplete, with the share of the weight scored, and is not ranked. Units are ranked by IPP (equal indices share a \
                rank: 1, 2, 2, 4; in name order among them). Faulty rows of the scores file go to the rejects file. See \
                docs/index-pekppp.md.
                """),
        options: [
            StageOption("instrument", .string, .optional(default: BuiltInInstrument.defaultID), help: LocalizedText(
                id: "Instrumen: id instrumen bawaan, atau jalur berkas YAML instrumen tahun lain (relatif terhadap berkas pipeline).",
                en: "The instrument: the id of a built-in one, or the path of another year's YAML instrument file (relative to the pipeline file).")),
            StageOption("scores", .inputFiles, .optional(default: nil), help: LocalizedText(
                id: "Berkas nilai penilai (CSV atau lembar .xlsx): satu jalur, pola glob atau daftar.",
                en: "The assessor's scores files (CSV or an .xlsx sheet): one path, a glob or a list.")),
            StageOption("columns", .object(AssessorScoreField.options), .optional(default: nil), help: LocalizedText(
                id: "Nama kolom berkas nilai bila berbeda dari bawaan.", en: "Column names of the scores file where they differ from the defaults.")),
            StageOption("missing", .choice(MissingScores.allCases.map(\.rawValue)), .optional(default: MissingScores.incomplete.rawValue), help: LocalizedText(
                id: "Indikator tanpa nilai: `incomplete` (tanpa IPP, dilaporkan belum lengkap), `zero` (dihitung 0) atau `reweight` (bobot indikator yang dinilai diperbesar).",
                en: "Indicators without a score: `incomplete` (no IPP, reported as incomplete), `zero` (counted as 0) or `reweight` (the scored indicators' weights scaled up).")),
            StageOption("between_bands", .choice(BandReading.allCases.map(\.rawValue)), .optional(default: BandReading.higher.rawValue), help: LocalizedText(
                id: "IPP di antara dua kategori (4,505): `higher` (di atas 4,50 sudah A), `lower` (A baru dari 4,51) atau `rounded` (dibulatkan ke 2 desimal dahulu).",
                en: "An IPP between two categories (4.505): `higher` (above 4.50 is A), `lower` (A from 4.51 only) or `rounded` (rounded to 2 decimals first).")),
            StageOption("prefer", .choice(IndexPolicy.Precedence.allCases.map(\.rawValue)), .optional(default: IndexPolicy.Precedence.assessor.rawValue), help: LocalizedText(
                id: "Bila penilai dan catatan sama-sama memberi nilai: `assessor` (nilai penilai) atau `records` (nilai dari catatan).",
                en: "When both the assessor and the records give a score: `assessor` (the assessor's) or `records` (the records').")),
            StageOption("lapor_channels", .list(.string), .optional(default: nil), help: LocalizedText(
                id: "Kanal pengaduan yang termasuk SP4N-LAPOR!; bawaan: \(IndexRecords.defaultLaporChannels.joined(separator: ", ")).",
                en: "Complaint channels that are SP4N-LAPOR!; by default: \(IndexRecords.defaultLaporChannels.joined(separator: ", ")).")),
            .delimiter(help: LocalizedText(
                id: "Pemisah kolom berkas nilai; `auto` mengenali koma, titik koma atau tab dari baris judul.",
                en: "Field separator of the scores file; `auto` detects comma, semicolon or tab from the header row.")),
            .rejects(help: LocalizedText(
                id: "Nama berkas penolakan baris nilai di direktori keluaran; bawaan `rejects-<id tahap>.csv`.",
                en: "Name of the rejects file for score rows in the output directory; by default `rejects-<stage id>.csv`.")),
        ],
        consumesIfPresent: [.serviceRegister, .serviceStandards, .participation, .skmResults, .followUps, .complaints, .innovations],
        produces: [.performanceIndex, .importSummary],
        example: """
            - id: indeks
              uses: evaluate.index
              with:
                scores: ../samples/kabupaten-contoh/penilaian-pekppp.csv
                missing: incomplete
            """)

    let stageID: String
    let instrument: PerformanceInstrument
    let policy: IndexPolicy
    let laporChannels: [String]
    let scores: AssessorScoresFile?
    let rejectsName: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let instrument = problems.attempt { try InstrumentSource.load(configuration) }
        let files = problems.attempt { try configuration.inputFiles("scores") } ?? []
        let columns = problems.attempt { try RecordColumns<AssessorScoreField>(node: configuration["columns"], location: configuration.location) }
        let missing = problems.attempt { try configuration.value("missing") { node throws(Diagnostic) in try node.choice(MissingScores.self) } }
        let bands = problems.attempt { try configuration.value("between_bands") { node throws(Diagnostic) in try node.choice(BandReading.self) } }
        let prefer = problems.attempt {
            try configuration.value("prefer") { node throws(Diagnostic) in try node.choice(IndexPolicy.Precedence.self) }
        }
        let channels = problems.attempt { try configuration["lapor_channels"]?.list(allowingSingle: true).map { try $0.nonEmptyString() } }
        let delimiter = (problems.attempt { try configuration["delimiter"]?.choice(TableFile.Delimiter.self) } ?? nil) ?? .auto
        let rejectsName = (problems.attempt { try configuration["rejects"]?.string() } ?? nil) ?? "rejects-\(configuration.stageID).csv"
        if let columns, !files.isEmpty, !problems.hasErrors {
            problems.add(contentsOf: RecordTable.headerProblems(files, columns: columns, delimiter: delimiter, at: configuration["scores"]?.location))
        }
        try problems.throwIfErrors()
        guard let instrument, let columns else { throw Diagnostics(problems.items) }
        self.stageID = configuration.stageID
        self.instrument = instrument
        self.policy = IndexPolicy(missing: (missing ?? nil) ?? .incomplete, bands: (bands ?? nil) ?? .higher, prefer: (prefer ?? nil) ?? .assessor)
        self.laporChannels = (channels ?? nil) ?? IndexRecords.defaultLaporChannels
        self.scores = files.isEmpty ? nil : AssessorScoresFile(files: files, columns: columns, delimiter: delimiter)
        self.rejectsName = rejectsName
    }

    public var outputFiles: [String] { scores == nil ? [] : [rejectsName] }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let inputs = context.inputs
        let register = (inputs.all(ServiceRegister.self) as [ServiceRegister]).first
        var records = IndexRecords(register: register, laporChannels: laporChannels)
        // Several imports of one kind are read as one.
        let standards = inputs.all(ServiceStandards.self) as [ServiceStandards]
        records.standards = Self.merged(standards) { ServiceStandards($0.flatMap(\.items)) }
        records.participation = Self.merged(inputs.all(ParticipationLog.self) as [ParticipationLog]) { ParticipationLog($0.flatMap(\.items)) }
        records.survey = (inputs.all(SKMEvaluation.self) as [SKMEvaluation]).first
        records.followUps = Self.merged(inputs.all(FollowUpPlan.self) as [FollowUpPlan]) { FollowUpPlan($0.flatMap(\.items)) }
        records.complaints = Self.merged(inputs.all(Complaints.self) as [Complaints]) { Complaints($0.flatMap(\.items)) }
        records.innovations = Self.merged(inputs.all(InnovationRegister.self) as [InnovationRegister]) { InnovationRegister($0.flatMap(\.items)) }

        var assessed: [AssessorScore] = []
        var produced: [any Dataset] = []
        if let scores {
            var log = RejectLog()
            assessed = try scores.read(instrument: instrument, register: register, log: &log)
            try log.write(named: rejectsName, to: context.output, language: context.language)
            produced.append(log.account(stage: stageID, records: Self.scoresRecords, rejectsFile: rejectsName))
        }
        let index = PerformanceIndexEvaluator(instrument: instrument, policy: policy).evaluate(assessed: assessed, records: records, period: context.period)
        return [index] + produced
    }

    /// What the data-quality section calls the rows of an assessor's scores file.
    static let scoresRecords = "assessor-scores"

    /// One dataset as it is (merging it alone would only copy it), several merged.
    private static func merged<T>(_ datasets: [T], _ merge: ([T]) -> T) -> T? {
        datasets.count > 1 ? merge(datasets) : datasets.first
    }
}
