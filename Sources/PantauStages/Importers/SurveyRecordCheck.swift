import PantauCore
import PantauYAML

/// The values of one survey record as an importer read them: from a CSV row, a spreadsheet
/// row or a plugin's JSON record alike. Only the text accessors are required; a source that can
/// read names or dates from bytes overrides the others to spare the hot path a `String`.
protocol SurveyRecordFields {
    var unit: String { get }
    /// The service, or nil when the source has no service field.
    var service: String? { get }
    /// The date as written, or nil when the source has no date field.
    var dateText: String? { get }
    /// The answer for the element at `offset` when it reads as a whole number.
    func answer(_ offset: Int) -> Int?
    /// The answer as written, for the rejects file.
    func answerText(_ offset: Int) -> String
    /// The respondent or submission id, when the source has one.
    var respondent: String? { get }
    /// The respondent's profile, its problems rejected into `log`; not stated when the source has none.
    func profile(_ columns: ProfileColumns, names: inout NameInterner, log: inout RejectLog) -> InternedProfile

    /// The unit's number in `names`, or nil when the unit is empty.
    func unit(in names: inout NameInterner) -> Int32?
    /// The service's number in `names`; nil when there is no service field; -1 when it is empty.
    func service(in names: inout NameInterner) -> Int32?
    /// The date when it is a valid `YYYY-MM-DD`, read without making a `String`.
    var isoDate: CalendarDate? { get }
}

extension SurveyRecordFields {
    func unit(in names: inout NameInterner) -> Int32? {
        let unit = unit
        return unit.isEmpty ? nil : names.index(of: unit)
    }

    func service(in names: inout NameInterner) -> Int32? {
        guard let service else { return nil }
        return service.isEmpty ? -1 : names.index(of: service)
    }

    var isoDate: CalendarDate? { nil }
    var respondent: String? { nil }
    func profile(_ columns: ProfileColumns, names: inout NameInterner, log: inout RejectLog) -> InternedProfile { .notStated }
}

/// The rules every survey response passes, whichever importer read it: a unit, a service and a
/// valid date where those fields are mapped, and one whole-number answer in the scheme's range
/// for every element. A record that breaks any rule goes to the rejects file with every reason.
struct SurveyRecordCheck: Sendable {
    let scheme: SurveyScheme
    /// The names of the fields, as the source calls them, for the rejects file.
    let columns: SurveyColumns
    let labels: AnswerLabels
    private let elementLabels: [LocalizedText]

    init(scheme: SurveyScheme, columns: SurveyColumns, labels: AnswerLabels = AnswerLabels()) {
        self.scheme = scheme
        self.columns = columns
        self.labels = labels
        self.elementLabels = scheme.elements.map { element in
            LocalizedText(id: "\(element.code) (\(element.name))", en: "\(element.code) (\(element.englishName))")
        }
    }

