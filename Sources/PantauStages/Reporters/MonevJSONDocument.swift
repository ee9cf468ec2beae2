import PantauCore
import PantauYAML

/// The JSON report of a pipeline without a survey: findings, the rules that did not run,
/// recommendations and data quality (`docs/report-json.md`; JSON Schema
/// `docs/schemas/monev-report-v1.schema.json`).
struct MonevJSONDocument: Encodable {
    static let schemaName = "pantau.monev-report"
    static let schemaVersion = 1

    var schema = schemaName
    var schema_version = schemaVersion
    var language: String
    var pipeline: String
    var generated_on: String
    var period: SKMJSONDocument.PeriodInfo
    var findings: MonevJSONSections.FindingEntries
    var rules_not_evaluated: [MonevJSONSections.RuleNotRun]
    var recommendations: MonevJSONSections.RecommendationEntries
    var data_quality: [SKMJSONDocument.ImportInfo]
    /// The performance index (PEKPPP), when the pipeline computes one; absent otherwise.
    var performance_index: PerformanceIndexJSONSection?

    init(period: Period, sections: MonevJSONSections, accounts: [ImportAccount], pipelineName: String, generatedOn: CalendarDate, language: Language) {
        self.language = language.rawValue
        self.pipeline = pipelineName
        self.generated_on = generatedOn.description
        self.period = SKMJSONDocument.period(period, language: language)
        self.findings = sections.findings ?? .init()
        self.rules_not_evaluated = sections.rules_not_evaluated ?? []
        self.recommendations = sections.recommendations ?? .init()
        self.data_quality = SKMJSONDocument.dataQuality(accounts)
    }
}

extension MonevJSONDocument: JSONWritable {
    /// Keys in sorted order, as `JSONEncoder` with `.sortedKeys` writes them (see `JSONWriter`).
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("data_quality", data_quality)
            json.field("findings", findings)
            json.field("generated_on", generated_on)
            json.field("language", language)
            json.field("performance_index", performance_index)
            json.field("period", period)
            json.field("pipeline", pipeline)
            json.field("recommendations", recommendations)
            json.field("rules_not_evaluated", rules_not_evaluated)
            json.field("schema", schema)
            json.field("schema_version", schema_version)
        }
    }
}
