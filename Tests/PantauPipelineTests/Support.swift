import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

// MARK: - Datasets

/// What `import.a` produces: one value, so tests can see which producer a consumer received.
struct LetterA: Dataset {
    static let kind: DatasetKind = "a"
    var value: String
}

/// What `evaluate.b` produces: the `a` values it received, as `producer:value`.
struct LetterB: Dataset {
    static let kind: DatasetKind = "b"
    var received: [String]
}

/// What `observe` produces: the producers of every dataset it was given, and its context.
struct Seen: Dataset {
    static let kind: DatasetKind = "seen"
    var producers: [String]
    var context: String
}

// MARK: - Test stages

func help(_ text: String) -> LocalizedText { LocalizedText(id: text, en: text) }

/// Reads an optional string option (the descriptor default applies), as stages do.
func optionalString(_ configuration: StageConfiguration, _ key: String) throws(Diagnostics) -> String? {
    do {
        return try configuration.value(key) { node throws(Diagnostic) in try node.string() }
    } catch {
        throw Diagnostics([error])
    }
}

/// An importer producing `a`. Its options make it a probe for the runner: it can write a file,
/// wait at a rendezvous until another stage has started too, wait for a signal, or raise one.
struct ImportA: Stage {
    static let descriptor = StageDescriptor(
        id: "import.a", role: .importer, summary: LocalizedText(id: "Impor data a", en: "Import data a"),
        options: [
            StageOption("value", .string, .optional(default: "x"), help: help("The value produced.")),
            StageOption("write", .outputFileName, .optional(default: nil), help: help("A file to write the value to.")),
            StageOption("rendezvous", .string, .optional(default: nil), help: help("Wait until two stages arrived here.")),
            StageOption("wait_for", .string, .optional(default: nil), help: help("Wait until this signal is raised.")),
            StageOption("signal", .string, .optional(default: nil), help: help("Raise this signal when done.")),
            StageOption("patience", .integer(1...10_000), .optional(default: "2000"), help: help("Milliseconds to wait at most.")),
        ],
        produces: ["a"],
        example: """
            - id: survey
              uses: import.a
              with:
                value: hello
            """)

    let value: String
    let write: String?
    let rendezvous: String?
    let waitFor: String?
    let signal: String?
    let patience: Duration

    init(configuration: StageConfiguration) throws(Diagnostics) {
        do {
            patience = .milliseconds(try configuration.value("patience") { node throws(Diagnostic) in try node.int() } ?? 0)
        } catch {
            throw Diagnostics([error])
        }
        value = try optionalString(configuration, "value") ?? "?"
        write = try optionalString(configuration, "write")
        rendezvous = try optionalString(configuration, "rendezvous")
        waitFor = try optionalString(configuration, "wait_for")
        signal = try optionalString(configuration, "signal")
    }

    func run(in context: StageContext) async throws -> [any Dataset] {
        if let rendezvous {
            await Signals.shared.arrive(rendezvous)
            try await waitUntil(timeout: patience) { await Signals.shared.arrivals(rendezvous) >= 2 }
        }
        if let waitFor { try await waitUntil(timeout: patience) { await Signals.shared.isRaised(waitFor) } }
        if let write { try context.output.write(write, text: value) }
        if let signal { await Signals.shared.raise(signal) }
        return [LetterA(value: value)]
    }
}

/// An evaluator consuming `a` and producing `b`.
struct EvaluateB: Stage {
    static let descriptor = StageDescriptor(
        id: "evaluate.b", role: .evaluator, summary: LocalizedText(id: "Nilai b dari a", en: "Evaluate b from a"),
        consumes: ["a"], produces: ["b"],
        example: """
            - id: score
              uses: evaluate.b
            """)

    init(configuration: StageConfiguration) throws(Diagnostics) {}

    func run(in context: StageContext) async throws -> [any Dataset] {
        let inputs = context.inputs.all(LetterA.self) as [(producer: String, dataset: LetterA)]
        return [LetterB(received: inputs.map { "\($0.producer):\($0.dataset.value)" })]
    }
}

/// A reporter consuming `b` that writes a file through `context.output`.
struct ReportB: Stage {
    static let descriptor = StageDescriptor(
        id: "report.b", role: .reporter, summary: LocalizedText(id: "Laporkan b", en: "Report b"),
        options: [StageOption("file", .outputFileName, .optional(default: "report.txt"), help: help("Report file name."))],
        consumes: ["b"],
        example: """
            - id: report
              uses: report.b
              with:
                file: report.txt
            """)

    let file: String

    init(configuration: StageConfiguration) throws(Diagnostics) {
        file = try optionalString(configuration, "file") ?? "?"
    }

    func run(in context: StageContext) async throws -> [any Dataset] {
        let lines = (context.inputs.all(LetterB.self) as [LetterB]).flatMap(\.received)
        try context.output.write(file, text: lines.joined(separator: "\n") + "\n")
        return []
    }
}

