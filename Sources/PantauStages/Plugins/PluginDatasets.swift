import Foundation
public import PantauCore
public import PantauPipeline
import PantauYAML

// The JSON forms in which built-in datasets are handed to external plugins
// (docs/plugin-protocol.md, "Datasets"). Keys are sorted, so the same data gives the same bytes.

extension SKMEvaluation: PluginEncodableDataset {
    /// The SKM report document of `report.json` (docs/report-json.md), with the import accounts
    /// the stage can see as its data-quality section.
    public func pluginJSON(in context: StageContext) throws -> [UInt8] {
        let document = SKMJSONDocument(
            evaluation: self, accounts: context.inputs.all(ImportAccount.self), pipelineName: context.pipelineName,
            generatedOn: context.generatedOn, language: context.language)
        return try PluginJSON.encode(document)
    }
}

extension SurveyResponses: PluginEncodableDataset {
    /// `{scheme, elements, responses: [{unit, service, date, answers: {U1: 4, …}, source: {file, row}}]}`.
    public func pluginJSON(in context: StageContext) throws -> [UInt8] {
        struct Response: Encodable {
            var unit: String
            var service: String?
            var date: String?
            var answers: [String: Int]
            var source: RecordSource
        }
        struct Document: Encodable {
            var scheme: String
            var elements: [String]
            var responses: [Response]
        }
        let codes = scheme.elements.map(\.code)
        let responses = (0..<count).map { index in
            let response = self[index]
            return Response(
                unit: response.unit, service: response.service, date: response.date?.description,
                answers: Dictionary(uniqueKeysWithValues: zip(codes, response.answers)), source: response.source)
        }
        return try PluginJSON.encode(Document(scheme: scheme.id, elements: codes, responses: responses))
    }
}

extension ImportAccount: PluginEncodableDataset {
    /// One entry of the SKM report's `data_quality` section.
    public func pluginJSON(in context: StageContext) throws -> [UInt8] {
        try PluginJSON.encode(SKMJSONDocument.ImportInfo(
            stage: stage, records: records, read: read, accepted: accepted, rejected: rejected, reconciles: reconciles,
            files: files.map { SKMJSONDocument.FileInfo(file: $0.file, read: $0.read, accepted: $0.accepted, rejected: $0.rejected) },
            rejects_file: rejectsFile, reasons: reasons))
    }
}

extension ServicePopulations: PluginEncodableDataset {
    /// `[{unit, period, users}]`.
    public func pluginJSON(in context: StageContext) throws -> [UInt8] {
        struct Entry: Encodable {
            var unit: String
            var period: String
            var users: Int
        }
        return try PluginJSON.encode(items.map { Entry(unit: $0.unit, period: $0.period.description, users: $0.users) })
    }
}

enum PluginJSON {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }
}
