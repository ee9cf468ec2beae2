public import PantauYAML

/// Accepted survey responses, stored by column.
///
/// A region-wide run holds hundreds of thousands of responses; one flat answer array and
/// interned unit and service names keep that compact and quick to tally.
public struct SurveyResponses: Sendable {
    public let scheme: SurveyScheme
    public private(set) var count = 0
    /// Interned names; responses refer to them by number. Importers intern as they read.
    public var units = NameInterner()
    public var services = NameInterner()
    public private(set) var sources = NameInterner()
    /// Respondents' genders, education and occupation as written, interned together.
    public var profileValues = NameInterner()

    public var unitNames: [String] { units.names }
    public var serviceNames: [String] { services.names }
    public var files: [String] { sources.names }

    private var unitColumn: [Int32] = []
    /// -1 when the response names no service.
    private var serviceColumn: [Int32] = []
    /// Day numbers (see `CalendarDate.dayNumber`); `Int32.min` when undated.
    private var dates: [Int32] = []
    /// `scheme.elements.count` answers per response, in element order.
    private var answers: [UInt8] = []
    private var sourceFiles: [Int32] = []
    private var sourceRows: [Int32] = []
    private var sourceLines: [Int32] = []
    private var profiles = RespondentProfileColumns()
    /// The last source file seen: responses arrive file by file, so this spares a lookup per row.
    private var lastSource: (name: String, index: Int32)?

    public init(scheme: SurveyScheme) { self.scheme = scheme }

    /// One response as a value, for tests and detailed views.
    public struct Response: Sendable, Hashable {
        public var unit: String
        public var service: String?
        public var date: CalendarDate?
        public var answers: [Int]
        public var source: RecordSource
        public var profile = RespondentProfile()
    }

    /// Whether any response states a respondent profile.
    public var hasProfiles: Bool { !profiles.isEmpty }

    /// Appends a response. `answers` must hold one valid answer per element, in element order.
    public mutating func append(
        unit: String, service: String?, date: CalendarDate?, answers newAnswers: [Int], source: RecordSource,
        profile: RespondentProfile = RespondentProfile()
    ) {
        let unitNumber = units.index(of: unit)
        let serviceNumber = service.map { services.index(of: $0) }
        let interned = InternedProfile(
            gender: profile.gender.map { profileValues.index(of: $0) } ?? -1,
            age: profile.age.map { UInt8(clamping: $0) } ?? 0,
            education: profile.education.map { profileValues.index(of: $0) } ?? -1,
            occupation: profile.occupation.map { profileValues.index(of: $0) } ?? -1)
        append(unit: unitNumber, service: serviceNumber, day: date?.dayNumber, answers: newAnswers, source: source, profile: interned)
    }

    /// Appends a response whose names are already interned in `units`, `services` and `profileValues`.
    public mutating func append(
        unit: Int32, service: Int32?, day: Int?, answers newAnswers: [Int], source: RecordSource, profile: InternedProfile = .notStated
    ) {
        profiles.append(profile, at: count)
        unitColumn.append(unit)
        serviceColumn.append(service ?? -1)
        dates.append(day.map { Int32(clamping: $0) } ?? Int32.min)
        answers.append(contentsOf: newAnswers.lazy.map { UInt8(clamping: $0) })
        if let last = lastSource, last.name == source.file {
            sourceFiles.append(last.index)
        } else {
            let index = sources.index(of: source.file)
            lastSource = (source.file, index)
            sourceFiles.append(index)
        }
        sourceRows.append(Int32(clamping: source.row))
        sourceLines.append(Int32(clamping: source.line ?? 0))
        count += 1
    }

    /// Appends every response of `other`, which must use the same scheme.
    public mutating func append(contentsOf other: SurveyResponses) {
        for index in 0..<other.count {
            let response = other[index]
            append(
                unit: response.unit, service: response.service, date: response.date, answers: response.answers, source: response.source,
                profile: response.profile)
        }
    }

    public subscript(index: Int) -> Response {
        let width = scheme.elements.count
        return Response(
            unit: units[unitColumn[index]],
            service: serviceColumn[index] >= 0 ? services[serviceColumn[index]] : nil,
            date: dates[index] == Int32.min ? nil : CalendarDate(dayNumber: Int(dates[index])),
            answers: answers[(index * width)..<((index + 1) * width)].map(Int.init),
            source: RecordSource(
                file: sources[sourceFiles[index]], row: Int(sourceRows[index]), line: sourceLines[index] > 0 ? Int(sourceLines[index]) : nil),
            profile: profile(index))
    }

    /// The profile of response `index`, with its names.
    public func profile(_ index: Int) -> RespondentProfile {
        let stored = profiles[index]
        let name = { (number: Int32) in number >= 0 ? profileValues[number] : nil }
        return RespondentProfile(
            gender: name(stored.gender), age: stored.age > 0 ? Int(stored.age) : nil, education: name(stored.education),
            occupation: name(stored.occupation))
    }

    /// Visits every response's unit, day number (`nil` when undated) and interned profile;
    /// nothing when no response states a profile.
    public func forEachProfile(_ body: (_ unit: Int, _ day: Int?, _ profile: InternedProfile) -> Void) {
        guard hasProfiles else { return }
        for index in 0..<count {
            body(Int(unitColumn[index]), dates[index] == Int32.min ? nil : Int(dates[index]), profiles[index])
        }
    }

    /// Visits every response with its unit, service and day number (`nil` when undated), and
    /// its answers as a slice of the flat store; the hot path of evaluation.
    public func forEach(_ body: (_ unit: Int, _ service: Int?, _ day: Int?, _ answers: ArraySlice<UInt8>) -> Void) {
        let width = scheme.elements.count
        for index in 0..<count {
            let service = serviceColumn[index] >= 0 ? Int(serviceColumn[index]) : nil
            let day = dates[index] == Int32.min ? nil : Int(dates[index])
            body(Int(unitColumn[index]), service, day, answers[(index * width)..<((index + 1) * width)])
        }
    }
}

/// How many people used a unit's services in a period: the population of the minimum-sample check.
public struct ServicePopulation: Sendable, Hashable, Codable {
    public var unit: String
    public var period: Period
    public var users: Int
    public var source: RecordSource

    public init(unit: String, period: Period, users: Int, source: RecordSource) {
        self.unit = unit
        self.period = period
        self.users = users
        self.source = source
    }
}

/// The populations of service users an import provides, for the minimum-sample check.
public struct ServicePopulations: Sendable {
    public var items: [ServicePopulation]

    public init(_ items: [ServicePopulation]) { self.items = items }
}
