import PantauYAML

/// `skm.weak-elements`: the elements of a unit's survey that score below the target.
struct SKMWeakElements: Rule {
    static let description = RuleDescription(
        id: "skm.weak-elements",
        area: .survey,
        title: LocalizedText(id: "Unsur SKM di bawah target", en: "SKM elements below target"),
        explanation: LocalizedText(
            id: """
                Nilai setiap unsur (NRR × 25) dibandingkan secara eksak dengan target, bawaan nilai terendah mutu B (76,61, yaitu NRR \
                3,0644). Unit yang nilai totalnya baik pun dapat lemah pada satu unsur, dan hasil SKM menjadi dasar RTL dari unsur \
                terlemah. Satu temuan per unit menyebut unsur-unsurnya dengan nama menurut skema, yang terlemah lebih dulu; nilai \
                tepat sama dengan target tidak di bawahnya.
                """,
            en: """
                Each element's score (NRR × 25) is compared exactly with the target, by default the lowest score of grade B (76.61, \
                an NRR of 3.0644). A unit with a good overall score can still be weak on one element, and the follow-up plan starts \
                from the weakest. One finding per unit names its elements as the scheme names them, weakest first; a score exactly on \
                the target is not below it.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .minor,
        parameters: SKMTarget.parameters(for: LocalizedText(id: "setiap unsur", en: "each element")),
        requires: [.survey],
        examples: [
            .passes(
                LocalizedText(id: "Setiap unsur kedua unit bernilai 87,50.", en: "Every element of both units scores 87.50."),
                records: ExampleRegion.records.with(skm: ExampleRegion.soundSKM())),
            .triggers(
                LocalizedText(
                    id: "Nilai total Disdukcapil 80,56 (mutu B), tetapi Waktu Penyelesaian dan Sarana hanya 62,50 dan Pengaduan 75,00.",
                    en: "Disdukcapil scores 80.56 overall (grade B), but completion time and facilities only 62.50 and complaint handling 75.00."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(
                    ExampleRegion.weakRespondents(ExampleRegion.disdukcapil) + ExampleRegion.unitRespondents(ExampleRegion.dpmptsp))),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .passes(
                LocalizedText(id: "Unsur yang sama dengan target mutu D.", en: "The same elements with a target of grade D."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(ExampleRegion.weakRespondents(ExampleRegion.disdukcapil))),
                parameters: ["min_grade": .word("D")]),
        ])

    let target: SKMTarget

    init(settings: RuleSettings) {
        target = SKMTarget(settings: settings)
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let survey = records.survey, let minimum = target.minimum(in: survey.scheme) else { return [] }
        let scheme = survey.scheme
        let figures = SurveyFigures(scheme: scheme, target: minimum)
        let goal = target.text(minimum, in: scheme)
        return survey.units.compactMap { unit in
            guard let result = unit.summary.result else { return nil }
            let weak = result.elements.enumerated()
                .filter { $0.element.score < minimum }
                .sorted { ($0.element.nrr, $0.offset) < ($1.element.nrr, $1.offset) }
                .map(\.element)
            guard let lowest = weak.first else { return nil }
            let listed = SurveyFigures.list(weak.map { element in
                let title = scheme.elementTitle(element.code), score = figures.score(element.score)
                return LocalizedText(id: "\(title.indonesian) (\(score.indonesian))", en: "\(title.english) (\(score.english))")
            })
            let names = SurveyFigures.list(weak.map { scheme.elementTitle($0.code) })
            return RuleFinding(
                subject: Finding.Subject(unit: records.unitName(unit.name)),
                message: LocalizedText(
                    id: "Unsur di bawah target \(goal.indonesian): \(listed.indonesian).",
                    en: "Elements below the target of \(goal.english): \(listed.english)."),
                action: LocalizedText(
                    id: "Jadikan unsur \(names.indonesian) prioritas RTL, masing-masing dengan rencana aksi, penanggung jawab dan target selesai.",
                    en: "Make \(names.english) the priorities of the follow-up plan, each with an action, a person in charge and a planned date."),
                evidence: [
                    .init("weak_elements", weak.count), .init("elements", weak.map(\.code).joined(separator: ", ")), .init("lowest_element_score", figures.evidence(lowest.score)),
                    .init("target", minimum.decimalText),
                ])
        }
    }
}
