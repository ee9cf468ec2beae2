import PantauYAML
import Testing
@testable import PantauCore

@Suite("Ranking units by their index")
struct IndexRankingTests {
    func unit(_ name: String, _ value: Rational?, id: String? = nil) -> UnitIndex {
        let figures = IndexFigures(
            aspects: [], value: value, covered: value == nil ? Rational(1, 2) : .one, lowest: .zero, highest: Rational(5),
            status: value == nil ? .incomplete : .complete)
        return UnitIndex(unit: IndexUnit(id: id, name: name), indicators: [], figures: figures, category: nil)
    }

    @Test("competition ranking: equal indices share a rank and the next rank skips (1, 2, 2, 4); ties in name order")
    func ties() {
        let ranked = PerformanceIndexEvaluator.ranked([
            unit("Dinas Sosial", Rational(299, 100)), unit("Dinas Kesehatan", Rational(279, 100)),
            unit("Badan Pendapatan Daerah", Rational(373, 100)), unit("dinas perhubungan", Rational(299, 100)),
            unit("Kecamatan Sukamaju", nil), unit("Dinas Arsip", nil),
        ])
        #expect(ranked.map(\.unit.name) == [
            "Badan Pendapatan Daerah", "dinas perhubungan", "Dinas Sosial", "Dinas Kesehatan", "Dinas Arsip", "Kecamatan Sukamaju",
        ])
        #expect(ranked.map(\.rank) == [1, 2, 2, 4, nil, nil])
    }

    @Test("three-way tie at the top, then one below: 1, 1, 1, 4; equal names are ordered by register id")
    func threeWay() {
        let ranked = PerformanceIndexEvaluator.ranked([
            unit("B", Rational(4)), unit("A", Rational(4), id: "U2"), unit("A", Rational(4), id: "U1"), unit("C", Rational(3)),
        ])
        #expect(ranked.map { "\($0.unit.name)\($0.unit.id ?? "")" } == ["AU1", "AU2", "B", "C"])
        #expect(ranked.map(\.rank) == [1, 1, 1, 4])
    }

    @Test("exact comparison: 2.9999 is below 3 and does not share its rank")
    func exact() {
        let ranked = PerformanceIndexEvaluator.ranked([unit("X", Rational(29_999, 10_000)), unit("Y", Rational(3))])
        #expect(ranked.map(\.rank) == [1, 2])
        #expect(ranked.first?.unit.name == "Y")
    }
}
