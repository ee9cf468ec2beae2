import PantauYAML

/// `skm.rtl-overdue`: items of a unit's SKM follow-up plan still outstanding after their planned date.
struct SKMFollowUpOverdue: Rule {
    static let description = RuleDescription(
        id: "skm.rtl-overdue",
        area: .survey,
        title: LocalizedText(id: "RTL hasil SKM melewati target", en: "SKM follow-up items overdue"),
        explanation: LocalizedText(
            id: """
                PEKPPP menilai kecepatan tindak lanjut hasil SKM (nilai tertinggi bila seluruh RTL selesai dalam sebulan sesudah \
                laporan SKM terbit, terendah bila baru setahun kemudian). Aturan ini menemukan unit dengan butir RTL asal `skm` yang \
                masih terbuka atau berjalan sesudah target selesainya pada tanggal acuan; butir yang targetnya tepat tanggal acuan belum \
                terlambat. Satu temuan per unit menyebut butir-butirnya; bila ada yang terlambat lebih dari `major_after_days` hari \
                kalender, temuan dinaikkan ke `major`.
                """,
            en: """
                PEKPPP scores how fast SKM results are followed up (best when the whole plan is done within a month of the SKM \
                report, worst when it takes a year). The rule finds units with follow-up items of origin `skm` still open or in \
                progress after their planned date, on the evaluation's day; an item planned for that very day is not late yet. One \
                finding per unit names the items; when one is more than `major_after_days` calendar days late, the finding is raised \
                to `major`.
                """),
        regulation: "PermenPAN-RB 14/2017; PermenPAN-RB 29/2022 (PEKPPP)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "major_after_days", .integer(1...730), default: .integer(90),
                help: LocalizedText(
                    id: "Keterlambatan (hari kalender) yang menaikkan temuan ke `major`; PEKPPP mengukur kecepatan dalam bulan.",
                    en: "The lateness (calendar days) that raises the finding to `major`; PEKPPP measures speed in months.")),
        ],
        requires: [.followUps],
        examples: [
            .passes(
                LocalizedText(
                    id: "Butir RTL Disdukcapil selesai, dan yang masih terbuka baru jatuh tempo 30 Juni 2026, tanggal acuan.",
                    en: "Disdukcapil's items are done, and the one still open is due on 30 June 2026, the evaluation's day."),
                records: ExampleRegion.records.with(rtl: [
                    ExampleRegion.skmFollowUp("RTL-1", element: "U3", done: "2026-03-20", status: .done),
                    ExampleRegion.skmFollowUp("RTL-2", element: "U9", planned: "2026-06-30", status: .inProgress, row: 3),
                ])),
            .triggers(
                LocalizedText(
                    id: "Butir RTL DPMPTSP untuk U8 masih berjalan, padahal targetnya 30 April 2026.",
                    en: "DPMPTSP's item on U8 is still in progress, though it was planned for 30 April 2026."),
                records: ExampleRegion.records.with(rtl: [
                    ExampleRegion.skmFollowUp("RTL-1", element: "U3", done: "2026-03-20", status: .done),
                    ExampleRegion.skmFollowUp("RTL-4", unit: ExampleRegion.dpmptsp, element: "U8", planned: "2026-04-30", status: .inProgress, row: 3),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "Butir yang terlambat dari rapat koordinasi, bukan dari SKM, tidak dinilai di sini.",
                    en: "A late item from a coordination meeting, not from the SKM, is not judged here."),
                records: ExampleRegion.records.with(rtl: [
                    FollowUpItem(
                        id: "RTL-RAKOR-1", unit: ExampleRegion.dpmptsp, origin: .meeting(reference: "rakor-2026-02"), action: "Laporkan antrean",
                        planned: ExampleRegion.date("2026-04-30"), status: .open, source: ExampleRegion.source(2, file: "rtl-skm.csv")),
                ])),
        ])

    let majorAfterDays: Int

    init(settings: RuleSettings) {
        majorAfterDays = settings.integer("major_after_days")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let asOf = records.asOf
        return SKMRecords(records).followUpsByUnit.compactMap { unit, items in
            let overdue = items.filter { $0.isOverdue(on: asOf) }
            guard !overdue.isEmpty else { return nil }
            let late = overdue.map { asOf.dayNumber - $0.planned.dayNumber }
            let latest = late.max() ?? 0
            let listed = zip(overdue, late).map { item, days in
                LocalizedText(
                    id: "\(item.id) (target \(item.planned), terlambat \(days) hari)", en: "\(item.id) (planned \(item.planned), \(days) days late)")
            }
            let items = SurveyFigures.list(listed, separator: "; ")
            return RuleFinding(
                subject: Finding.Subject(unit: unit),
                message: LocalizedText(
                    id: "Butir RTL hasil SKM yang belum selesai melewati targetnya: \(items.indonesian).",
                    en: "SKM follow-up items still outstanding past their planned dates: \(items.english)."),
                action: LocalizedText(
                    id: "Selesaikan butir RTL yang terlambat, atau tetapkan ulang targetnya dengan alasan tertulis, dan laporkan kemajuannya pada rapat koordinasi berikutnya.",
                    en: "Complete the late follow-up items, or set new dates with written reasons, and report progress at the next coordination meeting."),
                evidence: [.init("overdue_items", overdue.count), .init("most_days_late", latest)],
                records: overdue.map(\.id),
                severity: latest > majorAfterDays ? .major : nil)
        }
    }
}
