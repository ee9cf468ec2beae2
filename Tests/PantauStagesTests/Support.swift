import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

// Shared helpers: where the repository is, scratch directories, and how to drive a stage the
// way the pipeline runner does (configuration from YAML, a context with a staged output).

/// The repository root: this file is `Tests/PantauStagesTests/Support.swift`.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

func repositoryFile(_ relative: String) -> String {
    (repositoryRoot as NSString).appendingPathComponent(relative)
}

/// Swift Testing has a `SourceLocation` too; in these tests it is always a position in a user's file.
typealias SourceLocation = PantauYAML.SourceLocation

/// The file name every test pipeline is loaded under.
let pipelineFile = "pipeline.yaml"

func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: pipelineFile, line: line, column: column)
}

/// A scratch directory, removed when the value goes away.
final class TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("pantau-stages-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    func readBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

// MARK: - Driving stages

/// A stage's configuration from the YAML of its `with:` mapping.
func configuration<S: Stage>(
    _ stage: S.Type, _ yaml: String?, stageID: String = "stage", baseDirectory: String = repositoryRoot
) throws -> StageConfiguration {
    let node = try yaml.map { try YAMLLoader().load(text: $0, file: pipelineFile) }
    return StageConfiguration(
        stageID: stageID, descriptor: S.descriptor, node: node, location: at(1, 1), baseDirectory: baseDirectory)
}

/// The diagnostics a stage's initialiser throws for a configuration; empty when it accepts it.
func initProblems<S: Stage>(_ stage: S.Type, _ yaml: String, baseDirectory: String = repositoryRoot) throws -> [Diagnostic] {
    let config = try configuration(stage, yaml, baseDirectory: baseDirectory)
    do {
        _ = try S(configuration: config)
        return []
    } catch {
        return error.items
    }
}

/// What one stage run produced: its datasets and the files it wrote (committed, then read back).
struct StageRun: Sendable {
    var datasets: [any Dataset]
    /// The names written, in the order they were written.
    var written: [String]
    var files: [String: [UInt8]]

    func all<T: Dataset>(_ type: T.Type) -> [T] { datasets.compactMap { $0 as? T } }
    func one<T: Dataset>(_ type: T.Type) throws -> T { try #require(all(type).first) }
    func bytes(_ name: String) throws -> [UInt8] { try #require(files[name], "\(name) was not written") }
    /// A written file as text; a leading byte-order mark is kept, as `\u{FEFF}`.
    func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }
}

func period(_ id: String) -> Period { Period(id)! }

let generatedOn = CalendarDate(year: 2026, month: 7, day: 15)!

/// Runs a stage as the runner would, commits its output into a fresh directory, and reads back what it wrote.
func run(
    _ stage: some Stage, inputs: [any Dataset] = [], period: Period = period("2026-S1"), language: Language = .indonesian,
    pipelineName: String = "SKM Semester — Kabupaten Contoh"
) async throws -> StageRun {
    let directory = try TemporaryDirectory()
    let output = try RunOutput(directory: directory.path)
    var datasets = Datasets()
    for dataset in inputs { datasets.append(dataset, from: "previous") }
    let context = StageContext(
        stageID: "stage", pipelineName: pipelineName, inputs: datasets, period: period, language: language, output: output,
        generatedOn: generatedOn)
    let produced: [any Dataset]
    do {
        produced = try await stage.run(in: context)
    } catch {
        output.discard()
        throw error
    }
    let written = try output.commit().map { ($0 as NSString).lastPathComponent }
    var files: [String: [UInt8]] = [:]
    for name in written { files[name] = try directory.readBytes(name) }
    // Nothing else is left behind: the staging directory is gone after the commit.
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(Set(left) == Set(written))
    return StageRun(datasets: produced, written: written, files: files)
}

// MARK: - The sample region

/// The `with:` of the sample pipeline's importer (`pipelines/skm-semester.yaml`), paths from the repository root.
func sampleImportYAML(path: String = "samples/kabupaten-contoh/skm/*.csv", extra: String = "") -> String {
    """
    path: \(path)
    scheme: permenpan-14-2017
    columns:
      unit: opd
      service: layanan
      date: tgl_survei
      U1: u1
      U2: u2
      U3: u3
      U4: u4
      U5: u5
      U6: u6
      U7: u7
      U8: u9
      U9: u8
    population: samples/kabupaten-contoh/populasi-pengguna.csv
    \(extra)
    """
}

/// Imports both sample semesters with the sample pipeline's configuration. Many tests read the
/// same import, so each variant runs once per test process.
func importSamples(language: Language = .indonesian, extra: String = "") async throws -> StageRun {
    try await SampleRuns.shared.imported(language: language, extra: extra)
}

/// Imports the samples and evaluates them for one period; returns the evaluation and the import's account.
func evaluateSamples(period id: String, sampleMethod: String? = nil) async throws -> (evaluation: SKMEvaluation, account: ImportAccount) {
    try await SampleRuns.shared.evaluated(period: id, sampleMethod: sampleMethod)
}

/// The same as `evaluateSamples`, but imported and evaluated afresh, for checks that two runs agree.
func evaluateSamplesAfresh(period id: String) async throws -> (evaluation: SKMEvaluation, account: ImportAccount) {
    let stage = try ImportSurvey(configuration: configuration(ImportSurvey.self, sampleImportYAML(), stageID: "skm"))
    let imported = try await run(stage)
    let evaluated = try await run(try EvaluateSKM(configuration: configuration(EvaluateSKM.self, nil)), inputs: imported.datasets, period: period(id))
    return (try evaluated.one(SKMEvaluation.self), try imported.one(ImportAccount.self))
}

private actor SampleRuns {
    static let shared = SampleRuns()

    private var imports: [String: Task<StageRun, any Error>] = [:]
    private var evaluations: [String: Task<(SKMEvaluation, ImportAccount), any Error>] = [:]

    func imported(language: Language, extra: String) async throws -> StageRun {
        let key = "\(language.rawValue)|\(extra)"
        if let task = imports[key] { return try await task.value }
        let task = Task {
            let stage = try ImportSurvey(configuration: configuration(ImportSurvey.self, sampleImportYAML(extra: extra), stageID: "skm"))
            return try await run(stage, language: language)
        }
        imports[key] = task
        return try await task.value
    }

    func evaluated(period id: String, sampleMethod: String?) async throws -> (SKMEvaluation, ImportAccount) {
        let key = "\(id)|\(sampleMethod ?? "")"
        if let task = evaluations[key] { return try await task.value }
        let task = Task {
            let imported = try await self.imported(language: .indonesian, extra: "")
            let yaml = sampleMethod.map { "sample_method: \($0)" } ?? "weakest: 3"
            let stage = try EvaluateSKM(configuration: configuration(EvaluateSKM.self, yaml, stageID: "evaluasi"))
            let evaluated = try await run(stage, inputs: imported.datasets, period: period(id))
            return (try evaluated.one(SKMEvaluation.self), try imported.one(ImportAccount.self))
        }
        evaluations[key] = task
        return try await task.value
    }
}

/// An evaluation of made-up units: each gets `count` responses with the same answers.
func madeUpEvaluation(_ units: [(name: String, service: String, answers: [Int], count: Int)]) -> SKMEvaluation {
    var responses = SurveyResponses(scheme: .permenpan14_2017)
    for unit in units {
        for row in 0..<unit.count {
            responses.append(
                unit: unit.name, service: unit.service, date: CalendarDate(year: 2026, month: 2, day: 2), answers: unit.answers,
                source: RecordSource(file: "x.csv", row: row + 2))
        }
    }
    return SKMEvaluator().evaluate(responses, populations: [], period: Period("2026-S1")!)
}

// MARK: - Expected figures (`samples/kabupaten-contoh/expected/*.json`)

struct ExpectedSKM: Decodable {
    struct File: Decodable {
        struct Rejected: Decodable {
            var record: Int
            var line: Int
            var reason: String
            var kind: String
            var column: String
            var element: String?
            var value: String?
        }

        struct Multiline: Decodable {
            var record: Int
            var lines: [Int]
        }

        var file: String
        var period: String
        var records_read: Int
        var accepted: Int
        var rejected: Int
        var physical_lines: Int
        var rejected_records: [Rejected]
        var multiline_records: [Multiline]
    }

    struct Sample: Decodable {
        var population: Int
        var minimum: Int
        var sufficient: Bool
    }

    struct Service: Decodable {
        var layanan: String
        var respondents: Int
        var sums: [String: Int]
        var score: String
        var grade: String
    }

    struct Agency: Decodable {
        var opd: String
        var respondents: Int
        var sums: [String: Int]
        var nrr: [String: String]
        var ikm: String
        var ikm_rounded: String
        var score: String
        var score_rounded: String
        var grade: String
        var kinerja: String
        var sample: Sample
        var services: [Service]
    }

    struct Region: Decodable {
        var respondents: Int
        var sums: [String: Int]
        var ikm: String
        var score: String
        var score_rounded: String
        var grade: String
    }

    var period: String
    var element_order: [String]
    var files: [File]
    var agencies: [Agency]
    var region_pooled: Region
    var sample_insufficient: [String]

    static func load(_ period: String) throws -> ExpectedSKM {
        let path = repositoryFile("samples/kabupaten-contoh/expected/skm-\(period.lowercased()).json")
        return try JSONDecoder().decode(ExpectedSKM.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Per-element sums in the regulation's order.
    static func ordered(_ sums: [String: Int]) -> [Int] { (1...9).map { sums["U\($0)"] ?? -1 } }
}

/// An exact fraction written `num/den` (or an integer).
func fraction(_ text: String) -> Rational? {
    let parts = text.split(separator: "/")
    guard let n = Int(parts[0]) else { return nil }
    if parts.count == 1 { return Rational(n) }
    guard parts.count == 2, let d = Int(parts[1]), d != 0 else { return nil }
    return Rational(n, d)
}

let samplePeriods = ["2026-S1", "2025-S2"]

// MARK: - Reading what stages wrote

/// A CSV file's records as text, header first; parsed by the RFC 4180 rules independently of `CSVTable`.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    while index < scalars.count {
        let c = scalars[index]
        if inQuotes {
            if c == "\"" {
                if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                    field.unicodeScalars.append("\"")
                    index += 1
                } else {
                    inQuotes = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            inQuotes = true
        } else if c == "," {
            record.append(field)
            field = ""
        } else if c == "\r" || c == "\n" {
            if c == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(c)
        }
        index += 1
    }
    if !field.isEmpty || !record.isEmpty {
        record.append(field)
        records.append(record)
    }
    return records
}

extension FileReconciliation {
    /// Read, accepted and rejected, in that order.
    var counts: [Int] { [read, accepted, rejected] }
}
