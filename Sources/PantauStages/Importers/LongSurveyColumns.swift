import PantauCore
import PantauPipeline
import PantauYAML

/// The columns of a long-layout answers file.
struct LongSurveyColumns: Sendable {
    static let answerFields = ["respondent", "question", "answer", "status"]

    var respondent: String
    var question: String
    var answer: String
    var status: String?
    /// The respondent's fields written on every answer row.
    var fields: RespondentFieldColumns

    /// In this order: the importer reads them by position.
    var all: [String] { [respondent, question, answer] + [status].compactMap { $0 } + fields.columns }
    var fieldPositions: RespondentFieldPositions { fields.positions(from: status == nil ? 3 : 4) }

    /// Reads `columns:`; a field of the respondent (unit, service, date, profile) is mapped in
    /// the answers file or in the respondents file, never both, and the unit in one of them.
    /// When the respondents file's configuration could not be read (its problems are reported
    /// already), where the unit is mapped is not checked.
    init(node: Node, scheme: SurveyScheme, respondentsFile: RespondentFieldColumns?, respondentsUnreadable: Bool = false) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let allowed = Self.answerFields + RespondentFieldColumns.keys
        let codes = Set(scheme.elements.map(\.code))
        var misplaced: [Diagnostic] = []
        let mapped = SurveyColumnMapping.read(node, allowed: allowed, problems: &problems) { key, keyNode in
            guard codes.contains(key) else { return false }
            misplaced.append(keyNode.error(StageMessage.elementInLongColumns(key: key)))
            return true
        }
        problems.add(contentsOf: misplaced)
        let context = LocalizedText(id: "columns", en: "columns")
        for key in ["respondent", "question", "answer"] where mapped[key] == nil && !node.keys.contains(key) {
            problems.add(node.error(YAMLMessage.missingKey(key: key, context: context)))
        }
        let fields = RespondentFieldColumns(mapped)
        if let other = respondentsFile {
            for key in fields.mappedKeys where other.mappedKeys.contains(key) {
                problems.add(node[key]?.error(StageMessage.fieldMappedInBoth(field: key)) ?? node.error(StageMessage.fieldMappedInBoth(field: key)))
            }
        }
        if fields.unit == nil, respondentsFile?.unit == nil, !respondentsUnreadable, !node.keys.contains("unit") {
            problems.add(node.error(YAMLMessage.missingKey(key: "unit", context: LocalizedText(
                id: "columns (atau respondents.columns)", en: "columns (or respondents.columns)"))))
        }
        try problems.throwIfErrors()
        self.respondent = mapped["respondent"] ?? ""
        self.question = mapped["question"] ?? ""
        self.answer = mapped["answer"] ?? ""
        self.status = mapped["status"]
        self.fields = fields
    }
}

/// The respondents file of the long layout: one row per respondent with the fields that
/// describe the respondent, joined to the answers by respondent id.
struct RespondentsFile: Sendable {
    static let options = [
        StageOption("path", .inputFile, .required, help: LocalizedText(
            id: "Berkas responden, CSV atau Excel.", en: "The respondents file, CSV or Excel.")),
        StageOption("columns", .mapping(.string), .required, help: LocalizedText(
            id: "Kolom `respondent` (wajib), `unit`, `service`, `date`, `gender`, `age`, `education`, `occupation`.",
            en: "Columns for `respondent` (required), `unit`, `service`, `date`, `gender`, `age`, `education`, `occupation`.")),
    ]

    let file: InputFile
    let respondent: String
    let fields: RespondentFieldColumns

    /// In this order: the importer reads them by position.
    var all: [String] { [respondent] + fields.columns }
    var fieldPositions: RespondentFieldPositions { fields.positions(from: 1) }

    init(node: Node, baseDirectory: String) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        var file: InputFile?
        if let pathNode = node["path"], let pattern = problems.attempt({ try pathNode.nonEmptyString() }) {
            file = InputFile.resolve(pattern, relativeTo: baseDirectory).first
            if file == nil { problems.add(pathNode.error(PipelineMessage.noInputFile(pattern: pattern))) }
        } else if node["path"] == nil {
            problems.add(node.error(YAMLMessage.missingKey(key: "path", context: LocalizedText(id: "respondents", en: "respondents"))))
        }
        let columnsNode = node["columns"] ?? Node(.mapping([]), at: node.location)
        let mapped = SurveyColumnMapping.read(columnsNode, allowed: ["respondent"] + RespondentFieldColumns.keys, problems: &problems)
        if mapped["respondent"] == nil, !columnsNode.keys.contains("respondent") {
            problems.add(columnsNode.error(YAMLMessage.missingKey(key: "respondent", context: LocalizedText(
                id: "respondents.columns", en: "respondents.columns"))))
        }
        try problems.throwIfErrors()
        self.file = file!
        self.respondent = mapped["respondent"] ?? ""
        self.fields = RespondentFieldColumns(mapped)
    }
}

/// The columns of the fields that describe a respondent rather than an answer.
struct RespondentFieldColumns: Sendable, Equatable {
    static let keys = ["unit", "service", "date"] + ProfileField.keys

    var unit: String?
    var service: String?
    var date: String?
    var profile: ProfileColumns

    init(_ mapped: [String: String]) {
        unit = mapped["unit"]
        service = mapped["service"]
        date = mapped["date"]
        profile = ProfileColumns(mapped)
    }

    var columns: [String] { [unit, service, date].compactMap { $0 } + profile.columns }

    var mappedKeys: [String] {
        zip(["unit", "service", "date"], [unit, service, date]).compactMap { $1 == nil ? nil : $0 } + profile.mapped.map(\.field.rawValue)
    }

    /// Where each mapped field sits when `columns` follow one another from `start`.
    func positions(from start: Int) -> RespondentFieldPositions {
        var next = start
        func take(_ column: String?) -> Int? {
            guard column != nil else { return nil }
            defer { next += 1 }
            return next
        }
        let unit = take(unit), service = take(service), date = take(date)
        return RespondentFieldPositions(unit: unit, service: service, date: date, profile: profile.positions(from: next))
    }
}

struct RespondentFieldPositions: Sendable {
    var unit: Int?
    var service: Int?
    var date: Int?
    var profile: ProfilePositions
}
