import PantauCore
import PantauPipeline
import PantauYAML

/// Reads survey files in the long layout (one answer per row) into one response per respondent.
///
/// Answer rows are grouped by respondent id as they stream by; a respondent's answers wait
/// until the end of its file, then the respondent is settled. It is accepted when it answered
/// every element exactly once with a valid answer, its rows agree on the fields that describe
/// it, and (with a respondents file) its row there is present and valid. Otherwise every one of
/// its answer rows is rejected: the first with the reasons, the others pointing at it.
///
/// Counts are in answer rows, file by file: read = accepted + rejected. A respondent id names
/// one respondent across all the files: answers for a respondent settled in an earlier file are
/// rejected as a repeated submission.
struct LongSurveyImport {
    static let answerRecords = "survey-answer-rows"
    static let respondentRecords = "survey-respondents"

    let layout: LongSurveyLayout
    let scheme: SurveyScheme
    let labels: AnswerLabels
    let delimiter: TableFile.Delimiter

    /// The responses and the import accounts (answer rows, then respondents when there is a
    /// respondents file), and the logs whose rejects the stage writes.
    func read(_ files: [InputFile], stageID: String, rejectsName: String) throws -> (datasets: [any Dataset], logs: [RejectLog]) {
        var responses = SurveyResponses(scheme: scheme)
        var pivot = RespondentPivot(layout: layout, scheme: scheme, labels: labels)
        var respondentsLog = RejectLog()
        if let respondents = layout.respondents {
            try pivot.readRespondents(respondents, delimiter: delimiter, into: &responses, log: &respondentsLog)
        }
        var log = RejectLog()
        for file in files {
            try pivot.readAnswers(file, delimiter: delimiter, into: &responses, log: &log)
        }
        var datasets: [any Dataset] = [responses, log.account(stage: stageID, records: Self.answerRecords, rejectsFile: rejectsName)]
        var logs = [log]
        if layout.respondents != nil {
            datasets.append(respondentsLog.account(stage: stageID, records: Self.respondentRecords, rejectsFile: rejectsName))
            logs.append(respondentsLog)
        }
        return (datasets, logs)
    }
}

/// The state of the long layout's pivot: every respondent met so far, and the partial
/// respondents of the file being read.
struct RespondentPivot {
    let layout: LongSurveyLayout
    let scheme: SurveyScheme
    let labels: AnswerLabels
    private let width: Int
    private let elementLabels: [LocalizedText]

    /// Question ids, those of `elements` first: a number below `layout.questions.count` is mapped.
    private var questions = NameInterner()
    /// Status values, the complete ones first: a number below `completeCount` counts.
    private var statuses = NameInterner()
    private var completeCount = 0
    private var units: UnitResolver

    /// Respondent ids across all files; those of the respondents file come first.
    private var ids = NameInterner()
    /// The respondents file: per respondent listed there, its row, its facts and whether the row was rejected.
    private var listedRows: [Int32] = []
    private var listedFacts: [RespondentFacts] = []
    private var listedRejected: [Bool] = []

    /// Per respondent id: its slot in the file being read (-1 when none), or where it was settled.
    private var slots: [Int32] = []
    private var settledIn: [(file: Int32, row: Int32)?] = []
    private var fileNames: [String] = []

    /// The partial respondents of the file being read, by slot.
    private var partial = PartialRespondents(width: 0)

    init(layout: LongSurveyLayout, scheme: SurveyScheme, labels: AnswerLabels) {
        self.layout = layout
        self.scheme = scheme
        self.labels = labels
        self.width = scheme.elements.count
        self.elementLabels = scheme.elements.map { element in
            LocalizedText(id: "\(element.code) (\(element.name))", en: "\(element.code) (\(element.englishName))")
        }
        self.units = UnitResolver(layout.units)
        for question in layout.questions { _ = questions.index(of: question) }
        for status in layout.completeStatuses ?? [] { _ = statuses.index(of: status) }
        completeCount = statuses.count
    }

    // MARK: - The respondents file

    /// Reads the respondents file: one row per respondent, its id unique, its fields valid.
    mutating func readRespondents(
        _ file: RespondentsFile, delimiter: TableFile.Delimiter, into responses: inout SurveyResponses, log: inout RejectLog
    ) throws {
        let reader = RespondentFieldReader(columns: file.fields, positions: file.fieldPositions)
        try TableImport.read(file.file, columns: file.all, delimiter: delimiter, log: &log) { row, log in
            guard let respondent = respondent(in: row, column: file.respondent, log: &log) else { return }
            if respondent < listedRows.count {
                let id = ids.names[respondent]
                log.reject(row.source, field: file.respondent, value: id, .duplicateID(id: id, firstRow: Int(listedRows[respondent])))
                return
            }
            let (facts, ok) = reader.read(row, units: &units, responses: &responses, log: &log)
            listedRows.append(Int32(clamping: row.source.row))
            listedFacts.append(facts)
            listedRejected.append(!ok)
            if ok { log.accept() }
        }
    }

