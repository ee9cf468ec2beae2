import PantauYAML

/// `innovation.not-sustained`: innovations of recent years that are no longer running.
struct InnovationNotSustained: Rule {
    static let description = RuleDescription(
        id: "innovation.not-sustained",
        area: .innovation,
        title: LocalizedText(id: "Inovasi tidak berkelanjutan", en: "Innovations not sustained"),
        explanation: LocalizedText(
            id: """
                Keberlanjutan adalah salah satu kriteria inovasi pelayanan publik (PermenPAN-RB 91/2021): inovasi semestinya terus \
                berjalan, bukan sekali jadi. Aturan ini menemukan inovasi yang dimulai dalam `look_back_years` tahun sebelum tahun \
                periode evaluasi dan tercatat tidak lagi berjalan, satu temuan per OPD. Inovasi tahun berjalan belum dinilai \
                keberlanjutannya; inovasi yang lebih tua dari jangkauan itu dianggap sudah digantikan.
                """,
            en: """
                Sustainability is one of the criteria of a public-service innovation (PermenPAN-RB 91/2021): innovations should keep \
                running, not be one-offs. The rule finds innovations started in the `look_back_years` years before the evaluated \
                period's year that are recorded as no longer running, one finding per unit. Innovations of the current year are not \
                judged on this yet; older ones than the look-back are taken as superseded.
                """),
        regulation: "PermenPAN-RB 91/2021",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "look_back_years", .integer(1...50), default: .integer(3),
                help: LocalizedText(
                    id: "Berapa tahun sebelum tahun periode yang inovasinya diperiksa (bawaan 3: 2023–2025 untuk 2026).",
                    en: "How many years before the period's year are looked at (default 3: 2023–2025 for 2026).")),
        ],
        requires: [.innovations],
        examples: [
            .passes(
                LocalizedText(
                    id: "Inovasi Disdukcapil 2024 masih berjalan.", en: "Disdukcapil's 2024 innovation is still running."),
                records: ExampleRegion.records.with(innovations: [ExampleRegion.innovation("INV-01", year: 2024)])),
            .triggers(
                LocalizedText(
                    id: "Inovasi DPMPTSP 2025 tidak lagi berjalan.", en: "DPMPTSP's 2025 innovation is no longer running."),
                records: ExampleRegion.records.with(innovations: [
                    ExampleRegion.innovation("INV-01", year: 2024, row: 2),
                    ExampleRegion.innovation("INV-02", unit: ExampleRegion.dpmptsp, year: 2025, sustained: false, row: 3),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "Uji coba Disdukcapil 2026 dihentikan pada tahun yang sama, dan inovasi 2022 yang berhenti sudah di luar tiga tahun terakhir.",
                    en: "Disdukcapil's 2026 trial stopped in the same year, and the stopped 2022 innovation is beyond the last three years."),
                records: ExampleRegion.records.with(innovations: [
                    ExampleRegion.innovation("INV-01", year: 2026, stage: .trial, sustained: false, row: 2),
                    ExampleRegion.innovation("INV-02", year: 2022, sustained: false, row: 3),
                ])),
            .triggers(
                LocalizedText(
                    id: "Pipeline melihat lima tahun ke belakang: inovasi Disdukcapil 2022 yang berhenti dilaporkan.",
                    en: "The pipeline looks back five years: Disdukcapil's stopped 2022 innovation is reported."),
                records: ExampleRegion.records.with(innovations: [ExampleRegion.innovation("INV-02", year: 2022, sustained: false)]),
                parameters: ["look_back_years": .integer(5)],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
        ])

    let lookBackYears: Int

    init(settings: RuleSettings) {
        lookBackYears = settings.integer("look_back_years")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let register = records.innovations else { return [] }
        let year = records.period.year
        let stopped = register.notSustained(startedBefore: year).filter { $0.year >= year - lookBackYears }
        return records.findingsPerUnit(stopped, counted: "innovations_not_sustained") { count, names in
            (
                message: LocalizedText(
                    id: "\(count) inovasi yang dimulai sebelum \(year) tidak lagi berjalan: \(names).",
                    en: "\(count) \(count == 1 ? "innovation" : "innovations") started before \(year) no longer \(count == 1 ? "runs" : "run"): \(names)."),
                action: LocalizedText(
                    id: "Evaluasi mengapa inovasi \(names) berhenti; jalankan kembali yang masih bermanfaat dengan SOP dan anggaran yang jelas, atau catat inovasi penggantinya.",
                    en: "Find out why \(names) stopped; restart those still useful with a clear SOP and budget, or record what replaced them.")
            )
        }
    }
}
