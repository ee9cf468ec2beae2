import PantauYAML

/// `participation.change-without-consultation`: a standard established or reviewed in the period
/// with no consultation of the public before it.
struct ParticipationChangeWithoutConsultation: Rule {
    static let description = RuleDescription(
        id: "participation.change-without-consultation",
        area: .participation,
        title: LocalizedText(id: "Standar diubah tanpa konsultasi publik", en: "Standard changed without consulting the public"),
        explanation: LocalizedText(
            id: "Penyusunan dan perubahan standar wajib mengikutsertakan masyarakat; PEKPPP menilai keterlibatan masyarakat dalam penyusunan maupun perubahan standar. Setiap penetapan atau peninjauan standar yang bertanggal dalam periode (sampai tanggal acuan) harus didahului konsultasi (`consultation_kinds`) tentang layanan itu atau unitnya secara keseluruhan dalam `window_months` bulan sebelumnya (sampai hari perubahan itu sendiri). Tidak ada peraturan yang menetapkan jarak itu; bawaan 12 bulan mengikuti siklus tahunan PEKPPP. Berbeda dengan `standard.no-consultation`, yang memeriksa rujukan FKP standar, aturan ini memeriksa setiap perubahan dalam periode terhadap log partisipasi.",
            en: "Drafting and changing a standard must involve the public; PEKPPP scores public involvement in both. Every establishment or review of a standard dated in the period (up to the evaluation date) must follow a consultation (`consultation_kinds`) about the service or its unit as a whole within `window_months` months before it (up to the day of the change itself). No regulation fixes that window; the default 12 months follows PEKPPP's yearly cycle. Unlike `standard.no-consultation`, which checks a standard's FKP reference, this rule checks each change in the period against the participation log."),
        regulation: "UU 25/2009 pasal 20 ayat (2); PermenPAN-RB 16/2017; PermenPAN-RB 29/2022 (PEKPPP)",
        defaultSeverity: .major,
        parameters: [
            RuleParameter(
                "window_months", .integer(1...36), default: .integer(12),
                help: LocalizedText(
                    id: "Berapa bulan sebelum perubahan standar konsultasi masih dihitung.",
                    en: "How many months before a change of the standard a consultation still counts.")),
            Consultations.kindsParameter,
        ],
        requires: [.standards, .participation],
        examples: [
            .passes(
                LocalizedText(
                    id: "Keempat standar ditinjau 20 Januari 2026, setelah FKP masing-masing pada 10 Desember 2025.",
                    en: "All four standards were reviewed on 20 January 2026, after their FKPs on 10 December 2025."),
                records: ExampleRegion.soundRecords),
            .triggers(
                LocalizedText(
                    id: "Standar KTP-el ditinjau 20 Januari 2026; satu-satunya kegiatan Disdukcapil sebelumnya adalah sosialisasi.",
                    en: "The KTP-el standard was reviewed on 20 January 2026; Disdukcapil's only earlier event was a socialisation."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()]).with(participation: [
                    ExampleRegion.event(kind: .sosialisasi)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
            .triggers(
                LocalizedText(
                    id: "FKP Akta Kelahiran diadakan 19 Januari 2025, setahun dan sehari sebelum peninjauan 20 Januari 2026: di luar jarak 12 bulan.",
                    en: "The Akta Kelahiran FKP was held on 19 January 2025, a year and a day before the review on 20 January 2026: outside the 12-month window."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard(service: "AKTA")]).with(participation: [
                    ExampleRegion.event(service: "AKTA", date: "2025-01-19")
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
            .passes(
                LocalizedText(
                    id: "FKP yang sama pada 20 Januari 2025, tepat 12 bulan sebelumnya, masih dihitung; begitu pula standar yang ditinjau sebelum periode.",
                    en: "The same FKP on 20 January 2025, exactly 12 months before, still counts; so does any standard reviewed before the period."),
                records: ExampleRegion.records.with(standards: [
                    ExampleRegion.standard(service: "AKTA"),
                    ExampleRegion.standard(unit: "DPMPTSP", service: "PBG").changing { $0.lastReviewed = ExampleRegion.date("2025-11-03") },
                ]).with(participation: [ExampleRegion.event(service: "AKTA", date: "2025-01-20")])),
            .passes(
                LocalizedText(
                    id: "FKP unit Disdukcapil untuk semua layanannya berlaku juga untuk standar KTP-el.",
                    en: "A Disdukcapil FKP on all its services counts for the KTP-el standard too."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()]).with(participation: [
                    ExampleRegion.event(service: nil, id: "FKP-DUKCAPIL-2025")
                ])),
        ])

    let months: Int
    let kinds: Set<ParticipationKind>

    init(settings: RuleSettings) {
        months = settings.integer("window_months")
        kinds = Consultations.kinds(settings)
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards, records.participation != nil else { return [] }
        let (start, asOf) = (records.period.start, records.asOf)
        return standards.items.compactMap { standard in
            let changes = Set([standard.established, standard.lastReviewed].compactMap { $0 }).filter { start <= $0 && $0 <= asOf }.sorted()
            guard !changes.isEmpty else { return nil }
            let consultations = records.consultations(of: standard, kinds: kinds)
            let unconsulted = changes.filter { change in
                let opens = change.adding(months: -months)
                return !consultations.contains { opens <= $0.date && $0.date <= change }
            }
            guard !unconsulted.isEmpty else { return nil }
            let dates = unconsulted.map(\.description).joined(separator: ", ")
            let latest = consultations.last { $0.date <= unconsulted[0] }
            var evidence: [RuleFinding.Evidence] = [.init("changes", dates), .init("window_months", months)]
            if let latest { evidence.append(.init("last_consultation", latest.date.description)) }
            return RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Standar pelayanan ditetapkan atau ditinjau pada \(dates) tanpa konsultasi publik dalam \(months) bulan sebelumnya.",
                    en: "The service standard was established or reviewed on \(dates) with no public consultation in the \(englishCount(months, "month", "months")) before."),
                action: LocalizedText(
                    id: "Bahas perubahan standar ini dalam FKP bersama pengguna layanan dan pihak terkait, catat di log partisipasi, lalu tetapkan ulang bila ada masukan yang diadopsi.",
                    en: "Discuss this change of the standard in an FKP with its users and stakeholders, record it in the participation log, and establish the standard again if inputs are adopted."),
                evidence: evidence,
                records: [standard.source.description] + (latest.map { [Consultations.reference($0)] } ?? []))
        }
    }
}
