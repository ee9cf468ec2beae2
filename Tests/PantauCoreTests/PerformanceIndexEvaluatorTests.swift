import PantauYAML
import Testing
@testable import PantauCore

@Suite("The index of every unit, from an assessor's scores and from records")
struct PerformanceIndexEvaluatorTests {
    static let register = ServiceRegister(
        units: [.init(id: "A", name: "Dinas A", aliases: ["DA"]), .init(id: "B", name: "Dinas B"), .init(id: "C", name: "Dinas C")],
        services: [.init(id: "A1", unitID: "A", name: "Layanan A1")])
    static let source = RecordSource(file: "nilai.csv", row: 2)

    func assessed(_ unit: String, _ scores: [String: Int]) -> [AssessorScore] {
        scores.sorted { $0.key < $1.key }.map { AssessorScore(unit: unit, indicator: $0.key, score: $0.value, source: Self.source) }
    }

    /// The small instrument with its b1 scored from the maklumat of unit A's standard (2 from records).
    func instrument() throws -> PerformanceInstrument {
        var instrument = try IndexFixtures.instrument(IndexFixtures.small)
        instrument.aspects[1].indicators[0].evidence = .maklumat
        return instrument
    }

    func records() -> IndexRecords {
        var components: [StandardComponent: String] = [:]
        for component in StandardComponent.allCases { components[component] = "ada" }
        let standard = ServiceStandard(
            unitID: "A", serviceID: "A1", components: components, maklumat: true, maklumatDate: CalendarDate(iso: "2025-01-02"), source: Self.source)
        return IndexRecords(register: Self.register, standards: ServiceStandards([standard]))
    }

    @Test("the assessor's score counts by default and both are kept; `prefer: records` turns that round")
    func precedence() throws {
        let scores = assessed("DA", ["a1": 5, "a2": 5, "b1": 4])
        let byAssessor = PerformanceIndexEvaluator(instrument: try instrument()).evaluate(assessed: scores, records: records(), period: Period("2026-S1")!)
        let unitA = try #require(byAssessor.units.first { $0.unit.id == "A" })
        let b1 = try #require(unitA.indicators.first { $0.code == "b1" })
        #expect(b1.score == 4 && b1.origin == .assessor)
        #expect(b1.fromRecords?.score == 2 && b1.fromAssessor?.score == 4)
        // (5·60 + 4·40) / 100 = 4.6, A.
        #expect(unitA.figures.value == Rational(46, 10) && unitA.category?.grade == "A" && unitA.rank == 1)

        let byRecords = PerformanceIndexEvaluator(instrument: try instrument(), policy: IndexPolicy(prefer: .records))
            .evaluate(assessed: scores, records: records(), period: Period("2026-S1")!)
        let recorded = try #require(byRecords.units.first { $0.unit.id == "A" })
        #expect(recorded.indicators.first { $0.code == "b1" }?.origin == .records)
        // (5·60 + 2·40) / 100 = 3.8, B.
        #expect(recorded.figures.value == Rational(38, 10) && recorded.category?.grade == "B")
    }

    @Test("every register unit is listed; the unscored and the partly scored have no index, no rank and their missing codes")
    func missing() throws {
        let scores = assessed("Dinas B", ["a1": 3]) + assessed("dinas c", ["a1": 2, "a2": 2, "b1": 2])
        let index = PerformanceIndexEvaluator(instrument: try IndexFixtures.instrument(IndexFixtures.small))
            .evaluate(assessed: scores, records: IndexRecords(register: Self.register), period: Period("2026-S1")!)
        #expect(index.units.map(\.unit.name) == ["Dinas C", "Dinas A", "Dinas B"])
        #expect(index.units.map(\.rank) == [1, nil, nil])
        let b = try #require(index.units.first { $0.unit.id == "B" })
        #expect(b.figures.value == nil && b.category == nil && b.figures.status == .incomplete)
        #expect(b.missing(in: index.instrument) == ["a2", "b1"])
        #expect(b.indicators.map(\.score) == [3, nil, nil])
        #expect(index.units.first { $0.unit.id == "A" }?.figures.covered == .zero)
    }

    @Test("without a register, the units are those the scores and records name, one per name whatever its case")
    func withoutRegister() throws {
        let scores = assessed("Dinas X", ["a1": 1]) + assessed("DINAS X", ["a2": 1]) + assessed("Dinas Y", ["b1": 5])
        let index = PerformanceIndexEvaluator(instrument: try IndexFixtures.instrument(IndexFixtures.small))
            .evaluate(assessed: scores, records: IndexRecords(), period: Period("2026-S1")!)
        #expect(Set(index.units.map(\.unit.name)) == ["Dinas X", "Dinas Y"])
        #expect(index.units.first { $0.unit.name == "Dinas X" }?.indicators.map(\.score) == [1, 1, nil])
    }
}
