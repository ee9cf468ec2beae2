import PantauYAML

/// `skm.rtl-missing`: weakest elements of a unit's survey with no item in the follow-up plan.
struct SKMFollowUpMissing: Rule {
    static let description = RuleDescription(
        id: "skm.rtl-missing",
        area: .survey,
        title: LocalizedText(id: "Unsur terlemah tanpa RTL", en: "Weakest elements without a follow-up item"),
        explanation: LocalizedText(
            id: """
                Hasil SKM ditindaklanjuti dengan rencana tindak lanjut (RTL) yang dimulai dari unsur terlemah. Untuk SKM periode ini \
                dan periode sebelumnya (bila jawabannya diimpor) yang berakhir paling sedikit `within_working_days` hari kerja sebelum \
                tanggal acuan, aturan ini mengambil `weakest_elements` unsur dengan NRR terendah setiap unit (yang sama rendah: urutan \
                unsur) dan menemukan unit yang RTL-nya tidak memuat butir asal `skm` untuk periode dan unsur itu. Butir yang \
                dibatalkan tidak dihitung. RTL periode ini biasanya belum ada pada akhir periode; karena itu yang diperiksa SKM yang \
                sudah cukup lama berakhir, umumnya periode sebelumnya.
                """,
            en: """
                SKM results are followed up with a plan (RTL) that starts from the weakest elements. For the surveys of this period \
                and of the previous one (when its responses were imported) that ended at least `within_working_days` working days \
                before the evaluation's day, the rule takes each unit's `weakest_elements` elements with the lowest NRR (ties in \
                element order) and finds units whose plan has no item of origin `skm` for that period and element. Dropped items do \
                not count. This period's plan rarely exists when the period ends, so what is checked are surveys that ended long \
                enough ago, usually the previous period's.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .major,
        parameters: [
            RuleParameter(
                "weakest_elements", .integer(1...14), default: .integer(3),
                help: LocalizedText(
                    id: "Berapa unsur terlemah setiap unit yang harus ada dalam RTL (sama dengan unsur terlemah yang ditampilkan laporan SKM).",
                    en: "How many of each unit's weakest elements the plan must cover (the weakest elements the SKM report shows).")),
            RuleParameter(
                "within_working_days", .integer(0...260), default: .integer(20),
                help: LocalizedText(
                    id: "Hari kerja sesudah akhir periode survei sampai RTL-nya harus sudah disusun.",
                    en: "Working days after the survey period's end by which its plan must be drawn up.")),
        ],
        requires: [.survey, .followUps],
        examples: [
            .passes(
                LocalizedText(
                    id: "Unsur terlemah semester II 2025 kedua unit (U3, U9, U8) ada dalam RTL.",
                    en: "Both units' weakest elements of the second half of 2025 (U3, U9, U8) are in the plan."),
                records: ExampleRegion.weakRecords.with(rtl: ExampleRegion.followUpsOnWeakest(ExampleRegion.disdukcapil, ExampleRegion.dpmptsp))),
            .triggers(
                LocalizedText(
                    id: "RTL DPMPTSP hanya memuat U3; U9 dan U8 belum, dan butir U9-nya dibatalkan.",
                    en: "DPMPTSP's plan only covers U3; U9 and U8 are missing, and its U9 item was dropped."),
                records: ExampleRegion.weakRecords.with(rtl: ExampleRegion.followUpsOnWeakest(ExampleRegion.disdukcapil) + [
                    ExampleRegion.skmFollowUp("RTL-21", unit: ExampleRegion.dpmptsp, element: "U3", row: 5),
                    ExampleRegion.skmFollowUp("RTL-22", unit: ExampleRegion.dpmptsp, element: "U9", status: .dropped, row: 6),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "RTL yang sama bila hanya satu unsur terlemah yang wajib.", en: "The same plan when only the weakest element is required."),
                records: ExampleRegion.weakRecords.with(rtl: ExampleRegion.followUpsOnWeakest(ExampleRegion.disdukcapil) + [
                    ExampleRegion.skmFollowUp("RTL-21", unit: ExampleRegion.dpmptsp, element: "U3", row: 5)
                ]),
                parameters: ["weakest_elements": .integer(1)]),
        ])

    let weakestCount: Int
    let workingDays: Int

    init(settings: RuleSettings) {
        weakestCount = settings.integer("weakest_elements")
        workingDays = settings.integer("within_working_days")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let skm = SKMRecords(records)
        let plan = skm.followUps.filter { $0.status != .dropped }
        var findings: [RuleFinding] = []
        for survey in skm.surveysDue(workingDaysAfterEnd: workingDays) {
            let scheme = survey.scheme
            let figures = SurveyFigures(scheme: scheme)
            for unit in survey.units {
                guard let result = unit.summary.result else { continue }
                let key = skm.unitKey(unit.name)
                var items: [FollowUpItem] = []
                var covered: Set<String> = []
                for item in plan where skm.unitKey(item.unit) == key {
                    guard case .skm(let period, let element) = item.origin, period == survey.period else { continue }
                    items.append(item)
                    covered.insert(element)
                }
                let weakest = result.elements.enumerated()
                    .sorted { ($0.element.nrr, $0.offset) < ($1.element.nrr, $1.offset) }
                    .prefix(weakestCount).map(\.element)
                let missing = weakest.filter { !covered.contains($0.code) }
                guard !missing.isEmpty else { continue }
                let listed = SurveyFigures.list(missing.map { element in
                    let title = scheme.elementTitle(element.code), score = figures.score(element.score)
                    return LocalizedText(id: "\(title.indonesian) (\(score.indonesian))", en: "\(title.english) (\(score.english))")
                })
                let names = SurveyFigures.list(missing.map { scheme.elementTitle($0.code) })
                let period = (id: survey.period.label(.indonesian), en: survey.period.label(.english))
                findings.append(RuleFinding(
                    subject: Finding.Subject(unit: records.unitName(unit.name)),
                    message: LocalizedText(
                        id: "RTL hasil SKM \(period.id) tidak memuat \(missing.count) dari \(weakest.count) unsur terlemah: \(listed.indonesian).",
                        en: "The follow-up plan for the SKM of \(period.en) lacks \(missing.count) of the \(weakest.count) weakest elements: \(listed.english)."),
                    action: LocalizedText(
                        id: "Tambahkan ke RTL rencana aksi untuk unsur \(names.indonesian), masing-masing dengan penanggung jawab dan target selesai.",
                        en: "Add actions for \(names.english) to the follow-up plan, each with a person in charge and a planned date."),
                    evidence: [
                        .init("period", survey.period.description), .init("missing_elements", missing.map(\.code).joined(separator: ", ")),
                        .init("weakest_elements", weakest.map(\.code).joined(separator: ", ")),
                    ],
                    records: items.map(\.id)))
            }
        }
        return findings
    }
}
