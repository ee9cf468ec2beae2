public import PantauYAML

/// Accepted survey responses, stored by column.
///
/// A region-wide run holds hundreds of thousands of responses; one flat answer array and
/// interned unit and service names keep that compact and quick to tally.
public struct SurveyResponses: Sendable {
    public let scheme: SurveyScheme
    public private(set) var count = 0
    /// Interned names; responses refer to them by index.
    public private(set) var unitNames: [String] = []
    public private(set) var serviceNames: [String] = []
    public private(set) var files: [String] = []
    private var unitIndex: [String: Int32] = [:]
    private var serviceIndex: [String: Int32] = [:]
    private var fileIndex: [String: Int32] = [:]

    private var units: [Int32] = []
    /// -1 when the response names no service.
    private var services: [Int32] = []
    /// Day numbers (see `CalendarDate.dayNumber`); `Int32.min` when undated.
    private var dates: [Int32] = []
    /// `scheme.elements.count` answers per response, in element order.
    private var answers: [UInt8] = []
    private var sourceFiles: [Int32] = []
    private var sourceRows: [Int32] = []

    public init(scheme: SurveyScheme) { self.scheme = scheme }

    /// One response as a value, for tests and detailed views.
    public struct Response: Sendable, Hashable {
        public var unit: String
        public var service: String?
        public var date: CalendarDate?
        public var answers: [Int]
        public var source: RecordSource
    }

    /// Appends a response. `answers` must hold one valid answer per element, in element order.
    public mutating func append(unit: String, service: String?, date: CalendarDate?, answers newAnswers: [Int], source: RecordSource) {
        units.append(Self.intern(unit, names: &unitNames, index: &unitIndex))
        services.append(service.map { Self.intern($0, names: &serviceNames, index: &serviceIndex) } ?? -1)
        dates.append(date.map { Int32(clamping: $0.dayNumber) } ?? Int32.min)
        for answer in newAnswers { answers.append(UInt8(clamping: answer)) }
        sourceFiles.append(Self.intern(source.file, names: &files, index: &fileIndex))
        sourceRows.append(Int32(clamping: source.row))
        count += 1
    }

    /// Appends every response of `other`, which must use the same scheme.
    public mutating func append(contentsOf other: SurveyResponses) {
        for index in 0..<other.count {
            let response = other[index]
            append(unit: response.unit, service: response.service, date: response.date, answers: response.answers, source: response.source)
        }
    }

    public subscript(index: Int) -> Response {
        let width = scheme.elements.count
        return Response(
            unit: unitNames[Int(units[index])],
            service: services[index] >= 0 ? serviceNames[Int(services[index])] : nil,
            date: dates[index] == Int32.min ? nil : CalendarDate(dayNumber: Int(dates[index])),
            answers: answers[(index * width)..<((index + 1) * width)].map(Int.init),
            source: RecordSource(file: files[Int(sourceFiles[index])], row: Int(sourceRows[index])))
    }

    /// Visits every response with its unit, service and day number (`nil` when undated), and
    /// its answers as a slice of the flat store; the hot path of evaluation.
    public func forEach(_ body: (_ unit: Int, _ service: Int?, _ day: Int?, _ answers: ArraySlice<UInt8>) -> Void) {
        let width = scheme.elements.count
        for index in 0..<count {
            let service = services[index] >= 0 ? Int(services[index]) : nil
            let day = dates[index] == Int32.min ? nil : Int(dates[index])
            body(Int(units[index]), service, day, answers[(index * width)..<((index + 1) * width)])
        }
    }

    private static func intern(_ name: String, names: inout [String], index: inout [String: Int32]) -> Int32 {
        if let existing = index[name] { return existing }
        let new = Int32(names.count)
        names.append(name)
        index[name] = new
        return new
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
