import Foundation
import PantauYAML
import Testing
@testable import PantauPipeline

/// `with:` checked against the stage descriptor's options, before the stage sees it.
@Suite("Option validation")
struct OptionValidationTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        try directory.write("data/b.csv", "unit\n")
        try directory.write("data/a.csv", "unit\n")
        try directory.write("data/notes.txt", "-\n")
        try directory.write("populasi.csv", "unit,users\n")
    }

    /// A `check.options` stage with `path: data/*.csv` and `lines` after it (lines 8 and on).
    func pipeline(_ lines: String) -> String {
        """
        version: 1
        name: Uji
        stages:
          - id: check
            uses: check.options
            with:
              path: data/*.csv
        \(lines.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }.joined(separator: "\n"))
        """
    }

    @Test func everyOptionTypeAcceptsAValidValue() throws {
        let pipeline = try loadPipeline(pipeline("""
            population: populasi.csv
            limit: 1_0
            ratio: -7.5e-1
            mode: lenient
            enabled: tidak
            since: 2024-02-29
            rejects: tolak.csv
            tags: [a, b]
            weights: {a: 0, b: 100, c: ~}
            columns: {unit: opd, date: tgl}
            """), baseDirectory: directory.path)
        let stage = try #require(pipeline.stages["check"] as? CheckOptions)
        #expect(stage.limit == 10)
        #expect(stage.enabled == false)
        #expect(stage.files.map(\.path) == [directory.url("data/a.csv"), directory.url("data/b.csv")])
    }

    @Test func defaultsFromTheDescriptorReachTheStage() throws {
        let pipeline = try loadPipeline(pipeline(""), baseDirectory: directory.path)
        let stage = try #require(pipeline.stages["check"] as? CheckOptions)
        #expect(stage.limit == 5)
        #expect(stage.enabled == true)
    }

    @Test func unknownKeySuggestsTheClosestAndIsNotAlsoMissing() {
        let problems = loadErrors("""
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options
                with:
                  pth: data/*.csv
            """, baseDirectory: directory.path)
        #expect(summaries(problems) == [
            "p.yaml:7:7 yaml.unknown-key: unknown key 'pth' in 'with' of stage 'check' [did you mean 'path'?]",
        ])
        #expect(problems.first?.message.text(.indonesian) == "kunci 'pth' tidak dikenal di 'with' tahap 'check'")
    }

    @Test func missingRequiredOptionPointsAtTheWithMapping() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options
                with:
                  limit: 3
            """, baseDirectory: directory.path) == [
                "p.yaml:7:7 yaml.missing-key: 'with' of stage 'check' lacks the required key 'path' [add 'path:' with a value]",
            ])
    }

    @Test(arguments: ["", "\n    with:", "\n    with: ~"])
    func missingRequiredOptionWithoutAWithPointsAtTheStage(with: String) {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options\(with)
            """, baseDirectory: directory.path) == [
                "p.yaml:4:5 yaml.missing-key: 'with' of stage 'check' lacks the required key 'path' [add 'path:' with a value]",
            ])
    }

    @Test func withMustBeAMapping() {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options
                with: data/*.csv
            """, baseDirectory: directory.path) == [
                "p.yaml:6:11 yaml.expected-kind: expected a mapping (key: value), found a single value [write a mapping (key: value) here]",
            ])
    }

    @Test(arguments: [
        ("limit: 11", "p.yaml:8:14 yaml.integer-out-of-range: 11 is out of range; it must be between 1 and 10"),
        ("limit: 0", "p.yaml:8:14 yaml.integer-out-of-range: 0 is out of range; it must be between 1 and 10"),
        ("limit: many", "p.yaml:8:14 yaml.invalid-integer: 'many' is not a whole number [write digits only, for example 12]"),
        ("limit: 2.5", "p.yaml:8:14 yaml.invalid-integer: '2.5' is not a whole number [write digits only, for example 12]"),
        ("ratio: 1.2.3", "p.yaml:8:14 yaml.invalid-decimal: '1.2.3' is not a number [write a number such as 76.61]"),
        ("mode: strikt", "p.yaml:8:13 yaml.invalid-choice: 'strikt' is not one of the allowed values [did you mean 'strict'? Allowed: strict, lenient]"),
        ("mode: loose", "p.yaml:8:13 yaml.invalid-choice: 'loose' is not one of the allowed values [allowed: strict, lenient]"),
        ("enabled: maybe", "p.yaml:8:16 yaml.invalid-bool: 'maybe' is not true or false [write true or false]"),
        ("since: 2026-02-30", "p.yaml:8:14 yaml.invalid-date: '2026-02-30' is not a date in the form YYYY-MM-DD [write the date as YYYY-MM-DD, for example 2026-07-01]"),
        ("since: 1/3/2026", "p.yaml:8:14 yaml.invalid-date: '1/3/2026' is not a date in the form YYYY-MM-DD [write the date as YYYY-MM-DD, for example 2026-07-01]"),
        ("rejects: out/tolak.csv", "p.yaml:8:16 pipeline.invalid-file-name: 'out/tolak.csv' is not a plain file name [write only a file name such as laporan.md, without directories]"),
        ("rejects: ..", "p.yaml:8:16 pipeline.invalid-file-name: '..' is not a plain file name [write only a file name such as laporan.md, without directories]"),
        ("rejects: [a.csv]", "p.yaml:8:16 yaml.expected-kind: expected a single value, found a list [write a single value here]"),
        ("population: missing.csv", "p.yaml:8:19 pipeline.no-input-file: no file found at 'missing.csv' [check the path; relative paths start at the pipeline file's directory]"),
        ("population: data", "p.yaml:8:19 pipeline.no-input-file: no file found at 'data' [check the path; relative paths start at the pipeline file's directory]"),
        ("population: [populasi.csv]", "p.yaml:8:19 yaml.expected-kind: expected a single value, found a list [write a single value here]"),
        ("tags: [a, [b]]", "p.yaml:8:17 yaml.expected-kind: expected a single value, found a list [write a single value here]"),
        ("weights: {a: 1, b: 101}", "p.yaml:8:26 yaml.integer-out-of-range: 101 is out of range; it must be between 0 and 100"),
        ("weights: [1]", "p.yaml:8:16 yaml.expected-kind: expected a mapping (key: value), found a list [write a mapping (key: value) here]"),
        ("columns: {date: tgl}", "p.yaml:8:16 yaml.missing-key: 'columns' lacks the required key 'unit' [add 'unit:' with a value]"),
        ("columns: {unit: opd, dat: tgl}", "p.yaml:8:28 yaml.unknown-key: unknown key 'dat' in 'columns' [did you mean 'date'?]"),
    ])
    func wrongOptionValue(line: String, expected: String) {
        #expect(loadErrorSummaries(pipeline(line), baseDirectory: directory.path) == [expected])
    }

    @Test(arguments: [
        ("path: data/missing.csv", "p.yaml:7:13 pipeline.no-input-file: no file found at 'data/missing.csv' [check the path; relative paths start at the pipeline file's directory]"),
        ("path: data/*.json", "p.yaml:7:13 pipeline.no-input-file: no file found at 'data/*.json' [check the path; relative paths start at the pipeline file's directory]"),
        ("path: [data/a.csv, data/nope.csv]", "p.yaml:7:26 pipeline.no-input-file: no file found at 'data/nope.csv' [check the path; relative paths start at the pipeline file's directory]"),
        ("path: ''", "p.yaml:7:13 yaml.empty-value: the value is empty [write a value after the colon]"),
        ("path: {a: b}", "p.yaml:7:13 yaml.expected-kind: expected a list, found a mapping (key: value) [write a list here]"),
    ])
    func wrongInputFiles(line: String, expected: String) {
        #expect(loadErrorSummaries("""
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options
                with:
                  \(line)
            """, baseDirectory: directory.path) == [expected])
    }

    @Test func everyBadOptionOfAStageIsReported() {
        #expect(loadErrorSummaries(pipeline("""
            limit: 99
            mode: strikt
            colour: red
            """), baseDirectory: directory.path) == [
                "p.yaml:8:14 yaml.integer-out-of-range: 99 is out of range; it must be between 1 and 10",
                "p.yaml:9:13 yaml.invalid-choice: 'strikt' is not one of the allowed values [did you mean 'strict'? Allowed: strict, lenient]",
                "p.yaml:10:7 yaml.unknown-key: unknown key 'colour' in 'with' of stage 'check' "
                    + "[valid keys: path, population, limit, ratio, mode, enabled, since, rejects, tags, weights, columns]",
            ])
    }

    @Test func relativeInputPathsResolveAgainstThePipelineDirectoryNotTheWorkingDirectory() throws {
        let pipelinePath = try directory.write("pipelines/uji.yaml", """
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options
                with:
                  path: [../data/b.csv, ../data/*.csv]
                  population: ../populasi.csv
            """)
        let pipeline = try PipelineLoader(registry: testRegistry, today: today).load(path: pipelinePath)
        #expect(pipeline.baseDirectory == directory.url("pipelines"))
        let stage = try #require(pipeline.stages["check"] as? CheckOptions)
        // A list keeps the order written; a glob's matches are sorted.
        #expect(stage.files.map(\.path) == [directory.url("data/b.csv"), directory.url("data/a.csv"), directory.url("data/b.csv")])

        // The same paths written relative to the data directory are not found from the pipeline's.
        try directory.write("pipelines/salah.yaml", """
            version: 1
            name: Uji
            stages:
              - id: check
                uses: check.options
                with:
                  path: data/*.csv
            """)
        #expect(throws: Diagnostics.self) {
            try PipelineLoader(registry: testRegistry, today: today).load(path: directory.url("pipelines/salah.yaml"))
        }
    }
}
