import PantauYAML

/// `complaint.time-beyond-standard`: complaints about slowness or waiting for a service whose
/// standard promises a time limit.
struct ComplaintTimeBeyondStandard: Rule {
    static let description = RuleDescription(
        id: "complaint.time-beyond-standard",
        area: .complaints,
        title: LocalizedText(id: "Pengaduan waktu pada layanan berjangka waktu", en: "Time complaints about a service with a time limit"),
        explanation: LocalizedText(
            id: """
                Jangka waktu pelayanan adalah janji standar pelayanan kepada pengguna; pengaduan tentang keterlambatan atau \
                antrean pada layanan yang standarnya menetapkan jangka waktu menunjukkan janji itu mungkin tidak ditepati, dan \
                evaluasi standar membandingkan janji dengan pengaduan. Aturan ini menemukan pengaduan yang diterima dalam periode, \
                dengan kategori yang memuat salah satu kata `keywords`, tentang layanan yang standarnya menetapkan jangka waktu \
                dalam hari kerja. Satu temuan per layanan.
                """,
            en: """
                The time limit is the service standard's promise to its users; complaints about delay or queueing for a service \
                whose standard sets a time limit suggest the promise is not kept, and evaluating a standard compares the promise \
                with the complaints. The rule finds complaints received in the period, whose category contains one of the \
                `keywords`, about a service whose standard sets a time limit in working days. One finding per service.
                """),
        regulation: "UU 25/2009 pasal 21; PermenPAN-RB 15/2014",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "keywords", .words, default: .words(["lambat", "terlambat", "waktu", "antrean", "antrian"]),
                help: LocalizedText(
                    id: "Kata dalam kategori pengaduan yang menandai pengaduan tentang waktu (tanpa memandang huruf besar-kecil).",
                    en: "Words in a complaint's category that mark a complaint about time (case aside).")),
        ],
        requires: [.complaints, .standards],
        examples: [
            .triggers(
                LocalizedText(
                    id: "Dua pengaduan berkategori Waktu Pelayanan tentang KTP-el, yang standarnya menjanjikan 14 hari kerja.",
                    en: "Two complaints categorised Waktu Pelayanan about KTP-el, whose standard promises 14 working days."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).with(
                    complaints: ExampleRegion.complaints(2, from: 100, category: "Waktu Pelayanan")),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
            .passes(
                LocalizedText(
                    id: "Sama, tetapi standar KTP-el tidak menyebut jangka waktu sebagai angka.",
                    en: "The same, but the KTP-el standard gives no time limit as a number."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards.map { standard in
                    var open = standard
                    if standard.serviceID == "KTP" { open.timeLimitDays = nil }
                    return open
                }).with(complaints: ExampleRegion.complaints(2, from: 100, category: "Waktu Pelayanan"))),
        ])

    let words: CategoryWords

    init(settings: RuleSettings) {
        words = CategoryWords(settings.words("keywords"))
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        records.complaints(about: words, against: { $0.timeLimitDays != nil }).map { subject, standard, complaints in
            let days = standard.timeLimitDays ?? 0
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan tentang waktu atau antrean: \(complaints.count), padahal standar pelayanannya menjanjikan \(days) hari kerja.",
                    en: "Complaints about time or queueing: \(complaints.count), though the service standard promises \(WorkingDays.english(days))."),
                action: LocalizedText(
                    id: "Ukur waktu penyelesaian layanan yang sebenarnya terhadap janji \(days) hari kerja; perbaiki prosesnya atau tinjau jangka waktu dalam standar bersama masyarakat.",
                    en: "Measure the service's actual time against the promised \(WorkingDays.english(days)); fix the process or review the time limit in the standard with the public."),
                evidence: [.init("complaints", complaints.count), .init("time_limit_days", days)],
                records: complaints.map(\.id))
        }
    }
}
