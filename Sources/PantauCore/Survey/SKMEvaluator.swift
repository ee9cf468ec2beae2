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
        // One tally per (unit, service) as the responses stream by; units and the region are
        // merged from them afterwards. Tallies are sums and counts, so merging is exact.
        var groups: [GroupKey: Int] = [:]
        var keys: [GroupKey] = []
        var tallies: [SurveyTally] = []
        var coverage = SKMCoverage(inPeriod: 0, outsidePeriod: 0, undated: 0)
        let first = period.start.dayNumber, last = period.end.dayNumber
        var answers = [Int](repeating: 0, count: scheme.elements.count)

        responses.forEach { unit, service, day, slice in
            if let day {
                guard day >= first && day <= last else {
                    coverage.outsidePeriod += 1
                    return
                }
            } else {
                coverage.undated += 1
            }
            coverage.inPeriod += 1
            for (offset, answer) in slice.enumerated() { answers[offset] = Int(answer) }
            let key = GroupKey(unit: unit, service: service ?? -1)
            let index: Int
            if let existing = groups[key] {
                index = existing
            } else {
                index = tallies.count
                groups[key] = index
                keys.append(key)
                tallies.append(empty)
            }
            tallies[index].add(answers: answers)
        }

        var region = empty
        var unitTallies = [SurveyTally](repeating: empty, count: responses.unitNames.count)
        for (key, tally) in zip(keys, tallies) {
            unitTallies[key.unit].merge(tally)
            region.merge(tally)
        }
        let populationByUnit = Dictionary(
            populations.filter { $0.period == period }.map { (NameInterner.key($0.unit), $0.users) }, uniquingKeysWith: { first, _ in first })
        let profiles = profileCounts(responses, first: first, last: last)
        var units: [SKMUnit] = []
        for (index, name) in responses.unitNames.enumerated() where unitTallies[index].respondents > 0 {
            let tally = unitTallies[index]
            let services = zip(keys, tallies).filter { $0.0.unit == index && $0.0.service >= 0 }
                .map { group(responses.serviceNames[$0.0.service], $0.1, scheme) }
                .sorted { $0.name < $1.name }
            units.append(SKMUnit(
                summary: group(name, tally, scheme), services: services,
                sample: sampleCheck(population: populationByUnit[NameInterner.key(name)], respondents: tally.respondents),
                profile: profiles?.summary(ofUnit: index)))
        }
        units.sort { $0.name < $1.name }
        Self.rank(&units)
        return SKMEvaluation(
            period: period, scheme: scheme, region: group("", region, scheme), units: units, coverage: coverage, profile: profiles?.regionSummary)
    }

    /// Respondent profiles of the responses the evaluation counts (dated in the period, or
    /// undated); nil when no response states one, so surveys without profiles pay nothing.
    private func profileCounts(_ responses: SurveyResponses, first: Int, last: Int) -> RespondentProfileCounter? {
        guard responses.hasProfiles else { return nil }
        var counter = RespondentProfileCounter(values: responses.profileValues)
        responses.forEachProfile { unit, day, profile in
            if let day, day < first || day > last { return }
            counter.add(profile, unit: unit)
        }
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

    /// A unit and a service (-1 for none).
    private struct GroupKey: Hashable {
        var unit: Int
        var service: Int
    }
}
