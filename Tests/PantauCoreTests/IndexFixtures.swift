import Foundation
import PantauYAML
import Testing
@testable import PantauCore

/// The shipped PEKPPP instrument and small instruments written inline, for the index tests.
enum IndexFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `instruments/pekppp-2022.yaml`, as a pipeline would load it (read once per test run).
    static func shipped() throws -> PerformanceInstrument { try shippedOnce.get() }

    private static let shippedOnce = Result { () throws -> PerformanceInstrument in
        let path = repository.appendingPathComponent("instruments/pekppp-2022.yaml").path
        return try PerformanceInstrument.read(try YAMLLoader().load(contentsOf: path))
    }

    /// An instrument from YAML text, named `i.yaml` in messages.
    static func instrument(_ text: String) throws(Diagnostics) -> PerformanceInstrument {
        try PerformanceInstrument.read(try YAMLLoader().load(text: text, file: "i.yaml"))
    }

    /// The problems an instrument text has, as `line:column code`.
    static func problems(_ text: String) -> [String] {
        diagnostics(text).map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code)" }
    }

    static func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            _ = try instrument(text)
            return []
        } catch {
            return error.items
        }
    }

    /// Every weighted indicator of an instrument at one score, some changed.
    static func scores(_ instrument: PerformanceInstrument, all level: Int, except changes: [String: Int] = [:]) -> [String: Int] {
        var scores: [String: Int] = [:]
        for indicator in instrument.aspects.flatMap(\.indicators) { scores[indicator.code] = level }
        scores.merge(changes) { _, new in new }
        return scores
    }

    /// A two-aspect instrument small enough to check by hand: A (60) has a1 (70) and a2 (30);
    /// B (40) has b1 (100). Categories as the 2022 instrument prints them.
    static let small = """
        id: kecil
        title: Instrumen kecil
        categories:
          - { grade: A, name: Pelayanan Prima, from: 4.51, to: 5.00 }
          - { grade: A-, name: Sangat Baik, from: 4.01, to: 4.50 }
          - { grade: B, name: Baik, from: 3.51, to: 4.00 }
          - { grade: B-, name: Baik (dengan catatan), from: 3.01, to: 3.50 }
          - { grade: C, name: Cukup, from: 2.51, to: 3.00 }
          - { grade: C-, name: Cukup (dengan catatan), from: 2.01, to: 2.50 }
          - { grade: D, name: Buruk, from: 1.51, to: 2.00 }
          - { grade: E, name: Sangat Buruk, from: 1.01, to: 1.50 }
          - { grade: F, name: Gagal, from: 0.00, to: 1.00 }
        aspects:
          - code: A
            name: Aspek A
            weight: 60
            indicators:
              - { code: a1, no: 1, name: Satu, weight: 70, scores: { 0: n0, 1: n1, 2: n2, 3: n3, 4: n4, 5: n5 } }
              - { code: a2, no: 2, name: Dua, weight: 30, scores: { 0: n0, 1: n1, 2: n2, 3: n3, 4: n4, 5: n5 } }
          - code: B
            name: Aspek B
            weight: 40
            indicators:
              - { code: b1, no: 3, name: Tiga, weight: 100, scores: { 0: n0, 1: n1, 2: n2, 3: n3, 4: n4, 5: n5 } }

        """
}
