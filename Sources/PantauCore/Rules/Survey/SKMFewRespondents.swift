import PantauYAML

/// `skm.few-respondents`: a unit's survey heard fewer users than the minimum sample.
struct SKMFewRespondents: Rule {
    static let description = RuleDescription(
        id: "skm.few-respondents",
        area: .survey,
        title: LocalizedText(id: "Responden SKM di bawah sampel minimum", en: "Fewer SKM respondents than the minimum sample"),
        explanation: LocalizedText(
            id: """
                Jumlah responden SKM setiap unit paling sedikit sampel minimum Krejcie–Morgan untuk jumlah pengguna layanannya pada \
                periode itu (berkas populasi `import.survey`). Aturan ini menemukan unit yang respondennya kurang dari minimum itu; \
                tepat sama dengan minimum sudah cukup. Ini pemeriksaan, bukan penyaring: setiap jawaban sah tetap dihitung dalam nilai \
                SKM, tidak ada yang dibuang untuk "menyesuaikan" sampel. Unit tanpa data populasi tidak diperiksa.
                """,
            en: """
                Each unit's SKM needs at least the Krejcie–Morgan minimum sample for its number of service users in the period (the \
                population file of `import.survey`). The rule finds units with fewer respondents than that minimum; exactly the \
                minimum is enough. It is a check, never a filter: every valid answer still counts in the score, none is dropped to \
                "fit" the sample. Units without a population are not checked.
                """),
        regulation: "PermenPAN-RB 14/2017 (sampel Krejcie dan Morgan)",
        defaultSeverity: .major,
        requires: [.survey],
        examples: [
            .passes(
                LocalizedText(
                    id: "Setiap unit melayani 40 pengguna (minimum 36) dan mendapat 40 responden.",
                    en: "Each unit served 40 users (minimum 36) and heard 40 respondents."),
                records: ExampleRegion.records.with(skm: ExampleRegion.soundSKM())),
            .passes(
                LocalizedText(
                    id: "DPMPTSP melayani 45 pengguna: minimumnya 40, tepat sebanyak respondennya.",
                    en: "DPMPTSP served 45 users: its minimum is 40, exactly its number of respondents."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(
                    ExampleRegion.unitRespondents(ExampleRegion.disdukcapil) + ExampleRegion.unitRespondents(ExampleRegion.dpmptsp),
                    users: [ExampleRegion.disdukcapil: 40, ExampleRegion.dpmptsp: 45]))),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP melayani 100 pengguna: minimumnya 80, tetapi hanya 40 yang mengisi survei.",
                    en: "DPMPTSP served 100 users: its minimum is 80, but only 40 answered the survey."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(
                    ExampleRegion.unitRespondents(ExampleRegion.disdukcapil) + ExampleRegion.unitRespondents(ExampleRegion.dpmptsp),
                    users: [ExampleRegion.disdukcapil: 40, ExampleRegion.dpmptsp: 100])),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let survey = records.survey else { return [] }
        return survey.units.compactMap { unit in
            guard case .insufficient(let population, let minimum, let respondents) = unit.sample else { return nil }
            let short = minimum - respondents
            return RuleFinding(
                subject: Finding.Subject(unit: records.unitName(unit.name)),
                message: LocalizedText(
                    id: "Hanya \(respondents) responden, di bawah sampel minimum \(minimum) untuk \(population) pengguna layanan (Krejcie–Morgan); kurang \(short). Semua jawaban sah tetap dihitung, tetapi hasilnya kurang mewakili.",
                    en: "Only \(respondents) respondents, below the minimum sample of \(minimum) for \(population) service users (Krejcie–Morgan); \(short) short. Every valid answer still counts, but the result is less representative."),
                action: LocalizedText(
                    id: "Jaring paling sedikit \(minimum) responden dari \(population) pengguna layanan pada SKM berikutnya, misalnya dengan survei di loket, daring dan saat jemput bola.",
                    en: "Reach at least \(minimum) respondents of \(population) service users in the next SKM, for instance by surveying at the counter, online and on outreach visits."),
                evidence: [
                    .init("respondents", respondents), .init("minimum_sample", minimum), .init("population", population), .init("short_by", short),
                ])
        }
    }
}
