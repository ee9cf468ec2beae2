import PantauCore

/// The respondents of one answers file whose answers are still being read, by slot: the
/// "dictionary of partial respondents", kept as columns.
struct PartialRespondents {
    let width: Int
    private(set) var respondents: [Int32] = []
    /// The first row of each respondent in the file, waiting or not.
    private(set) var firstRow: [Int32] = []
    /// `width` answers per slot; 0 when not (yet) answered.
    private var answers: [UInt8] = []
    private var answerRows: [Int32] = []
    var facts: [RespondentFacts] = []
    var factsRow: [Int32?] = []
    /// The first row of the respondent that was rejected; any rejects the whole respondent.
    private(set) var problemRow: [Int32?] = []
    private(set) var firstWaitingRow: [Int32] = []
    private(set) var firstWaitingLine: [Int32] = []
    /// Answer rows read without a problem, waiting for their respondent to be settled.
    private(set) var waiting: [(slot: Int32, row: Int32, line: Int32)] = []

    init(width: Int) { self.width = width }

    var count: Int { respondents.count }

    mutating func open(respondent: Int32, row: Int) -> Int {
        respondents.append(respondent)
        firstRow.append(Int32(clamping: row))
        answers.append(contentsOf: repeatElement(0, count: width))
        answerRows.append(contentsOf: repeatElement(0, count: width))
        facts.append(RespondentFacts())
        factsRow.append(nil)
        problemRow.append(nil)
        firstWaitingRow.append(0)
        firstWaitingLine.append(0)
        return respondents.count - 1
    }

    func answer(_ slot: Int, _ element: Int) -> Int? {
        let value = answers[slot * width + element]
        return value == 0 ? nil : Int(value)
    }

    func answerRow(_ slot: Int, _ element: Int) -> Int32? {
        let row = answerRows[slot * width + element]
        return row == 0 ? nil : row
    }

    mutating func markProblem(_ slot: Int, row: Int) {
        if problemRow[slot] == nil { problemRow[slot] = Int32(clamping: row) }
    }

    mutating func record(_ answer: Int, element: Int, slot: Int, source: RecordSource) {
        let row = Int32(clamping: source.row), line = Int32(clamping: source.line ?? 0)
        answers[slot * width + element] = UInt8(clamping: answer)
        answerRows[slot * width + element] = row
        if firstWaitingRow[slot] == 0 {
            firstWaitingRow[slot] = row
            firstWaitingLine[slot] = line
        }
        waiting.append((Int32(slot), row, line))
    }
}
