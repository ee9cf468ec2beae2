import PantauYAML

/// `complaint.backlog`: complaints from earlier periods still open on the evaluation date.
struct ComplaintBacklog: Rule {
    static let description = RuleDescription(
        id: "complaint.backlog",
        area: .complaints,
        title: LocalizedText(id: "Tunggakan pengaduan dari periode sebelumnya", en: "Complaints carried over from earlier periods"),
        explanation: LocalizedText(
            id: """
                Aturan keterlambatan lain menilai pengaduan yang diterima dalam periode; pengaduan lama yang tetap terbuka akan \
                hilang dari laporan bila tidak dicari. Aturan ini menemukan pengaduan yang diterima sebelum periode dan pada \
                tanggal evaluasi masih berstatus diterima, diverifikasi atau ditindaklanjuti (yang ditunda dinilai \
                `complaint.stuck-open`). Satu temuan per unit, dengan umur pengaduan tertua dalam hari kerja.
                """,
            en: """
                The other lateness rules judge the complaints received in the period; old complaints that stay open would drop \
                out of the report unless looked for. The rule finds complaints received before the period that are still \
                received, verified or being followed up on the evaluation date (those on hold are for `complaint.stuck-open`). \
                One finding per unit, with the oldest complaint's age in working days.
                """),
        regulation: "Perpres 76/2013; UU 25/2009 pasal 50",
        defaultSeverity: .major,
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Pengaduan Desember 2025 selesai pada Januari 2026.", en: "A December 2025 complaint finished in January 2026."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2025-12-10", verified: "2025-12-11", finished: "2026-01-20")
                ])),
            .triggers(
                LocalizedText(
                    id: "Pengaduan Desember 2025 masih ditindaklanjuti pada akhir semester pertama 2026.",
                    en: "A December 2025 complaint still being followed up at the end of the first semester of 2026."),
                records: ExampleRegion.records.with(complaints: [
                    ExampleRegion.complaint("5400001", received: "2025-12-10", verified: "2025-12-11", status: .inProgress)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let start = records.period.start
        // Every complaint carried over counts, however young: a limit below zero.
        return records.lateStepFindings(
            received: .upToAsOf, where: { $0.received < start && $0.status.isOpen },
            time: { StepTime(from: $0.received, to: nil, limit: -1, in: records) }
        ) { subject, tally in
            let oldest = tally.late.map(\.complaint.received).min() ?? records.period.start
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan dari periode sebelumnya yang masih terbuka: \(tally.late.count); yang tertua diterima \(oldest.spelledOut.indonesian) (\(tally.longest) hari kerja yang lalu).",
                    en: "Complaints from earlier periods still open: \(tally.late.count); the oldest received on \(oldest.spelledOut.english) (\(WorkingDays.english(tally.longest)) ago)."),
                action: LocalizedText(
                    id: "Selesaikan atau tutup dengan alasan tercatat pengaduan lama itu, dan laporkan kemajuannya dalam rapat koordinasi berikutnya.",
                    en: "Complete these old complaints, or close them with the reason recorded, and report progress at the next coordination meeting."),
                evidence: [.init("open", tally.late.count), .init("oldest_received", oldest.description), .init("longest_working_days", tally.longest)],
                records: tally.records)
        }
    }
}
