import PantauYAML

/// `innovation.none-in-year`: units that started no public-service innovation in the period's year.
struct InnovationNoneInYear: Rule {
    static let description = RuleDescription(
        id: "innovation.none-in-year",
        area: .innovation,
        title: LocalizedText(id: "OPD tanpa inovasi tahun ini", en: "Unit without an innovation this year"),
        explanation: LocalizedText(
            id: """
                Gerakan "satu instansi satu inovasi" meminta setiap perangkat daerah melahirkan sedikitnya satu inovasi pelayanan \
                publik setiap tahun (PermenPAN-RB 91/2021, pengganti PermenPAN-RB 19/2016). Aturan ini menemukan OPD dalam daftar \
                unit (atau, tanpa daftar, setiap OPD yang disebut catatan) yang tidak memulai inovasi pada tahun periode evaluasi, \
                atau yang inovasinya tahun itu belum mencapai tahap `min_stage`. Untuk periode triwulan atau semester, tahunnya \
                dinilai sampai tanggal evaluasi: selama tahun belum berakhir temuannya berperingkat `early_severity` (bawaan info, \
                sebagai pengingat), dan baru berperingkat penuh bila tanggal evaluasi 31 Desember atau sesudahnya.
                """,
            en: """
                "One agency, one innovation" asks every agency for at least one new public-service innovation a year \
                (PermenPAN-RB 91/2021, which replaced PermenPAN-RB 19/2016). The rule finds units of the register (or, without one, \
                every unit the records name) that started no innovation in the evaluated period's year, or whose innovations of \
                that year have not reached the stage `min_stage`. For a quarter or a semester the year is judged as it stands on \
                the evaluation day: while the year is not over the finding has severity `early_severity` (info by default, a \
                reminder), and the full severity once the evaluation day is 31 December or later.
                """),
        regulation: "PermenPAN-RB 91/2021",
        defaultSeverity: .major,
        parameters: [
            RuleParameter(
                "min_stage", .choice(InnovationStage.words), default: .word(InnovationStage.idea.rawValue),
                help: LocalizedText(
                    id: "Tahap terendah yang menghitung inovasi tahun itu: ide, uji-coba, penerapan atau replikasi.",
                    en: "The lowest stage at which the year's innovation counts: ide, uji-coba, penerapan or replikasi (idea, trial, implementation, replication).")),
            RuleParameter(
                "early_severity", .choice(Finding.Severity.allCases.map(\.rawValue)), default: .word(Finding.Severity.info.rawValue),
                help: LocalizedText(
                    id: "Tingkat temuan selama tahun periode belum berakhir pada tanggal evaluasi.",
                    en: "The severity while the period's year is not over on the evaluation day.")),
        ],
        requires: [.innovations],
        examples: [
            .passes(
                LocalizedText(
                    id: "Kedua OPD memulai inovasi pada 2026.", en: "Both units started an innovation in 2026."),
                records: ExampleRegion.records.with(innovations: ExampleRegion.innovationsThisYear)),
            .triggers(
                LocalizedText(
                    id: "Inovasi terakhir DPMPTSP dimulai pada 2025; semester I 2026 belum ada (temuan info: tahun belum berakhir).",
                    en: "DPMPTSP's latest innovation started in 2025; none yet in the first semester of 2026 (an info finding: the year is not over)."),
                records: ExampleRegion.records.with(innovations: [
                    ExampleRegion.innovation("INV-01", year: 2026, row: 2),
                    ExampleRegion.innovation("INV-02", unit: ExampleRegion.dpmptsp, year: 2025, row: 3),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Inovasi DPMPTSP 2026 baru berupa ide, sedangkan pipeline menghitung inovasi mulai tahap uji coba.",
                    en: "DPMPTSP's 2026 innovation is still an idea, and the pipeline counts innovations from the trial stage."),
                records: ExampleRegion.records.with(innovations: [
                    ExampleRegion.innovation("INV-01", year: 2026, stage: .trial, row: 2),
                    ExampleRegion.innovation("INV-02", unit: ExampleRegion.dpmptsp, year: 2026, stage: .idea, row: 3),
                ]),
                parameters: ["min_stage": .word(InnovationStage.trial.rawValue)],
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Tahun 2026 dievaluasi utuh: tidak ada OPD yang memulai inovasi pada 2026.",
                    en: "The whole of 2026 is evaluated: no unit started an innovation in 2026."),
                records: EvaluationRecords(
                    period: Period(kind: .year, year: 2026)!, calendar: ExampleRegion.calendar, register: ExampleRegion.register,
                    innovations: InnovationRegister([ExampleRegion.innovation("INV-01", year: 2025)])),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil), ExampleRegion.subject(ExampleRegion.dpmptsp)]),
        ])

    let minStage: InnovationStage
    let earlySeverity: Finding.Severity

    init(settings: RuleSettings) {
        minStage = InnovationStage(rawValue: settings.word("min_stage")) ?? .idea
        earlySeverity = Finding.Severity(rawValue: settings.word("early_severity")) ?? .info
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let register = records.innovations else { return [] }
        let year = records.period.year
        let yearOver = records.asOf >= CalendarDate(year: year, month: 12, day: 31)!  // 31 December exists in every year
        return records.unitNames.compactMap { unit in
            let own = register.innovations(ofUnit: unit)
            let thisYear = own.filter { $0.year == year }
            guard !thisYear.contains(where: { $0.stage.reached(minStage) }) else { return nil }
            let latest = own.map(\.year).filter { $0 < year }.max()
            var message = yearOver
                ? LocalizedText(
                    id: "Tidak ada inovasi pelayanan publik yang dimulai pada \(year).",
                    en: "No public-service innovation was started in \(year).")
                : LocalizedText(
                    id: "Sampai \(records.asOf) belum ada inovasi pelayanan publik yang dimulai pada \(year); tahun belum berakhir.",
                    en: "Up to \(records.asOf) no public-service innovation has been started in \(year); the year is not over.")
            if !thisYear.isEmpty {
                let names = thisYear.map { "\($0.name) (\($0.stage.rawValue))" }.joined(separator: ", ")
                message = LocalizedText(
                    id: message.indonesian + " Inovasi \(year) yang tercatat belum mencapai tahap \(minStage.rawValue): \(names).",
                    en: message.english + " The \(year) innovations registered have not reached the stage \(minStage.rawValue): \(names).")
            }
            var evidence: [RuleFinding.Evidence] = [.init("year", year), .init("innovations_in_year", thisYear.count)]
            if let latest { evidence.append(.init("latest_innovation_year", latest)) }
            return RuleFinding(
                subject: Finding.Subject(unit: unit),
                message: message,
                action: LocalizedText(
                    id: "Tetapkan paling sedikit satu inovasi pelayanan publik \(unit) untuk \(year) dan catat dalam daftar inovasi daerah (satu instansi satu inovasi).",
                    en: "Set up at least one public-service innovation of \(unit) for \(year) and enter it in the region's innovation register (one agency, one innovation)."),
                evidence: evidence,
                records: thisYear.map(\.recordID),
                severity: yearOver ? nil : earlySeverity)
        }
    }
}

extension InnovationStage {
    /// Whether an innovation at this stage has come as far as `stage`: the stages in their order.
    fileprivate func reached(_ stage: InnovationStage) -> Bool {
        (Self.allCases.firstIndex(of: self) ?? 0) >= (Self.allCases.firstIndex(of: stage) ?? 0)
    }
}
