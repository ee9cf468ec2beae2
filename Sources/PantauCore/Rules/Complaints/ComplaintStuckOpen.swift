import PantauYAML

/// `complaint.stuck-open`: complaints on hold (*tunda*) for longer than the limit.
struct ComplaintStuckOpen: Rule {
    static let description = RuleDescription(
        id: "complaint.stuck-open",
        area: .complaints,
        title: LocalizedText(id: "Pengaduan tertunda terlalu lama", en: "Complaint on hold too long"),
        explanation: LocalizedText(
            id: """
                Pengaduan ditunda (*tunda*) biasanya karena menunggu pelapor melengkapi laporannya; pengaduan yang dibiarkan \
                tertunda tidak pernah selesai dan tidak masuk hitungan keterlambatan. Tidak ada peraturan yang menetapkan batasnya: \
                bawaan 10 hari kerja mengikuti SP4N-LAPOR!, yang menutup pengaduan 10 hari kerja setelah tindak lanjut tanpa \
                balasan pelapor. Aturan ini menghitung hari kerja dari tanggal verifikasi (tanggal diterima bila kosong) sampai \
                tanggal evaluasi, untuk setiap pengaduan yang berstatus ditunda, dari periode mana pun. Satu temuan per unit.
                """,
            en: """
                A complaint is put on hold (*tunda*) mostly while waiting for the reporter to complete it; one left on hold never \
                finishes and escapes the lateness rules. No regulation sets its limit: the default of 10 working days follows \
                SP4N-LAPOR!, which closes a complaint 10 working days after its follow-up without a reply from the reporter. The \
                rule counts working days from the date verified (or received when empty) to the evaluation date, for every \
                complaint on hold, from any period. One finding per unit.
                """),
        regulation: "PermenPAN-RB 62/2018 (SP4N-LAPOR!)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "limit_days", .integer(1...365), default: .integer(10),
                help: LocalizedText(
                    id: "Lama tunda terpanjang yang wajar, dalam hari kerja.", en: "The longest reasonable hold, in working days.")),
        ],
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Ditunda sejak diverifikasi Selasa 16 Juni 2026: pada akhir semester tepat 10 hari kerja.",
                    en: "On hold since its verification on Tuesday 16 June 2026: exactly 10 working days at the end of the semester."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-06-15", verified: "2026-06-16", status: .delayed)
                ])),
            .triggers(
                LocalizedText(
                    id: "Ditunda sejak diverifikasi Jumat 12 Juni 2026: 11 hari kerja pada akhir semester (Tahun Baru Islam 16 Juni tidak dihitung).",
                    en: "On hold since its verification on Friday 12 June 2026: 11 working days at the end of the semester (Islamic New Year, 16 June, does not count)."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-06-11", verified: "2026-06-12", status: .delayed)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
        ])

    let limit: Int

    init(settings: RuleSettings) {
        limit = settings.integer("limit_days")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        records.lateStepFindings(
            received: .upToAsOf, where: { $0.status == .delayed }, time: { StepTime(from: $0.verified ?? $0.received, to: nil, limit: limit, in: records) }
        ) { subject, tally in
            RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan ditunda lebih dari \(limit) hari kerja: \(tally.late.count); paling lama \(tally.longest) hari kerja.",
                    en: "Complaints on hold for more than \(WorkingDays.english(limit)): \(tally.late.count); the longest \(WorkingDays.english(tally.longest))."),
                action: LocalizedText(
                    id: "Hubungi pelapor untuk melengkapi laporan; bila tidak ada jawaban, tutup atau arsipkan pengaduan dengan alasan yang dicatat.",
                    en: "Ask the reporters to complete their reports; without an answer, close or archive the complaints with the reason recorded."),
                evidence: tally.evidence + [.init("limit_days", limit)],
                records: tally.records)
        }
    }
}
