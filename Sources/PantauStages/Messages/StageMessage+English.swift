// The English catalogue of the built-in stages' messages.
import PantauCore
import PantauYAML

extension StageMessage {
    public var englishText: String {
        switch self {
        case .answerOutOfRange(let value, let element, let range):
            "answer \(value) for \(element.text(.english)) is outside \(range.lowerBound)–\(range.upperBound)"
        case .answerNotInteger(let value, let element, let range):
            "answer '\(value)' for \(element.text(.english)) is not a whole number \(range.lowerBound)–\(range.upperBound)"
        case .valueMissing(let field): "'\(field)' is empty"
        case .wrongFieldCount(let expected, let found): "the row has \(found) fields where the header has \(expected)"
        case .invalidDate(let value): "'\(value)' is not a valid date"
        case .invalidCount(let value): "'\(value)' is not a whole number of people"
        case .invalidPeriod(let value): "'\(value)' is not a period such as 2026-S1"
        case .unknownUnit(let name, _): "unit '\(name)' is not in the register of units and services"
        case .unknownService(let name, let unit, _): "service '\(name)' is not registered for '\(unit)'"
        case .duplicateID(let id, let firstRow): "id '\(id)' appears again (first on row \(firstRow))"
        case .invalidNumber(let value): "'\(value)' is not a number"
        case .invalidChoice(let value, let allowed): "'\(value)' is not one of \(allowed.joined(separator: ", "))"
        case .unclosedQuote: "a quote opens on this line and never closes; the line is read as one rejected record"
        case .textAfterQuote: "there is text after a closing quote, before the next separator"
        case .invalidText: "the row holds bytes that are not UTF-8 text"
        case .duplicateColumn(let column, let positions): "the header has column '\(column)' more than once (columns \(positions.map(String.init).joined(separator: ", ")))"
        case .fileUnreadable(let file, let reason): "cannot read '\(file)': \(reason)"
        case .fileEmpty(let file): "'\(file)' has no header row"
        case .columnMissing(let column, let file, _, _): "'\(file)' has no column '\(column)'"
        case .unknownScheme(let id, _): "there is no survey scheme '\(id)'"
        case .unknownColumnKey(let key, _, _): "'\(key)' is neither a record field nor an element of the scheme"
        case .elementNotMapped(let element, let name): "element \(element) (\(name)) has no column"
        case .columnMappedTwice(let column, let first, let second): "column '\(column)' is mapped to both \(first) and \(second)"
        case .undatedResponsesCounted(let count, let period): "\(count) responses have no date and are counted in \(period)"
        case .mixedSchemes(let first, let second): "survey responses use two schemes, '\(first)' and '\(second)', which cannot be combined"
        case .fromPlugin(let plugin, let reason): "plugin '\(plugin)': \(reason.englishText)"
        case .unknownWord(let value, let allowed, let suggestion):
            "'\(value)' is not one of \(allowed.joined(separator: ", "))" + Self.englishSuggestion(suggestion)
        case .unknownStakeholderGroup(let name, let suggestion):
            "stakeholder group '\(name)' is not in the vocabulary of groups" + Self.englishSuggestion(suggestion)
        case .adoptedExceedsReceived(let adopted, let received): "more inputs adopted (\(adopted)) than received (\(received))"
        case .invalidYear(let value): "'\(value)' is not a year such as 2026"
        case .invalidFlag(let value): "'\(value)' is not yes or no"
        case .doneDateMissing: "the status is done but the completion date is empty"
        case .doneDateNotDone(let status): "a completion date is given but the status is '\(status)'"
        case .duplicateIDElsewhere(let id, let file, let row): "id '\(id)' appears again (first in '\(file)', row \(row))"
        case .duplicateName(let name, let unit, let firstRow): "'\(name)' is already registered for '\(unit)' (row \(firstRow))"
        case .unknownMeeting(let id, let suggestion): "there is no meeting with id '\(id)'" + Self.englishSuggestion(suggestion)
        case .meetingRejected(let id): "meeting '\(id)' was rejected, so its action items are too"
        case .unknownKey(let key, _, let suggestion): "unknown key '\(key)'" + Self.englishSuggestion(suggestion)
        case .wrongShape(let field, let expected): "'\(field)' must be \(Self.englishShape(expected))"
        case .checkboxMissing: "the action item does not start with a status box [ ], [~], [x] or [-]"
        case .unknownSection(let heading, let suggestion):
            "section heading '\(heading)' is not one Pantau reads, so its items would be lost" + Self.englishSuggestion(suggestion)
        case .frontMatterMissing(let file): "'\(file)' does not start with front matter ('---', the meeting's details in YAML, then '---')"
        case .frontMatterUnclosed(let file): "the front matter of '\(file)' opened here is not closed by '---'"
        case .groupSpellingTwice(let spelling, let first, let second): "'\(spelling)' names both group '\(first)' and group '\(second)'"
        case .noStakeholderGroups: "'groups' names no group"
        case .unknownComponent(let name, let suggestion?): "'\(name)' is not one of the 14 components of a service standard; did you mean '\(suggestion)'?"
        case .unknownComponent(let name, nil): "'\(name)' is not one of the 14 components of a service standard"
        case .negativeFee(let value): "the fee '\(value)' is negative"
        case .invalidWorkingDays(let value): "'\(value)' is not a whole number of working days"
        case .nameTaken(let name, let owner, let file?, let row): "'\(name)' already names '\(owner)' (in '\(file)', row \(row))"
        case .nameTaken(let name, let owner, nil, let row): "'\(name)' already names '\(owner)' (row \(row))"
        case .unitNameDiffers(let id, let name, let firstName, let firstRow):
            "unit '\(id)' is named '\(name)' here but '\(firstName)' on row \(firstRow)"
        case .rejectedWithParent(let parent, let row): "listed under '\(parent)' (row \(row)), which was rejected"
        case .unmappedStatus(let label, let known): "status '\(label)' is not in the status map (labels known: \(known.joined(separator: ", ")))"
        case .dateBeforeReceived(let field, let value, let received): "'\(field)' \(value) is before the date received, \(received)"
        case .personalColumnMapped(let column, let key): "column '\(column)' holds personal data and cannot be imported as '\(key)'"
        case .reporterSaltTooShort(let minimum): "the reporter salt is shorter than \(minimum) characters"
        case .environmentVariableUnset(let name): "the environment variable '\(name)' is not set"
        case .workbookNotXLSX(let file): "'\(file)' is named as an Excel workbook (.xlsx) but is not one"
        case .workbookLegacyXLS(let file): "'\(file)' is an old Excel 97–2003 workbook (.xls), not an .xlsx workbook"
        case .workbookEncrypted(let file): "'\(file)' is protected with a password and cannot be read"
        case .workbookDamaged(let file): "'\(file)' is damaged: it is not a readable .xlsx archive"
        case .workbookPartMissing(let file, let part): "'\(file)' is damaged: its part '\(part)' is missing"
        case .workbookPartInvalid(let file, let part, let line): "'\(file)' is damaged: its part '\(part)' is not well-formed XML (line \(line))"
        case .unknownSheet(let file, let sheet, _, _): "'\(file)' has no sheet '\(sheet)'"
        case .invalidAge(let value, let range): "age '\(value)' is not a whole number of years from \(range.lowerBound) to \(range.upperBound)"
        case .unknownQuestion(let value, _): "question '\(value)' is not mapped to an element under 'elements'"
        case .answerNotComplete(let status, let complete):
            "the answer's status is '\(status)', not one of \(complete.joined(separator: ", ")): the answer is not counted"
        case .duplicateAnswer(let respondent, let element, let firstRow):
            "respondent '\(respondent)' answers \(element.text(.english)) again (first on row \(firstRow))"
        case .respondentIncomplete(let respondent, let element): "respondent '\(respondent)' has no answer for \(element.text(.english))"
        case .respondentNotInFile(let respondent, let file): "respondent '\(respondent)' is not in '\(file)'"
        case .respondentRowRejected(let respondent, let file, let row): "the row of respondent '\(respondent)' in '\(file)' (row \(row)) was rejected"
        case .respondentRejected(let respondent, let row): "rejected with the other answers of respondent '\(respondent)' (see row \(row))"
        case .respondentFieldDiffers(let respondent, let firstRow):
            "the value differs from the first answer row of respondent '\(respondent)' (row \(firstRow))"
        case .unknownUnitID(let id, let suggestion): "unit id '\(id)' is not under 'units'" + Self.englishSuggestion(suggestion)
        case .surveyColumnNeverImported(let column, let key):
            "column '\(column)' holds free text or personal data and cannot be imported as '\(key)'"
        case .longLayoutOnly(let key): "'\(key)' applies to the long layout only (layout: long)"
        case .elementInLongColumns(let key): "in the long layout, element \(key) is mapped under 'elements', not 'columns'"
        case .elementWithoutQuestion(let element, let name): "element \(element) (\(name)) has no question under 'elements'"
        case .unknownElement(let code, _): "'\(code)' is not an element of the survey scheme"
        case .fieldMappedInBoth(let field): "'\(field)' is mapped both under 'columns' and under 'respondents'"
        case .completeStatusWithoutColumn: "'complete_status' is given but no 'status' column is mapped under 'columns'"
        case .unknownIndicator(let code, let suggestion): "indicator '\(code)' is not in the instrument\(Self.englishSuggestion(suggestion))"
        case .invalidIndexScore(let value): "score '\(value)' is not a whole number from 0 to 5"
        case .duplicateIndexScore(let unit, let indicator, let firstRow):
            "indicator '\(indicator)' of '\(unit)' is already scored on row \(firstRow)"
        case .instrumentNotFound(let name, let builtIn):
            "instrument '\(name)' is neither a built-in instrument (\(builtIn.joined(separator: ", "))) nor an existing file"
        }
    }

