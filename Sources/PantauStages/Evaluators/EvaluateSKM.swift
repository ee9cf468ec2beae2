import PantauCore
public import PantauPipeline
public import PantauYAML

/// `evaluate.skm`: the survey index per unit, per service and for the region.
public struct EvaluateSKM: Stage {
    public static let descriptor = StageDescriptor(
        id: "evaluate.skm",
        role: .evaluator,
        summary: LocalizedText(
            id: "Hitung IKM dan nilai SKM per unit, per layanan dan seluruh daerah, mutu A–D, unsur terlemah, dan uji sampel minimum.",
            en: "Compute the IKM and SKM score per unit, per service and for the region, grade A–D, weakest elements, and the minimum-sample check."),
        details: LocalizedText(
            id: """
                Menurut PermenPAN-RB 14/2017: NRR unsur = jumlah jawaban ÷ jumlah responden; IKM = Σ NRR × bobot (tepat 1/9); \
                nilai SKM = IKM × 25; mutu ditentukan dari nilai konversi dengan batas ≥ 88,31 (A), ≥ 76,61 (B), ≥ 65,00 (C), selain itu D, \
                dihitung secara eksak tanpa pembulatan. Hanya jawaban bertanggal di dalam periode yang dievaluasi. Jika populasi pengguna \
                diketahui, jumlah responden dibandingkan dengan sampel minimum Krejcie–Morgan; ini pemeriksaan, bukan penyaring.
                """,
            en: """
                Per PermenPAN-RB 14/2017: element NRR = sum of answers ÷ respondents; IKM = Σ NRR × weight (exactly 1/9); SKM score = IKM × 25; \
                the grade comes from the converted score with thresholds ≥ 88.31 (A), ≥ 76.61 (B), ≥ 65.00 (C), else D, computed exactly \
                without rounding. Only responses dated inside the period are evaluated. Where the population of service users is known, \
                respondents are compared with the Krejcie–Morgan minimum sample: a check, never a filter.
                """),
        options: [
            StageOption("weakest", .integer(1...14), .optional(default: "3"), help: LocalizedText(
                id: "Berapa unsur terlemah yang ditampilkan per kelompok.", en: "How many weakest elements to show per group.")),
            StageOption("sample_method", .choice(KrejcieMorgan.Method.allCases.map(\.rawValue)), .optional(default: "table"), help: LocalizedText(
                id: "Sampel minimum: `table` memakai tabel Krejcie–Morgan yang diterbitkan (rumus di antara barisnya), `formula` menghitung semuanya dengan rumus (berbeda di N = 100.000: 383, bukan 384).",
                en: "Minimum sample: `table` uses the published Krejcie–Morgan table (the formula between its rows), `formula` computes every value (they differ at N = 100,000: 383, not 384).")),
        ],
        consumes: [.surveyResponses],
        consumesIfPresent: [.servicePopulations],
        produces: [.skmResults],
        example: """
            - id: evaluasi
              uses: evaluate.skm
              with:
                weakest: 3
            """)

    let weakest: Int
    let sampleMethod: KrejcieMorgan.Method

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        do {
            weakest = try configuration.value("weakest") { node throws(Diagnostic) in try node.int(in: 1...14) } ?? 3
            sampleMethod = try configuration.value("sample_method") { node throws(Diagnostic) in try node.choice(KrejcieMorgan.Method.self) }
                ?? .publishedTable
        } catch {
            throw Diagnostics([error])
        }
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let batches = context.inputs.all(SurveyResponses.self) as [SurveyResponses]
        guard var responses = batches.first else { return [] }
        for batch in batches.dropFirst() {
            guard batch.scheme == responses.scheme else {
                throw Diagnostic.error(at: nil, StageMessage.mixedSchemes(first: responses.scheme.id, second: batch.scheme.id))
            }
            responses.append(contentsOf: batch)
        }
        let populations = (context.inputs.all(ServicePopulations.self) as [ServicePopulations]).flatMap(\.items)
        let evaluation = SKMEvaluator(weakestCount: weakest, sampleMethod: sampleMethod).evaluate(responses, populations: populations, period: context.period)
        if evaluation.coverage.undated > 0 {
            // Without dates, every response counts in whatever period is asked for: say so.
            let message = StageMessage.undatedResponsesCounted(count: evaluation.coverage.undated, period: context.period.label(context.language))
            context.note([message.text(context.language), message.hint(context.language)].compactMap { $0 }.joined(separator: "; "))
        }
        return [evaluation]
    }
}
