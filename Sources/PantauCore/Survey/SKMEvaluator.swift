import PantauYAML

/// Evaluates survey responses for one period: tallies per unit, per service and for the region,
/// then computes the indices once from the sums (means at the end, never means of means).
public struct SKMEvaluator: Sendable {
    public var weakestCount: Int
    public var sampleMethod: KrejcieMorgan.Method

    public init(weakestCount: Int = 3, sampleMethod: KrejcieMorgan.Method = .publishedTable) {
        self.weakestCount = weakestCount
        self.sampleMethod = sampleMethod
    }

    public func evaluate(_ responses: SurveyResponses, populations: [ServicePopulation], period: Period) -> SKMEvaluation {
        let scheme = responses.scheme
        let empty = SurveyTally(for: scheme)
        // One tally per unit and service; units and the region are merged from them. Tallies
        // are sums and counts, so merging is exact.
        let counted = Self.count(responses, in: period)
        var region = empty
        var unitTallies = [SurveyTally](repeating: empty, count: responses.unitNames.count)
        for group in counted.groups {
            unitTallies[group.unit].merge(group.tally)
            region.merge(group.tally)
        }
        let populationByUnit = Dictionary(
            populations.filter { $0.period == period }.map { (NameInterner.key($0.unit), $0.users) }, uniquingKeysWith: { first, _ in first })
        let profiles = Self.countProfiles(responses, in: period)
        var units: [SKMUnit] = []
        for (index, name) in responses.unitNames.enumerated() where unitTallies[index].respondents > 0 {
            let tally = unitTallies[index]
            let services = counted.groups.filter { $0.unit == index && $0.service >= 0 }
                .map { group(responses.serviceNames[$0.service], $0.tally, scheme) }
                .sorted { $0.name < $1.name }
            units.append(SKMUnit(
                summary: group(name, tally, scheme), services: services,
                sample: sampleCheck(population: populationByUnit[NameInterner.key(name)], respondents: tally.respondents),
                profile: profiles?.summary(ofUnit: index)))
        }
        units.sort { $0.name < $1.name }
        Self.rank(&units)
        return SKMEvaluation(
            period: period, scheme: scheme, region: group("", region, scheme), units: units, coverage: counted.coverage,
            profile: profiles?.regionSummary)
    }

    /// Respondent profiles of the responses the evaluation counts (dated in the period, or
    /// undated); nil when no response states one, so surveys without profiles pay nothing.
    /// Counted run by run on every core, like the answers: counts add up exactly, in any order.
    static func countProfiles(_ responses: SurveyResponses, in period: Period) -> RespondentProfileCounter? {
        guard responses.hasProfiles else { return nil }
        let empty = RespondentProfileCounter(values: responses.profileValues)
        let first = period.start.dayNumber, last = period.end.dayNumber
        let parts = responses.mapRuns(concurrently: true) { run in
            var counter = empty
            for index in 0..<run.units.count {
                let day = run.days[index]
                if day != SurveyResponses.undated, Int(day) < first || Int(day) > last { continue }
                counter.add(run.profile(index), unit: Int(run.unitNumbers[Int(run.units[index])]))
            }
            return counter
        }
        var counter = empty
        for part in parts { counter.merge(part) }
        return counter
    }

    /// Competition ranking by exact score, best first: equal scores share a rank (1, 2, 2, 4).
    static func rank(_ units: inout [SKMUnit]) {
        let order = units.indices.filter { units[$0].summary.result != nil }.sorted { a, b in
            let sa = units[a].summary.result!.score, sb = units[b].summary.result!.score
            return sa != sb ? sa > sb : a < b
        }
        var previous: Rational?
        var rank = 0
        for (position, index) in order.enumerated() {
            let score = units[index].summary.result!.score
            if score != previous { rank = position + 1 }
            previous = score
            units[index].rank = rank
        }
    }

    func sampleCheck(population: Int?, respondents: Int) -> SampleCheck {
        guard let population, population >= 0 else { return .populationUnknown }
        let minimum = KrejcieMorgan.minimumSample(population: population, method: sampleMethod)
        return respondents >= minimum
            ? .sufficient(population: population, minimum: minimum, respondents: respondents)
            : .insufficient(population: population, minimum: minimum, respondents: respondents)
    }

    private func group(_ name: String, _ tally: SurveyTally, _ scheme: SurveyScheme) -> SKMGroup {
        SKMGroup(name: name, tally: tally, result: scheme.evaluate(tally, weakestCount: weakestCount))
    }

    /// The responses of the period counted per unit and service, in the order groups are met.
    struct Counted {
        var groups: [(unit: Int, service: Int, tally: SurveyTally)]
        var coverage: SKMCoverage
    }

