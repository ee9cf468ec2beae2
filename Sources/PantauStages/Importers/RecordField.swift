import PantauCore

/// A value an importer read, with the field it came from and where: a CSV cell (its row), or
/// a YAML value (its line), so that a problem with it is reported at its place.
struct RecordField: Sendable {
    var text: String
    /// The field's name as the source calls it: a column, or a YAML key.
    var field: String
    var source: RecordSource

    init(_ text: String, field: String, source: RecordSource) {
        self.text = text
        self.field = field
        self.source = source
    }

    var isEmpty: Bool { text.isEmpty }

    /// A problem with this value, naming it in the rejects file.
    func problem(_ reason: StageMessage) -> RecordProblem {
        RecordProblem(source: source, field: field, value: text, reason: reason)
    }

    /// A problem where the value is missing.
    var missing: RecordProblem { RecordProblem(source: source, field: field, value: "", reason: .valueMissing(field: field)) }
}

/// One reason to reject a record, ready for the rejects file.
struct RecordProblem: Sendable {
    var source: RecordSource
    var field: String
    var value: String
    var reason: StageMessage
}

extension RejectLog {
    mutating func reject(_ problem: RecordProblem) {
        reject(problem.source, field: problem.field, value: problem.value, problem.reason)
    }

    /// Ends a record: rejected with every problem, or accepted when there is none. Returns
    /// whether it was accepted.
    @discardableResult
    mutating func settle(_ problems: [RecordProblem]) -> Bool {
        for problem in problems { reject(problem) }
        if currentRecordRejected { return false }
        accept()
        return true
    }
}

/// Where a record that came first is, for "appears again" messages: its row, and its file when
/// that is another file.
enum FirstOccurrence {
    static func duplicate(id: String, first: RecordSource, current: RecordSource) -> StageMessage {
        first.file == current.file ? .duplicateID(id: id, firstRow: first.row) : .duplicateIDElsewhere(id: id, file: first.file, row: first.row)
    }

    static func nameTaken(_ name: String, owner: String, first: RecordSource, current: RecordSource) -> StageMessage {
        .nameTaken(name: name, owner: owner, file: first.file == current.file ? nil : first.file, row: first.row)
    }
}
