import PantauYAML

/// `meeting.carried-over-open`: action items reviewed at meeting after meeting and still not done.
struct ActionItemCarriedOverOpen: Rule {
    static let description = RuleDescription(
        id: "meeting.carried-over-open",
        area: .meetings,
        title: LocalizedText(id: "Tindak lanjut rapat terbawa tanpa selesai", en: "Meeting action items carried over without being done"),
        explanation: LocalizedText(
            id: """
                Tindak lanjut yang terbuka ditinjau lagi di rapat berikutnya dengan id yang sama. Tindak lanjut yang tercatat di \
                `min_meetings` rapat atau lebih sampai tanggal evaluasi, dan masih terbuka atau berjalan menurut rapat terakhir yang \
                mencatatnya, menunjukkan rapat yang membahas hal yang sama tanpa menyelesaikannya. Satu temuan per OPD penanggung \
                jawab; tindak lanjut tanpa OPD dicatat untuk daerah. Aturan ini melihat berapa kali tindak lanjut dibahas, bukan \
                batas waktunya (itu `meeting.action-overdue`).
                """,
            en: """
                Open action items are reviewed again at the next meeting under the same id. An item listed at `min_meetings` \
                meetings or more up to the evaluation day, and still open or in progress as the latest of them records it, shows \
                meetings discussing the same thing without getting it done. One finding per owner unit; items without an owner \
                count against the region. The rule looks at how often an item was discussed, not at its due date (that is \
                `meeting.action-overdue`).
                """),
        regulation: "Keputusan Rakor (notulen rapat koordinasi)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "min_meetings", .integer(2...24), default: .integer(2),
                help: LocalizedText(
                    id: "Jumlah rapat yang mencatat tindak lanjut yang sama, sejak rapat yang menetapkannya, sebelum tindak lanjut yang belum selesai dilaporkan.",
                    en: "How many meetings, the one that set it included, list the same item before it is reported while not done.")),
        ],
        requires: [.meetings],
        examples: [
            .passes(
                LocalizedText(
                    id: "Tindak lanjut Rakor Februari dicatat selesai di Rakor Mei.",
                    en: "The February Rakor's item is recorded done at the May Rakor."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01")]),
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20", items: [ExampleRegion.actionItem("TL-01", status: .done)]),
                ])),
            .triggers(
                LocalizedText(
                    id: "Tindak lanjut DPMPTSP dari Rakor Februari masih berjalan di Rakor Mei.",
                    en: "DPMPTSP's item from the February Rakor is still in progress at the May Rakor."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01", owner: ExampleRegion.dpmptsp)]),
                    ExampleRegion.meeting(
                        "rakor-2026-05", on: "2026-05-20",
                        items: [ExampleRegion.actionItem("TL-01", owner: ExampleRegion.dpmptsp, status: .inProgress)]),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "Tindak lanjut yang sama dibahas di dua rapat, sedangkan pipeline baru melaporkannya sesudah tiga rapat.",
                    en: "The same item is discussed at two meetings, and the pipeline reports it only after three."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01", owner: ExampleRegion.dpmptsp)]),
                    ExampleRegion.meeting(
                        "rakor-2026-05", on: "2026-05-20",
                        items: [ExampleRegion.actionItem("TL-01", owner: ExampleRegion.dpmptsp, status: .inProgress)]),
                ]),
                parameters: ["min_meetings": .integer(3)]),
            .passes(
                LocalizedText(
                    id: "Tindak lanjut Disdukcapil baru dibahas lagi pada Juli 2026, sesudah tanggal evaluasi: sampai 30 Juni ia baru tercatat di satu rapat.",
                    en: "Disdukcapil's item is discussed again only in July 2026, after the evaluation day: up to 30 June it is listed at one meeting."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20", items: [ExampleRegion.actionItem("TL-01", due: "2026-07-31")]),
                    ExampleRegion.meeting("rakor-2026-07", on: "2026-07-10", items: [ExampleRegion.actionItem("TL-01", due: "2026-07-31")]),
                ])),
        ])

    let minMeetings: Int

    init(settings: RuleSettings) {
        minMeetings = settings.integer("min_meetings")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let carried = records.actionItemTracksAsOf.filter { $0.item.status.isOutstanding && $0.meetingIDs.count >= minMeetings }
        return FirstSeenGroups(carried, by: { records.subject(of: $0.item) }).groups.map { subject, tracks in
            let listed = LocalizedText(
                id: tracks.map { "\($0.item.id) (\($0.meetingIDs.count) rapat sejak \($0.meetingIDs[0]), \($0.item.status.rawValue))" }
                    .joined(separator: ", "),
                en: tracks.map { "\($0.item.id) (\($0.meetingIDs.count) meetings since \($0.meetingIDs[0]), \($0.item.status.englishWord))" }
                    .joined(separator: ", "))
            let ids = tracks.map(\.item.id).joined(separator: ", ")
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "\(tracks.count) tindak lanjut rapat dibahas berulang tanpa selesai: \(listed.indonesian).",
                    en: "\(tracks.count) meeting action \(tracks.count == 1 ? "item was" : "items were") discussed again and again without being done: \(listed.english)."),
                action: LocalizedText(
                    id: "Paparkan hambatan tindak lanjut \(ids) pada Rakor berikutnya dan sepakati langkah penyelesaiannya bersama pimpinan; bila tidak lagi relevan, nyatakan dibatalkan dalam notulen.",
                    en: "Present what blocks action items \(ids) at the next Rakor and agree with the leadership how to finish them; if no longer relevant, record them as dropped in the minutes."),
                evidence: [
                    .init("carried_over_items", tracks.count), .init("most_meetings", tracks.map(\.meetingIDs.count).max() ?? 0),
                    .init("meetings", tracks.map { "\($0.item.id): \($0.meetingIDs.joined(separator: ", "))" }.joined(separator: "; ")),
                ],
                records: tracks.map(\.item.id))
        }
    }
}

extension ActionStatus {
    /// The status in English, for findings.
    fileprivate var englishWord: String {
        switch self {
        case .open: "open"
        case .inProgress: "in progress"
        case .done: "done"
        case .dropped: "dropped"
        }
    }
}
