import PantauYAML

/// `complaint.verification-late`: complaints verified later than the limit after they came in,
/// or still unverified past it.
struct ComplaintVerificationLate: SingleLimitStepRule {
    static let description = RuleDescription(
        id: "complaint.verification-late",
        area: .complaints,
        title: LocalizedText(id: "Verifikasi pengaduan terlambat", en: "Complaint verification late"),
        explanation: LocalizedText(
            id: """
                Pengaduan diverifikasi (dan didisposisikan ke instansi) paling lambat 3 hari kerja sejak diterima, menurut alur \
                SP4N-LAPOR!. Aturan ini menghitung hari kerja (tanpa akhir pekan, libur nasional dan cuti bersama) dari tanggal \
                diterima sampai tanggal verifikasi, untuk pengaduan yang diterima dalam periode; pengaduan yang masih berstatus \
                diterima dan sudah melewati batas pada tanggal evaluasi juga terlambat. Pengaduan yang statusnya sudah lewat \
                verifikasi tetapi tanpa tanggal verifikasi tidak dinilai. Satu temuan per unit, dengan nomor pengaduannya.
                """,
            en: """
                A complaint is verified (and disposed to the agency) within 3 working days of receipt, by SP4N-LAPOR!'s flow. \
                The rule counts working days (no weekends, national holidays or cuti bersama) from the date received to the \
                date verified, for complaints received in the period; a complaint still only received and past the limit on the \
                evaluation date is late too. A complaint whose status is past verification but has no verification date is not \
                judged. One finding per unit, listing its complaint ids.
                """),
        regulation: "PermenPAN-RB 62/2018 (SP4N-LAPOR!)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "limit_days", .integer(1...60), default: .integer(3),
                help: LocalizedText(
                    id: "Batas verifikasi dalam hari kerja sejak pengaduan diterima.",
                    en: "The verification limit in working days from receipt.")),
        ],
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Diterima Jumat 13 Maret 2026, diverifikasi Rabu 25 Maret: tepat 3 hari kerja, karena Nyepi dan cuti bersama Idulfitri (18, 20, 23, 24 Maret) tidak dihitung.",
                    en: "Received Friday 13 March 2026, verified Wednesday 25 March: exactly 3 working days, as Nyepi and the Idulfitri cuti bersama (18, 20, 23, 24 March) do not count."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", verified: "2026-03-25", finished: "2026-04-10")
                ])),
            .triggers(
                LocalizedText(
                    id: "Diterima Jumat 13 Maret 2026, diverifikasi Kamis 26 Maret: 4 hari kerja.",
                    en: "Received Friday 13 March 2026, verified Thursday 26 March: 4 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", verified: "2026-03-26", finished: "2026-04-10")
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .triggers(
                LocalizedText(
                    id: "Diterima Jumat 13 Maret 2026 dan pada 26 Maret masih belum diverifikasi.",
                    en: "Received Friday 13 March 2026 and still unverified on 26 March."),
                records: ExampleRegion.records.asOf("2026-03-26").with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", status: .received)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .passes(
                LocalizedText(
                    id: "Diverifikasi 4 hari kerja setelah diterima, dengan batas dinaikkan menjadi 5 hari kerja.",
                    en: "Verified 4 working days after receipt, with the limit raised to 5 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2026-03-13", verified: "2026-03-26", finished: "2026-04-10")
                ]),
                parameters: ["limit_days": .integer(5)]),
        ])

    static let wording = StepWording(
        heading: LocalizedText(id: "Pengaduan terlambat diverifikasi", en: "Complaints verified late"),
        open: LocalizedText(id: "belum diverifikasi", en: "not verified yet"))

    let limit: Int

    init(limit: Int) { self.limit = limit }

    var limitText: LocalizedText {
        LocalizedText(id: "batas \(limit) hari kerja sejak diterima", en: "limit \(WorkingDays.english(limit)) from receipt")
    }

    var action: LocalizedText {
        LocalizedText(
            id: "Verifikasi dan disposisikan setiap pengaduan paling lambat \(limit) hari kerja sejak diterima; periksa apakah petugas pengelola pengaduan memantau kanal setiap hari kerja.",
            en: "Verify and dispose of every complaint within \(WorkingDays.english(limit)) of receipt; check that the complaint officers watch the channels every working day.")
    }

    /// From receipt to verification; to the evaluation date while the complaint is still only received.
    func time(of complaint: Complaint, in records: EvaluationRecords) -> StepTime? {
        guard complaint.verified != nil || complaint.status == .received else { return nil }
        return StepTime(from: complaint.received, to: complaint.verified, limit: limit, in: records)
    }
}