    // MARK: - Answer files

    /// Reads one answers file and settles its respondents.
    mutating func readAnswers(_ file: InputFile, delimiter: TableFile.Delimiter, into responses: inout SurveyResponses, log: inout RejectLog) throws {
        let fileNumber = Int32(fileNames.count)
        fileNames.append(file.displayName)
        partial = PartialRespondents(width: width)
        let reader = RespondentFieldReader(columns: layout.columns.fields, positions: layout.columns.fieldPositions)
        try TableImport.read(file, columns: layout.columns.all, delimiter: delimiter, log: &log) { row, log in
            readAnswer(row, reader: reader, responses: &responses, log: &log)
        }
        settle(file.displayName, fileNumber: fileNumber, into: &responses, log: &log)
    }

    /// Checks one answer row; a row without problems waits in its respondent's slot.
    private mutating func readAnswer(_ row: TableRow, reader: RespondentFieldReader, responses: inout SurveyResponses, log: inout RejectLog) {
        let columns = layout.columns
        let source = row.source
        guard let respondent = respondent(in: row, column: columns.respondent, log: &log) else { return }
        if let settled = settledIn[respondent] {
            let id = ids.names[respondent]
            log.reject(source, field: columns.respondent, value: id, .duplicateIDElsewhere(
                id: id, file: fileNames[Int(settled.file)], row: Int(settled.row)))
            return
        }
        // A question no element stands for is rejected on its own: it says nothing against the respondent.
        let question = Int(row.interned(1, in: &questions) ?? Int32.max)
        guard question < layout.questions.count else {
            let text = row.text(1)
            let reason: StageMessage = text.isEmpty ? .valueMissing(field: columns.question) : .unknownQuestion(value: text, known: layout.questions)
            log.reject(source, field: columns.question, value: text, reason)
            return
        }
        let element = layout.questionElements[question]
        let slot = slot(of: respondent, row: source.row)
        if let column = columns.status {
            if Int(row.interned(3, in: &statuses) ?? Int32.max) >= completeCount {
                let status = row.text(3)
                log.reject(source, field: column, value: status, .answerNotComplete(status: status, complete: layout.completeStatuses ?? []))
            }
        }
        let answer = answer(in: row, element: element, log: &log)
        if !reader.isEmpty {
            let (facts, ok) = reader.read(row, units: &units, responses: &responses, log: &log)
            if ok {
                if let first = partial.factsRow[slot] {
                    if let column = partial.facts[slot].firstDifference(from: facts, columns: columns.fields) {
                        log.reject(source, field: column, value: Self.text(of: column, in: row, columns: columns), .respondentFieldDiffers(
                            respondent: ids.names[respondent], firstRow: Int(first)))
                    }
                } else {
                    partial.facts[slot] = facts
                    partial.factsRow[slot] = Int32(clamping: source.row)
                }
            }
        }
        if let firstRow = partial.answerRow(slot, element) {
            log.reject(source, field: columns.question, value: row.text(1), .duplicateAnswer(
                respondent: ids.names[respondent], element: elementLabels[element], firstRow: Int(firstRow)))
        }
        guard !log.currentRecordRejected, let answer else {
            partial.markProblem(slot, row: source.row)
            return
        }
        partial.record(answer, element: element, slot: slot, source: source)
    }

    /// The number of the row's respondent, or nil (rejected) when the id is empty.
    private mutating func respondent(in row: TableRow, column: String, log: inout RejectLog) -> Int? {
        guard let number = row.interned(0, in: &ids) else {
            log.reject(row.source, field: column, value: "", .valueMissing(field: column))
            return nil
        }
        while slots.count < ids.count {
            slots.append(-1)
            settledIn.append(nil)
        }
        return Int(number)
    }

    private mutating func slot(of respondent: Int, row: Int) -> Int {
        if slots[respondent] >= 0 { return Int(slots[respondent]) }
        let slot = partial.open(respondent: Int32(respondent), row: row)
        slots[respondent] = Int32(slot)
        return slot
    }

