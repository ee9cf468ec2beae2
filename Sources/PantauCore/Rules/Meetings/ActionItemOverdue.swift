import PantauYAML

/// `meeting.action-overdue`: meeting action items still outstanding after their due date.
struct ActionItemOverdue: Rule {
    static let description = RuleDescription(
        id: "meeting.action-overdue",
        area: .meetings,
        title: LocalizedText(id: "Tindak lanjut rapat lewat batas waktu", en: "Meeting action items past their due date"),
        explanation: LocalizedText(
            id: """
                Tindak lanjut rapat koordinasi harus selesai pada batas waktu yang disepakati, dan yang masih terbuka menjadi bahan \
                pertama rapat berikutnya. Aturan ini menemukan tindak lanjut yang masih terbuka atau berjalan sesudah batas waktunya \
                pada tanggal evaluasi, menurut rapat terakhir yang mencatatnya sampai tanggal itu; satu temuan per OPD penanggung \
                jawab, dan tindak lanjut tanpa OPD dicatat untuk daerah (Bagian Organisasi). Keterlambatan dihitung dalam hari \
                kalender, karena batas waktu tindak lanjut adalah tanggal yang disepakati rapat, bukan jangka waktu dalam hari kerja. \
                Tindak lanjut tanpa batas waktu tidak pernah terlambat (aturan `meeting.action-without-owner` melaporkannya). Temuan \
                naik menjadi major bila ada tindak lanjut yang terlambat lebih dari `major_after_days` hari.
                """,
            en: """
                Action items of a coordination meeting must be done by the due date the meeting agreed, and those still open are \
                the first thing the next meeting reviews. The rule finds items still open or in progress after their due date on \
                the evaluation day, as the latest meeting held by then records them; one finding per owner unit, and items without \
                an owner count against the region (the organisational bureau). Days late are calendar days: an item's due date is \
                a date the meeting agreed, not a time limit counted in working days. An item without a due date is never late \
                (`meeting.action-without-owner` reports it). The finding becomes major when an item is more than \
                `major_after_days` days late.
                """),
        regulation: "Keputusan Rakor (notulen rapat koordinasi)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "major_after_days", .integer(1...3650), default: .integer(90),
                help: LocalizedText(
                    id: "Hari kalender keterlambatan yang, bila dilampaui satu tindak lanjut, menaikkan temuan menjadi major (bawaan 90: satu triwulan, satu putaran Rakor).",
                    en: "Calendar days late beyond which one item raises the finding to major (default 90: a quarter, one round of Rakor).")),
        ],
        requires: [.meetings],
        examples: [
            .passes(
                LocalizedText(
                    id: "Tindak lanjut Disdukcapil jatuh tempo 30 Juni 2026, hari terakhir semester: belum terlambat pada hari itu.",
                    en: "Disdukcapil's item falls due on 30 June 2026, the semester's last day: not late on that day."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20", items: [ExampleRegion.actionItem("TL-01", due: "2026-06-30")])
                ])),
            .passes(
                LocalizedText(
                    id: "Tindak lanjut yang lewat batas waktunya sudah dicatat selesai di rapat berikutnya.",
                    en: "An item past its due date is recorded done at the next meeting."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01")]),
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20", items: [ExampleRegion.actionItem("TL-01", status: .done)]),
                ])),
            .triggers(
                LocalizedText(
                    id: "Tindak lanjut Disdukcapil berbatas 29 Mei 2026 masih berjalan pada 30 Juni 2026: terlambat 32 hari.",
                    en: "Disdukcapil's item due 29 May 2026 is still in progress on 30 June 2026: 32 days late."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting(
                        "rakor-2026-05", on: "2026-05-20", items: [ExampleRegion.actionItem("TL-01", due: "2026-05-29", status: .inProgress)])
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .triggers(
                LocalizedText(
                    id: "Tindak lanjut DPMPTSP berbatas 31 Maret 2026 dicatat selesai oleh rapat 10 Juli 2026, sesudah tanggal evaluasi: pada 30 Juni 2026 ia masih terbuka dan terlambat 91 hari (major).",
                    en: "DPMPTSP's item due 31 March 2026 is recorded done by a meeting on 10 July 2026, after the evaluation day: on 30 June 2026 it was open and 91 days late (major)."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01", owner: ExampleRegion.dpmptsp)]),
                    ExampleRegion.meeting(
                        "rakor-2026-07", on: "2026-07-10", items: [ExampleRegion.actionItem("TL-01", owner: ExampleRegion.dpmptsp, status: .done)]),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Tindak lanjut tanpa OPD penanggung jawab terlambat: temuannya untuk daerah.",
                    en: "An item without an owner unit is late: the finding is the region's."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01", owner: nil)])
                ]),
                subjects: [Finding.Subject()]),
        ])

    let majorAfterDays: Int

    init(settings: RuleSettings) {
        majorAfterDays = settings.integer("major_after_days")
    }

    /// An outstanding item and how many calendar days it is late on the evaluation day.
    struct Late {
        var item: ActionItem
        var days: Int
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let late = records.actionItemTracksAsOf.compactMap { track -> Late? in
            guard track.item.isOverdue(on: records.asOf), let due = track.item.due else { return nil }
            return Late(item: track.item, days: records.asOf.dayNumber - due.dayNumber)
        }
        return FirstSeenGroups(late, by: { records.subject(of: $0.item) }).groups.map { subject, late in
            let most = late.map(\.days).max() ?? 0
            let listed = LocalizedText(
                id: late.map { "\($0.item.id) (batas \($0.item.due?.description ?? ""), lewat \($0.days) hari)" }.joined(separator: ", "),
                en: late.map { "\($0.item.id) (due \($0.item.due?.description ?? ""), \($0.days) days late)" }.joined(separator: ", "))
            let ids = late.map(\.item.id).joined(separator: ", ")
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "\(late.count) tindak lanjut rapat belum selesai sesudah batas waktunya pada \(records.asOf): \(listed.indonesian).",
                    en: "\(late.count) meeting action \(late.count == 1 ? "item is" : "items are") not done after the due date on \(records.asOf): \(listed.english)."),
                action: LocalizedText(
                    id: "Selesaikan tindak lanjut \(ids) dan laporkan hasilnya pada Rakor berikutnya; bila batas waktunya tidak realistis, sepakati batas baru beserta alasannya dalam rapat.",
                    en: "Complete action items \(ids) and report at the next Rakor; where a due date was unrealistic, agree a new one, with the reasons, at the meeting."),
                evidence: [
                    .init("overdue_items", late.count), .init("most_days_overdue", most),
                    .init("days_overdue", late.map { "\($0.item.id): \($0.days)" }.joined(separator: "; ")),
                ],
                records: late.map(\.item.id),
                severity: most > majorAfterDays ? .major : nil)
        }
    }
}