    /// Counts every response once: how often each answer value was given to each element, per
    /// unit and service; sums follow from those counts. A loop over the columns with a table of
    /// groups, not a dictionary lookup and a tally call per response, run by run on every core: a
    /// region's million responses are counted in a few milliseconds. A response with an answer
    /// outside the scheme's range is left out of its group, as `SurveyTally.add(answers:)` leaves it.
    static func count(_ responses: SurveyResponses, in period: Period) -> Counted {
        let scheme = responses.scheme
        let shape = CountShape(scheme: scheme, period: period)
        let parts = responses.mapRuns(concurrently: true) { RunCount($0, shape) }
        // Merged in run order, groups keep the order in which they are first met.
        let serviceSlots = responses.serviceNames.count + 1
        var groupOfSlot = [Int32](repeating: -1, count: responses.unitNames.count * serviceSlots)
        var groups: [(unit: Int, service: Int)] = []
        var respondents: [Int] = []
        var counts: [Int] = []
        var coverage = SKMCoverage(inPeriod: 0, outsidePeriod: 0, undated: 0)
        for part in parts {
            coverage.inPeriod += part.coverage.inPeriod
            coverage.outsidePeriod += part.coverage.outsidePeriod
            coverage.undated += part.coverage.undated
            for (local, key) in part.groups.enumerated() {
                let slot = key.unit * serviceSlots + key.service + 1
                var group = Int(groupOfSlot[slot])
                if group < 0 {
                    group = groups.count
                    groupOfSlot[slot] = Int32(group)
                    groups.append(key)
                    respondents.append(0)
                    counts.append(contentsOf: repeatElement(0, count: shape.stride))
                }
                respondents[group] += part.respondents[local]
                for offset in 0..<shape.stride { counts[group * shape.stride + offset] += part.counts[local * shape.stride + offset] }
            }
        }
        let (width, values, lower) = (shape.width, shape.values, shape.lower)
        let tallies = groups.indices.map { group in
            let distribution = (0..<width).map { element in Array(counts[(group * shape.stride + element * values)..<(group * shape.stride + (element + 1) * values)]) }
            let sums = distribution.map { counts in counts.enumerated().reduce(0) { $0 + (lower + $1.offset) * $1.element } }
            return SurveyTally(answerRange: scheme.answerRange, respondents: respondents[group], sums: sums, distribution: distribution)
                ?? SurveyTally(for: scheme)
        }
        return Counted(groups: zip(groups, tallies).map { ($0.0.unit, $0.0.service, $0.1) }, coverage: coverage)
    }

    /// What counting needs to know of the scheme and the period.
    struct CountShape {
        let width: Int
        let lower: Int
        /// Answer values counted per element; 0 when the scale is too wide to count.
        let values: Int
        var stride: Int { width * values }
        let first: Int
        let last: Int

        init(scheme: SurveyScheme, period: Period) {
            width = scheme.elements.count
            lower = scheme.answerRange.lowerBound
            values = SurveyTally.answerValueCount(of: scheme.answerRange) ?? 0
            first = period.start.dayNumber
            last = period.end.dayNumber
        }
    }

    /// One run's responses of the period, counted per unit and service (in the set's numbers), in
    /// the order its groups are first met.
    struct RunCount {
        var groups: [(unit: Int, service: Int)] = []
        var respondents: [Int] = []
        /// Per group, `shape.stride` counts: for each element, how often each answer value was given.
        var counts: [Int] = []
        var coverage = SKMCoverage(inPeriod: 0, outsidePeriod: 0, undated: 0)

        init(_ run: SurveyResponses.RunColumns, _ shape: CountShape) {
            let (width, lower, values, stride) = (shape.width, shape.lower, shape.values, shape.stride)
            // Groups are found by the run's own numbers: a small table, whatever the register's size.
            let serviceSlots = run.serviceNumbers.count + 1
            var groupOfSlot = [Int32](repeating: -1, count: run.unitNumbers.count * serviceSlots)
            for index in 0..<run.units.count {
                let day = run.days[index]
                if day == SurveyResponses.undated {
                    coverage.undated += 1
                } else if Int(day) < shape.first || Int(day) > shape.last {
                    coverage.outsidePeriod += 1
                    continue
                }
                coverage.inPeriod += 1
                let unit = Int(run.units[index]), service = Int(run.services[index])
                let slot = unit * serviceSlots + service + 1
                var group = Int(groupOfSlot[slot])
                if group < 0 {
                    group = groups.count
                    groupOfSlot[slot] = Int32(group)
                    groups.append((Int(run.unitNumbers[unit]), service >= 0 ? Int(run.serviceNumbers[service]) : -1))
                    respondents.append(0)
                    counts.append(contentsOf: repeatElement(0, count: stride))
                }
                let row = index * width
                var inRange = values > 0
                for element in 0..<width where Int(run.answers[row + element]) - lower >= values || Int(run.answers[row + element]) < lower {
                    inRange = false
                }
                guard inRange else { continue }
                respondents[group] += 1
                counts.withUnsafeMutableBufferPointer { counts in
                    let base = group * stride
                    for element in 0..<width { counts[base + element * values + Int(run.answers[row + element]) - lower] += 1 }
                }
            }
        }
    }
}
