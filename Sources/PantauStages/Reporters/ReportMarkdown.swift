import PantauCore
public import PantauPipeline
public import PantauYAML

/// `report.markdown`: the SKM evaluation as a readable Markdown report.
public struct ReportMarkdown: Stage {
    public static let descriptor = StageDescriptor(
        id: "report.markdown",
        role: .reporter,
        summary: LocalizedText(
            id: "Tulis laporan SKM dalam Markdown: ringkasan, peringkat unit, unsur, layanan, kecukupan sampel dan kualitas data.",
            en: "Write the SKM report as Markdown: summary, unit ranking, elements, services, sample sufficiency and data quality."),
        options: [
            StageOption("file", .outputFileName, .optional(default: "laporan-skm.md"), help: LocalizedText(
                id: "Nama berkas laporan di direktori keluaran.", en: "Report file name in the output directory.")),
        ],
        consumes: [.skmResults],
        consumesIfPresent: [.importSummary, .performanceIndex],
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
        for evaluation in context.inputs.all(SKMEvaluation.self) as [SKMEvaluation] {
            let report = SKMMarkdownReport(
                evaluation: evaluation, accounts: context.inputs.all(ImportAccount.self), pipelineName: context.pipelineName,
                generatedOn: context.generatedOn, language: context.language)
            // The performance index, when the pipeline computes one, follows as a section of its own.
            let index = (context.inputs.all(PerformanceIndex.self) as [PerformanceIndex]).first.map {
                PerformanceIndexMarkdownSection(index: $0, language: context.language).lines
            } ?? []
            try context.output.write(file, text: report.text + index.map { $0 + "\n" }.joined())
        }
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
