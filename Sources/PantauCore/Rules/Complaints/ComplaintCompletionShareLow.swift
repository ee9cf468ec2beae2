import PantauYAML

/// `complaint.completion-share-low`: a unit that completed too small a share of the complaints it
/// received in the period.
struct ComplaintCompletionShareLow: Rule {
    static let description = RuleDescription(
        id: "complaint.completion-share-low",
        area: .complaints,
        title: LocalizedText(id: "Porsi pengaduan yang selesai rendah", en: "Share of complaints completed low"),
        explanation: LocalizedText(
            id: """
                Instrumen evaluasi kinerja unit penyelenggara (PEKPPP) memberi nilai terbaik bila sedikitnya 90% pengaduan \
                SP4N-LAPOR! ditindaklanjuti hingga selesai. Aturan ini menghitung per unit porsi pengaduan yang diterima dalam \
                periode dan berstatus selesai. Pengaduan yang diarsipkan atau bukan wewenang unit tidak dihitung (bukan tugas unit \
                untuk menyelesaikannya); yang ditunda dihitung sebagai belum selesai. Porsi tepat di ambang lolos.
                """,
            en: """
                The unit performance evaluation instrument (PEKPPP) gives its best grade when at least 90% of SP4N-LAPOR! \
                complaints are followed up to completion. The rule computes, per unit, the share of complaints received in the \
                period whose status is finished. Complaints archived or outside the unit's authority are not counted (they are not \
                the unit's to complete); those on hold count as unfinished. A share exactly at the threshold passes.
                """),
        regulation: "PermenPAN-RB 29/2022 (PEKPPP); PermenPAN-RB 62/2018",
        defaultSeverity: .major,
        parameters: [
            RuleParameter(
                "minimum_percent", .decimal(Rational.zero...Rational(100)), default: .decimal(Rational(90)),
                help: LocalizedText(
                    id: "Porsi terkecil pengaduan yang selesai, dalam persen.", en: "The smallest share of complaints completed, in percent.")),
        ],
        requires: [.complaints],
        examples: [
            .passes(
                LocalizedText(
                    id: "Disdukcapil menyelesaikan 9 dari 10 pengaduan (90%, tepat di ambang); 2 pengaduan lain diarsipkan atau bukan wewenangnya.",
                    en: "Disdukcapil finished 9 of 10 complaints (90%, exactly at the threshold); 2 more were archived or outside its authority."),
                records: ExampleRegion.records.with(
                    complaints: ExampleRegion.complaints(9, from: 100) + ExampleRegion.complaints(1, from: 110, status: .inProgress)
                        + ExampleRegion.complaints(1, from: 111, status: .archived)
                        + ExampleRegion.complaints(1, from: 112, status: .notInAuthority))),
            .triggers(
                LocalizedText(
                    id: "Disdukcapil menyelesaikan 8 dari 10 pengaduan (80%); satu ditunda menunggu pelapor.",
                    en: "Disdukcapil finished 8 of 10 complaints (80%); one is on hold waiting for the reporter."),
                records: ExampleRegion.records.with(
                    complaints: ExampleRegion.complaints(8, from: 100) + ExampleRegion.complaints(1, from: 110, status: .inProgress)
                        + ExampleRegion.complaints(1, from: 111, status: .delayed)),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .passes(
                LocalizedText(
                    id: "Sama, dengan ambang diturunkan menjadi 75%.", en: "The same, with the threshold lowered to 75%."),
                records: ExampleRegion.records.with(
                    complaints: ExampleRegion.complaints(8, from: 100) + ExampleRegion.complaints(1, from: 110, status: .inProgress)
                        + ExampleRegion.complaints(1, from: 111, status: .delayed)),
                parameters: ["minimum_percent": .decimal(Rational(75))]),
        ])

    let minimum: Rational

    init(settings: RuleSettings) {
        minimum = settings.decimal("minimum_percent")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        records.complaintsByUnit(where: { !$0.isClosedUnhandled }).compactMap { subject, complaints in
            let unfinished = complaints.filter { $0.status != .finished }
            let finished = complaints.count - unfinished.count
            // Exactly: finished / counted < minimum / 100.
            guard Rational(finished * 100) < minimum * Rational(complaints.count) else { return nil }
            let share = Self.percent(finished, of: complaints.count)
            let threshold = minimum.decimalText
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Pengaduan yang selesai: \(finished) dari \(complaints.count) yang diterima dalam periode (\(Self.indonesian(share))%, di bawah \(Self.indonesian(threshold))%).",
                    en: "Complaints finished: \(finished) of \(complaints.count) received in the period (\(share)%, below \(threshold)%)."),
                action: LocalizedText(
                    id: "Tuntaskan \(unfinished.count) pengaduan yang belum selesai dan tandai selesai di SP4N-LAPOR! setelah pelapor menerima tanggapan.",
                    en: "Complete the \(unfinished.count) unfinished complaints and mark them finished in SP4N-LAPOR! once the reporter has the answer."),
                evidence: [
                    .init("complaints", complaints.count), .init("finished", finished), .init("share_percent", share),
                    .init("minimum_percent", threshold),
                ],
                records: unfinished.map(\.id))
        }
    }

    /// A decimal as Indonesian writes it, with a decimal comma.
    static func indonesian(_ decimal: String) -> String { String(decimal.map { $0 == "." ? "," : $0 }) }

    /// The share in percent with one decimal, rounded down: a share just under the threshold
    /// never reads as the threshold itself.
    static func percent(_ part: Int, of whole: Int) -> String {
        let tenths = part * 1000 / whole
        return "\(tenths / 10).\(tenths % 10)"
    }
}