/// A reporter that uses `a` only when some stage produces it.
struct ReportSummary: Stage {
    static let descriptor = StageDescriptor(
        id: "report.summary", role: .reporter, summary: LocalizedText(id: "Ringkasan", en: "Summary"),
        consumes: ["b"], consumesIfPresent: ["a"],
        example: """
            - id: summary
              uses: report.summary
            """)

    init(configuration: StageConfiguration) throws(Diagnostics) {}
    func run(in context: StageContext) async throws -> [any Dataset] { [] }
}

struct StageBroke: Error, Equatable {}

/// An evaluator that produces `a` on paper but always throws, after writing a file if asked.
struct FailAlways: Stage {
    static let descriptor = StageDescriptor(
        id: "fail.always", role: .evaluator, summary: LocalizedText(id: "Selalu gagal", en: "Always fails"),
        options: [StageOption("write", .outputFileName, .optional(default: nil), help: help("A file written before failing."))],
        produces: ["a"],
        example: """
            - id: broken
              uses: fail.always
            """)

    let write: String?

    init(configuration: StageConfiguration) throws(Diagnostics) {
        write = try optionalString(configuration, "write")
    }

    func run(in context: StageContext) async throws -> [any Dataset] {
        if let write { try context.output.write(write, text: "half-written") }
        throw StageBroke()
    }
}

/// An evaluator that reports which producers' datasets it was given.
struct Observe: Stage {
    static let descriptor = StageDescriptor(
        id: "observe", role: .evaluator, summary: LocalizedText(id: "Amati masukan", en: "Observe inputs"),
        produces: ["seen"],
        example: """
            - id: look
              uses: observe
              needs: [survey]
            """)

    init(configuration: StageConfiguration) throws(Diagnostics) {}

    func run(in context: StageContext) async throws -> [any Dataset] {
        let producers = context.inputs.entries.map(\.producer)
        context.note("saw \(producers.count)")
        return [Seen(
            producers: producers,
            context: "\(context.stageID) \(context.pipelineName) \(context.period) \(context.language) \(context.generatedOn)")]
    }
}

/// A stage with an option of every type, for the generic option validator.
struct CheckOptions: Stage {
    static let columnOptions = [
        StageOption("unit", .string, .required, help: help("Unit column.")),
        StageOption("date", .string, .optional(default: nil), help: help("Date column.")),
    ]
    static let descriptor = StageDescriptor(
        id: "check.options", role: .recommender, summary: LocalizedText(id: "Periksa opsi", en: "Check options"),
        details: LocalizedText(id: "Setiap jenis opsi.", en: "Every option type."),
        options: [
            StageOption("path", .inputFiles, .required, help: help("Input files.")),
            StageOption("population", .inputFile, .optional(default: nil), help: help("One input file.")),
            StageOption("limit", .integer(1...10), .optional(default: "5"), help: help("A small number.")),
            StageOption("ratio", .decimal, .optional(default: nil), help: help("A decimal.")),
            StageOption("mode", .choice(["strict", "lenient"]), .optional(default: "strict"), help: help("How strict.")),
            StageOption("enabled", .boolean, .optional(default: "true"), help: help("On or off.")),
            StageOption("since", .date, .optional(default: nil), help: help("A date.")),
            StageOption("rejects", .outputFileName, .optional(default: nil), help: help("A file name.")),
            StageOption("tags", .list(.string), .optional(default: nil), help: help("Some words.")),
            StageOption("weights", .mapping(.integer(0...100)), .optional(default: nil), help: help("A weight per key.")),
            StageOption("columns", .object(columnOptions), .optional(default: nil), help: help("Columns | of a file.")),
        ],
        example: """
            - id: check
              uses: check.options
              with:
                path: data/*.csv
                limit: 3
            """)

    let files: [InputFile]
    let limit: Int
    let enabled: Bool

    init(configuration: StageConfiguration) throws(Diagnostics) {
        do {
            files = try configuration.inputFiles("path")
            limit = try configuration.value("limit") { node throws(Diagnostic) in try node.int(in: 1...10) } ?? 0
            enabled = try configuration.value("enabled") { node throws(Diagnostic) in try node.bool() } ?? false
        } catch {
            throw Diagnostics([error])
        }
    }

    func run(in context: StageContext) async throws -> [any Dataset] { [] }
}

/// An importer whose own configuration check reads a header line from a file, and reports a
/// missing column at that file's first line, as the survey importer does with CSV headers.
struct ImportTable: Stage {
    static let descriptor = StageDescriptor(
        id: "import.table", role: .importer, summary: LocalizedText(id: "Impor tabel", en: "Import a table"),
        options: [
            StageOption("path", .inputFile, .required, help: help("The table.")),
            StageOption("column", .string, .required, help: help("A column the header must have.")),
        ],
        produces: ["a"],
        example: """
            - id: table
              uses: import.table
              with:
                path: data.csv
                column: unit
            """)

