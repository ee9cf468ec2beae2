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
        if let node = configuration["complete_status"], columns != nil, columns?.status == nil {
            // Without the column, every answer would count whatever its status: say so.
            let key = configuration.node?.pairs?.first { $0.key.scalarValue == "complete_status" }?.key ?? node
            problems.add(key.error(StageMessage.completeStatusWithoutColumn))
        } else if columns?.status != nil {
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
