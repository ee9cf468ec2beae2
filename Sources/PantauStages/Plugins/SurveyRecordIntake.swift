import Foundation
import PantauCore
import PantauPipeline
import PantauYAML

/// Survey responses from an external plugin's `record` messages, checked by `SurveyRecordCheck`
/// exactly as `import.survey` checks its CSV rows. Rejects go to `rejects-<stage id>.csv` with
/// the plugin named in the reason, and the stage produces an import account like the built-in
/// importer's, so that every report reconciles read = accepted + rejected.
///
/// A record's `data` holds `unit`, and optionally `service` and `date`, and `answers`: an
/// object with one answer per element code (`{"U1": 4, …}`), or an array in element order.
/// The survey scheme is the stage's `scheme` option when the plugin declares one, else
/// PermenPAN-RB 14/2017; the rejects file is its `rejects` option when declared.
struct SurveyRecordIntake: PluginRecordIntake {
    var kind: DatasetKind { .surveyResponses }
    var alsoProduces: [DatasetKind] { [.importSummary] }

    func collector(for configuration: StageConfiguration, plugin: String) throws(Diagnostics) -> any PluginRecordCollector {
        var scheme = SurveyScheme.permenpan14_2017
        var rejectsName = "rejects-\(configuration.stageID).csv"
        do throws(Diagnostic) {
            if configuration.descriptor.option("scheme") != nil, let id = try configuration.value("scheme", { node throws(Diagnostic) in try node.string() }) {
                guard let builtIn = SurveyScheme.builtIn(id: id) else {
                    let known = SurveyScheme.builtIn.map(\.id)
                    let message = StageMessage.unknownScheme(id: id, suggestion: ClosestName.suggest(for: id, among: known))
                    throw Diagnostic.error(at: configuration["scheme"]?.location ?? configuration.location, message)
                }
                scheme = builtIn
            }
            if configuration.descriptor.option("rejects") != nil,
                let name = try configuration.value("rejects", { node throws(Diagnostic) in try node.string() })
            {
                rejectsName = name
            }
        } catch {
            throw Diagnostics([error])
        }
        return SurveyRecordCollector(stageID: configuration.stageID, plugin: plugin, scheme: scheme, rejectsName: rejectsName)
    }
}

struct SurveyRecordCollector: PluginRecordCollector {
    let stageID: String
    let plugin: String
    let rejectsName: String
    let check: SurveyRecordCheck
    private var responses: SurveyResponses
    private var log = RejectLog()
    private var currentFile: String?
    private var answers: [Int]
    /// Respondent ids met so far, for duplicate submissions (when records carry one).
    private var respondents = RespondentIDs(deferred: false)

    init(stageID: String, plugin: String, scheme: SurveyScheme, rejectsName: String) {
        self.stageID = stageID
        self.plugin = plugin
        self.rejectsName = rejectsName
        let codes = scheme.elements.map(\.code)
        self.check = SurveyRecordCheck(
            scheme: scheme, columns: SurveyColumns(unit: "unit", service: "service", date: "date", elements: codes.map { "answers.\($0)" }))
        self.responses = SurveyResponses(scheme: scheme)
        self.answers = [Int](repeating: 0, count: codes.count)
    }

    mutating func add(_ data: JSONValue, source: JSONValue?, number: Int) {
        // Records are accounted for per source file, as the plugin names them.
        let file = source?["file"]?.stringValue ?? "plugin:\(plugin)"
        let record = RecordSource(file: file, row: source?["row"]?.integerValue ?? number, line: source?["line"]?.integerValue)
        if file != currentFile {
            log.beginFile(file)
            currentFile = file
        }
        log.beginRecord()
        // The check writes into a log of its own; its reasons are passed on with the plugin named.
        var checked = RejectLog()
        checked.beginFile(file)
        checked.beginRecord()
        let fields = JSONSurveyRecord(data: data, codes: check.scheme.elements.map(\.code))
        check.check(fields, source: record, log: &checked, answers: &answers, respondents: &respondents, into: &responses)
        for entry in checked.entries {
            log.reject(entry.source, field: entry.field, value: entry.value, .fromPlugin(plugin: plugin, reason: entry.reason))
        }
        if checked.entries.isEmpty { log.accept() }
    }

    func finish(in context: StageContext) throws -> [any Dataset] {
        var log = self.log
        log.finishFile()
        try log.write(named: rejectsName, to: context.output, language: context.language)
        var account = log.account(stage: stageID, records: DatasetKind.surveyResponses.rawValue, rejectsFile: rejectsName)
        // A plugin may interleave the records of several files: one line per file.
        var merged: [FileReconciliation] = []
        for file in account.files {
            if let index = merged.firstIndex(where: { $0.file == file.file }) {
                merged[index].read += file.read
                merged[index].accepted += file.accepted
                merged[index].rejected += file.rejected
            } else {
                merged.append(file)
            }
        }
        account.files = merged
        return [responses, account]
    }
}

/// A plugin's survey record seen through the fields `SurveyRecordCheck` reads. Text is trimmed
/// as a CSV field is; a number is its text as written, so `3.0` is refused as a CSV `3.0` is.
struct JSONSurveyRecord: SurveyRecordFields {
    let data: JSONValue
    let codes: [String]

    var unit: String { Self.text(data["unit"]) ?? "" }
    /// Absent (or null) means the record names no service, as an unmapped column does.
    var service: String? { Self.text(data["service"]) }
    var dateText: String? { Self.text(data["date"]) }

    func answer(_ offset: Int) -> Int? { Int(answerText(offset)) }

    func answerText(_ offset: Int) -> String {
        switch data["answers"] {
        case .object?: Self.text(data["answers"]?[codes[offset]]) ?? ""
        case .array(let items)?: offset < items.count ? Self.text(items[offset]) ?? "" : ""
        default: ""
        }
    }

    static func text(_ value: JSONValue?) -> String? {
        switch value {
        case nil, .null?: nil
        case .string(let text)?: text.trimmingCharacters(in: .whitespaces)
        case .number(let text)?: text
        case .bool(let flag)?: flag ? "true" : "false"
        case let other?: other.text
        }
    }
}
