import PantauYAML

/// `participation.no-recent-consultation`: a unit that has not consulted the public for a year.
struct ParticipationNoRecentConsultation: Rule {
    static let description = RuleDescription(
        id: "participation.no-recent-consultation",
        area: .participation,
        title: LocalizedText(id: "Unit tanpa konsultasi publik baru-baru ini", en: "Unit without a recent public consultation"),
        explanation: LocalizedText(
            id: "Peran serta masyarakat berlangsung sejak penyusunan standar sampai evaluasinya, bukan sekali saja. Aturan ini menemukan unit yang memiliki layanan terdaftar tetapi tidak mengadakan konsultasi (`consultation_kinds`) dalam `months` bulan sampai tanggal acuan (batas awal ikut dihitung). Tidak ada peraturan yang menetapkan frekuensinya; bawaan 12 bulan mengikuti evaluasi PEKPPP tahunan, yang meminta bukti keterlibatan masyarakat. Sosialisasi dan survei dicatat sebagai bukti, tetapi tidak dihitung sebagai konsultasi.",
            en: "Public participation runs from drafting a standard to evaluating it, not once only. The rule finds units with registered services that held no consultation (`consultation_kinds`) in the `months` months up to the evaluation date (the first day counts). No regulation fixes how often; the default 12 months follows the yearly PEKPPP evaluation, which asks for evidence of public involvement. Socialisations and surveys are reported as evidence but do not count as consultations."),
        regulation: "UU 25/2009 pasal 39; PermenPAN-RB 16/2017",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "months", .integer(1...36), default: .integer(12),
                help: LocalizedText(
                    id: "Berapa bulan ke belakang dari tanggal acuan konsultasi dicari.",
                    en: "How many months back from the evaluation date to look for a consultation.")),
            Consultations.kindsParameter,
        ],
        requires: [.register, .participation],
        examples: [
            .passes(
                LocalizedText(id: "Kedua unit mengadakan FKP pada Desember 2025.", en: "Both units held FKPs in December 2025."),
                records: ExampleRegion.soundRecords),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP hanya mengadakan sosialisasi dalam setahun terakhir.",
                    en: "DPMPTSP held only a socialisation in the past year."),
                records: ExampleRegion.records.with(participation: [
                    ExampleRegion.event(), ExampleRegion.event(unit: "DPMPTSP", service: "PBG", kind: .sosialisasi, received: nil, adopted: nil),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "FKP DPMPTSP pada 30 Juni 2025, tepat 12 bulan sebelum 30 Juni 2026, masih dihitung.",
                    en: "A DPMPTSP FKP on 30 June 2025, exactly 12 months before 30 June 2026, still counts."),
                records: ExampleRegion.records.with(participation: [
                    ExampleRegion.event(), ExampleRegion.event(unit: "DPMPTSP", service: "PBG", date: "2025-06-30"),
                ])),
            .triggers(
                LocalizedText(
                    id: "FKP DPMPTSP pada 29 Juni 2025 sudah lebih dari 12 bulan lalu.",
                    en: "A DPMPTSP FKP on 29 June 2025 is more than 12 months ago."),
                records: ExampleRegion.records.with(participation: [
                    ExampleRegion.event(), ExampleRegion.event(unit: "DPMPTSP", service: "PBG", date: "2025-06-29"),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
        ])

    let months: Int
    let kinds: Set<ParticipationKind>

    init(settings: RuleSettings) {
        months = settings.integer("months")
        kinds = Consultations.kinds(settings)
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let register = records.register, records.participation != nil else { return [] }
        let opens = records.asOf.adding(months: -months)
        let unitsWithServices = Set(register.services.map(\.unitID))
        return register.units.compactMap { unit in
            guard unitsWithServices.contains(unit.id) else { return nil }
            let held = records.events(ofUnit: unit.id).filter { $0.date <= records.asOf }
            let window = held.filter { opens <= $0.date }
            guard !window.contains(where: { kinds.contains($0.kind) }) else { return nil }
            var evidence: [RuleFinding.Evidence] = [.init("months", months), .init("other_events", window.count)]
            let last = held.last { kinds.contains($0.kind) }
            if let last { evidence.append(.init("last_consultation", last.date.description)) }
            let since = last.map {
                LocalizedText(id: "konsultasi terakhir pada \($0.date)", en: "the last consultation was on \($0.date)")
            } ?? LocalizedText(id: "log tidak mencatat konsultasi sama sekali", en: "the log records no consultation at all")
            return RuleFinding(
                subject: Finding.Subject(unit: unit.name),
                message: LocalizedText(
                    id: "Unit tidak mengadakan konsultasi publik dalam \(months) bulan terakhir (\(window.count) kegiatan lain; \(since.indonesian)).",
                    en: "The unit held no public consultation in the last \(englishCount(months, "month", "months")) (\(englishCount(window.count, "other event", "other events")); \(since.english))."),
                action: LocalizedText(
                    id: "Jadwalkan FKP atas standar pelayanan unit ini bersama pengguna layanan dan kelompok rentan, dan catat di log partisipasi.",
                    en: "Schedule an FKP on this unit's service standards with their users and vulnerable groups, and record it in the participation log."),
                evidence: evidence,
                records: window.map(Consultations.reference))
        }
    }
}
