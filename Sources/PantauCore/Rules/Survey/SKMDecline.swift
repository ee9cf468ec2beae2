import PantauYAML

/// `skm.decline`: a unit's survey score fell against the previous period.
struct SKMDecline: Rule {
    static let description = RuleDescription(
        id: "skm.decline",
        area: .survey,
        title: LocalizedText(id: "Nilai SKM turun", en: "SKM score fell"),
        explanation: LocalizedText(
            id: """
                SKM dilaksanakan berkala agar perbaikan terlihat dari periode ke periode. Bila jawaban periode sebelumnya juga diimpor, \
                aturan ini menemukan unit yang nilai SKM-nya turun lebih dari `max_drop` poin (pada skala 25–100) dibanding periode \
                sebelumnya; turun tepat `max_drop` belum termasuk. Penurunan yang juga menurunkan mutu (misalnya B ke C) dinaikkan ke \
                `major`. Temuan menyebut unsur yang paling turun. Tanpa jawaban periode sebelumnya, atau dengan skema yang berbeda, \
                tidak ada pembanding dan aturan tidak menemukan apa pun.
                """,
            en: """
                The SKM is repeated so that improvement shows from one period to the next. When the previous period's responses are \
                imported too, the rule finds units whose score fell by more than `max_drop` points (on the 25–100 scale) against \
                that period; a fall of exactly `max_drop` is not beyond it. A fall that also lowers the grade (B to C, say) is \
                raised to `major`. The finding names the element that fell most. Without the previous period's responses, or under \
                another scheme, there is nothing to compare with and the rule finds nothing.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "max_drop", .decimal(Rational.zero...Rational(75)), default: .decimal(Rational(2)),
                help: LocalizedText(
                    id: "Penurunan nilai (poin, skala 25–100) yang masih diterima.", en: "The fall in score (points, 25–100 scale) still accepted.")),
        ],
        requires: [.survey],
        examples: [
            .passes(
                LocalizedText(id: "Nilai kedua unit tetap 87,50.", en: "Both units keep their score of 87.50."),
                records: ExampleRegion.records.with(
                    skm: ExampleRegion.soundSKM(), previous: ExampleRegion.soundSKM(period: ExampleRegion.lastSemester))),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP turun dari 87,50 (B) menjadi 75,00 (C).", en: "DPMPTSP falls from 87.50 (B) to 75.00 (C)."),
                records: ExampleRegion.records.with(
                    skm: ExampleRegion.skm(
                        ExampleRegion.unitRespondents(ExampleRegion.disdukcapil)
                            + [ExampleRespondents(40, of: ExampleRegion.dpmptsp, answering: ExampleRespondents.threes)]),
                    previous: ExampleRegion.soundSKM(period: ExampleRegion.lastSemester)),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(id: "Penurunan yang sama dengan `max_drop` 15 poin.", en: "The same fall with a `max_drop` of 15 points."),
                records: ExampleRegion.records.with(
                    skm: ExampleRegion.skm([ExampleRespondents(40, of: ExampleRegion.dpmptsp, answering: ExampleRespondents.threes)]),
                    previous: ExampleRegion.soundSKM(period: ExampleRegion.lastSemester)),
                parameters: ["max_drop": .decimal(Rational(15))]),
            .passes(
                LocalizedText(
                    id: "Nilai DPMPTSP 75,00, tetapi jawaban periode sebelumnya tidak diimpor.",
                    en: "DPMPTSP scores 75.00, but the previous period's responses were not imported."),
                records: ExampleRegion.records.with(
                    skm: ExampleRegion.skm([ExampleRespondents(40, of: ExampleRegion.dpmptsp, answering: ExampleRespondents.threes)]))),
        ])

    let maxDrop: Rational

    init(settings: RuleSettings) {
        maxDrop = settings.decimal("max_drop")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let survey = records.survey, let previous = records.previousSurvey, previous.scheme.id == survey.scheme.id else { return [] }
        let skm = SKMRecords(records)
        let scheme = survey.scheme
        let figures = SurveyFigures(scheme: scheme)
        return survey.units.compactMap { unit in
            guard let now = unit.summary.result, let before = skm.surveyed(unit.name, in: previous)?.summary.result else { return nil }
            let drop = before.score - now.score
            guard drop > maxDrop else { return nil }
            // The element that fell most, earliest in the scheme on a tie.
            let falls = zip(before.elements, now.elements).map { $0.score - $1.score }
            let steepest = falls.indices.max { (falls[$0], -$0) < (falls[$1], -$1) } ?? 0
            let element = scheme.elementTitle(now.elements[steepest].code)
            let fall = SurveyFigures.decimal(drop, places: 2), elementFall = SurveyFigures.decimal(falls[steepest], places: 2)
            let (earlier, later) = (figures.score(before.score), figures.score(now.score))
            return RuleFinding(
                subject: Finding.Subject(unit: records.unitName(unit.name)),
                message: LocalizedText(
                    id: "Nilai SKM turun \(fall.indonesian) poin, dari \(earlier.indonesian) (mutu \(before.grade.grade)) pada \(previous.period.label(.indonesian)) menjadi \(later.indonesian) (mutu \(now.grade.grade)) pada \(survey.period.label(.indonesian)); penurunan terbesar pada unsur \(element.indonesian) (\(elementFall.indonesian) poin).",
                    en: "The SKM score fell by \(fall.english) points, from \(earlier.english) (grade \(before.grade.grade)) in \(previous.period.label(.english)) to \(later.english) (grade \(now.grade.grade)) in \(survey.period.label(.english)); the steepest fall is in \(element.english) (\(elementFall.english) points)."),
                action: LocalizedText(
                    id: "Telusuri penyebab penurunan, terutama pada unsur \(element.indonesian), dan masukkan perbaikannya ke RTL.",
                    en: "Find out why the score fell, starting with \(element.english), and put the remedy into the follow-up plan."),
                evidence: [
                    .init("previous_score", figures.evidence(before.score)), .init("score", figures.evidence(now.score)),
                    .init("drop", fall.english), .init("previous_grade", before.grade.grade), .init("grade", now.grade.grade),
                    .init("steepest_element", now.elements[steepest].code),
                ],
                severity: now.grade.minimumScore < before.grade.minimumScore ? .major : nil)
        }
    }
}
