import PantauYAML

/// `complaint.fee-where-free`: complaints about a fee or an illegal levy for a service its
/// standard says is free.
struct ComplaintFeeWhereFree: Rule {
    static let description = RuleDescription(
        id: "complaint.fee-where-free",
        area: .complaints,
        title: LocalizedText(id: "Pengaduan biaya pada layanan gratis", en: "Fee complaints about a free service"),
        explanation: LocalizedText(
            id: """
                Biaya/tarif adalah komponen standar pelayanan; bila standar menyatakan layanan tidak dipungut biaya, pengaduan \
                tentang biaya atau pungutan menunjukkan dugaan pungutan liar, yang ditangani Satgas Saber Pungli (Perpres 87/2016). Aturan ini \
                menemukan pengaduan yang diterima dalam periode, dengan kategori yang memuat salah satu kata `keywords`, tentang \
                layanan yang standarnya menetapkan biaya Rp 0. Satu temuan per layanan.
                """,
            en: """
                The fee is a component of the service standard; when the standard says the service is free, complaints about a \
                fee or a levy point to a suspected illegal levy, the business of the Saber Pungli task force (Perpres 87/2016). The rule finds \
                complaints received in the period, whose category contains one of the `keywords`, about a service whose \
                standard sets a fee of Rp 0. One finding per service.
                """),
        regulation: "UU 25/2009 pasal 21; PermenPAN-RB 15/2014; Perpres 87/2016",
        defaultSeverity: .major,
        parameters: [
            RuleParameter(
                "keywords", .words, default: .words(["pungli", "pungutan liar", "biaya", "tarif"]),
                help: LocalizedText(
                    id: "Kata dalam kategori pengaduan yang menandai pengaduan tentang biaya (tanpa memandang huruf besar-kecil).",
                    en: "Words in a complaint's category that mark a complaint about a fee (case aside).")),
        ],
        requires: [.complaints, .standards],
        examples: [
            .triggers(
                LocalizedText(
                    id: "Pengaduan berkategori Pungutan Liar tentang KTP-el, yang standarnya tidak memungut biaya.",
                    en: "A complaint categorised Pungutan Liar about KTP-el, whose standard charges nothing."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).with(complaints: [
                    ExampleRegion.complaint("5400001", category: "Pungutan Liar", received: "2026-02-02", finished: "2026-02-20")
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
            .passes(
                LocalizedText(
                    id: "Pengaduan tentang biaya PBG, yang standarnya menetapkan retribusi.",
                    en: "A complaint about the PBG fee, whose standard sets a retribution."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards.map { standard in
                    var priced = standard
                    if standard.serviceID == "PBG" { priced.fee = Rational(1_250_000) }
                    return priced
                }).with(complaints: [
                    ExampleRegion.complaint(
                        "5400001", unit: ExampleRegion.dpmptsp, service: ExampleRegion.pbg, category: "Biaya Retribusi",
                        received: "2026-02-02", finished: "2026-02-20")
                ])),
            .passes(
                LocalizedText(
                    id: "Pengaduan berkategori Kependudukan tentang KTP-el.", en: "A complaint categorised Kependudukan about KTP-el."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-02-02", finished: "2026-02-20")
                ])),
        ])

    let words: CategoryWords

    init(settings: RuleSettings) {
        words = CategoryWords(settings.words("keywords"))
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        records.complaints(about: words, against: { $0.isFree == true }).map { subject, _, complaints in
            RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan tentang biaya atau pungutan: \(complaints.count), padahal standar pelayanannya tidak memungut biaya.",
                    en: "Complaints about a fee or a levy: \(complaints.count), though the service standard charges nothing."),
                action: LocalizedText(
                    id: "Teruskan dugaan pungutan liar kepada inspektorat (UPP Saber Pungli), periksa loket dan petugasnya, dan umumkan kembali bahwa layanan ini gratis.",
                    en: "Refer the suspected illegal levies to the inspectorate (the Saber Pungli unit), check the counters and their staff, and announce again that the service is free."),
                evidence: [.init("complaints", complaints.count), .init("fee", "0")],
                records: complaints.map(\.id))
        }
    }
}