    public var englishHint: String? {
        switch self {
        case .answerOutOfRange, .answerNotInteger: "correct the answer in the source file, or leave the row rejected"
        case .valueMissing: "fill in the value in the source file"
        case .wrongFieldCount: "check for an unquoted separator in a text field; quote such fields"
        case .invalidDate: "write the date as YYYY-MM-DD, DD/MM/YYYY or '12 Januari 2026'"
        case .invalidCount: "write digits only, for example 1250"
        case .invalidPeriod: "write 2026, 2026-S1, 2026-Q3 or 2026-03"
        case .unknownUnit(_, let suggestion?), .unknownService(_, _, let suggestion?): "did you mean '\(suggestion)'? Otherwise add it to the register"
        case .unknownUnit, .unknownService: "add it to the register (the standards file), or correct the name"
        case .duplicateID: "give each record its own id, or remove the repeated row"
        case .invalidNumber: "write a number such as 1.234,5 or 1234.5"
        case .invalidChoice: "use one of the listed values"
        case .unclosedQuote: "close the quote, or double a quote that is part of the text (\"\")"
        case .textAfterQuote: "put the whole value inside the quotes"
        case .invalidText: "save the file as UTF-8"
        case .duplicateColumn: "rename or remove one of the columns"
        case .fileUnreadable: "check the path and the file's permissions"
        case .fileEmpty: "export the file again with its header row"
        case .columnMissing(_, _, let found, let suggestion?):
            "did you mean '\(suggestion)'? Columns in the file: \(found.joined(separator: ", "))"
        case .columnMissing(_, _, let found, nil): "columns in the file: \(found.joined(separator: ", "))"
        case .unknownScheme(_, let suggestion?): "did you mean '\(suggestion)'?"
        case .unknownScheme: "use permenpan-14-2017 or kepmenpan-25-2004"
        case .unknownColumnKey(_, let allowed, let suggestion):
            suggestion.map { "did you mean '\($0)'?" } ?? "use one of: \(allowed.joined(separator: ", "))"
        case .elementNotMapped(let element, _):
            "add '\(element): <column>' under columns; map elements by their meaning, not their position (many apps ask Sarana as Q8 and Pengaduan as Q9)"
        case .columnMappedTwice: "map each column to one field only"
        case .undatedResponsesCounted: "map the date column under columns, so that each response counts in its own period"
        case .mixedSchemes: "evaluate each scheme in its own pipeline"
        case .fromPlugin(_, let reason): reason.englishHint
        case .unknownWord: "use one of the listed values"
        case .unknownStakeholderGroup: "correct the name, or add the group under the stage's 'groups'"
        case .adoptedExceedsReceived: "check both figures; adopted inputs are some of those received"
        case .invalidYear: "write the year in four digits"
        case .invalidFlag: "write ya or tidak (also read: y/t, yes/no, 1/0)"
        case .doneDateMissing: "fill in the completion date; how fast items are done is scored from it"
        case .doneDateNotDone: "set the status to selesai (done), or clear the completion date"
        case .duplicateIDElsewhere: "give each record its own id, or remove the repeated record"
        case .duplicateName: "remove the repeated row, or tell the names apart"
        case .unknownMeeting: "a meeting's id is the 'id' in its minutes' front matter, or its file name without .md"
        case .meetingRejected: "fix the meeting's own problems (see the file's other rejects)"
        case .unknownKey(_, let allowed, _): "known keys: \(allowed.joined(separator: ", "))"
        case .wrongShape: "see the example in docs/records-meetings-participation.md"
        case .checkboxMissing: "write '- [ ] Unit: action (batas: 2026-08-31)'; [ ] open, [~] in progress, [x] done, [-] dropped"
        case .unknownSection: "sections read: Agenda, Keputusan (Decisions), Tindak Lanjut (Action items)"
        case .frontMatterMissing: "start the file with '---' on its first line; see docs/records-meetings-participation.md"
        case .frontMatterUnclosed: "add a line '---' after the meeting's details"
        case .groupSpellingTwice: "give each name or alias to one group only"
        case .noStakeholderGroups: "leave 'groups' out to use the shipped vocabulary, or list the groups"
        case .unknownComponent: "name one of: \(StandardComponent.allCases.map(\.key).joined(separator: ", ")) (or their English keys)"
        case .negativeFee: "write 0 for a free service"
        case .invalidWorkingDays: "write the number of working days, such as 14; describe other limits in the jangka_waktu component"
        case .nameTaken: "names, ids and aliases must tell units (and a unit's services) apart; rename or drop one"
        case .unitNameDiffers: "write the unit's name the same way on every row, or give the units different ids"
        case .rejectedWithParent: "correct the entry it is listed under"
        case .unmappedStatus: "add the label under status_map in the stage's 'with', mapped to a status such as in_progress"
        case .dateBeforeReceived: "check both dates in the source file"
        case .personalColumnMapped: "personal data (names, phone numbers, NIK, e-mail, addresses) is never imported; map another column, or correct personal_columns"
        case .reporterSaltTooShort: "use a long random secret, the same in every run, so that reporters keep their keys"
        case .environmentVariableUnset: "set it before running Pantau, or write the salt in the pipeline"
        case .workbookNotXLSX: "save it from Excel as 'Excel Workbook (*.xlsx)'; a CSV file should be named .csv"
        case .workbookLegacyXLS: "open it in Excel and save it as 'Excel Workbook (*.xlsx)', or save the sheet as CSV"
        case .workbookEncrypted:
            "remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, clear it) and save the workbook again"
        case .workbookDamaged, .workbookPartMissing, .workbookPartInvalid: "open it in Excel and save it again, or export it again"
        case .unknownSheet(_, _, let sheets, let suggestion?): "did you mean '\(suggestion)'? Sheets in the workbook: \(sheets.joined(separator: ", "))"
        case .unknownSheet(_, _, let sheets, nil): "sheets in the workbook: \(sheets.joined(separator: ", "))"
        case .invalidAge: "write the age in years, such as 35; leave it empty when not stated"
        case .unknownQuestion(_, let known): "add it under 'elements' with the element it asks about (questions mapped: \(known.joined(separator: ", ")))"
        case .answerNotComplete: "only complete answers count; list other status values that mean complete under 'complete_status'"
        case .duplicateAnswer: "a respondent answers each element once: remove the repeated submission in the source"
        case .respondentIncomplete: "every respondent must answer every element; export the missing answers, or leave the respondent rejected"
        case .respondentNotInFile: "add the respondent's row to the respondents file, or correct the id"
        case .respondentRowRejected: "fix that row (see its own reject)"
        case .respondentRejected: "fix the problem reported on that row"
        case .respondentFieldDiffers: "each respondent's rows must agree on unit, service, date and profile: correct the source"
        case .unknownUnitID: "add the id and the unit's name under 'units'"
        case .surveyColumnNeverImported: "suggestions (saran) and personal data (names, phone numbers, NIK, e-mail) are never imported; map another column"
        case .longLayoutOnly: "add 'layout: long', or remove the key"
        case .elementInLongColumns(let key): "write the question id and its element under 'elements', such as '\"1\": \(key)'"
        case .elementWithoutQuestion(let element, _):
            "add '<question id>: \(element)' under 'elements'; map by the question's meaning, not its position (many apps ask Sarana as Q8 and Pengaduan as Q9)"
        case .unknownElement(_, let suggestion?): "did you mean '\(suggestion)'?"
        case .unknownElement: "use the element codes of the scheme, such as U1 … U9"
        case .fieldMappedInBoth: "map each field in one file only"
        case .completeStatusWithoutColumn: "add 'status: <column>' under columns, or remove complete_status"
        case .unknownIndicator: "write an indicator code such as 1.a.Ak, or its number (1 to 31)"
        case .invalidIndexScore: "write a score as the instrument describes them: 0, 1, 2, 3, 4 or 5"
        case .duplicateIndexScore: "one score per unit and indicator: remove or merge the repeated row"
        case .instrumentNotFound: "write the id of a built-in instrument, or the path of an instrument file relative to the pipeline file"
        }
    }
}

extension StageMessage {
    /// What a front-matter value must be, in words.
    static func englishShape(_ kind: Node.Kind) -> String {
        switch kind {
        case .scalar: "a text"
        case .sequence: "a list (lines starting with '- ')"
        case .mapping: "'key: value' pairs"
        case .null: "empty"
        }
    }

    /// The closest known name, added to a reason so that the rejects file shows it.
    static func englishSuggestion(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
