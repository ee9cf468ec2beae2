import Foundation

/// Who answered a survey, as the questionnaire records it: gender, age, education and occupation
/// (PermenPAN-RB 14/2017 asks for them beside the date and the service used). These describe
/// groups of service users; names, phone numbers and free-text suggestions are never part of it.
public struct RespondentProfile: Sendable, Hashable {
    /// As written (`L`, `Perempuan`, …); nil when not stated.
    public var gender: String?
    /// Whole years, within `validAges`; nil when not stated.
    public var age: Int?
    public var education: String?
    public var occupation: String?

    public init(gender: String? = nil, age: Int? = nil, education: String? = nil, occupation: String? = nil) {
        self.gender = gender
        self.age = age
        self.education = education
        self.occupation = occupation
    }

    /// Ages an importer accepts. The bounds catch what is not an age at all (a year of birth,
    /// a `0` an app writes for "not asked"), not unlikely respondents.
    public static let validAges = 1...120

    /// The gender a label stands for, in the questionnaire's own words (`Laki-laki`,
    /// `Perempuan`), so that exports writing `L`/`P`, `Pria`/`Wanita` or `Laki Laki` count
    /// together; any other label is kept as written.
    public static func genderName(_ label: String) -> String {
        let key = NameInterner.key(label).replacingOccurrences(of: "-", with: " ")
        if Self.male.contains(key) { return "Laki-laki" }
        if Self.female.contains(key) { return "Perempuan" }
        return label
    }

    private static let male: Set<String> = ["l", "lk", "laki laki", "laki", "pria", "male", "m"]
    private static let female: Set<String> = ["p", "pr", "perempuan", "wanita", "female", "f", "w"]
}

/// A respondent profile as an importer stores it: numbers into `SurveyResponses.profileValues`
/// (-1 when not stated) and the age in years (0 when not stated).
public struct InternedProfile: Sendable, Hashable {
    public var gender: Int32
    public var age: UInt8
    public var education: Int32
    public var occupation: Int32

    public static let notStated = InternedProfile(gender: -1, age: 0, education: -1, occupation: -1)

    public init(gender: Int32, age: UInt8, education: Int32, occupation: Int32) {
        self.gender = gender
        self.age = age
        self.education = education
        self.occupation = occupation
    }

    public var isNotStated: Bool { self == .notStated }

    /// This profile with its value numbers looked up in `numbers` (nil: kept as they are).
    func renumbered(_ numbers: [Int32]?) -> InternedProfile {
        guard let numbers else { return self }
        let renumber = { (number: Int32) in number >= 0 ? numbers[Int(number)] : number }
        return InternedProfile(gender: renumber(gender), age: age, education: renumber(education), occupation: renumber(occupation))
    }
}

/// The profile columns of a run of `SurveyResponses`. They stay empty while no response states a
/// profile (most exports map none), and are filled in for earlier responses the first time
/// one does, so that a survey without profiles costs nothing.
struct RespondentProfileColumns: Sendable {
    private(set) var genders: [Int32] = []
    private(set) var ages: [UInt8] = []
    private(set) var educations: [Int32] = []
    private(set) var occupations: [Int32] = []

    var isEmpty: Bool { genders.isEmpty }

    /// Records the profile of response number `index`, the latest appended.
    mutating func append(_ profile: InternedProfile, at index: Int) {
        if genders.isEmpty {
            guard !profile.isNotStated else { return }
            let missing = InternedProfile.notStated
            genders = Array(repeating: missing.gender, count: index)
            ages = Array(repeating: missing.age, count: index)
            educations = Array(repeating: missing.education, count: index)
            occupations = Array(repeating: missing.occupation, count: index)
        }
        genders.append(profile.gender)
        ages.append(profile.age)
        educations.append(profile.education)
        occupations.append(profile.occupation)
    }

    /// The profiles at `indices` (ascending), in that order; empty again when none of them is stated.
    func keeping(_ indices: [Int]) -> RespondentProfileColumns {
        var kept = RespondentProfileColumns()
        guard indices.contains(where: { !self[$0].isNotStated }) else { return kept }
        kept.genders = indices.map { genders[$0] }
        kept.ages = indices.map { ages[$0] }
        kept.educations = indices.map { educations[$0] }
        kept.occupations = indices.map { occupations[$0] }
        return kept
    }

    subscript(index: Int) -> InternedProfile {
        guard !genders.isEmpty else { return .notStated }
        return InternedProfile(gender: genders[index], age: ages[index], education: educations[index], occupation: occupations[index])
    }
}
