import PantauYAML

/// `innovation.not-replicated`: innovations running for years that nobody else has taken up.
struct InnovationNotReplicated: Rule {
    static let description = RuleDescription(
        id: "innovation.not-replicated",
        area: .innovation,
        title: LocalizedText(id: "Inovasi mapan belum direplikasi", en: "Established innovations not replicated"),
        explanation: LocalizedText(
            id: """
                Kemungkinan direplikasi adalah salah satu kriteria inovasi pelayanan publik (PermenPAN-RB 91/2021): inovasi yang \
                terbukti berjalan semestinya ditiru unit atau daerah lain. Aturan ini menemukan inovasi yang masih berjalan, sudah \
                berumur sedikitnya `min_years` tahun pada tahun periode evaluasi (tahun periode dikurangi tahun mulai), dan belum \
                direplikasi, satu temuan per OPD. Inovasi bertahap replikasi dianggap sudah direplikasi. Inovasi yang berhenti \
                dilaporkan `innovation.not-sustained`, bukan di sini.
                """,
            en: """
                Replicability is one of the criteria of a public-service innovation (PermenPAN-RB 91/2021): an innovation that has \
                proved itself should be taken up by other units or regions. The rule finds innovations still running, at least \
                `min_years` years old in the evaluated period's year (the period's year minus the year started), and not replicated, \
                one finding per unit. An innovation at the replication stage counts as replicated. Innovations that stopped are \
                reported by `innovation.not-sustained`, not here.
                """),
        regulation: "PermenPAN-RB 91/2021",
        defaultSeverity: .info,
        parameters: [
            RuleParameter(
                "min_years", .integer(1...50), default: .integer(2),
                help: LocalizedText(
                    id: "Umur inovasi dalam tahun (tahun periode dikurangi tahun mulai) sejak kapan ia diharapkan sudah direplikasi.",
                    en: "The age in years (the period's year minus the year started) from which an innovation is expected to have been replicated.")),
        ],
        requires: [.innovations],
        examples: [
            .passes(
                LocalizedText(
                    id: "Inovasi Disdukcapil 2024 sudah direplikasi; inovasi DPMPTSP 2025 baru berumur satu tahun.",
                    en: "Disdukcapil's 2024 innovation has been replicated; DPMPTSP's 2025 innovation is only a year old."),
                records: ExampleRegion.records.with(innovations: [
                    ExampleRegion.innovation("INV-01", year: 2024, replicated: true, row: 2),
                    ExampleRegion.innovation("INV-02", unit: ExampleRegion.dpmptsp, year: 2025, row: 3),
                ])),
            .triggers(
                LocalizedText(
                    id: "Inovasi DPMPTSP 2024 masih berjalan dan belum ditiru siapa pun.",
                    en: "DPMPTSP's 2024 innovation is still running and nobody has taken it up."),
                records: ExampleRegion.records.with(innovations: [ExampleRegion.innovation("INV-02", unit: ExampleRegion.dpmptsp, year: 2024)]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "Inovasi Disdukcapil 2023 tidak lagi berjalan, dan inovasi 2024-nya sudah pada tahap replikasi.",
                    en: "Disdukcapil's 2023 innovation no longer runs, and its 2024 one is at the replication stage."),
                records: ExampleRegion.records.with(innovations: [
                    ExampleRegion.innovation("INV-01", year: 2023, sustained: false, row: 2),
                    ExampleRegion.innovation("INV-02", year: 2024, stage: .replication, row: 3),
                ])),
            .triggers(
                LocalizedText(
                    id: "Pipeline mengharapkan replikasi sesudah satu tahun: inovasi Disdukcapil 2025 dilaporkan.",
                    en: "The pipeline expects replication after one year: Disdukcapil's 2025 innovation is reported."),
                records: ExampleRegion.records.with(innovations: [ExampleRegion.innovation("INV-01", year: 2025)]),
                parameters: ["min_years": .integer(1)],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
        ])

    let minYears: Int

    init(settings: RuleSettings) {
        minYears = settings.integer("min_years")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let register = records.innovations else { return [] }
        let year = records.period.year
        let waiting = register.items.filter { innovation in
            innovation.sustained && !innovation.replicated && innovation.stage != .replication && year - innovation.year >= minYears
        }
        return records.findingsPerUnit(waiting, counted: "innovations_not_replicated") { [minYears] count, names in
            (
                message: LocalizedText(
                    id: "\(count) inovasi yang berjalan sedikitnya \(minYears) tahun belum direplikasi: \(names).",
                    en: "\(count) \(count == 1 ? "innovation" : "innovations") running for at least \(minYears) \(minYears == 1 ? "year" : "years") \(count == 1 ? "is" : "are") not yet replicated: \(names)."),
                action: LocalizedText(
                    id: "Dokumentasikan inovasi \(names) (SOP, hasil, biaya) dan tawarkan untuk direplikasi unit atau daerah lain, misalnya dalam Rakor atau kompetisi inovasi (KIPP).",
                    en: "Document \(names) (SOP, results, costs) and offer them for replication by other units or regions, for instance at a Rakor or in the innovation competition (KIPP).")
            )
        }
    }
}
