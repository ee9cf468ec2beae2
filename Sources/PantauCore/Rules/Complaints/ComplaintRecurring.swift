import PantauYAML

/// `complaint.recurring`: the same complaint, about the same service and category, coming back
/// again and again in the period.
struct ComplaintRecurring: Rule {
    static let description = RuleDescription(
        id: "complaint.recurring",
        area: .complaints,
        title: LocalizedText(id: "Pengaduan berulang", en: "Recurring complaints"),
        explanation: LocalizedText(
            id: """
                Pengaduan yang berulang tentang layanan dan kategori yang sama menunjukkan masalah dalam layanan itu sendiri, bukan \
                kasus perorangan; hasil pengaduan menjadi bahan evaluasi dan perbaikan standar pelayanan. Aturan ini menghitung \
                pengaduan yang diterima dalam periode per layanan dan kategori (tanpa memandang huruf besar-kecil), termasuk yang \
                diarsipkan, dan menemukan yang mencapai `minimum_complaints`. Pengaduan tanpa layanan tidak dihitung. Satu temuan \
                per layanan, dengan setiap kategori yang berulang.
                """,
            en: """
                Complaints recurring about the same service and category point to a problem in the service itself, not a single \
                case; complaint results feed the evaluation and revision of the service standard. The rule counts the complaints \
                received in the period per service and category (case aside), archived ones included, and finds those reaching \
                `minimum_complaints`. Complaints naming no service are not counted. One finding per service, with every \
                recurring category.
                """),
        regulation: "UU 25/2009 pasal 20; PermenPAN-RB 15/2014; PermenPAN-RB 62/2018",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "minimum_complaints", .integer(2...1000), default: .integer(5),
                help: LocalizedText(
                    id: "Jumlah pengaduan dengan layanan dan kategori yang sama dalam periode yang dianggap berulang.",
                    en: "How many complaints with the same service and category in the period count as recurring.")),
        ],
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Empat pengaduan Kependudukan tentang KTP-el dalam semester.",
                    en: "Four Kependudukan complaints about KTP-el in the semester."),
                records: ExampleRegion.records.with(complaints: ExampleRegion.complaints(4, from: 100))),
            .triggers(
                LocalizedText(
                    id: "Lima pengaduan Kependudukan tentang KTP-el dalam semester.",
                    en: "Five Kependudukan complaints about KTP-el in the semester."),
                records: ExampleRegion.records.with(complaints: ExampleRegion.complaints(5, from: 100)),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
            .passes(
                LocalizedText(
                    id: "Lima pengaduan tentang KTP-el, tetapi tiga Kependudukan dan dua Pungutan Liar.",
                    en: "Five complaints about KTP-el, but three Kependudukan and two Pungutan Liar."),
                records: ExampleRegion.records.with(
                    complaints: ExampleRegion.complaints(3, from: 100) + ExampleRegion.complaints(2, from: 103, category: "Pungutan Liar"))),
            .triggers(
                LocalizedText(
                    id: "Tiga pengaduan Kependudukan tentang KTP-el, dengan ambang diturunkan menjadi 3.",
                    en: "Three Kependudukan complaints about KTP-el, with the threshold lowered to 3."),
                records: ExampleRegion.records.with(complaints: ExampleRegion.complaints(3, from: 100)),
                parameters: ["minimum_complaints": .integer(3)],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
        ])

    let minimum: Int

    init(settings: RuleSettings) {
        minimum = settings.integer("minimum_complaints")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        // A region's complaints use a few dozen categories: each is keyed once.
        var categoryKey = Memo(RecordWords.key)
        return records.complaintsByService(where: { $0.service != nil }).compactMap { subject, complaints in
            let categories = complaints.grouped { categoryKey($0.category ?? "") }
            let recurring = categories.filter { $0.count >= minimum }
            guard !recurring.isEmpty else { return nil }
            func listed(_ language: Language) -> String {
                recurring.map { "\($0[0].category ?? LocalizedText(id: "tanpa kategori", en: "no category").text(language)) (\($0.count))" }
                    .joined(separator: ", ")
            }
            let total = recurring.map(\.count).reduce(0, +)
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan berulang dengan kategori yang sama dalam periode: \(listed(.indonesian)).",
                    en: "Complaints recurring with the same category in the period: \(listed(.english))."),
                action: LocalizedText(
                    id: "Telusuri akar masalah pengaduan yang berulang bersama unit, perbaiki prosedur atau standar pelayanannya, dan umumkan perbaikannya.",
                    en: "Trace the root cause of the recurring complaints with the unit, fix the procedure or the service standard, and announce the fix."),
                evidence: [
                    .init("complaints", total),
                    .init("categories", recurring.map { "\($0[0].category ?? "-"): \($0.count)" }.joined(separator: ", ")),
                    .init("minimum_complaints", minimum),
                ],
                records: recurring.flatMap { $0.map(\.id) })
        }
    }
}
