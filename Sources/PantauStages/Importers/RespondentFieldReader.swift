import PantauCore
import PantauYAML

/// What describes one respondent of the long layout, interned so that the rows of one
/// respondent can be compared: the unit's and service's numbers in `SurveyResponses`, the day
/// number and the profile. A field not read keeps its "none" value (-1, `Int32.min`).
struct RespondentFacts: Equatable {
    var unit: Int32 = -1
    var service: Int32 = -1
    var day = Int32.min
    var profile = InternedProfile.notStated

    /// These facts with every field `self` lacks taken from `other`: each field is mapped in
    /// the answers file or in the respondents file, never both.
    func completed(with other: RespondentFacts) -> RespondentFacts {
        func pick<T: Equatable>(_ mine: T, _ theirs: T, none: T) -> T { mine == none ? theirs : mine }
        let none = InternedProfile.notStated
        return RespondentFacts(
            unit: pick(unit, other.unit, none: -1), service: pick(service, other.service, none: -1), day: pick(day, other.day, none: .min),
            profile: InternedProfile(
                gender: pick(profile.gender, other.profile.gender, none: none.gender), age: pick(profile.age, other.profile.age, none: none.age),
                education: pick(profile.education, other.profile.education, none: none.education),
                occupation: pick(profile.occupation, other.profile.occupation, none: none.occupation)))
    }

    /// The column of the first field in which `other` differs, when any does.
    func firstDifference(from other: RespondentFacts, columns: RespondentFieldColumns) -> String? {
        if unit != other.unit, let column = columns.unit { return column }
        if service != other.service, let column = columns.service { return column }
        if day != other.day, let column = columns.date { return column }
        let differs: [ProfileField: Bool] = [
            .gender: profile.gender != other.profile.gender, .age: profile.age != other.profile.age,
            .education: profile.education != other.profile.education, .occupation: profile.occupation != other.profile.occupation,
        ]
        return columns.profile.mapped.first { differs[$0.field] == true }?.column
    }
}

/// Reads the fields that describe a respondent (unit, service, date, profile) from a row of
/// the answers file or of the respondents file, with the same rules as the wide layout: a
/// mapped unit, service or date must be filled in and valid; a profile field may be empty.
struct RespondentFieldReader {
    let columns: RespondentFieldColumns
    let positions: RespondentFieldPositions

    /// Whether no field is read: set once, as the pivot asks on every row.
    let isEmpty: Bool

    init(columns: RespondentFieldColumns, positions: RespondentFieldPositions) {
        self.columns = columns
        self.positions = positions
        self.isEmpty = columns.columns.isEmpty
    }

    /// The facts of `row`, and whether they were read without a problem (problems are rejected into `log`).
    func read(_ row: TableRow, units: inout UnitResolver, responses: inout SurveyResponses, log: inout RejectLog) -> (RespondentFacts, ok: Bool) {
        let before = log.entries.count
        let source = row.source
        var facts = RespondentFacts()
        if let index = positions.unit, let column = columns.unit {
            switch units.resolve(row, index, into: &responses.units) {
            case .unit(let unit): facts.unit = unit
            case .empty: log.reject(source, field: column, value: "", .valueMissing(field: column))
            case .notListed:
                let text = row.text(index)
                log.reject(source, field: column, value: text, .unknownUnitID(id: text, suggestion: units.suggestion(for: text)))
            }
        }
        if let index = positions.service, let column = columns.service {
            if let service = row.interned(index, in: &responses.services) {
                facts.service = service
            } else {
                log.reject(source, field: column, value: "", .valueMissing(field: column))
            }
        }
        if let index = positions.date, let column = columns.date {
            let text = row.text(index)
            if let date = row.plainBytes(index).flatMap(FieldParsers.isoDate) ?? FieldParsers.date(text) {
                facts.day = Int32(clamping: date.dayNumber)
            } else if text.isEmpty {
                log.reject(source, field: column, value: "", .valueMissing(field: column))
            } else {
                log.reject(source, field: column, value: text, .invalidDate(value: text))
            }
        }
        if !columns.profile.mapped.isEmpty {
            facts.profile = ProfileReader.read(row, positions: positions.profile, columns: columns.profile, names: &responses.profileValues, log: &log)
        }
        return (facts, log.entries.count == before)
    }
}

/// Turns the unit a file writes into the unit's number in `SurveyResponses.units`. Without
/// `units:` the file names the unit; with it, the file writes an id that must be listed there
/// (ids compare as names do: without regard to case or blanks).
struct UnitResolver {
    private let listedIDs: [String]?
    private var ids = NameInterner()
    /// The name of each id in `ids` that `units:` lists, and its number in `SurveyResponses.units` once used.
    private var names: [String] = []
    private var numbers: [Int32?] = []

    init(_ listed: [LongSurveyLayout.UnitName]?) {
        listedIDs = listed?.map(\.id)
        for unit in listed ?? [] where ids.index(of: unit.id) == Int32(names.count) {
            names.append(unit.name)
        }
        numbers = Array(repeating: nil, count: names.count)
    }

    enum Resolved {
        case unit(Int32)
        case empty
        case notListed
    }

    /// The unit of the row's field `index`.
    mutating func resolve(_ row: TableRow, _ index: Int, into units: inout NameInterner) -> Resolved {
        guard listedIDs != nil else { return row.interned(index, in: &units).map(Resolved.unit) ?? .empty }
        guard let id = row.interned(index, in: &ids) else { return .empty }
        guard Int(id) < names.count else { return .notListed }
        if let number = numbers[Int(id)] { return .unit(number) }
        let number = units.index(of: names[Int(id)])
        numbers[Int(id)] = number
        return .unit(number)
    }

    func suggestion(for text: String) -> String? {
        ClosestName.suggest(for: text, among: listedIDs ?? [])
    }
}
