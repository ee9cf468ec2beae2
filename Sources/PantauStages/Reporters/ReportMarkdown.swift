import PantauCore
public import PantauPipeline
public import PantauYAML

/// `report.markdown`: the SKM evaluation as a readable Markdown report.
public struct ReportMarkdown: Stage {
    public static let descriptor = StageDescriptor(
        id: "report.markdown",
        role: .reporter,
        summary: LocalizedText(
            id: "Tulis laporan Markdown: hasil SKM (ringkasan, peringkat unit, unsur, layanan, kecukupan sampel), temuan, rekomendasi per OPD, dan kualitas data — bagian yang datanya ada.",
            en: "Write the Markdown report: SKM results (summary, unit ranking, elements, services, sample sufficiency), findings, recommendations per agency, and data quality — the sections whose data is present."),
        options: [
            StageOption("file", .outputFileName, .optional(default: "laporan-skm.md"), help: LocalizedText(
                id: "Nama berkas laporan di direktori keluaran.", en: "Report file name in the output directory.")),
        ],
        consumesIfPresent: [.skmResults, .performanceIndex, .findings, .ruleOutcomes, .recommendations, .importSummary],
        example: """
            - id: laporan
              uses: report.markdown
              with:
                file: laporan-skm.md
            """)

    let file: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        file = try ReportOptions.fileName(configuration, default: "laporan-skm.md")
    }

    public var outputFiles: [String] { [file] }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let inputs = context.inputs
        let language = context.language
        let accounts = inputs.all(ImportAccount.self) as [ImportAccount]
        var sections: [[String]] = []
        // The performance index, when the pipeline computes one, comes first after the survey.
        for index in inputs.all(PerformanceIndex.self) as [PerformanceIndex] {
            sections.append(PerformanceIndexMarkdownSection(index: index, language: language).lines)
        }
        let findings = inputs.all(Findings.self) as [Findings]
        if !findings.isEmpty {
            let outcomes = (inputs.all(RuleOutcomes.self) as [RuleOutcomes]).first
            // One set of findings is taken as it is, not copied into a new list.
            let all = findings.count == 1 ? findings[0].items : findings.flatMap(\.items)
            sections.append(FindingsMarkdown(findings: all, outcomes: outcomes, language: language).lines)
        }
        for plan in inputs.all(RecommendationPlan.self) as [RecommendationPlan] {
            sections.append(RecommendationsMarkdown(plan: plan, language: language).lines)
        }
        let text: String
        if let evaluation = (inputs.all(SKMEvaluation.self) as [SKMEvaluation]).first {
            let title = sections.isEmpty ? nil : ReportLabel.monevTitle(period: context.period.label(language)).text(language)
            text = SKMMarkdownReport(
                evaluation: evaluation, accounts: accounts, pipelineName: context.pipelineName, generatedOn: context.generatedOn,
                language: language, sections: sections, title: title
            ).text
        } else {
            text = MonevMarkdownReport(
                period: context.period, sections: sections, accounts: accounts, pipelineName: context.pipelineName,
                generatedOn: context.generatedOn, language: language
            ).text
        }
        try context.output.write(file, text: text)
        return []
    }
}

/// Options every reporter reads the same way.
enum ReportOptions {
    static func fileName(_ configuration: StageConfiguration, default name: String) throws(Diagnostics) -> String {
        do {
            return try configuration["file"]?.string() ?? name
        } catch {
            throw Diagnostics([error])
        }
    }
}
