public import PantauYAML

/// Every problem the built-in stages report: reasons a record is rejected, and reasons a
/// stage cannot go on. Texts live in `StageMessage+Indonesian.swift` and `StageMessage+English.swift`.
public enum StageMessage: CatalogueMessage, Equatable {
    // Record rejects (one row, one field)
    case answerOutOfRange(value: String, element: LocalizedText, range: ClosedRange<Int>)
    case answerNotInteger(value: String, element: LocalizedText, range: ClosedRange<Int>)
    case valueMissing(field: String)
    case wrongFieldCount(expected: Int, found: Int)
    case invalidDate(value: String)
    case invalidCount(value: String)
    case invalidPeriod(value: String)
    case unknownUnit(name: String, suggestion: String?)
    case unknownService(name: String, unit: String, suggestion: String?)
    case duplicateID(id: String, firstRow: Int)
    case invalidNumber(value: String)
    case invalidChoice(value: String, allowed: [String])
    case unclosedQuote
    case textAfterQuote
    case invalidText
    case duplicateColumn(column: String, positions: [Int])
    // Whole files and configuration
    case fileUnreadable(file: String, reason: String)
    case fileEmpty(file: String)
    case columnMissing(column: String, file: String, found: [String], suggestion: String?)
    case unknownScheme(id: String, suggestion: String?)
    case unknownColumnKey(key: String, allowed: [String], suggestion: String?)
    case elementNotMapped(element: String, name: String)
    case columnMappedTwice(column: String, first: String, second: String)
    case mixedSchemes(first: String, second: String)
    case undatedResponsesCounted(count: Int, period: String)
    // A record from an external plugin, rejected for `reason`.
    indirect case fromPlugin(plugin: String, reason: StageMessage)
    // Meetings, participation, follow-up plans and innovations: record rejects
    case unknownWord(value: String, allowed: [String], suggestion: String?)
    case unknownStakeholderGroup(name: String, suggestion: String?)
    case adoptedExceedsReceived(adopted: Int, received: Int)
    case invalidYear(value: String)
    case invalidFlag(value: String)
    case doneDateMissing
    case doneDateNotDone(status: String)
    case duplicateIDElsewhere(id: String, file: String, row: Int)
    case duplicateName(name: String, unit: String, firstRow: Int)
    case unknownMeeting(id: String, suggestion: String?)
    case meetingRejected(id: String)
    case unknownKey(key: String, allowed: [String], suggestion: String?)
    case wrongShape(field: String, expected: Node.Kind)
    case checkboxMissing
    case unknownSection(heading: String, suggestion: String?)
    // Meetings and participation: whole files and configuration
    case frontMatterMissing(file: String)
    case frontMatterUnclosed(file: String)
    case groupSpellingTwice(spelling: String, first: String, second: String)
    case noStakeholderGroups
    // Service standards and complaints
    case unknownComponent(name: String, suggestion: String?)
    case negativeFee(value: String)
    case invalidWorkingDays(value: String)
    case nameTaken(name: String, owner: String, file: String?, row: Int)
    case unitNameDiffers(id: String, name: String, firstName: String, firstRow: Int)
    case rejectedWithParent(parent: String, row: Int)
    case unmappedStatus(label: String, known: [String])
    case dateBeforeReceived(field: String, value: String, received: String)
    case personalColumnMapped(column: String, key: String)
    case reporterSaltTooShort(minimum: Int)
    case environmentVariableUnset(name: String)
    // Excel workbooks (.xlsx)
    case workbookNotXLSX(file: String)
    case workbookLegacyXLS(file: String)
    case workbookEncrypted(file: String)
    case workbookDamaged(file: String)
    case workbookPartMissing(file: String, part: String)
    case workbookPartInvalid(file: String, part: String, line: Int)
    case unknownSheet(file: String, sheet: String, sheets: [String], suggestion: String?)
    // Survey respondents' profiles and the long layout (one answer per row): record rejects
    case invalidAge(value: String, range: ClosedRange<Int>)
    case unknownQuestion(value: String, known: [String])
    case answerNotComplete(status: String, complete: [String])
    case duplicateAnswer(respondent: String, element: LocalizedText, firstRow: Int)
    case respondentIncomplete(respondent: String, element: LocalizedText)
    case respondentNotInFile(respondent: String, file: String)
    case respondentRowRejected(respondent: String, file: String, row: Int)
    case respondentRejected(respondent: String, row: Int)
    case respondentFieldDiffers(respondent: String, firstRow: Int)
    case unknownUnitID(id: String, suggestion: String?)
    // Survey respondents' profiles and the long layout: configuration
    case surveyColumnNeverImported(column: String, key: String)
    case longLayoutOnly(key: String)
    case elementInLongColumns(key: String)
    case elementWithoutQuestion(element: String, name: String)
    case unknownElement(code: String, suggestion: String?)
    case fieldMappedInBoth(field: String)
    case completeStatusWithoutColumn
    // The performance index (PEKPPP): an assessor's scores and the instrument
    case unknownIndicator(code: String, suggestion: String?)
    case invalidIndexScore(value: String)
    case duplicateIndexScore(unit: String, indicator: String, firstRow: Int)
    case instrumentNotFound(name: String, builtIn: [String])

