import PantauCore
import PantauYAML

/// The values of one survey record as an importer read them: from a CSV row, a spreadsheet
/// row or a plugin's JSON record alike.
protocol SurveyRecordFields {
    var unit: String { get }
    var service: String? { get }
    var dateText: String? { get }
    /// The answer for the element at `offset` when it reads as a whole number.
    func answer(_ offset: Int) -> Int?
    /// The answer as written, for the rejects file.
    func answerText(_ offset: Int) -> String
}

/// The rules every survey response passes, whichever importer read it: a unit, a service and a
/// valid date where those fields are mapped, and one whole-number answer in the scheme's range
/// for every element. A record that breaks any rule goes to the rejects file with every reason.
struct SurveyRecordCheck: Sendable {
    let scheme: SurveyScheme
    /// The names of the fields, as the source calls them, for the rejects file.
    let columns: SurveyColumns
    private let elementLabels: [LocalizedText]

    init(scheme: SurveyScheme, columns: SurveyColumns) {
        self.scheme = scheme
        self.columns = columns
        self.elementLabels = scheme.elements.map { element in
            LocalizedText(id: "\(element.code) (\(element.name))", en: "\(element.code) (\(element.englishName))")
        }
    }

    /// Checks a record; an accepted one is appended to `responses`.
    func check(
        _ record: some SurveyRecordFields, source: RecordSource, log: inout RejectLog, answers: inout [Int],
        into responses: inout SurveyResponses
    ) {
        let range = scheme.answerRange
        let unit = record.unit
        if unit.isEmpty { log.reject(source, field: columns.unit, value: "", .valueMissing(field: columns.unit)) }
        let service = record.service
        if let service, service.isEmpty, let column = columns.service {
            log.reject(source, field: column, value: "", .valueMissing(field: column))
        }
        var date: CalendarDate?
        if let text = record.dateText, let column = columns.date {
            date = FieldParsers.date(text)
            if text.isEmpty {
                log.reject(source, field: column, value: "", .valueMissing(field: column))
            } else if date == nil {
                log.reject(source, field: column, value: text, .invalidDate(value: text))
            }
        }
        for (offset, column) in columns.elements.enumerated() {
            if let answer = record.answer(offset), range.contains(answer) {
                answers[offset] = answer
                continue
            }
            let text = record.answerText(offset)
            let element = elementLabels[offset]
            if text.isEmpty {
                log.reject(source, field: column, value: "", .valueMissing(field: "\(column) → \(scheme.elements[offset].code)"))
            } else if let number = Int(text) {
                log.reject(source, field: column, value: text, .answerOutOfRange(value: String(number), element: element, range: range))
            } else {
                log.reject(source, field: column, value: text, .answerNotInteger(value: text, element: element, range: range))
            }
        }
        guard !log.currentRecordRejected else { return }
        responses.append(unit: unit, service: service, date: date, answers: answers, source: source)
        log.accept()
    }
}

/// A CSV or spreadsheet row seen through the survey's column mapping.
struct SurveyTableRecord: SurveyRecordFields {
    let row: TableRow
    let columns: SurveyColumns

    var unit: String { row.text(0) }
    var service: String? { columns.serviceIndex.map(row.text) }
    var dateText: String? { columns.dateIndex.map(row.text) }

    func answer(_ offset: Int) -> Int? {
        let index = columns.firstElementIndex + offset
        // The byte reader takes plain digits; anything else (a sign, say) is read as text.
        return row.smallInteger(index) ?? Int(row.text(index))
    }

    func answerText(_ offset: Int) -> String { row.text(columns.firstElementIndex + offset) }
}
