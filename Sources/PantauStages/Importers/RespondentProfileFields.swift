import PantauCore
import PantauYAML

/// A respondent's profile fields as `columns:` names them, in either survey layout.
enum ProfileField: String, CaseIterable, Sendable {
    case gender, age, education, occupation

    static let keys = allCases.map(\.rawValue)
}

/// The columns of the profile fields a pipeline mapped, in `ProfileField` order.
struct ProfileColumns: Sendable, Equatable {
    private(set) var mapped: [(field: ProfileField, column: String)] = []

    init() {}

    /// The mapped fields among `columns` (a `columns:` mapping already read and checked).
    init(_ columns: [String: String]) {
        mapped = ProfileField.allCases.compactMap { field in columns[field.rawValue].map { (field, $0) } }
    }

    var columns: [String] { mapped.map(\.column) }

    func column(_ field: ProfileField) -> String? { mapped.first { $0.field == field }?.column }

    /// Where each mapped field sits when the mapped columns follow one another from `start`.
    func positions(from start: Int) -> ProfilePositions {
        var positions = ProfilePositions()
        for (offset, entry) in mapped.enumerated() { positions[entry.field] = start + offset }
        return positions
    }

    static func == (lhs: ProfileColumns, rhs: ProfileColumns) -> Bool {
        lhs.mapped.map(\.field) == rhs.mapped.map(\.field) && lhs.columns == rhs.columns
    }
}

/// Where the profile fields sit among the columns an importer asked for; plain numbers, so
/// that a record per row copies nothing reference-counted.
struct ProfilePositions: Sendable {
    var gender: Int?
    var age: Int?
    var education: Int?
    var occupation: Int?

    subscript(field: ProfileField) -> Int? {
        get {
            switch field {
            case .gender: gender
            case .age: age
            case .education: education
            case .occupation: occupation
            }
        }
        set {
            switch field {
            case .gender: gender = newValue
            case .age: age = newValue
            case .education: education = newValue
            case .occupation: occupation = newValue
            }
        }
    }
}

/// Reads a respondent's profile from a table row. A profile is optional: an empty field is
/// "not stated". Gender, education and occupation are kept as written (interned, from the bytes
/// where they can be); an age must be a whole number of years in `RespondentProfile.validAges`,
/// else the record is rejected, as a date that is not a date is: it shows a mis-mapped column or
/// a broken row.
enum ProfileReader {
    static func read(
        _ row: TableRow, positions: ProfilePositions, columns: ProfileColumns, names: inout NameInterner, log: inout RejectLog
    ) -> InternedProfile {
        var profile = InternedProfile.notStated
        for (field, column) in columns.mapped {
            guard let index = positions[field] else { continue }
            switch field {
            case .gender: profile.gender = row.interned(index, in: &names) ?? -1
            case .education: profile.education = row.interned(index, in: &names) ?? -1
            case .occupation: profile.occupation = row.interned(index, in: &names) ?? -1
            case .age:
                if let age = row.smallInteger(index), RespondentProfile.validAges.contains(age) {
                    profile.age = UInt8(age)
                    continue
                }
                let text = row.text(index)
                if text.isEmpty { continue }
                if let age = Int(text), RespondentProfile.validAges.contains(age) {
                    profile.age = UInt8(age)
                } else {
                    log.reject(row.source, field: column, value: text, .invalidAge(value: text, range: RespondentProfile.validAges))
                }
            }
        }
        return profile
    }
}

extension TableRow {
    /// The field's number in `names`, interned from its bytes when they are its text as is;
    /// nil when the field is empty.
    func interned(_ index: Int, in names: inout NameInterner) -> Int32? {
        if let bytes = plainBytes(index) { return bytes.isEmpty ? nil : names.index(ofUTF8: bytes) }
        let text = text(index)
        return text.isEmpty ? nil : names.index(of: text)
    }
}
