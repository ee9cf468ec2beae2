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
        case .fileUnreadable(let file, let reason): "cannot read '\(file)': \(reason)"
        case .fileEmpty(let file): "'\(file)' has no header row"
        case .columnMissing(let column, let file, _, _): "'\(file)' has no column '\(column)'"
        case .unknownScheme(let id, _): "there is no survey scheme '\(id)'"
        case .unknownColumnKey(let key, _, _): "'\(key)' is neither a record field nor an element of the scheme"
        case .elementNotMapped(let element, let name): "element \(element) (\(name)) has no column"
        case .columnMappedTwice(let column, let first, let second): "column '\(column)' is mapped to both \(first) and \(second)"
        case .mixedSchemes(let first, let second): "survey responses use two schemes, '\(first)' and '\(second)', which cannot be combined"
        case .unknownComponent(let name, let suggestion?): "'\(name)' is not one of the 14 components of a service standard; did you mean '\(suggestion)'?"
        case .unknownComponent(let name, nil): "'\(name)' is not one of the 14 components of a service standard"
        case .negativeFee(let value): "the fee '\(value)' is negative"
        case .invalidWorkingDays(let value): "'\(value)' is not a whole number of working days"
        case .duplicateIDElsewhere(let id, let file, let row): "id '\(id)' appears again (first in '\(file)', row \(row))"
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
        case .mixedSchemes: "evaluate each scheme in its own pipeline"
        case .unknownComponent: "name one of: \(StandardComponent.allCases.map(\.key).joined(separator: ", ")) (or their English keys)"
        case .negativeFee: "write 0 for a free service"
        case .invalidWorkingDays: "write the number of working days, such as 14; describe other limits in the jangka_waktu component"
        case .duplicateIDElsewhere: "give each record its own id, or remove the repeated row"
        case .nameTaken: "names, ids and aliases must tell units (and a unit's services) apart; rename or drop one"
        case .unitNameDiffers: "write the unit's name the same way on every row, or give the units different ids"
        case .rejectedWithParent: "correct the entry it is listed under"
        case .unmappedStatus: "add the label under status_map in the stage's 'with', mapped to a status such as in_progress"
        case .dateBeforeReceived: "check both dates in the source file"
        case .personalColumnMapped: "personal data (names, phone numbers, NIK, e-mail, addresses) is never imported; map another column, or correct personal_columns"
        case .reporterSaltTooShort: "use a long random secret, the same in every run, so that reporters keep their keys"
        case .environmentVariableUnset: "set it before running Pantau, or write the salt in the pipeline"
        }
    }
}
