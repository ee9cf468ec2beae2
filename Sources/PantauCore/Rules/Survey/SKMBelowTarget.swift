import PantauYAML

/// `skm.below-target`: a unit's (or a service's) survey score below the target.
struct SKMBelowTarget: Rule {
    static let description = RuleDescription(
        id: "skm.below-target",
        area: .survey,
        title: LocalizedText(id: "Nilai SKM di bawah target", en: "SKM score below target"),
        explanation: LocalizedText(
            id: """
                Nilai SKM (IKM × 25) setiap unit dibandingkan secara eksak dengan target: bawaan nilai terendah mutu B (*Baik*, 76,61 \
                menurut PermenPAN-RB 14/2017), atau target nilai daerah sendiri. Nilai tepat sama dengan target tidak di bawahnya. \
                Nilai dalam mutu terendah skema (D, *Tidak Baik*) dinaikkan ke `critical`. Dengan `per_service` setiap layanan juga \
                dinilai.
                """,
            en: """
                Each unit's SKM score (IKM × 25) is compared exactly with the target: by default the lowest score of grade B \
                (*Baik*, 76.61 under PermenPAN-RB 14/2017), or a target score of the region's own. A score exactly on the target is \
                not below it. A score in the scheme's lowest band (D, *Tidak Baik*) is raised to `critical`. With `per_service` each \
                service is judged too.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .major,
        parameters: SKMTarget.parameters(for: LocalizedText(id: "nilai SKM", en: "the SKM score")) + [
            RuleParameter(
                "per_service", .boolean, default: .boolean(false),
                help: LocalizedText(
                    id: "Nilai juga setiap layanan terhadap target, selain unitnya.", en: "Judge each service against the target too, besides its unit.")),
        ],
        requires: [.survey],
        examples: [
            .passes(
                LocalizedText(id: "Kedua unit bernilai 87,50 (mutu B).", en: "Both units score 87.50 (grade B)."),
                records: ExampleRegion.records.with(skm: ExampleRegion.soundSKM())),
            .triggers(
                LocalizedText(
                    id: "Semua responden DPMPTSP menjawab 3 untuk setiap unsur: nilai 75,00, mutu C.",
                    en: "Every DPMPTSP respondent answered 3 to every element: a score of 75.00, grade C."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(
                    ExampleRegion.unitRespondents(ExampleRegion.disdukcapil)
                        + [ExampleRespondents(40, of: ExampleRegion.dpmptsp, answering: ExampleRespondents.threes)])),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(id: "Nilai 75,00 yang sama dengan target mutu C.", en: "The same score of 75.00 with a target of grade C."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(
                    [ExampleRespondents(40, of: ExampleRegion.dpmptsp, answering: ExampleRespondents.threes)])),
                parameters: ["min_grade": .word("C")]),
            .triggers(
                LocalizedText(id: "Target daerah 90: kedua unit di bawahnya.", en: "A regional target of 90: both units fall below it."),
                records: ExampleRegion.records.with(skm: ExampleRegion.soundSKM()),
                parameters: ["min_score": .decimal(Rational(90))],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil), ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Per layanan: Disdukcapil secara keseluruhan 81,25, tetapi Akta Kelahiran hanya 75,00.",
                    en: "Per service: Disdukcapil scores 81.25 overall, but Akta Kelahiran only 75.00."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(
                    ExampleRegion.soundRespondents(ExampleRegion.disdukcapil, ExampleRegion.ktp)
                        + [ExampleRespondents(20, of: ExampleRegion.disdukcapil, ExampleRegion.akta, answering: ExampleRespondents.threes)])),
                parameters: ["per_service": .boolean(true)],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
        ])

    let target: SKMTarget
    let perService: Bool

    init(settings: RuleSettings) {
        target = SKMTarget(settings: settings)
        perService = settings.boolean("per_service")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let survey = records.survey, let minimum = target.minimum(in: survey.scheme) else { return [] }
        let scheme = survey.scheme
        var findings: [RuleFinding] = []
        for unit in survey.units {
            let name = records.unitName(unit.name)
            var groups = [(subject: Finding.Subject(unit: name), group: unit.summary)]
            if perService {
                groups += unit.services.map { (Finding.Subject(unit: name, service: records.serviceName(unitID: unit.name, serviceID: $0.name)), $0) }
            }
            for (subject, group) in groups {
                guard let result = group.result, result.score < minimum else { continue }
                findings.append(finding(subject, result, minimum: minimum, scheme: scheme))
            }
        }
        return findings
    }

    private func finding(_ subject: Finding.Subject, _ result: SurveyResult, minimum: Rational, scheme: SurveyScheme) -> RuleFinding {
        let figures = SurveyFigures(scheme: scheme, target: minimum)
        let score = figures.score(result.score)
        let goal = target.text(minimum, in: scheme)
        let band = result.grade
        let weakest = SurveyFigures.list(result.weakest.map { scheme.elementTitle($0.code) })
        return RuleFinding(
            subject: subject,
            message: LocalizedText(
                id: "Nilai SKM \(score.indonesian) (mutu \(band.grade), \(band.localizedQuality(.indonesian))) dari \(result.respondents) responden, di bawah target \(goal.indonesian).",
                en: "An SKM score of \(score.english) (grade \(band.grade), \(band.localizedQuality(.english))) from \(result.respondents) respondents, below the target of \(goal.english)."),
            action: LocalizedText(
                id: "Susun dan jalankan RTL untuk unsur terlemah (\(weakest.indonesian)) agar nilai SKM mencapai paling sedikit \(goal.indonesian).",
                en: "Draw up and carry out a follow-up plan for the weakest elements (\(weakest.english)) so that the SKM score reaches at least \(goal.english)."),
            evidence: [
                .init("score", figures.evidence(result.score)), .init("grade", band.grade), .init("target", minimum.decimalText),
                .init("respondents", result.respondents),
            ],
            severity: band == scheme.lowestBand ? .critical : nil)
    }
}
