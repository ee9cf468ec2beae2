import PantauCore
public import PantauPipeline
public import PantauYAML

/// `report.json`: the SKM evaluation as JSON with a documented, versioned schema.
public struct ReportJSON: Stage {
    public static let descriptor = StageDescriptor(
        id: "report.json",
        role: .reporter,
        summary: LocalizedText(
            id: "Tulis hasil SKM, temuan dan rekomendasi sebagai JSON dengan skema berversi (docs/report-json.md), untuk dasbor dan sistem lain.",
            en: "Write the SKM results, findings and recommendations as JSON with a versioned schema (docs/report-json.md), for dashboards and other systems."),
        options: [
            StageOption("file", .outputFileName, .optional(default: "laporan-skm.json"), help: LocalizedText(
                id: "Nama berkas JSON di direktori keluaran.", en: "JSON file name in the output directory.")),
        ],
        consumesIfPresent: [.skmResults, .performanceIndex, .findings, .ruleOutcomes, .recommendations, .importSummary],
        example: """
            - id: json
              uses: report.json
              with:
                file: laporan-skm.json
            """)

    let file: String

    public init(configuration: StageConfiguration) throws(Diagnostics) {
        file = try ReportOptions.fileName(configuration, default: "laporan-skm.json")
    }

    public var outputFiles: [String] { [file] }

    public func run(in context: StageContext) async throws -> [any Dataset] {
        let inputs = context.inputs
        let accounts = inputs.all(ImportAccount.self) as [ImportAccount]
        let sections = MonevJSONSections(
            findings: inputs.all(Findings.self), outcomes: (inputs.all(RuleOutcomes.self) as [RuleOutcomes]).first,
            plans: inputs.all(RecommendationPlan.self))
        let index = (inputs.all(PerformanceIndex.self) as [PerformanceIndex]).first.map {
            PerformanceIndexJSONSection(index: $0, language: context.language)
        }
        let evaluation = (inputs.all(SKMEvaluation.self) as [SKMEvaluation]).first
        // Written as JSONEncoder (pretty-printed, sorted keys, `/` unescaped) wrote it, in one
        // pass straight into the file.
        try context.output.write(file) { staged in
            var json = JSONWriter(into: staged)
            if let evaluation {
                var document = SKMJSONDocument(
                    evaluation: evaluation, accounts: accounts, pipelineName: context.pipelineName, generatedOn: context.generatedOn,
                    language: context.language)
                document.add(sections)
                document.performance_index = index
                json.value(document)
            } else {
                var document = MonevJSONDocument(
                    period: context.period, sections: sections, accounts: accounts, pipelineName: context.pipelineName,
                    generatedOn: context.generatedOn, language: context.language)
                document.performance_index = index
                json.value(document)
            }
            try json.finish(lineBreak: true)
        }
        return []
    }
}