    /// Checks a record; an accepted one is appended to `responses`. `respondents` holds the
    /// ids met so far in the source, to reject duplicate submissions.
    func check(
        _ record: some SurveyRecordFields, source: RecordSource, log: inout RejectLog, answers: inout [Int],
        respondents: inout RespondentIDs, into responses: inout SurveyResponses
    ) {
        let range = scheme.answerRange
        var noted: (id: String, rejectsFrom: Int)?
        if let column = columns.respondent, let id = record.respondent {
            if id.isEmpty {
                log.reject(source, field: column, value: "", .valueMissing(field: column))
            } else if respondents.deferred {
                noted = (id, log.entries.count)
            } else if let first = respondents.firstRows[id] {
                log.reject(source, field: column, value: id, .duplicateID(id: id, firstRow: first))
            } else {
                respondents.firstRows[id] = source.row
            }
        }
        let unit = record.unit(in: &responses.units)
        if unit == nil { log.reject(source, field: columns.unit, value: "", .valueMissing(field: columns.unit)) }
        let service = record.service(in: &responses.services)
        if service == -1, let column = columns.service {
            log.reject(source, field: column, value: "", .valueMissing(field: column))
        }
        var date: CalendarDate?
        if columns.date != nil {
            date = record.isoDate
            if date == nil, let text = record.dateText, let column = columns.date {
                date = FieldParsers.date(text)
                if text.isEmpty {
                    log.reject(source, field: column, value: "", .valueMissing(field: column))
                } else if date == nil {
                    log.reject(source, field: column, value: text, .invalidDate(value: text))
                }
            }
        }
        for offset in answers.indices {
            if let answer = record.answer(offset), range.contains(answer) {
                answers[offset] = answer
                continue
            }
            let text = record.answerText(offset)
            if let value = labels.value(of: text), range.contains(value) {
                answers[offset] = value
                continue
            }
            let column = columns.elements[offset]
            let element = elementLabels[offset]
            if text.isEmpty {
                log.reject(source, field: column, value: "", .valueMissing(field: "\(column) → \(scheme.elements[offset].code)"))
            } else if let number = Int(text) {
                log.reject(source, field: column, value: text, .answerOutOfRange(value: String(number), element: element, range: range))
            } else {
                log.reject(source, field: column, value: text, .answerNotInteger(value: text, element: element, range: range))
            }
        }
        let profile = columns.profile.mapped.isEmpty ? .notStated : record.profile(columns.profile, names: &responses.profileValues, log: &log)
        let accepted = !log.currentRecordRejected && unit != nil
        if accepted, let unit {
            responses.append(unit: unit, service: service, day: date?.dayNumber, answers: answers, source: source, profile: profile)
            log.accept()
        }
        if let noted {
            respondents.note(noted.id, source: source, rejectsFrom: noted.rejectsFrom, response: accepted ? responses.count - 1 : nil)
        }
    }
}

/// The respondent ids of one source, to reject a repeated id as a duplicate submission.
///
/// Read record by record, each id is checked as it comes. A chunk of a file read in chunks
/// cannot know the ids of the chunks before it: it only notes its own (`deferred`), and they
/// are checked when the chunks are put back in file order (`settle`).
struct RespondentIDs: Sendable {
    /// An id a chunk met, with where its record's rejects begin and its response, if accepted.
    struct Note: Sendable {
        var id: String
        var source: RecordSource
        var rejectsFrom: Int
        var response: Int?
    }

    let deferred: Bool
    /// The row of each id's first record.
    var firstRows: [String: Int] = [:]
    private(set) var notes: [Note] = []

    init(deferred: Bool) { self.deferred = deferred }

    mutating func note(_ id: String, source: RecordSource, rejectsFrom: Int, response: Int?) {
        notes.append(Note(id: id, source: source, rejectsFrom: rejectsFrom, response: response))
    }

    /// Checks a chunk's ids against those met before it: a repeated id rejects its record as a
    /// duplicate, first among its reasons, in the chunk's `log`. Returns the positions of the
    /// chunk's responses that are rejected so, in order.
    mutating func settle(_ chunk: RespondentIDs, at placement: ChunkPlacement, column: String, log: inout RejectLog) -> [Int] {
        var rejects: [(position: Int, entry: RejectLog.Entry)] = []
        var dropped: [Int] = []
        for note in chunk.notes {
            if let first = firstRows[note.id] {
                rejects.append((note.rejectsFrom, RejectLog.Entry(
                    source: note.source, field: column, value: note.id, reason: .duplicateID(id: note.id, firstRow: first))))
                if let response = note.response { dropped.append(response) }
            } else {
                firstRows[note.id] = placement.place(note.source).row
            }
        }
        log.insert(rejects, newlyRejected: dropped.count)
        return dropped
    }
}

/// A CSV or spreadsheet row seen through the survey's column mapping.
struct SurveyTableRecord: SurveyRecordFields {
    /// Where the mapped fields sit among the columns the importer asked for; plain numbers,
    /// so that making a record per row copies nothing reference-counted but the row.
    struct Layout {
        var service: Int?
        var date: Int?
        var respondent: Int?
        var firstElement: Int
        var profile: ProfilePositions

        init(_ columns: SurveyColumns) {
            service = columns.serviceIndex
            date = columns.dateIndex
            respondent = columns.respondentIndex
            firstElement = columns.firstElementIndex
            profile = columns.profilePositions
        }
    }

    let row: TableRow
    let layout: Layout

    var unit: String { row.text(0) }
    var service: String? { layout.service.map(row.text) }
    var dateText: String? { layout.date.map(row.text) }

