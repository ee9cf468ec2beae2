import PantauYAML

/// `skm.missing`: a unit without a single survey respondent in the period.
struct SKMMissing: Rule {
    static let description = RuleDescription(
        id: "skm.missing",
        area: .survey,
        title: LocalizedText(id: "Unit tanpa SKM", en: "Unit without an SKM"),
        explanation: LocalizedText(
            id: """
                SKM wajib dilaksanakan paling sedikit sekali setahun. Aturan ini menemukan unit dalam daftar (tanpa daftar: unit yang \
                disebut catatan lain) yang tidak punya satu pun responden SKM pada periode. Bila periode ini, ditambah periode \
                sebelumnya bila jawabannya diimpor dan unit itu juga tanpa responden di sana, mencakup seluruh rentang `survey_every` \
                (bawaan: satu tahun kalender) sampai akhir rentang itu, kewajiban itu terlanggar dan temuan bertingkat aturan ini. Bila \
                rentangnya belum habis (semester I tanpa SKM, padahal semester II masih ada), temuan bertingkat `info` sebagai \
                pengingat. Periode yang lebih panjang dari `survey_every` hanya dapat menunjukkan unit yang tidak disurvei sama sekali. \
                Bila tidak ada satu pun jawaban bertanggal dalam periode, SKM dianggap tidak diimpor dan aturan tidak dijalankan.
                """,
            en: """
                The SKM must be held at least once a year. The rule finds units of the register (without one: units other records \
                name) with no SKM respondent at all in the period. When this period, together with the previous one where its \
                responses were imported and the unit had none there either, covers a whole `survey_every` span (by default a \
                calendar year) to its end, the obligation is breached and the finding takes the rule's severity. While the span is \
                still running (no SKM in the first half, with the second half to come), the finding is an `info` reminder. A period \
                longer than `survey_every` can only show units not surveyed at all. When no response at all is dated in the \
                period, the survey counts as not imported and the rule is not run.
                """),
        regulation: "PermenPAN-RB 14/2017",
        defaultSeverity: .major,
        parameters: [
            RuleParameter(
                "survey_every", .choice(Interval.allCases.map(\.rawValue)), default: .word(Interval.year.rawValue),
                help: LocalizedText(
                    id: "Rentang yang wajib memuat paling sedikit satu SKM: `year` (peraturan), atau `semester`/`quarter` bila daerah mewajibkan lebih sering.",
                    en: "The span that must hold at least one SKM: `year` (the regulation), or `semester`/`quarter` where the region requires more often.")),
        ],
        requires: [.survey],
        examples: [
            .passes(
                LocalizedText(id: "Kedua unit punya responden pada semester ini.", en: "Both units have respondents this semester."),
                records: ExampleRegion.records.with(skm: ExampleRegion.soundSKM())),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP tanpa responden pada semester I 2026 tetapi disurvei pada semester II 2025: pengingat `info`, tahun 2026 belum berakhir.",
                    en: "DPMPTSP has no respondent in the first half of 2026 but was surveyed in the second half of 2025: an `info` reminder, 2026 is not over."),
                records: ExampleRegion.records.with(
                    skm: ExampleRegion.skm(ExampleRegion.unitRespondents(ExampleRegion.disdukcapil)),
                    previous: ExampleRegion.soundSKM(period: ExampleRegion.lastSemester)),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Daerah mewajibkan SKM setiap semester dan DPMPTSP tanpa responden pada semester ini.",
                    en: "The region requires an SKM every semester and DPMPTSP has no respondent this semester."),
                records: ExampleRegion.records.with(skm: ExampleRegion.skm(ExampleRegion.unitRespondents(ExampleRegion.disdukcapil))),
                parameters: ["survey_every": .word("semester")],
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Evaluasi tahun 2026: DPMPTSP tanpa responden sepanjang tahun.",
                    en: "The 2026 evaluation: DPMPTSP has no respondent all year."),
                records: ExampleRegion.records.with {
                    let year = Period(kind: .year, year: 2026)!
                    $0.period = year
                    $0.asOf = year.end
                    $0.survey = ExampleRegion.skm(ExampleRegion.unitRespondents(ExampleRegion.disdukcapil), period: year)
                },
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
        ])

    /// The span that must hold a survey.
    enum Interval: String, CaseIterable {
        case year, semester, quarter

        var kind: Period.Kind {
            switch self {
            case .year: .year
            case .semester: .semester
            case .quarter: .quarter
            }
        }

        var every: LocalizedText {
            switch self {
            case .year: LocalizedText(id: "setahun", en: "a year")
            case .semester: LocalizedText(id: "per semester", en: "a semester")
            case .quarter: LocalizedText(id: "per triwulan", en: "a quarter")
            }
        }
    }

    let interval: Interval

    init(settings: RuleSettings) {
        interval = Interval(rawValue: settings.word("survey_every")) ?? .year
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let survey = records.survey else { return [] }
        let skm = SKMRecords(records)
        let period = records.period
        // The span the period falls in; a period at least as long as the span stands for it.
        let window =
            period.kind.periodsPerYear <= interval.kind.periodsPerYear ? period : (Period.containing(period.start, kind: interval.kind) ?? period)
        return records.unitNames.compactMap { unit in
            guard skm.surveyed(unit, in: survey) == nil else { return nil }
            var evidence: [RuleFinding.Evidence] = [.init("respondents", 0)]
            var emptySince = period.start
            if let previous = records.previousSurvey {
                let respondents = skm.surveyed(unit, in: previous)?.summary.tally.respondents ?? 0
                evidence.append(.init("previous_period_respondents", respondents))
                if respondents == 0 { emptySince = previous.period.start }
            }
            evidence.append(.init("deadline", window.end.description))
            let breached = emptySince <= window.start && period.end >= window.end
            if breached {
                return RuleFinding(
                    subject: Finding.Subject(unit: records.unitName(unit)),
                    message: LocalizedText(
                        id: "Tidak ada responden SKM sepanjang \(window.label(.indonesian)); SKM wajib dilaksanakan paling sedikit sekali \(interval.every.indonesian).",
                        en: "No SKM respondent throughout \(window.label(.english)); the survey must be held at least once \(interval.every.english)."),
                    action: LocalizedText(
                        id: "Laksanakan SKM segera, dengan responden paling sedikit sebanyak sampel minimum Krejcie–Morgan, lalu publikasikan hasilnya.",
                        en: "Hold the SKM now, with at least the Krejcie–Morgan minimum sample of respondents, then publish its results."),
                    evidence: evidence)
            }
            return RuleFinding(
                subject: Finding.Subject(unit: records.unitName(unit)),
                message: LocalizedText(
                    id: "Belum ada responden SKM pada \(period.label(.indonesian)); SKM untuk \(window.label(.indonesian)) masih dapat dilaksanakan hingga \(window.end).",
                    en: "No SKM respondent yet in \(period.label(.english)); the survey for \(window.label(.english)) can still be held until \(window.end)."),
                action: LocalizedText(
                    id: "Jadwalkan SKM sebelum \(window.end), dengan responden paling sedikit sebanyak sampel minimum Krejcie–Morgan.",
                    en: "Schedule the SKM before \(window.end), with at least the Krejcie–Morgan minimum sample of respondents."),
                evidence: evidence,
                severity: .info)
        }
    }
}
