import PantauCore
import PantauPipeline
import PantauYAML

/// How `import.survey` reads its files: one response per row (wide, the default) or one answer
/// per row (long), as survey apps that store answers in their own table export them.
enum SurveyLayout: String, CaseIterable, Sendable {
    case wide, long
}

/// The configuration of the long layout: which column holds the respondent, the question and
/// the answer; which question stands for which element; and where each respondent's unit,
/// service, date and profile are written — on every answer row, or once in a respondents file.
struct LongSurveyLayout: Sendable {
    /// The options of `import.survey` that only the long layout reads.
    static let options: [StageOption] = [
        StageOption("layout", .choice(SurveyLayout.allCases.map(\.rawValue)), .optional(default: SurveyLayout.wide.rawValue), help: LocalizedText(
            id: "`wide`: satu jawaban responden per baris; `long`: satu jawaban unsur per baris, dikelompokkan menurut responden (lihat `elements` dan `respondents`).",
            en: "`wide`: one response per row; `long`: one element's answer per row, grouped by respondent (see `elements` and `respondents`).")),
        StageOption("elements", .mapping(.string), .optional(default: nil), help: LocalizedText(
            id: "Format panjang (wajib): id atau kode pertanyaan → unsur (`\"10\": U8`), menurut makna pertanyaan, bukan urutannya.",
            en: "Long layout (required): question id or code → element (`\"10\": U8`), by the question's meaning, never its position.")),
        StageOption("respondents", .object(RespondentsFile.options), .optional(default: nil), help: LocalizedText(
            id: "Format panjang: berkas responden (satu baris per responden) yang digabung menurut id responden.",
            en: "Long layout: a respondents file (one row per respondent) joined by respondent id.")),
        StageOption("units", .mapping(.string), .optional(default: nil), help: LocalizedText(
            id: "Format panjang: id unit → nama unit, bila berkas menulis unit sebagai id (`\"1\": DPMPTSP`); id lain ditolak.",
            en: "Long layout: unit id → unit name, when the files write units as ids (`\"1\": DPMPTSP`); other ids are rejected.")),
        StageOption("complete_status", .list(.string), .optional(default: "[selesai, complete]"), help: LocalizedText(
            id: "Format panjang dengan kolom `status`: nilai status yang berarti jawaban lengkap; baris lain ditolak beserta alasannya.",
            en: "Long layout with a `status` column: the status values that mean an answer is complete; other rows are rejected with a reason.")),
    ]

    /// Keys the wide layout refuses.
    static let longOnlyKeys = ["elements", "respondents", "units", "complete_status"]
    static let defaultCompleteStatuses = ["selesai", "complete"]

    let columns: LongSurveyColumns
    /// The question ids of `elements`, and the element (its offset in the scheme) each stands for.
    let questions: [String]
    let questionElements: [Int]
    let respondents: RespondentsFile?
    /// Unit ids and names from `units`, in the order written; nil when the files name units.
    let units: [UnitName]?
    /// Status values that count, when the answers have a status column.
    let completeStatuses: [String]?

    struct UnitName: Sendable {
        var id: String
        var name: String
    }

    /// Every column of the answer files, for the header check.
    var answerColumns: [String] { columns.all }

    init(configuration: StageConfiguration, scheme: SurveyScheme) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let columnsNode = configuration["columns"] ?? Node(.mapping([]), at: configuration.location)
        let respondentsNode = configuration["respondents"]
        let respondents = respondentsNode.flatMap { node in
            problems.attempt { try RespondentsFile(node: node, baseDirectory: configuration.baseDirectory) }
        }
        let columns = problems.attempt {
            try LongSurveyColumns(
                node: columnsNode, scheme: scheme, respondentsFile: respondents?.fields, respondentsUnreadable: respondentsNode != nil && respondents == nil)
        }

        var questions: [String] = []
        var questionElements: [Int] = []
        let codes = scheme.elements.map(\.code)
        if let node = configuration["elements"] {
            for entry in problems.attempt({ try node.mapping() }) ?? [] {
                guard let code = problems.attempt({ try entry.value.nonEmptyString() }) else { continue }
                guard let element = scheme.elementIndex(code: code) else {
                    problems.add(entry.value.error(StageMessage.unknownElement(code: code, suggestion: ClosestName.suggest(for: code, among: codes))))
                    continue
                }
                questions.append(entry.key)
                questionElements.append(element)
            }
            // Several questions may stand for one element (an app that replaced a question keeps
            // both ids); every element needs one.
            for (index, element) in scheme.elements.enumerated() where !questionElements.contains(index) {
                problems.add(node.error(StageMessage.elementWithoutQuestion(element: element.code, name: element.name)))
            }
        } else {
            problems.add(Diagnostic.error(at: configuration.location, YAMLMessage.missingKey(
                key: "elements", context: LocalizedText(id: "'with' (layout: long)", en: "'with' (layout: long)"))))
        }

        var units: [UnitName]?
        if let node = configuration["units"] {
            units = (problems.attempt { try node.mapping() } ?? []).compactMap { entry in
                problems.attempt { try entry.value.nonEmptyString() }.map { UnitName(id: entry.key, name: $0) }
            }
        }
        var completeStatuses: [String]?
        if columns?.status != nil {
            let written = configuration["complete_status"].flatMap { node in problems.attempt { try node.list(allowingSingle: true) } }
            completeStatuses = written.map { items in items.compactMap { item in problems.attempt { try item.nonEmptyString() } } }
                ?? Self.defaultCompleteStatuses
        }
        try problems.throwIfErrors()
        self.columns = columns!
        self.questions = questions
        self.questionElements = questionElements
        self.respondents = respondents
        self.units = units
        self.completeStatuses = completeStatuses
    }

    /// The problems of long-layout keys written for the wide layout.
    static func keysMisplaced(in configuration: StageConfiguration) -> [Diagnostic] {
        longOnlyKeys.compactMap { key in
            configuration.node?[key].map { _ in
                let location = configuration.node?.pairs?.first { $0.key.scalarValue == key }?.key.location ?? configuration.location
                return Diagnostic.error(at: location, StageMessage.longLayoutOnly(key: key))
            }
        }
    }
}

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

/// Reads a `columns:` mapping of field → column: keys known, columns non-empty, used once, and
/// never a free-text or personal column. `claim` may take a key the mapping does not allow, to
/// report it in its own words. Every problem goes to `problems`.
enum SurveyColumnMapping {
    static func read(
        _ node: Node, allowed: [String], problems: inout DiagnosticCollector, claim: (String, Node) -> Bool = { _, _ in false }
    ) -> [String: String] {
        var mapped: [String: String] = [:]
        var usedBy: [String: String] = [:]
        for entry in problems.attempt({ try node.mapping() }) ?? [] {
            guard allowed.contains(entry.key) else {
                if !claim(entry.key, entry.keyNode) {
                    problems.add(entry.keyNode.error(StageMessage.unknownColumnKey(
                        key: entry.key, allowed: allowed, suggestion: ClosestName.suggest(for: entry.key, among: allowed))))
                }
                continue
            }
            guard let column = problems.attempt({ try entry.value.nonEmptyString() }) else { continue }
            if SurveyNeverImported.contains(column) {
                problems.add(entry.value.error(StageMessage.surveyColumnNeverImported(column: column, key: entry.key)))
                continue
            }
            let normalised = ColumnMap.normalised(column)
            if let first = usedBy[normalised] {
                problems.add(entry.value.error(StageMessage.columnMappedTwice(column: column, first: first, second: entry.key)))
            }
            usedBy[normalised] = entry.key
            mapped[entry.key] = column
        }
        return mapped
    }
}
