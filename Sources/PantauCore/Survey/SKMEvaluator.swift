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
        var units: [SKMUnit] = []
        for (index, name) in responses.unitNames.enumerated() where unitTallies[index].respondents > 0 {
            let tally = unitTallies[index]
            let services = counted.groups.filter { $0.unit == index && $0.service >= 0 }
                .map { group(responses.serviceNames[$0.service], $0.tally, scheme) }
                .sorted { $0.name < $1.name }
            units.append(SKMUnit(
                summary: group(name, tally, scheme), services: services,
                sample: sampleCheck(population: populationByUnit[NameInterner.key(name)], respondents: tally.respondents)))
        }
        units.sort { $0.name < $1.name }
        Self.rank(&units)
        return SKMEvaluation(period: period, scheme: scheme, region: group("", region, scheme), units: units, coverage: counted.coverage)
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
    /// groups, not a dictionary lookup and a tally call per response: a region's million
    /// responses are counted in a few tens of milliseconds. A response with an answer outside
    /// the scheme's range is left out of its group, as `SurveyTally.add(answers:)` leaves it.
    static func count(_ responses: SurveyResponses, in period: Period) -> Counted {
        let scheme = responses.scheme
        let width = scheme.elements.count
        let lower = scheme.answerRange.lowerBound
        let values = SurveyTally.answerValueCount(of: scheme.answerRange) ?? 0
        let stride = width * values
        let serviceSlots = responses.serviceNames.count + 1
        var groupOfSlot = [Int32](repeating: -1, count: responses.unitNames.count * serviceSlots)
        var groups: [(unit: Int, service: Int)] = []
        var respondents: [Int] = []
        var counts: [Int] = []
        var coverage = SKMCoverage(inPeriod: 0, outsidePeriod: 0, undated: 0)
        let first = period.start.dayNumber, last = period.end.dayNumber
        responses.withColumns { units, services, days, answers in
            for index in 0..<units.count {
                let day = days[index]
                if day == SurveyResponses.undated {
                    coverage.undated += 1
                } else if Int(day) < first || Int(day) > last {
                    coverage.outsidePeriod += 1
                    continue
                }
                coverage.inPeriod += 1
                let slot = Int(units[index]) * serviceSlots + Int(services[index]) + 1
                var group = Int(groupOfSlot[slot])
                if group < 0 {
                    group = groups.count
                    groupOfSlot[slot] = Int32(group)
                    groups.append((Int(units[index]), Int(services[index])))
                    respondents.append(0)
                    counts.append(contentsOf: repeatElement(0, count: stride))
                }
                let row = index * width
                var inRange = values > 0
                for element in 0..<width where Int(answers[row + element]) - lower >= values || Int(answers[row + element]) < lower {
                    inRange = false
                }
                guard inRange else { continue }
                respondents[group] += 1
                counts.withUnsafeMutableBufferPointer { counts in
                    let base = group * stride
                    for element in 0..<width { counts[base + element * values + Int(answers[row + element]) - lower] += 1 }
                }
            }
        }
        let tallies = groups.indices.map { group in
            let distribution = (0..<width).map { element in Array(counts[(group * stride + element * values)..<(group * stride + (element + 1) * values)]) }
            let sums = distribution.map { counts in counts.enumerated().reduce(0) { $0 + (lower + $1.offset) * $1.element } }
            return SurveyTally(answerRange: scheme.answerRange, respondents: respondents[group], sums: sums, distribution: distribution)
                ?? SurveyTally(for: scheme)
        }
        return Counted(groups: zip(groups, tallies).map { ($0.0.unit, $0.0.service, $0.1) }, coverage: coverage)
    }
}