    public var code: String {
        switch self {
        case .answerOutOfRange: "record.answer-out-of-range"
        case .answerNotInteger: "record.answer-not-integer"
        case .valueMissing: "record.value-missing"
        case .wrongFieldCount: "record.wrong-field-count"
        case .invalidDate: "record.invalid-date"
        case .invalidCount: "record.invalid-count"
        case .invalidPeriod: "record.invalid-period"
        case .unknownUnit: "record.unknown-unit"
        case .unknownService: "record.unknown-service"
        case .duplicateID: "record.duplicate-id"
        case .invalidNumber: "record.invalid-number"
        case .invalidChoice: "record.invalid-choice"
        case .unclosedQuote: "record.unclosed-quote"
        case .textAfterQuote: "record.text-after-quote"
        case .invalidText: "record.invalid-text"
        case .duplicateColumn: "input.duplicate-column"
        case .fileUnreadable: "input.file-unreadable"
        case .fileEmpty: "input.file-empty"
        case .columnMissing: "input.column-missing"
        case .unknownScheme: "config.unknown-scheme"
        case .unknownColumnKey: "config.unknown-column-key"
        case .elementNotMapped: "config.element-not-mapped"
        case .columnMappedTwice: "config.column-mapped-twice"
        case .mixedSchemes: "input.mixed-schemes"
        case .undatedResponsesCounted: "note.undated-responses"
        // Counted under the reason's own code, so reports add up rejects of every importer alike.
        case .fromPlugin(_, let reason): reason.code
        case .unknownWord: "record.unknown-word"
        case .unknownStakeholderGroup: "record.unknown-group"
        case .adoptedExceedsReceived: "record.adopted-exceeds-received"
        case .invalidYear: "record.invalid-year"
        case .invalidFlag: "record.invalid-flag"
        case .doneDateMissing: "record.done-date-missing"
        case .doneDateNotDone: "record.done-date-not-done"
        case .duplicateIDElsewhere: "record.duplicate-id-elsewhere"
        case .duplicateName: "record.duplicate-name"
        case .unknownMeeting: "record.unknown-meeting"
        case .meetingRejected: "record.meeting-rejected"
        case .unknownKey: "record.unknown-key"
        case .wrongShape: "record.wrong-shape"
        case .checkboxMissing: "record.checkbox-missing"
        case .unknownSection: "record.unknown-section"
        case .frontMatterMissing: "input.front-matter-missing"
        case .frontMatterUnclosed: "input.front-matter-unclosed"
        case .groupSpellingTwice: "config.group-spelling-twice"
        case .noStakeholderGroups: "config.no-groups"
        case .unknownComponent: "record.unknown-component"
        case .negativeFee: "record.negative-fee"
        case .invalidWorkingDays: "record.invalid-working-days"
        case .nameTaken: "record.name-taken"
        case .unitNameDiffers: "record.unit-name-differs"
        case .rejectedWithParent: "record.rejected-with-parent"
        case .unmappedStatus: "record.unmapped-status"
        case .dateBeforeReceived: "record.date-before-received"
        case .personalColumnMapped: "config.personal-column-mapped"
        case .reporterSaltTooShort: "config.reporter-salt-too-short"
        case .environmentVariableUnset: "config.environment-variable-unset"
        case .workbookNotXLSX: "input.workbook-not-xlsx"
        case .workbookLegacyXLS: "input.workbook-legacy-xls"
        case .workbookEncrypted: "input.workbook-encrypted"
        case .workbookDamaged: "input.workbook-damaged"
        case .workbookPartMissing: "input.workbook-part-missing"
        case .workbookPartInvalid: "input.workbook-part-invalid"
        case .unknownSheet: "input.unknown-sheet"
        case .invalidAge: "record.invalid-age"
        case .unknownQuestion: "record.unknown-question"
        case .answerNotComplete: "record.answer-not-complete"
        case .duplicateAnswer: "record.duplicate-answer"
        case .respondentIncomplete: "record.respondent-incomplete"
        case .respondentNotInFile: "record.unknown-respondent"
        case .respondentRowRejected: "record.respondent-row-rejected"
        case .respondentRejected: "record.respondent-rejected"
        case .respondentFieldDiffers: "record.respondent-field-differs"
        case .unknownUnitID: "record.unknown-unit-id"
        case .surveyColumnNeverImported: "config.column-never-imported"
        case .longLayoutOnly: "config.long-layout-only"
        case .elementInLongColumns: "config.element-in-columns"
        case .elementWithoutQuestion: "config.element-without-question"
        case .unknownElement: "config.unknown-element"
        case .fieldMappedInBoth: "config.field-mapped-twice"
        case .completeStatusWithoutColumn: "config.complete-status-without-column"
        case .unknownIndicator: "record.unknown-indicator"
        case .invalidIndexScore: "record.invalid-index-score"
        case .duplicateIndexScore: "record.duplicate-index-score"
        case .instrumentNotFound: "config.instrument-not-found"
        }
    }

}
