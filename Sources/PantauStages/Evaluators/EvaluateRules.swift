public import PantauCore
public import PantauPipeline
public import PantauYAML

/// `evaluate.rules`: every rule of the catalogue over the records the pipeline imported.
public struct EvaluateRules: Stage {
    public static let descriptor = StageDescriptor(
        id: "evaluate.rules",
        role: .evaluator,
        summary: LocalizedText(
            id: "Periksa layanan dan unit terhadap standar pelayanan dan peraturan dengan katalog aturan; setiap temuan membawa bukti dan dasar hukumnya.",
            en: "Check services and units against their standards and the regulations with the rule catalogue; every finding carries its evidence and legal basis."),
        details: LocalizedText(
            id: """
                Menjalankan setiap aturan di katalog (`pantau rules`, docs/rules.md) atas catatan yang diimpor oleh tahap sebelumnya: \
                standar pelayanan, SKM, pengaduan, rapat, partisipasi, RTL dan inovasi. Aturan yang catatannya tidak diimpor tidak \
                dievaluasi, dan laporan menyebutkannya. Batas hari kerja dihitung dengan kalender hari kerja pipeline. \
                "Terlambat" dihitung pada hari terakhir periode, atau pada tanggal jalan bila periode belum berakhir (`as_of` mengubahnya).
                """,
            en: """
                Runs every rule of the catalogue (`pantau rules`, docs/rules.md) over the records earlier stages imported: service \
                standards, SKM, complaints, meetings, participation, follow-up plans and innovations. Rules whose records were not \
                imported are not evaluated, and reports say so. Working-day limits use the pipeline's working-day calendar. \
                "Overdue" means overdue on the period's last day, or on the run's date when the period has not ended (`as_of` changes it).
                """),
        options: [
            StageOption("rules", .custom("{rule id: off | {enabled, severity, parameter: value}}"), .optional(default: nil), help: LocalizedText(
                id: "Pengaturan per aturan: `off` mematikannya; `severity` mengubah tingkatnya; parameter aturan (lihat `pantau rules <id>`) mengubah batasnya.",
                en: "Settings per rule: `off` switches it off; `severity` changes its level; the rule's parameters (see `pantau rules <id>`) change its limits.")),
            StageOption("areas", .list(.choice(RuleArea.allCases.map(\.rawValue))), .optional(default: nil), help: LocalizedText(
                id: "Hanya aturan bidang ini (mis. `[standard, complaint]`); bawaan: semua bidang.",
                en: "Only the rules of these areas (e.g. `[standard, complaint]`); default: every area.")),
            StageOption("as_of", .date, .optional(default: nil), help: LocalizedText(
                id: "Tanggal acuan untuk \"terlambat\", mis. tanggal rapat koordinasi; bawaan: akhir periode atau hari ini bila lebih awal.",
                en: "The date \"overdue\" is measured on, e.g. a coordination meeting's date; default: the period's end, or today when earlier.")),
        ],
        consumesIfPresent: [
            .serviceRegister, .serviceStandards, .skmResults, .surveyResponses, .servicePopulations, .complaints, .meetings,
            .participation, .followUps, .innovations, .surveyPublications,
        ],
        produces: [.findings, .ruleOutcomes],
        example: """
            - id: aturan
              uses: evaluate.rules
              with:
                rules:
                  standard.components-missing: { delivery_severity: critical }
                  standard.missing: { severity: major }
            """)

    let settings: [String: RuleSettings]
    let rules: [any Rule.Type]
    let asOf: CalendarDate?

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let areas = problems.attempt {
            try configuration.value("areas") { node throws(Diagnostic) in
                var areas: [RuleArea] = []
                for item in try node.list(allowingSingle: true) { areas.append(try item.choice(RuleArea.self)) }
                return areas
            }
        } ?? nil
        rules = RuleCatalogue.rules.filter { areas?.contains($0.description.area) ?? true }
        let read = RuleSettingsReader.read(configuration["rules"], rules: RuleCatalogue.rules)
        problems.add(contentsOf: read.problems)
        settings = read.settings
        asOf = problems.attempt { try configuration.value("as_of") { node throws(Diagnostic) in try node.date() } } ?? nil
        guard problems.items.isEmpty else { throw Diagnostics(problems.items) }
    }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let records = EvaluationRecordsAssembly(inputs: context.inputs, period: context.period, calendar: context.calendar)
            .records(asOf: asOf ?? min(context.period.end, context.generatedOn))
        let run = RuleEvaluator(rules: rules, settings: settings, language: context.language).evaluate(records)
        return [Findings(run.findings), RuleOutcomes(run.outcomes.map { RuleOutcomes.Entry(rule: $0.rule, outcome: $0.outcome) })]
    }
}

/// What became of each rule in a run: evaluated (with how many findings), switched off, or not
/// evaluated for want of records. Reports list the rules that did not run, so that "no
/// findings" is never mistaken for "all is well".
public struct RuleOutcomes: Dataset {
    public struct Entry: Sendable {
        public var rule: String
        public var outcome: RuleEvaluator.Outcome
    }

    public static var kind: DatasetKind { .ruleOutcomes }
    public var entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }
}
