import Foundation
import PantauCore
public import PantauPipeline
public import PantauYAML

/// `report.json`: the SKM evaluation as JSON with a documented, versioned schema.
public struct ReportJSON: Stage {
    public static let descriptor = StageDescriptor(
        id: "report.json",
        role: .reporter,
        summary: LocalizedText(
            id: "Tulis hasil SKM sebagai JSON dengan skema berversi (docs/report-json.md), untuk dasbor dan sistem lain.",
            en: "Write the SKM results as JSON with a versioned schema (docs/report-json.md), for dashboards and other systems."),
        options: [
            StageOption("file", .outputFileName, .optional(default: "laporan-skm.json"), help: LocalizedText(
                id: "Nama berkas JSON di direktori keluaran.", en: "JSON file name in the output directory.")),
        ],
        consumes: [.skmResults],
        consumesIfPresent: [.importSummary, .performanceIndex],
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for evaluation in context.inputs.all(SKMEvaluation.self) as [SKMEvaluation] {
            var document = SKMJSONDocument(
                evaluation: evaluation, accounts: context.inputs.all(ImportAccount.self), pipelineName: context.pipelineName,
                generatedOn: context.generatedOn, language: context.language)
            document.performance_index = (context.inputs.all(PerformanceIndex.self) as [PerformanceIndex]).first.map {
                PerformanceIndexJSONSection(index: $0, language: context.language)
            }
            var data = try encoder.encode(document)
            data.append(UInt8(ascii: "\n"))
            try context.output.write(file, contents: data)
        }
        return []
    }
}
