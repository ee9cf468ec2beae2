import PantauYAML

/// `complaint.follow-up-late`: complaints the agency began following up later than the limit
/// after they were disposed to it.
struct ComplaintFollowUpLate: SingleLimitStepRule {
    static let description = RuleDescription(
        id: "complaint.follow-up-late",
        area: .complaints,
        title: LocalizedText(id: "Tindak lanjut pengaduan terlambat", en: "Complaint follow-up late"),
        explanation: LocalizedText(
            id: """
                Setelah pengaduan diverifikasi dan didisposisikan, instansi memiliki 5 hari kerja untuk berkoordinasi dan \
                merumuskan tindak lanjutnya, menurut alur SP4N-LAPOR!. Aturan ini menghitung hari kerja dari tanggal verifikasi \
                sampai tanggal tindak lanjut (atau tanggal selesai bila tanggal tindak lanjut kosong), untuk pengaduan yang \
                diterima dalam periode; pengaduan yang masih menunggu instansi (berstatus diverifikasi) dan sudah melewati batas \
                pada tanggal evaluasi juga terlambat. Satu temuan per unit.
                """,
            en: """
                Once a complaint is verified and disposed, the agency has 5 working days to coordinate and formulate its \
                follow-up, by SP4N-LAPOR!'s flow. The rule counts working days from the date verified to the date followed up \
                (or the date finished when no follow-up date is given), for complaints received in the period; a complaint still \
                waiting for the agency (status verified) and past the limit on the evaluation date is late too. One finding per unit.
                """),
        regulation: "PermenPAN-RB 62/2018 (SP4N-LAPOR!)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "limit_days", .integer(1...60), default: .integer(5),
                help: LocalizedText(
                    id: "Batas tindak lanjut dalam hari kerja sejak pengaduan didisposisikan (diverifikasi).",
                    en: "The follow-up limit in working days from disposition (verification).")),
        ],
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Diverifikasi Senin 11 Mei 2026, ditindaklanjuti Rabu 20 Mei: tepat 5 hari kerja, karena Kenaikan Yesus Kristus (14 Mei) dan cuti bersamanya (15 Mei) tidak dihitung.",
                    en: "Verified Monday 11 May 2026, followed up Wednesday 20 May: exactly 5 working days, as Ascension Day (14 May) and its cuti bersama (15 May) do not count."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint(
                        "5400001", received: "2026-05-08", verified: "2026-05-11", followedUp: "2026-05-20", finished: "2026-06-05")
                ])),
            .triggers(
                LocalizedText(
                    id: "Diverifikasi Senin 11 Mei 2026, ditindaklanjuti Kamis 21 Mei: 6 hari kerja.",
                    en: "Verified Monday 11 May 2026, followed up Thursday 21 May: 6 working days."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint(
                        "5400001", received: "2026-05-08", verified: "2026-05-11", followedUp: "2026-05-21", finished: "2026-06-05")
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .triggers(
                LocalizedText(
                    id: "Didisposisikan ke DPMPTSP 2 Juni 2026 dan pada akhir semester masih menunggu tindak lanjut.",
                    en: "Disposed to DPMPTSP on 2 June 2026 and still waiting for follow-up at the end of the semester."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint(
                        "5400002", unit: ExampleRegion.dpmptsp, service: ExampleRegion.izinUsaha, category: "Perizinan",
                        received: "2026-06-01", verified: "2026-06-02", status: .verified)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
        ])

    static let wording = StepWording(
        heading: LocalizedText(id: "Pengaduan terlambat ditindaklanjuti", en: "Complaints followed up late"),
        open: LocalizedText(id: "masih menunggu", en: "still waiting"))

    let limit: Int

    init(limit: Int) { self.limit = limit }

    var limitText: LocalizedText {
        LocalizedText(id: "batas \(limit) hari kerja sejak disposisi", en: "limit \(WorkingDays.english(limit)) from disposition")
    }

    var action: LocalizedText {
        LocalizedText(
            id: "Tetapkan penanggung jawab tindak lanjut pengaduan di unit dan rumuskan tindak lanjut paling lambat \(limit) hari kerja setelah disposisi.",
            en: "Name who follows up complaints in the unit and formulate the follow-up within \(WorkingDays.english(limit)) of disposition.")
    }

    /// From disposition to follow-up; to the evaluation date while the complaint waits for the agency.
    func time(of complaint: Complaint, in records: EvaluationRecords) -> StepTime? {
        guard let verified = complaint.verified else { return nil }
        let followedUp = complaint.followedUp ?? complaint.finished
        guard followedUp != nil || complaint.status == .verified else { return nil }
        return StepTime(from: verified, to: followedUp, limit: limit, in: records)
    }
}
