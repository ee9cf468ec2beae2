import PantauYAML

/// `skm.results-not-published`: a unit's survey results not published in time.
struct SKMResultsNotPublished: Rule {
    static let description = RuleDescription(
        id: "skm.results-not-published",
        area: .survey,
        title: LocalizedText(id: "Hasil SKM belum dipublikasikan", en: "SKM results not published"),
        explanation: LocalizedText(
            id: """
                Hasil SKM wajib dipublikasikan kepada masyarakat, dan PEKPPP menilai jumlah media publikasinya. Untuk SKM periode ini \
                dan periode sebelumnya (bila jawabannya diimpor) yang berakhir paling sedikit `within_working_days` hari kerja sebelum \
                tanggal acuan, aturan ini menemukan unit yang disurvei tanpa publikasi hasil (`jenis: hasil` dalam berkas publikasi \
                `import.followups`) bertanggal paling lambat tanggal acuan. Tanpa berkas publikasi aturan ini tidak dijalankan.
                """,
            en: """
                SKM results must be published to the public, and PEKPPP scores the number of media they reach. For the surveys of \
                this period and of the previous one (when its responses were imported) that ended at least `within_working_days` \
                working days before the evaluation's day, the rule finds surveyed units with no publication of results \
                (`jenis: hasil` in the publications file of `import.followups`) dated on or before that day. Without a publications \
                file the rule is not run.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .major,
        parameters: [SKMPublicationCheck.parameter(for: LocalizedText(id: "hasilnya", en: "the results"))],
        requires: [.survey, .surveyPublications],
        examples: [
            .passes(
                LocalizedText(
                    id: "Kedua unit mempublikasikan hasil SKM semester II 2025 pada Januari 2026.",
                    en: "Both units published their results of the second half of 2025 in January 2026."),
                records: ExampleRegion.publishedRecords([
                    ExampleRegion.publication(.results), ExampleRegion.publication(.results, unit: ExampleRegion.dpmptsp, row: 3),
                ])),
            .triggers(
                LocalizedText(
                    id: "Hanya Disdukcapil yang mempublikasikan hasil semester II 2025; hasil semester I 2026 belum jatuh tempo.",
                    en: "Only Disdukcapil published its results of the second half of 2025; those of the first half of 2026 are not due yet."),
                records: ExampleRegion.publishedRecords([ExampleRegion.publication(.results)]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP baru mempublikasikan pada 15 Juli 2026, sesudah tanggal acuan 30 Juni.",
                    en: "DPMPTSP only published on 15 July 2026, after the evaluation's day of 30 June."),
                records: ExampleRegion.publishedRecords([
                    ExampleRegion.publication(.results), ExampleRegion.publication(.results, unit: ExampleRegion.dpmptsp, on: "2026-07-15", row: 3),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "Daerah memberi waktu 200 hari kerja: hasil semester II 2025 belum jatuh tempo.",
                    en: "The region allows 200 working days: the results of the second half of 2025 are not due yet."),
                records: ExampleRegion.publishedRecords([]),
                parameters: ["within_working_days": .integer(200)]),
        ])

    let check: SKMPublicationCheck

    init(settings: RuleSettings) {
        check = SKMPublicationCheck(.results, settings: settings)
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        check.findings(in: records) { gap in
            (
                message: LocalizedText(
                    id: "Hasil SKM \(gap.periodNames.indonesian) belum dipublikasikan; seharusnya paling lambat \(gap.due).",
                    en: "The SKM results of \(gap.periodNames.english) have not been published; they were due by \(gap.due)."),
                action: LocalizedText(
                    id: "Publikasikan hasil SKM \(gap.periodNames.indonesian) (nilai, mutu dan nilai setiap unsur) di laman resmi dan papan informasi unit, lalu catat publikasinya.",
                    en: "Publish the SKM results of \(gap.periodNames.english) (score, grade and each element's score) on the unit's website and notice board, then record the publication."))
        }
    }
}
