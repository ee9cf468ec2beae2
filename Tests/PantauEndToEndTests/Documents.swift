import Foundation

// Property names follow the JSON keys (snake_case) so that no key mapping stands between a
// test and the documents it reads.

/// `samples/kabupaten-contoh/expected/skm-*.json`: figures the sample generator computed
/// independently, with exact fractions.
struct ExpectedSKM: Decodable, Sendable {
    struct Group: Decodable, Sendable {
        var respondents: Int
        var sums: [String: Int]
        var score: String
        var score_rounded: String
        var grade: String
        var kinerja: String?
        var ikm: String?
    }

    struct Sample: Decodable, Sendable {
        var population: Int
        var minimum: Int
        var sufficient: Bool
    }

    struct Service: Decodable, Sendable {
        var layanan: String
        var respondents: Int
        var sums: [String: Int]
        var score: String
        var score_rounded: String
        var grade: String
    }

    struct Agency: Decodable, Sendable {
        var opd: String
        var respondents: Int
        var sums: [String: Int]
        var ikm: String
        var score: String
        var score_rounded: String
        var grade: String
        var kinerja: String
        var sample: Sample
        var services: [Service]

        var group: Group {
            Group(respondents: respondents, sums: sums, score: score, score_rounded: score_rounded, grade: grade, kinerja: kinerja, ikm: ikm)
        }
    }

    struct RejectedRecord: Decodable, Sendable {
        var record: Int
        var line: Int
        var reason: String
        var kind: String
        var column: String
        var value: String?
    }

    struct File: Decodable, Sendable {
        var file: String
        var period: String
        var records_read: Int
        var accepted: Int
        var rejected: Int
        var rejected_records: [RejectedRecord]
    }

    var period: String
    var files: [File]
    var agencies: [Agency]
    var region_pooled: Group
    var grade_counts: [String: Int]
    var sample_insufficient: [String]

    /// `2026-S1` → `expected/skm-2026-s1.json`.
    static func load(period: String) throws -> ExpectedSKM {
        let url = Repository.sampleRegion.appendingPathComponent("expected/skm-\(period.lowercased()).json")
        return try JSONDecoder().decode(ExpectedSKM.self, from: Data(contentsOf: url))
    }
}

/// The parts of `laporan-skm.json` (schema `pantau.skm-report` version 1) the tests check.
struct ReportDocument: Decodable, Sendable {
    struct Element: Decodable, Sendable {
        var code: String
        var sum: Int
        var nrr_exact: String
    }

    struct Figures: Decodable, Sendable {
        var respondents: Int
        var ikm_exact: String
        var score: Double
        var score_exact: String
        var grade: String
        var quality: String
        var elements: [Element]
        var weakest: [String]

        var sums: [String: Int] { Dictionary(uniqueKeysWithValues: elements.map { ($0.code, $0.sum) }) }
    }

    struct Sample: Decodable, Sendable {
        var status: String
        var population: Int?
        var minimum: Int?
    }

    struct Service: Decodable, Sendable {
        var name: String
        var figures: Figures?
    }

    struct Unit: Decodable, Sendable {
        var name: String
        var rank: Int?
        var figures: Figures?
        var sample: Sample
        var services: [Service]
    }

    struct Period: Decodable, Sendable {
        var id: String
        var label: String
        var start: String
        var end: String
    }

    struct Coverage: Decodable, Sendable {
        var in_period: Int
        var outside_period: Int
        var undated: Int
    }

    struct FileInfo: Decodable, Sendable {
        var file: String
        var read: Int
        var accepted: Int
        var rejected: Int
    }

    struct ImportInfo: Decodable, Sendable {
        var stage: String
        var read: Int
        var accepted: Int
        var rejected: Int
        var reconciles: Bool
        var files: [FileInfo]
        var rejects_file: String?
        var reasons: [String: Int]
    }

    var schema: String
    var schema_version: Int
    var language: String
    var pipeline: String
    var generated_on: String
    var period: Period
    var region: Figures?
    var units: [Unit]
    var coverage: Coverage
    var data_quality: [ImportInfo]

    static func decode(_ data: Data?) throws -> ReportDocument {
        try JSONDecoder().decode(ReportDocument.self, from: data ?? Data())
    }
}
