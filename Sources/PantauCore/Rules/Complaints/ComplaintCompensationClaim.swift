import PantauYAML

/// `complaint.compensation-claim`: complaints claiming compensation (*ganti rugi*) for a breach
/// of the service standard.
struct ComplaintCompensationClaim: Rule {
    static let description = RuleDescription(
        id: "complaint.compensation-claim",
        area: .complaints,
        title: LocalizedText(id: "Tuntutan ganti rugi", en: "Compensation claims"),
        explanation: LocalizedText(
            id: """
                Pengadu dapat menuntut ganti rugi bila penyelenggara tidak memberikan pelayanan sesuai standar; keputusan atas \
                pengaduan itu memuat jumlah ganti rugi dan batas waktu pembayarannya (UU 25/2009 pasal 50). Peraturan Presiden \
                tentang mekanisme dan ketentuan pembayaran ganti rugi yang diamanatkan undang-undang itu belum terbit, sehingga \
                setiap tuntutan perlu perhatian pimpinan dan bagian hukum. Aturan ini menandai pengaduan yang diterima dalam \
                periode dengan tuntutan ganti rugi (kolom ganti rugi, atau kategori yang menyebutnya). Satu temuan per layanan.
                """,
            en: """
                A complainant may claim compensation when the provider does not serve to its standard; the decision on the \
                complaint states the amount and the deadline for paying it (UU 25/2009 art. 50). The presidential regulation on \
                the mechanism for paying compensation that the law calls for has not been issued, so every claim needs the \
                attention of the leadership and the legal section. The rule flags complaints received in the period with a \
                compensation claim (the compensation column, or a category naming it). One finding per service.
                """),
        regulation: "UU 25/2009 pasal 50",
        defaultSeverity: .major,
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(id: "Tidak ada pengaduan yang menuntut ganti rugi.", en: "No complaint claims compensation."),
                records: ExampleRegion.records.with(complaints: ExampleRegion.complaints(3, from: 100))),
            .triggers(
                LocalizedText(
                    id: "Satu pengaduan tentang Izin Usaha Mikro menuntut ganti rugi dan belum selesai.",
                    en: "One complaint about Izin Usaha Mikro claims compensation and is not finished."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint(
                        "5400001", unit: ExampleRegion.dpmptsp, service: ExampleRegion.izinUsaha, category: "Perizinan",
                        received: "2026-04-06", verified: "2026-04-07", followedUp: "2026-04-10", status: .inProgress, compensation: true)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.izinUsaha)]),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        records.complaintsByService(where: \.compensationClaim).map { subject, complaints in
            let open = complaints.filter { $0.status != .finished && !$0.isClosedUnhandled }.count
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan yang menuntut ganti rugi atas pelayanan yang tidak sesuai standar: \(complaints.count) (\(open) belum diputuskan atau diselesaikan).",
                    en: "Complaints claiming compensation for service below its standard: \(complaints.count) (\(open) not yet decided or finished)."),
                action: LocalizedText(
                    id: "Periksa setiap tuntutan terhadap standar pelayanan dan putuskan dengan jumlah serta batas waktu pembayarannya; karena Peraturan Presiden tentang pembayaran ganti rugi belum terbit, libatkan bagian hukum dan inspektorat.",
                    en: "Check each claim against the service standard and decide it with the amount and the deadline for payment; as the presidential regulation on paying compensation has not been issued, involve the legal section and the inspectorate."),
                evidence: [.init("claims", complaints.count), .init("open", open)],
                records: complaints.map(\.id))
        }
    }
}