    /// The answer as a whole number in the scheme's range (a label such as "Sangat sesuai" counts
    /// as its value), or nil with the problem rejected, as in the wide layout.
    private func answer(in row: TableRow, element: Int, log: inout RejectLog) -> Int? {
        let range = scheme.answerRange
        if let value = row.smallInteger(2), range.contains(value) { return value }
        let column = layout.columns.answer
        let text = row.text(2)
        if let value = Int(text) ?? labels.value(of: text), range.contains(value) { return value }
        let label = elementLabels[element]
        if text.isEmpty {
            log.reject(row.source, field: column, value: "", .valueMissing(field: "\(column) → \(scheme.elements[element].code)"))
        } else if let number = Int(text) {
            log.reject(row.source, field: column, value: text, .answerOutOfRange(value: String(number), element: label, range: range))
        } else {
            log.reject(row.source, field: column, value: text, .answerNotInteger(value: text, element: label, range: range))
        }
        return nil
    }

    private static func text(of column: String, in row: TableRow, columns: LongSurveyColumns) -> String {
        columns.all.firstIndex(of: column).map(row.text) ?? ""
    }

    // MARK: - Settling a file's respondents

    /// Decides every respondent of the file just read, appends the accepted ones to
    /// `responses`, and accounts for every waiting answer row.
    private mutating func settle(_ file: String, fileNumber: Int32, into responses: inout SurveyResponses, log: inout RejectLog) {
        let columns = layout.columns
        var decisions: [Decision] = []
        decisions.reserveCapacity(partial.count)
        for slot in 0..<partial.count {
            let respondent = Int(partial.respondents[slot])
            slots[respondent] = -1
            settledIn[respondent] = (fileNumber, partial.firstRow[slot])
            decisions.append(decide(slot, respondent: respondent, file: file, into: &responses))
        }
        var accepted = 0
        var rejected: [[RejectLog.Entry]] = []
        for waiting in partial.waiting {
            let slot = Int(waiting.slot)
            let source = RecordSource(file: file, row: Int(waiting.row), line: waiting.line > 0 ? Int(waiting.line) : nil)
            switch decisions[slot] {
            case .accepted:
                accepted += 1
            case .rejected(let reasons, let row):
                if !reasons.isEmpty && waiting.row == partial.firstWaitingRow[slot] {
                    rejected.append(reasons.map { RejectLog.Entry(source: source, field: $0.field, value: $0.value, reason: $0.reason) })
                } else {
                    let id = ids.names[Int(partial.respondents[slot])]
                    rejected.append([RejectLog.Entry(
                        source: source, field: columns.respondent, value: id, reason: .respondentRejected(respondent: id, row: Int(row)))])
                }
            }
        }
        log.settle(file: file, accepted: accepted, rejected: rejected)
    }

    private enum Decision {
        case accepted
        /// The reasons go on the respondent's first waiting row; the others point at `row`.
        case rejected(reasons: [(field: String, value: String, reason: StageMessage)], row: Int32)
    }

    private func decide(_ slot: Int, respondent: Int, file: String, into responses: inout SurveyResponses) -> Decision {
        let columns = layout.columns
        let firstWaiting = partial.firstWaitingRow[slot]
        if let problem = partial.problemRow[slot] { return .rejected(reasons: [], row: problem) }
        guard firstWaiting > 0 else { return .rejected(reasons: [], row: 0) }
        let id = ids.names[respondent]
        var reasons: [(field: String, value: String, reason: StageMessage)] = []
        var answers = [Int](repeating: 0, count: width)
        for element in 0..<width {
            if let answer = partial.answer(slot, element) {
                answers[element] = answer
            } else {
                reasons.append((columns.question, "", .respondentIncomplete(respondent: id, element: elementLabels[element])))
            }
        }
        var facts = partial.facts[slot]
        if let listing = layout.respondents {
            if respondent >= listedRows.count {
                reasons.append((columns.respondent, id, .respondentNotInFile(respondent: id, file: listing.file.displayName)))
            } else if listedRejected[respondent] {
                reasons.append((columns.respondent, id, .respondentRowRejected(
                    respondent: id, file: listing.file.displayName, row: Int(listedRows[respondent]))))
            } else {
                facts = facts.completed(with: listedFacts[respondent])
            }
        }
        if reasons.isEmpty, facts.unit < 0 {
            // Not expected (a unit is read wherever it is mapped), but never a response without one.
            let column = columns.fields.unit ?? layout.respondents?.fields.unit ?? "unit"
            reasons.append((column, "", .valueMissing(field: column)))
        }
        guard reasons.isEmpty else { return .rejected(reasons: reasons, row: firstWaiting) }
        let source = RecordSource(file: file, row: Int(firstWaiting), line: partial.firstWaitingLine[slot] > 0 ? Int(partial.firstWaitingLine[slot]) : nil)
        responses.append(
            unit: facts.unit, service: facts.service >= 0 ? facts.service : nil, day: facts.day == .min ? nil : Int(facts.day), answers: answers,
            source: source, profile: facts.profile)
        return .accepted
    }
}