    func answer(_ offset: Int) -> Int? {
        let index = layout.firstElement + offset
        // The byte reader takes plain digits; anything else (a sign, say) is read as text.
        return row.smallInteger(index) ?? Int(row.text(index))
    }

    func answerText(_ offset: Int) -> String { row.text(layout.firstElement + offset) }

    func unit(in names: inout NameInterner) -> Int32? {
        guard let bytes = row.plainBytes(0) else { return unit.isEmpty ? nil : names.index(of: unit) }
        return bytes.isEmpty ? nil : names.index(ofUTF8: bytes)
    }

    func service(in names: inout NameInterner) -> Int32? {
        guard let index = layout.service else { return nil }
        guard let bytes = row.plainBytes(index) else {
            let text = row.text(index)
            return text.isEmpty ? -1 : names.index(of: text)
        }
        return bytes.isEmpty ? -1 : names.index(ofUTF8: bytes)
    }

    var isoDate: CalendarDate? {
        guard let index = layout.date, let bytes = row.plainBytes(index) else { return nil }
        return FieldParsers.isoDate(bytes)
    }

    var respondent: String? { layout.respondent.map(row.text) }

    func profile(_ columns: ProfileColumns, names: inout NameInterner, log: inout RejectLog) -> InternedProfile {
        ProfileReader.read(row, positions: layout.profile, columns: columns, names: &names, log: &log)
    }
}

extension SurveyTableRecord {
    /// The response of a plainly valid record — a unit, and a service and an ISO date where
    /// they are mapped, every answer one digit in `range`, profile fields empty or plain (names
    /// with nothing to undo, an age in `RespondentProfile.validAges`), no respondent id to check
    /// — read straight from the bytes, its names interned; nil for any other record, which then
    /// goes through `SurveyRecordCheck` (that gives the same response for these, and the reasons
    /// for the rest). Nearly every record of a large export is plainly valid: this spares each
    /// one the general check's accessors, a tenth of the import's time.
    func plainResponse(
        range: ClosedRange<Int>, answers: inout [Int], units: inout NameInterner, services: inout NameInterner, profileValues: inout NameInterner
    ) -> (unit: Int32, service: Int32?, day: Int?, profile: InternedProfile)? {
        guard layout.respondent == nil, let unitBytes = row.plainBytes(0), !unitBytes.isEmpty else { return nil }
        var day: Int?
        if let index = layout.date {
            guard let bytes = row.plainBytes(index), let date = FieldParsers.isoDate(bytes) else { return nil }
            day = date.dayNumber
        }
        for offset in answers.indices {
            guard let digit = row.digit(layout.firstElement + offset), range.contains(digit) else { return nil }
            answers[offset] = digit
        }
        var serviceBytes: UnsafeBufferPointer<UInt8>?
        if let index = layout.service {
            guard let bytes = row.plainBytes(index), !bytes.isEmpty else { return nil }
            serviceBytes = bytes
        }
        var age: UInt8 = 0
        if let index = layout.profile.age {
            if let years = row.smallInteger(index), RespondentProfile.validAges.contains(years) {
                age = UInt8(years)
            } else if row.plainBytes(index)?.isEmpty != true {
                return nil
            }
        }
        guard let gender = profileNameBytes(layout.profile.gender), let education = profileNameBytes(layout.profile.education),
            let occupation = profileNameBytes(layout.profile.occupation)
        else { return nil }
        // Interned last, in the order the general check interns them.
        let unit = units.index(ofUTF8: unitBytes), service = serviceBytes.map { services.index(ofUTF8: $0) }
        func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { bytes.isEmpty ? -1 : profileValues.index(ofUTF8: bytes) }
        let profile = InternedProfile(gender: intern(gender), age: age, education: intern(education), occupation: intern(occupation))
        return (unit, service, day, profile)
    }

    /// The bytes of a profile field that names a value: empty when the field is not mapped or
    /// empty (not stated), nil when its text is not its bytes as is.
    private func profileNameBytes(_ index: Int?) -> UnsafeBufferPointer<UInt8>? {
        guard let index else { return UnsafeBufferPointer(start: nil, count: 0) }
        return row.plainBytes(index)
    }
}
