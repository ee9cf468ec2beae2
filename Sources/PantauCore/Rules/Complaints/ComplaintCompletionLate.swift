import PantauYAML

/// `complaint.completion-late`: complaints completed later than the limit of their tier, or still
/// unfinished past it.
struct ComplaintCompletionLate: Rule {
    enum Start: String, CaseIterable {
        case received, verified
    }

    static let description = RuleDescription(
        id: "complaint.completion-late",
        area: .complaints,
        title: LocalizedText(id: "Penyelesaian pengaduan terlambat", en: "Complaint completion late"),
        explanation: LocalizedText(
            id: """
                Penyelenggara menyelesaikan pengaduan paling lambat 60 hari sejak berkas pengaduan lengkap (Perpres 76/2013; UU \
                25/2009 pasal 50); banyak daerah menetapkan batas bertingkat dalam hari kerja: ringan 2, normatif 5, tidak \
                berkadar pengawasan 14, berkadar pengawasan 60. Tingkat sebuah pengaduan ditentukan oleh kategorinya: tingkat \
                pertama (dari ringan ke berkadar pengawasan) yang daftar `<tingkat>_categories`-nya memuat kategori itu, selain \
                itu `default_tier` (bawaan berkadar pengawasan, yaitu batas 60 peraturan, dihitung dalam hari kerja). Hari kerja \
                dihitung dari tanggal diterima, atau dari tanggal verifikasi (berkas lengkap) dengan `count_from: verified`, \
                sampai tanggal selesai; pengaduan yang belum selesai dan sudah melewati batas pada tanggal evaluasi juga \
                terlambat. Dinilai: pengaduan yang diterima dalam periode, kecuali yang diarsipkan, bukan wewenang, atau ditunda \
                (menunggu pelapor; lihat `complaint.stuck-open`). Satu temuan per unit.
                """,
            en: """
                The provider completes a complaint within 60 days of a complete file (Perpres 76/2013; UU 25/2009 art. 50); \
                many regions set tiered limits in working days: light 2, normative 5, unsupervised (no supervision content) 14, \
                supervised (supervision content, needing an examination) 60. A complaint's tier comes from its category: the first tier (from light to supervised) \
                whose `<tier>_categories` list names it, else `default_tier` (by default supervised, the regulation's 60, counted \
                in working days). Working days run from the date received, or from the date verified (file complete) with \
                `count_from: verified`, to the date finished; an unfinished complaint past its limit on the evaluation date is \
                late too. Judged: complaints received in the period, except those archived, not in the unit's authority, or on \
                hold (waiting for the reporter; see `complaint.stuck-open`). One finding per unit.
                """),
        regulation: "Perpres 76/2013; UU 25/2009 pasal 50",
        defaultSeverity: .major,
        parameters: ComplaintTier.parameters + [
            RuleParameter(
                "default_tier", .choice(ComplaintTier.allCases.map(\.rawValue)), default: .word(ComplaintTier.supervised.rawValue),
                help: LocalizedText(
                    id: "Tingkat pengaduan yang kategorinya tidak disebut di daftar mana pun.",
                    en: "The tier of a complaint whose category no list names.")),
            RuleParameter(
                "count_from", .choice(Start.allCases.map(\.rawValue)), default: .word(Start.received.rawValue),
                help: LocalizedText(
                    id: "Hari pertama batas: `received` (tanggal diterima) atau `verified` (tanggal verifikasi, berkas lengkap; tanggal diterima bila kosong).",
                    en: "Where the limit starts: `received` (the date received) or `verified` (the date verified, file complete; the date received when empty).")),
        ],
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Diterima 5 Januari 2026 dan selesai 20 Februari, jauh dalam batas bawaan 60 hari kerja.",
                    en: "Received 5 January 2026 and finished 20 February, well within the default 60 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-01-05", verified: "2026-01-06", finished: "2026-02-20")
                ])),
            .triggers(
                LocalizedText(
                    id: "Diterima 5 Januari 2026 dan pada akhir semester masih ditindaklanjuti: lebih dari 60 hari kerja.",
                    en: "Received 5 January 2026 and still being followed up at the end of the semester: over 60 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-01-05", verified: "2026-01-06", status: .inProgress)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .passes(
                LocalizedText(
                    id: "Kategori Kependudukan dinyatakan normatif (5 hari kerja); diterima Jumat 13 Maret 2026 dan selesai Jumat 27 Maret: tepat 5 hari kerja melewati Nyepi dan cuti bersama Idulfitri.",
                    en: "Kependudukan is made normative (5 working days); received Friday 13 March 2026 and finished Friday 27 March: exactly 5 working days across Nyepi and the Idulfitri cuti bersama."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", verified: "2026-03-16", finished: "2026-03-27")
                ]),
                parameters: ["normative_categories": .words(["Kependudukan"])]),
            .triggers(
                LocalizedText(
                    id: "Kategori Kependudukan dinyatakan normatif; diterima 13 Maret 2026 dan selesai Senin 30 Maret: 6 hari kerja.",
                    en: "Kependudukan is made normative; received 13 March 2026 and finished Monday 30 March: 6 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", verified: "2026-03-16", finished: "2026-03-30")
                ]),
                parameters: ["normative_categories": .words(["Kependudukan"])],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .passes(
                LocalizedText(
                    id: "Sama, tetapi dihitung dari verifikasi (Senin 16 Maret): 5 hari kerja.",
                    en: "The same, but counted from verification (Monday 16 March): 5 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", verified: "2026-03-16", finished: "2026-03-30")
                ]),
                parameters: ["normative_categories": .words(["Kependudukan"]), "count_from": .word("verified")]),
            .passes(
                LocalizedText(
                    id: "Pengaduan bukan wewenang Disdukcapil yang masih terbuka sejak Januari tidak dinilai.",
                    en: "A complaint outside Disdukcapil's authority, open since January, is not judged."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-01-05", verified: "2026-01-06", status: .notInAuthority)
                ])),
        ])

    static let wording = StepWording(
        heading: LocalizedText(id: "Pengaduan terlambat diselesaikan", en: "Complaints completed late"),
        open: LocalizedText(id: "belum selesai", en: "not finished yet"))

    let tiers: ComplaintTiers
    let start: Start

    init(settings: RuleSettings) {
        tiers = ComplaintTiers(settings: settings, fallback: ComplaintTier(rawValue: settings.word("default_tier")) ?? .supervised)
        start = Start(rawValue: settings.word("count_from")) ?? .received
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let judged: (Complaint) -> Bool = { !$0.isClosedUnhandled && $0.status != .delayed }
        return records.lateStepFindings(where: judged, time: { time(of: $0, in: records) }) { subject, tally in
            var byTier: [ComplaintTier: Int] = [:]
            for late in tally.late { byTier[tiers.tier(of: late.complaint), default: 0] += 1 }
            let lateTiers = ComplaintTier.allCases.filter { byTier[$0] != nil }
            func limits(_ language: Language) -> String {
                lateTiers.map { "\($0.name.text(language)) \(tiers.limit(of: $0))" }.joined(separator: ", ")
            }
            return RuleFinding(
                subject: subject,
                message: Self.wording.message(
                    tally, limit: LocalizedText(id: "batas: \(limits(.indonesian)) hari kerja", en: "limit: \(limits(.english)) working days"),
                    tail: LocalizedText(
                        id: "paling jauh \(tally.mostOverLimit) hari kerja melewati batas",
                        en: "the furthest \(WorkingDays.english(tally.mostOverLimit)) past it")),
                action: LocalizedText(
                    id: (tally.lateOpen > 0 ? "Selesaikan \(tally.lateOpen) pengaduan yang masih terbuka, mulai dari yang paling lama; " : "")
                        + "tetapkan tingkat setiap pengaduan saat verifikasi dan pantau batasnya sejak \(start == .received ? "diterima" : "berkas lengkap").",
                    en: (tally.lateOpen > 0 ? "Complete the \(tally.lateOpen) complaints still open, oldest first; " : "")
                        + "set each complaint's tier at verification and watch its limit from \(start == .received ? "receipt" : "a complete file")."),
                evidence: tally.evidence + [.init("late_by_tier", lateTiers.map { "\($0.rawValue): \(byTier[$0] ?? 0)" }.joined(separator: ", "))],
                records: tally.records)
        }
    }

    /// From receipt (or verification) to completion; to the evaluation date while unfinished.
    func time(of complaint: Complaint, in records: EvaluationRecords) -> StepTime? {
        guard complaint.finished != nil || complaint.status != .finished else { return nil }
        let from = start == .verified ? complaint.verified ?? complaint.received : complaint.received
        return StepTime(from: from, to: complaint.finished, limit: tiers.limit(of: tiers.tier(of: complaint)), in: records)
    }
}
