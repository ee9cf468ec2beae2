/// How many respondents of a group (a unit, the region) stated each gender, age band, education
/// and occupation. Counts only: they add up across groups exactly, like tallies.
public struct RespondentProfileSummary: Sendable, Hashable {
    /// One value as written (genders in the questionnaire's words) and its respondents.
    public struct Count: Sendable, Hashable, Codable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    public struct AgeCount: Sendable, Hashable {
        public var band: AgeBand
        public var count: Int

        public init(band: AgeBand, count: Int) {
            self.band = band
            self.count = count
        }
    }

    /// Respondents who left a field empty (or whose export has no such column).
    public struct NotStated: Sendable, Hashable, Codable {
        public var gender = 0
        public var age = 0
        public var education = 0
        public var occupation = 0

        public init() {}
    }

    public var respondents: Int
    /// Most respondents first; equal counts by value.
    public var genders: [Count]
    /// Every band of `AgeBand.standard`, youngest first, with zero counts kept.
    public var ages: [AgeCount]
    public var educations: [Count]
    public var occupations: [Count]
    public var notStated: NotStated

    public init(respondents: Int, genders: [Count], ages: [AgeCount], educations: [Count], occupations: [Count], notStated: NotStated) {
        self.respondents = respondents
        self.genders = genders
        self.ages = ages
        self.educations = educations
        self.occupations = occupations
        self.notStated = notStated
    }
}

/// An age band of the profile summary, in whole years; `highest` is nil for the open top band.
public struct AgeBand: Sendable, Hashable {
    public var lowest: Int
    public var highest: Int?

    public init(lowest: Int, highest: Int?) {
        self.lowest = lowest
        self.highest = highest
    }

    /// Ten-year bands as survey reports commonly show them: under 20, 20–29, … 50–59, 60 and over.
    public static let standard: [AgeBand] = [
        AgeBand(lowest: RespondentProfile.validAges.lowerBound, highest: 19), AgeBand(lowest: 20, highest: 29),
        AgeBand(lowest: 30, highest: 39), AgeBand(lowest: 40, highest: 49), AgeBand(lowest: 50, highest: 59), AgeBand(lowest: 60, highest: nil),
    ]

    /// The band's position in `standard`.
    static func standardIndex(of age: Int) -> Int {
        standard.lastIndex { age >= $0.lowest } ?? 0
    }

    /// `< 20`, `20–29`, `≥ 60`: the same in every language.
    public var label: String {
        guard let highest else { return "≥ \(lowest)" }
        return lowest <= RespondentProfile.validAges.lowerBound ? "< \(highest + 1)" : "\(lowest)–\(highest)"
    }
}

/// Counts respondent profiles per unit and for the region, over the responses an evaluation uses.
struct RespondentProfileCounter: Sendable {
    private let genderGroup: [Int]
    private let genderNames: [String]
    private let valueNames: [String]
    private var units: [Int: Counts] = [:]
    private var region: Counts

    /// Counts for one group: per gender group, band and interned value; the last slot of each is "not stated".
    private struct Counts {
        var respondents = 0
        var genders: [Int]
        var ages: [Int]
        var educations: [Int]
        var occupations: [Int]

        init(genders: Int, values: Int) {
            self.genders = Array(repeating: 0, count: genders + 1)
            self.ages = Array(repeating: 0, count: AgeBand.standard.count + 1)
            self.educations = Array(repeating: 0, count: values + 1)
            self.occupations = Array(repeating: 0, count: values + 1)
        }

        mutating func merge(_ other: Counts) {
            respondents += other.respondents
            for index in genders.indices { genders[index] += other.genders[index] }
            for index in ages.indices { ages[index] += other.ages[index] }
            for index in educations.indices { educations[index] += other.educations[index] }
            for index in occupations.indices { occupations[index] += other.occupations[index] }
        }
    }

    init(values: NameInterner) {
        // Gender labels that mean the same count as one: group the interned values once.
        var groups: [String: Int] = [:]
        var names: [String] = []
        genderGroup = values.names.map { label in
            let name = RespondentProfile.genderName(label)
            if let group = groups[name] { return group }
            groups[name] = names.count
            names.append(name)
            return names.count - 1
        }
        genderNames = names
        valueNames = values.names
        region = Counts(genders: names.count, values: values.count)
    }

    mutating func add(_ profile: InternedProfile, unit: Int) {
        var counts = units[unit] ?? Counts(genders: genderNames.count, values: valueNames.count)
        Self.add(profile, to: &counts, genderGroup: genderGroup)
        units[unit] = counts
        Self.add(profile, to: &region, genderGroup: genderGroup)
    }

    private static func add(_ profile: InternedProfile, to counts: inout Counts, genderGroup: [Int]) {
        counts.respondents += 1
        counts.genders[profile.gender >= 0 ? genderGroup[Int(profile.gender)] : counts.genders.count - 1] += 1
        counts.ages[profile.age > 0 ? AgeBand.standardIndex(of: Int(profile.age)) : counts.ages.count - 1] += 1
        counts.educations[profile.education >= 0 ? Int(profile.education) : counts.educations.count - 1] += 1
        counts.occupations[profile.occupation >= 0 ? Int(profile.occupation) : counts.occupations.count - 1] += 1
    }

    /// Adds `other`'s counts, made over the same values: counts add up exactly.
    mutating func merge(_ other: RespondentProfileCounter) {
        for (unit, counts) in other.units {
            if var mine = units[unit] {
                mine.merge(counts)
                units[unit] = mine
            } else {
                units[unit] = counts
            }
        }
        region.merge(other.region)
    }

    func summary(ofUnit unit: Int) -> RespondentProfileSummary? { units[unit].map(summary) }

    var regionSummary: RespondentProfileSummary? { region.respondents > 0 ? summary(region) : nil }

    private func summary(_ counts: Counts) -> RespondentProfileSummary {
        var notStated = RespondentProfileSummary.NotStated()
        notStated.gender = counts.genders.last ?? 0
        notStated.age = counts.ages.last ?? 0
        notStated.education = counts.educations.last ?? 0
        notStated.occupation = counts.occupations.last ?? 0
        return RespondentProfileSummary(
            respondents: counts.respondents, genders: Self.stated(counts.genders, names: genderNames),
            ages: zip(AgeBand.standard, counts.ages).map { RespondentProfileSummary.AgeCount(band: $0, count: $1) },
            educations: Self.stated(counts.educations, names: valueNames), occupations: Self.stated(counts.occupations, names: valueNames),
            notStated: notStated)
    }

    /// The values with respondents, most first, equal counts by value; the "not stated" slot left out.
    private static func stated(_ counts: [Int], names: [String]) -> [RespondentProfileSummary.Count] {
        zip(names, counts.dropLast()).filter { $0.1 > 0 }
            .map { RespondentProfileSummary.Count(value: $0.0, count: $0.1) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
}
