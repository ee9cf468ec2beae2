public import PantauYAML

/// Accepted survey responses, stored by column.
///
/// A region-wide run holds hundreds of thousands of responses; one byte per answer and interned
/// unit and service names keep that compact and quick to tally. The columns come in runs:
/// responses appended one by one fill the last run, and appending another set of responses takes
/// its runs whole, with tables from its name numbers to these, so that putting together a file
/// read in chunks copies no response (that copying was a tenth of an import's time).
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

    private var runs: [Run] = []
    /// The position of each run's first response.
    private var runStarts: [Int] = []
    /// The last source file seen: responses arrive file by file, so this spares a lookup per row.
    private var lastSource: (name: String, index: Int32)?

    /// Responses stored together, with their names numbered as in the set they were read into.
    private struct Run: Sendable {
        var units: [Int32] = []
        /// -1 when the response names no service.
        var services: [Int32] = []
        /// Day numbers (see `CalendarDate.dayNumber`); `Int32.min` when undated.
        var days: [Int32] = []
        /// `scheme.elements.count` answers per response, in element order.
        var answers: [UInt8] = []
        var sourceFiles: [Int32] = []
        var sourceRows: [Int32] = []
        /// 0 when the source has no lines.
        var sourceLines: [Int32] = []
        /// Empty while no response of the run states a profile.
        var profiles = RespondentProfileColumns()
        /// From the run's numbers to the set's; nil when they are the same.
        var unitNumbers: [Int32]?
        var serviceNumbers: [Int32]?
        var sourceNumbers: [Int32]?
        var profileNumbers: [Int32]?
        /// Added to the run's rows and lines.
        var rowsBefore = 0
        var linesBefore = 0

        var count: Int { units.count }

        /// Whether responses appended one by one can join this run: its numbers are the set's.
        var isOwn: Bool {
            unitNumbers == nil && serviceNumbers == nil && sourceNumbers == nil && profileNumbers == nil && rowsBefore == 0 && linesBefore == 0
        }

        func unit(_ index: Int) -> Int32 { unitNumbers.map { $0[Int(units[index])] } ?? units[index] }

        func service(_ index: Int) -> Int32 {
            let service = services[index]
            guard service >= 0 else { return -1 }
            return serviceNumbers.map { $0[Int(service)] } ?? service
        }

        /// The profile of response `index`, in the set's numbers.
        func profile(_ index: Int) -> InternedProfile {
            profiles[index].renumbered(profileNumbers)
        }

        /// The run without the responses at `excluded` (ascending positions in the run).
        func excluding(_ excluded: [Int], width: Int) -> Run {
            var kept = self
            let skip = Set(excluded)
            let indices = (0..<count).filter { !skip.contains($0) }
            kept.units = indices.map { units[$0] }
            kept.services = indices.map { services[$0] }
            kept.days = indices.map { days[$0] }
            kept.answers = indices.flatMap { answers[($0 * width)..<(($0 + 1) * width)] }
            kept.sourceFiles = indices.map { sourceFiles[$0] }
            kept.sourceRows = indices.map { sourceRows[$0] }
            kept.sourceLines = indices.map { sourceLines[$0] }
            kept.profiles = profiles.keeping(indices)
            return kept
        }
    }

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
    public var hasProfiles: Bool { runs.contains { !$0.profiles.isEmpty } }

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
        let file: Int32
        if let last = lastSource, last.name == source.file {
            file = last.index
        } else {
            file = sources.index(of: source.file)
            lastSource = (source.file, file)
        }
        if runs.last?.isOwn != true { startRun(Run()) }
        let width = newAnswers.count
        let last = runs.count - 1
        runs[last].profiles.append(profile, at: runs[last].count)
        runs[last].units.append(unit)
        runs[last].services.append(service ?? -1)
        runs[last].days.append(day.map { Int32(clamping: $0) } ?? Int32.min)
        // One append for the whole row: appending answer by answer checks the storage each time.
        runs[last].answers.append(contentsOf: repeatElement(0, count: width))
        runs[last].answers.withUnsafeMutableBufferPointer { stored in
            for (offset, answer) in newAnswers.enumerated() { stored[stored.count - width + offset] = UInt8(clamping: answer) }
        }
        runs[last].sourceFiles.append(file)
        runs[last].sourceRows.append(Int32(clamping: source.row))
        runs[last].sourceLines.append(Int32(clamping: source.line ?? 0))
        count += 1
    }

    /// Makes room for `capacity` responses appended one by one, so that their storage grows once.
    public mutating func reserveCapacity(_ capacity: Int) {
        if runs.last?.isOwn != true { startRun(Run()) }
        let last = runs.count - 1
        runs[last].units.reserveCapacity(capacity)
        runs[last].services.reserveCapacity(capacity)
        runs[last].days.reserveCapacity(capacity)
        runs[last].answers.reserveCapacity(capacity * scheme.elements.count)
        runs[last].sourceFiles.reserveCapacity(capacity)
        runs[last].sourceRows.reserveCapacity(capacity)
        runs[last].sourceLines.reserveCapacity(capacity)
    }

    /// Appends every response of `other`, which must use the same scheme.
    public mutating func append(contentsOf other: SurveyResponses) {
        append(contentsOf: other, rowsBefore: 0, linesBefore: 0)
    }

    /// Appends the responses of `other` (same scheme) but those at the ascending positions
    /// `excluded`, their rows and lines moved by `rowsBefore` and `linesBefore`: a file read in
    /// chunks is put back together this way, each chunk having numbered from its own start. The
    /// responses are not copied: `other`'s runs join these with tables for their names' numbers.
    public mutating func append(contentsOf other: SurveyResponses, rowsBefore: Int, linesBefore: Int, excluding excluded: [Int] = []) {
        let unitNumbers = other.units.names.map { units.index(ofName: $0) }
        let serviceNumbers = other.services.names.map { services.index(ofName: $0) }
        let sourceNumbers = other.sources.names.map { sources.index(ofName: $0) }
        let profileNumbers = other.profileValues.names.map { profileValues.index(ofName: $0) }
        var pending = excluded[...]
        for (run, start) in zip(other.runs, other.runStarts) {
            var run = run
            let inRun = pending.prefix { $0 < start + run.count }
            pending = pending.dropFirst(inRun.count)
            if !inRun.isEmpty { run = run.excluding(inRun.map { $0 - start }, width: scheme.elements.count) }
            guard run.count > 0 else { continue }
            run.unitNumbers = run.unitNumbers.map { $0.map { unitNumbers[Int($0)] } } ?? unitNumbers
            run.serviceNumbers = run.serviceNumbers.map { $0.map { serviceNumbers[Int($0)] } } ?? serviceNumbers
            run.sourceNumbers = run.sourceNumbers.map { $0.map { sourceNumbers[Int($0)] } } ?? sourceNumbers
            run.profileNumbers = run.profileNumbers.map { $0.map { profileNumbers[Int($0)] } } ?? profileNumbers
            run.rowsBefore += rowsBefore
            run.linesBefore += linesBefore
            startRun(run)
        }
    }

    private mutating func startRun(_ run: Run) {
        runStarts.append(count)
        count += run.count
        runs.append(run)
    }

    public subscript(index: Int) -> Response {
        // The last run that starts at or before `index`.
        var low = 0, high = runStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        let run = runs[low], offset = index - runStarts[low]
        let width = scheme.elements.count
        let service = run.service(offset)
        let day = run.days[offset]
        let file = run.sourceNumbers.map { $0[Int(run.sourceFiles[offset])] } ?? run.sourceFiles[offset]
        let line = Int(run.sourceLines[offset])
        return Response(
            unit: units[run.unit(offset)],
            service: service >= 0 ? services[service] : nil,
            date: day == Int32.min ? nil : CalendarDate(dayNumber: Int(day)),
            answers: run.answers[(offset * width)..<((offset + 1) * width)].map(Int.init),
            source: RecordSource(file: sources[file], row: Int(run.sourceRows[offset]) + run.rowsBefore, line: line > 0 ? line + run.linesBefore : nil),
            profile: profile(of: run.profile(offset)))
    }

    /// The profile of response `index`, with its names.
    public func profile(_ index: Int) -> RespondentProfile { self[index].profile }

    /// A stored profile with its names.
    private func profile(of stored: InternedProfile) -> RespondentProfile {
        let name = { (number: Int32) in number >= 0 ? profileValues[number] : nil }
        return RespondentProfile(
            gender: name(stored.gender), age: stored.age > 0 ? Int(stored.age) : nil, education: name(stored.education),
            occupation: name(stored.occupation))
    }

    /// The day number of an undated response in `RunColumns`.
    public static let undated = Int32.min

    /// The columns of one run, for loops over every response that must not pay a call per
    /// response: unit and service numbers as the run has them (-1: no service), with the tables
    /// that turn them into the set's numbers; day numbers (`undated`: none); and the answers,
    /// `scheme.elements.count` per response in element order.
    public struct RunColumns {
        public let units: UnsafeBufferPointer<Int32>
        public let unitNumbers: UnsafeBufferPointer<Int32>
        public let services: UnsafeBufferPointer<Int32>
        public let serviceNumbers: UnsafeBufferPointer<Int32>
        public let days: UnsafeBufferPointer<Int32>
        public let answers: UnsafeBufferPointer<UInt8>
        /// The run's profiles (empty when none states one) and the table from their value
        /// numbers to the set's.
        let profiles: RespondentProfileColumns
        let profileNumbers: [Int32]?

        /// The profile of the run's response `index`, in the set's numbers.
        func profile(_ index: Int) -> InternedProfile { profiles[index].renumbered(profileNumbers) }
    }

    /// `transform` of every run, in order; the runs are visited on every core at once when
    /// `concurrently`, so `transform` must only read what it is given and what it owns.
    public func mapRuns<T: Sendable>(concurrently: Bool, _ transform: @Sendable (RunColumns) -> T) -> [T] {
        let sameUnits = (0..<Int32(units.count)).map { $0 }, sameServices = (0..<Int32(services.count)).map { $0 }
        @Sendable func columns(_ run: Run) -> T {
            (run.unitNumbers ?? sameUnits).withUnsafeBufferPointer { unitNumbers in
                (run.serviceNumbers ?? sameServices).withUnsafeBufferPointer { serviceNumbers in
                    run.units.withUnsafeBufferPointer { units in
                        run.services.withUnsafeBufferPointer { services in
                            run.days.withUnsafeBufferPointer { days in
                                run.answers.withUnsafeBufferPointer { answers in
                                    transform(RunColumns(
                                        units: units, unitNumbers: unitNumbers, services: services, serviceNumbers: serviceNumbers, days: days,
                                        answers: answers, profiles: run.profiles, profileNumbers: run.profileNumbers))
                                }
                            }
                        }
                    }
                }
            }
        }
        return concurrently ? runs.concurrentMap(columns) : runs.map(columns)
    }

    /// Visits every response's unit, day number (`nil` when undated) and interned profile (in
    /// the set's numbers); nothing when no response states a profile.
    public func forEachProfile(_ body: (_ unit: Int, _ day: Int?, _ profile: InternedProfile) -> Void) {
        guard hasProfiles else { return }
        for run in runs {
            for index in 0..<run.count {
                body(Int(run.unit(index)), run.days[index] == Int32.min ? nil : Int(run.days[index]), run.profile(index))
            }
        }
    }

    /// Visits every response with its unit, service and day number (`nil` when undated), and
    /// its answers as a slice of its run's answers.
    public func forEach(_ body: (_ unit: Int, _ service: Int?, _ day: Int?, _ answers: ArraySlice<UInt8>) -> Void) {
        let width = scheme.elements.count
        for run in runs {
            for index in 0..<run.count {
                let service = run.service(index)
                let day = run.days[index] == Int32.min ? nil : Int(run.days[index])
                body(Int(run.unit(index)), service >= 0 ? Int(service) : nil, day, run.answers[(index * width)..<((index + 1) * width)])
            }
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
