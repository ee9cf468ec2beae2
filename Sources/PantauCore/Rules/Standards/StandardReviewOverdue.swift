import PantauYAML

/// `standard.review-overdue`: a standard not reviewed within the review interval.
struct StandardReviewOverdue: Rule {
    static let description = RuleDescription(
        id: "standard.review-overdue",
        area: .standards,
        title: LocalizedText(id: "Peninjauan standar pelayanan terlambat", en: "Service standard review overdue"),
        explanation: LocalizedText(
            id: "Standar yang sudah ditetapkan wajib ditinjau ulang secara berkala (PP 96/2012 pasal 33; prinsip berkelanjutan). Seberapa sering, bacaannya berbeda: satu praktik daerah meninjau paling lambat setiap 3 tahun, instrumen PEKPPP memberi nilai 1 untuk peninjauan setiap 3 tahun atau lebih, 3 untuk setiap 2 tahun, dan 5 untuk setiap tahun bagi seluruh layanan. Jangka waktu itu parameter `max_age_years`; bawaannya 3 tahun, jangka terpanjang yang beredar, sehingga temuan bawaan adalah keterlambatan menurut setiap bacaan. Bagian Organisasi yang membidik nilai PEKPPP 5 memasang 1. Dihitung dari penetapan atau tinjauan terakhir, mana yang lebih baru; terlambat bila jatuh tempo sebelum tanggal acuan. Standar yang dua kali lipat jangka waktunya tidak ditinjau menjadi temuan `major`. Standar tanpa tanggal sama sekali ditemukan oleh `standard.not-established`.",
            en: "An established standard must be reviewed periodically (PP 96/2012 art. 33; the principle of continuous improvement). How often is read differently: one local practice reviews at least every 3 years; the PEKPPP instrument scores a review every 3 years or more as 1, every 2 years as 3, and yearly for all services as 5. The interval is the parameter `max_age_years`; its default is 3 years, the longest in circulation, so that a default finding is overdue under every reading. A bureau aiming at PEKPPP score 5 sets 1. It counts from the establishment or the last review, whichever is later; a standard is overdue when its review fell due before the evaluation date. A standard unreviewed for twice the interval is a `major` finding. A standard with no date at all is for `standard.not-established`."),
        regulation: "PP 96/2012 pasal 33; PermenPAN-RB 29/2022 (PEKPPP, indikator peninjauan ulang SP)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "max_age_years", .integer(1...10), default: .integer(3),
                help: LocalizedText(
                    id: "Jangka waktu peninjauan ulang, dalam tahun, sejak penetapan atau tinjauan terakhir.",
                    en: "The review interval, in years, from the establishment or the last review.")),
        ],
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(id: "Standar KTP-el ditinjau Januari 2026.", en: "The KTP-el standard was reviewed in January 2026."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()])),
            .passes(
                LocalizedText(
                    id: "Standar KTP-el ditinjau 30 Juni 2023: jatuh tempo tepat pada akhir semester, 30 Juni 2026, belum terlambat.",
                    en: "The KTP-el standard was reviewed on 30 June 2023: due exactly on the semester's last day, 30 June 2026, not yet overdue."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()]).changing(standard: "KTP") {
                    $0.established = ExampleRegion.date("2021-05-10")
                    $0.lastReviewed = ExampleRegion.date("2023-06-30")
                }),
            .triggers(
                LocalizedText(
                    id: "Standar Akta Kelahiran ditinjau terakhir 29 Juni 2023: jatuh tempo 29 Juni 2026, sehari sebelum akhir semester.",
                    en: "The Akta Kelahiran standard was last reviewed on 29 June 2023: due on 29 June 2026, a day before the semester ends."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "AKTA") {
                    $0.established = ExampleRegion.date("2021-05-10")
                    $0.lastReviewed = ExampleRegion.date("2023-06-29")
                },
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
            .triggers(
                LocalizedText(
                    id: "Dengan `max_age_years: 1`, standar PBG yang ditetapkan Februari 2025 dan tak pernah ditinjau sudah terlambat.",
                    en: "With `max_age_years: 1`, the PBG standard established in February 2025 and never reviewed is overdue."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "PBG") { $0.lastReviewed = nil },
                parameters: ["max_age_years": .integer(1)],
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg)]),
        ])

    let years: Int

    init(settings: RuleSettings) { years = settings.integer("max_age_years") }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.compactMap { standard in
            guard let settled = standard.lastSettled else { return nil }
            let due = settled.adding(years: years)
            guard due < records.asOf else { return nil }
            let late = records.asOf.dayNumber - due.dayNumber
            let last: LocalizedText =
                switch standard.lastReviewed {
                case nil: LocalizedText(id: "ditetapkan pada \(settled) dan belum pernah ditinjau", en: "was established on \(settled) and never reviewed")
                case settled: LocalizedText(id: "terakhir ditinjau pada \(settled)", en: "was last reviewed on \(settled)")
                default: LocalizedText(id: "terakhir ditetapkan pada \(settled)", en: "was last established on \(settled)")
                }
            return RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Standar pelayanan \(last.indonesian); tinjauan ulang \(years == 1 ? "setiap tahun" : "setiap \(years) tahun") jatuh tempo \(due), terlambat \(late) hari.",
                    en: "The service standard \(last.english); its review every \(years == 1 ? "year" : "\(years) years") fell due on \(due), \(englishCount(late, "day", "days")) ago."),
                action: LocalizedText(
                    id: "Tinjau ulang standar pelayanan bersama masyarakat (FKP) dengan memperhatikan pengaduan dan hasil SKM, lalu tetapkan hasilnya.",
                    en: "Review the service standard with the public (FKP) in the light of complaints and SKM results, then establish the result."),
                evidence: [
                    .init("last_settled", settled.description), .init("review_due", due.description), .init("days_overdue", late),
                    .init("max_age_years", years),
                ],
                records: [standard.source.description],
                severity: settled.adding(years: 2 * years) < records.asOf ? .major : nil)
        }
    }
}
