import PantauYAML

/// `skm.rtl-not-done`: too small a share of a unit's SKM follow-up items due by now are done.
struct SKMFollowUpNotDone: Rule {
    static let description = RuleDescription(
        id: "skm.rtl-not-done",
        area: .survey,
        title: LocalizedText(id: "RTL hasil SKM belum banyak yang selesai", en: "Too few SKM follow-up items done"),
        explanation: LocalizedText(
            id: """
                PEKPPP menilai persentase RTL hasil SKM yang selesai: 100 % bernilai 5, lebih dari 80 % bernilai 4, 30–80 % bernilai 3, \
                kurang dari 30 % bernilai 2, dan RTL yang belum dilaksanakan bernilai 1. Aturan ini menghitung, untuk setiap unit, \
                butir RTL asal `skm` yang targetnya paling lambat tanggal acuan (yang dibatalkan tidak dihitung) dan menemukan unit \
                yang bagian selesainya di bawah `min_done_share`; tepat sama dengan batas itu tidak di bawahnya. Butir yang belum \
                jatuh tempo tidak dihitung, agar unit tidak dinilai atas pekerjaan yang memang belum waktunya.
                """,
            en: """
                PEKPPP scores the share of the SKM follow-up plan done: 100 % scores 5, over 80 % scores 4, 30–80 % scores 3, under \
                30 % scores 2, and a plan not yet carried out scores 1. For each unit the rule counts the items of origin `skm` \
                planned for the evaluation's day or earlier (dropped items do not count) and finds units whose share done is below \
                `min_done_share`; a share exactly on it is not below. Items not due yet are left out, so that no unit is judged on \
                work not yet due.
                """),
        regulation: "PermenPAN-RB 14/2017; PermenPAN-RB 29/2022 (PEKPPP)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "min_done_share", .decimal(Rational.zero...Rational.one), default: .decimal(Rational(4, 5)),
                help: LocalizedText(
                    id: "Bagian butir yang jatuh tempo yang harus sudah selesai (0–1); 1 menuntut semuanya, seperti nilai tertinggi PEKPPP.",
                    en: "The share of the items due that must be done (0–1); 1 asks for all of them, as PEKPPP's best score does.")),
        ],
        requires: [.followUps],
        examples: [
            .passes(
                LocalizedText(
                    id: "Empat dari lima butir Disdukcapil yang jatuh tempo selesai: tepat 80 %.",
                    en: "Four of Disdukcapil's five items due are done: exactly 80 %."),
                records: ExampleRegion.records.with(rtl: (1...5).map { number in
                    ExampleRegion.skmFollowUp(
                        "RTL-\(number)", element: "U\(number)", done: number < 5 ? "2026-03-20" : nil, status: number < 5 ? .done : .open,
                        row: number + 1)
                })),
            .triggers(
                LocalizedText(
                    id: "Satu dari dua butir DPMPTSP yang jatuh tempo selesai (50 %); butir ketiga baru jatuh tempo September.",
                    en: "One of DPMPTSP's two items due is done (50 %); a third is not due until September."),
                records: ExampleRegion.records.with(rtl: [
                    ExampleRegion.skmFollowUp("RTL-1", unit: ExampleRegion.dpmptsp, element: "U3", done: "2026-03-20", status: .done),
                    ExampleRegion.skmFollowUp("RTL-2", unit: ExampleRegion.dpmptsp, element: "U9", planned: "2026-04-30", row: 3),
                    ExampleRegion.skmFollowUp("RTL-3", unit: ExampleRegion.dpmptsp, element: "U8", planned: "2026-09-30", row: 4),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(id: "Yang sama bila daerah menerima 50 %.", en: "The same when the region accepts 50 %."),
                records: ExampleRegion.records.with(rtl: [
                    ExampleRegion.skmFollowUp("RTL-1", unit: ExampleRegion.dpmptsp, element: "U3", done: "2026-03-20", status: .done),
                    ExampleRegion.skmFollowUp("RTL-2", unit: ExampleRegion.dpmptsp, element: "U9", planned: "2026-04-30", row: 3),
                ]),
                parameters: ["min_done_share": .decimal(Rational(1, 2))]),
        ])

    let minimum: Rational

    init(settings: RuleSettings) {
        minimum = settings.decimal("min_done_share")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let asOf = records.asOf
        return SKMRecords(records).followUpsByUnit.compactMap { unit, items in
            let due = items.filter { $0.status != .dropped && $0.planned <= asOf }
            guard !due.isEmpty else { return nil }
            // Done by the evaluation's day: a completion recorded later does not count yet.
            let isDone = { (item: FollowUpItem) in item.status == .done && (item.done ?? item.planned) <= asOf }
            let done = due.filter(isDone), open = due.filter { !isDone($0) }
            let share = Rational(done.count, due.count)
            guard share < minimum else { return nil }
            let shown = SurveyFigures.percent(share, below: minimum), goal = SurveyFigures.percent(minimum)
            return RuleFinding(
                subject: Finding.Subject(unit: unit),
                message: LocalizedText(
                    id: "Baru \(done.count) dari \(due.count) butir RTL hasil SKM yang jatuh tempo hingga \(asOf) selesai (\(shown.indonesian) %), di bawah \(goal.indonesian) %.",
                    en: "Done: \(done.count) of the \(due.count) SKM follow-up items due by \(asOf) (\(shown.english) %), below \(goal.english) %."),
                action: LocalizedText(
                    id: "Percepat butir RTL yang belum selesai (\(open.map(\.id).joined(separator: ", "))) hingga paling sedikit \(goal.indonesian) % selesai; PEKPPP menilai persentase RTL yang selesai dan kecepatannya.",
                    en: "Speed up the follow-up items not done (\(open.map(\.id).joined(separator: ", "))) until at least \(goal.english) % are done; PEKPPP scores the share done and how fast."),
                evidence: [
                    .init("items_due", due.count), .init("items_done", done.count), .init("done_share", shown.english + " %"),
                ],
                records: open.map(\.id))
        }
    }
}
