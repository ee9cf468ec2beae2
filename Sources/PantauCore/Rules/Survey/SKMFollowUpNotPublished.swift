import PantauYAML

/// `skm.rtl-not-published`: a unit's follow-up plan for its survey not published in time.
struct SKMFollowUpNotPublished: Rule {
    static let description = RuleDescription(
        id: "skm.rtl-not-published",
        area: .survey,
        title: LocalizedText(id: "RTL hasil SKM belum dipublikasikan", en: "SKM follow-up plan not published"),
        explanation: LocalizedText(
            id: """
                Rencana tindak lanjut (RTL) dari unsur terlemah wajib dipublikasikan bersama hasil SKM. Untuk SKM periode ini dan \
                periode sebelumnya (bila jawabannya diimpor) yang berakhir paling sedikit `within_working_days` hari kerja sebelum \
                tanggal acuan, aturan ini menemukan unit yang disurvei tanpa publikasi RTL (`jenis: rtl` dalam berkas publikasi \
                `import.followups`) bertanggal paling lambat tanggal acuan. Tanpa berkas publikasi aturan ini tidak dijalankan.
                """,
            en: """
                The follow-up plan (RTL) drawn from the weakest elements must be published with the SKM results. For the surveys of \
                this period and of the previous one (when its responses were imported) that ended at least `within_working_days` \
                working days before the evaluation's day, the rule finds surveyed units with no publication of their plan \
                (`jenis: rtl` in the publications file of `import.followups`) dated on or before that day. Without a publications \
                file the rule is not run.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .minor,
        parameters: [SKMPublicationCheck.parameter(for: LocalizedText(id: "RTL-nya", en: "the plan"))],
        requires: [.survey, .surveyPublications],
        examples: [
            .passes(
                LocalizedText(
                    id: "Kedua unit mempublikasikan RTL hasil SKM semester II 2025.",
                    en: "Both units published their follow-up plans for the second half of 2025."),
                records: ExampleRegion.publishedRecords([
                    ExampleRegion.publication(.followUpPlan), ExampleRegion.publication(.followUpPlan, unit: ExampleRegion.dpmptsp, row: 3),
                ])),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP mempublikasikan hasilnya, tetapi tidak RTL-nya.", en: "DPMPTSP published its results, but not its plan."),
                records: ExampleRegion.publishedRecords([
                    ExampleRegion.publication(.followUpPlan), ExampleRegion.publication(.results, unit: ExampleRegion.dpmptsp, row: 3),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
        ])

    let check: SKMPublicationCheck

    init(settings: RuleSettings) {
        check = SKMPublicationCheck(.followUpPlan, settings: settings)
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        check.findings(in: records) { gap in
            (
                message: LocalizedText(
                    id: "RTL hasil SKM \(gap.periodNames.indonesian) belum dipublikasikan; seharusnya paling lambat \(gap.due).",
                    en: "The follow-up plan for the SKM of \(gap.periodNames.english) has not been published; it was due by \(gap.due)."),
                action: LocalizedText(
                    id: "Publikasikan RTL hasil SKM \(gap.periodNames.indonesian) (unsur, rencana aksi, penanggung jawab dan target) bersama hasil SKM, lalu catat publikasinya.",
                    en: "Publish the follow-up plan for the SKM of \(gap.periodNames.english) (elements, actions, people in charge and dates) with the results, then record the publication."))
        }
    }
}