    init(configuration: StageConfiguration) throws(Diagnostics) {
        do throws(Diagnostic) {
            let file = try configuration.inputFiles("path")[0]
            let column = try configuration["column"]!.string()
            let text = (try? String(contentsOfFile: file.path, encoding: .utf8)) ?? ""
            let header = text.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } ?? []
            if !header.contains(column) {
                throw Diagnostic.error(at: PantauYAML.SourceLocation(file: file.displayName, line: 1, column: 1), TestMessage.columnMissing(column))
            }
        } catch {
            throw Diagnostics([error])
        }
    }

    func run(in context: StageContext) async throws -> [any Dataset] { [LetterA(value: "table")] }
}

/// A message of the test stages' own.
enum TestMessage: LocalizedMessage, Equatable {
    case columnMissing(String)

    var code: String { "test.column-missing" }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.columnMissing(let column), .english): "the header lacks the column '\(column)'"
        case (.columnMissing(let column), .indonesian): "baris judul tidak memiliki kolom '\(column)'"
        }
    }
}

let testRegistry = StageRegistry([
    ImportA.self, EvaluateB.self, ReportB.self, ReportSummary.self, FailAlways.self, Observe.self, CheckOptions.self,
    ImportTable.self,
])

// MARK: - Signals between concurrently running stages

/// Shared meeting points for stages running in one test; every test uses its own names.
actor Signals {
    static let shared = Signals()

    private var arrived: [String: Int] = [:]
    private var raised: Set<String> = []

    func arrive(_ name: String) { arrived[name, default: 0] += 1 }
    func arrivals(_ name: String) -> Int { arrived[name] ?? 0 }
    func raise(_ name: String) { raised.insert(name) }
    func isRaised(_ name: String) -> Bool { raised.contains(name) }
}

struct TimedOut: Error {}

/// Polls `condition` until it holds; throws after `timeout` instead of hanging the test run.
func waitUntil(timeout: Duration, _ condition: @Sendable () async -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while !(await condition()) {
        if clock.now >= deadline { throw TimedOut() }
        try await Task.sleep(for: .milliseconds(2))
    }
}

// MARK: - Loading

let pipelineFile = "p.yaml"
let today = CalendarDate(year: 2026, month: 5, day: 20)!

func at(_ line: Int, _ column: Int, file: String = pipelineFile) -> PantauYAML.SourceLocation {
    PantauYAML.SourceLocation(file: file, line: line, column: column)
}

func error(_ line: Int, _ column: Int, _ message: some LocalizedMessage) -> Diagnostic {
    .error(at: at(line, column), message)
}

/// Loads pipeline text as if it were `p.yaml` in `baseDirectory`.
func loadPipeline(
    _ text: String, baseDirectory: String = "/nonexistent", registry: StageRegistry = testRegistry
) throws(Diagnostics) -> LoadedPipeline {
    let root = try YAMLLoader().load(text: text, file: pipelineFile)
    return try PipelineLoader(registry: registry, today: today).load(root: root, file: pipelineFile, baseDirectory: baseDirectory)
}

/// The diagnostics loading `text` throws; records an issue and returns nothing when it loads.
func loadErrors(
    _ text: String, baseDirectory: String = "/nonexistent", registry: StageRegistry = testRegistry,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        _ = try loadPipeline(text, baseDirectory: baseDirectory, registry: registry)
        Issue.record("the pipeline loaded without errors", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.items
    }
}

/// One line per diagnostic with everything a user reads in English: place, code, text, hint.
func summary(_ diagnostic: Diagnostic) -> String {
    let place = diagnostic.location.map { "\($0)" } ?? "-"
    let hint = diagnostic.message.hint(.english).map { " [\($0)]" } ?? ""
    return "\(place) \(diagnostic.code): \(diagnostic.message.text(.english))\(hint)"
}

func summaries(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(summary) }

/// The diagnostics loading `text` throws, summarised.
func loadErrorSummaries(
    _ text: String, baseDirectory: String = "/nonexistent", registry: StageRegistry = testRegistry,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [String] {
    summaries(loadErrors(text, baseDirectory: baseDirectory, registry: registry, sourceLocation: sourceLocation))
}

// MARK: - Files

/// A fresh scratch directory, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-pipeline-tests-\(UUID().uuidString)")
        // Standardised so that paths compare equal to what the engine computes.
        path = (url.path as NSString).standardizingPath
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func url(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let file = url(relative)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: url(relative), encoding: .utf8)
    }

    func contents(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(relative)).sorted()
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative)) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A unique name for signals and rendezvous, so that parallel tests do not meet each other.
func uniqueName(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString)" }
