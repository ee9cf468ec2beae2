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
    }

    /// Appends a response. `answers` must hold one valid answer per element, in element order.
    public mutating func append(unit: String, service: String?, date: CalendarDate?, answers newAnswers: [Int], source: RecordSource) {
        let unitNumber = units.index(of: unit)
        let serviceNumber = service.map { services.index(of: $0) }
        append(unit: unitNumber, service: serviceNumber, day: date?.dayNumber, answers: newAnswers, source: source)
    }

    /// Appends a response whose names are already interned in `units` and `services`.
    public mutating func append(unit: Int32, service: Int32?, day: Int?, answers newAnswers: [Int], source: RecordSource) {
        unitColumn.append(unit)
        serviceColumn.append(service ?? -1)
        dates.append(day.map { Int32(clamping: $0) } ?? Int32.min)
        // One append for the whole row: appending answer by answer checks the storage each time.
        let width = newAnswers.count
        answers.append(contentsOf: repeatElement(0, count: width))
        answers.withUnsafeMutableBufferPointer { stored in
            for (offset, answer) in newAnswers.enumerated() { stored[stored.count - width + offset] = UInt8(clamping: answer) }
        }
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

    /// Makes room for `capacity` responses in all, so that a large import grows its storage once.
    public mutating func reserveCapacity(_ capacity: Int) {
        for column in [\Self.unitColumn, \.serviceColumn, \.dates, \.sourceFiles, \.sourceRows, \.sourceLines] as [WritableKeyPath<Self, [Int32]>] {
            self[keyPath: column].reserveCapacity(capacity)
        }
        answers.reserveCapacity(capacity * scheme.elements.count)
    }

    /// Appends every response of `other`, which must use the same scheme.
    public mutating func append(contentsOf other: SurveyResponses) {
        append(contentsOf: other, rowsBefore: 0, linesBefore: 0)
    }

    /// Appends the responses of `other` (same scheme) but those at the ascending positions
    /// `excluded`, their rows and lines moved by `rowsBefore` and `linesBefore`: a file read in
    /// chunks is put back together this way, each chunk having numbered from its own start.
    public mutating func append(contentsOf other: SurveyResponses, rowsBefore: Int, linesBefore: Int, excluding excluded: [Int] = []) {
        let unitNumbers = other.units.names.map { units.index(ofName: $0) }
        let serviceNumbers = other.services.names.map { services.index(ofName: $0) }
        let sourceNumbers = other.sources.names.map { sources.index(ofName: $0) }
        let width = scheme.elements.count
        // Runs of kept responses between the excluded ones, copied column by column.
        var runStart = 0
        for end in excluded + [other.count] {
            let run = runStart..<end
            unitColumn.append(contentsOf: other.unitColumn[run].lazy.map { unitNumbers[Int($0)] })
            serviceColumn.append(contentsOf: other.serviceColumn[run].lazy.map { $0 >= 0 ? serviceNumbers[Int($0)] : -1 })
            dates.append(contentsOf: other.dates[run])
            answers.append(contentsOf: other.answers[(run.lowerBound * width)..<(run.upperBound * width)])
            sourceFiles.append(contentsOf: other.sourceFiles[run].lazy.map { sourceNumbers[Int($0)] })
            sourceRows.append(contentsOf: other.sourceRows[run].lazy.map { Int32(clamping: Int($0) + rowsBefore) })
            sourceLines.append(contentsOf: other.sourceLines[run].lazy.map { $0 > 0 ? Int32(clamping: Int($0) + linesBefore) : 0 })
            count += run.count
            runStart = end + 1
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
                file: sources[sourceFiles[index]], row: Int(sourceRows[index]), line: sourceLines[index] > 0 ? Int(sourceLines[index]) : nil))
    }

    /// The day number of an undated response in `withColumns`.
    public static let undated = Int32.min

    /// Hands over the columns themselves, for loops over every response that must not pay a
    /// call per response: unit and service numbers (-1: no service), day numbers (`undated`)
    /// and the answers, `scheme.elements.count` per response in element order.
    public func withColumns<Result>(
        _ body: (
            _ units: UnsafeBufferPointer<Int32>, _ services: UnsafeBufferPointer<Int32>, _ days: UnsafeBufferPointer<Int32>,
            _ answers: UnsafeBufferPointer<UInt8>
        ) throws -> Result
    ) rethrows -> Result {
        try unitColumn.withUnsafeBufferPointer { units in
            try serviceColumn.withUnsafeBufferPointer { services in
                try dates.withUnsafeBufferPointer { days in
                    try answers.withUnsafeBufferPointer { answers in try body(units, services, days, answers) }
                }
            }
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
