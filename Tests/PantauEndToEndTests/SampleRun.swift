import Foundation

/// One run of the sample pipeline from the repository root into a fresh temporary directory,
/// with everything it left behind read into memory (the directory is removed afterwards).
struct SampleRun: Sendable {
    var output: ProcessOutput
    /// Entries of the temporary directory the run was given (only `out` is expected).
    var temporaryEntries: [String]
    /// Entries of the output directory, hidden ones included.
    var outputEntries: [String]
    /// Contents of each file in the output directory, by name.
    var files: [String: Data]

    func text(_ name: String) -> String { String(decoding: files[name] ?? Data(), as: UTF8.self) }

    func report() throws -> ReportDocument { try ReportDocument.decode(files[SampleOutputs.json]) }

    /// `pantau run pipelines/skm-semester.yaml --output <tmp>/out <extra>` from the repository root.
    static func make(_ extra: [String] = [], environment: [String: String] = [:]) async throws -> SampleRun {
        try await withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out", isDirectory: true)
            let output = try await PantauProcess.run(
                arguments: ["run", Repository.samplePipeline, "--output", out.path] + extra, cwd: Repository.root, environment: environment)
            let outputEntries = Files.exists(out) ? try Files.entries(of: out) : []
            return SampleRun(
                output: output, temporaryEntries: try Files.entries(of: directory), outputEntries: outputEntries,
                files: Files.exists(out) ? try Files.snapshot(of: out) : [:])
        }
    }
}

/// Runs several tests read; each is made once, on first use.
enum SampleRuns {
    static let indonesian2026S1 = Task { try await SampleRun.make() }
    static let english2026S1 = Task { try await SampleRun.make(["--lang", "en"]) }
    static let indonesian2025S2 = Task { try await SampleRun.make(["--period", "2025-S2"]) }

    static func run(period: String) async throws -> SampleRun {
        switch period {
        case "2026-S1": try await indonesian2026S1.value
        case "2025-S2": try await indonesian2025S2.value
        default: try await SampleRun.make(["--period", period])
        }
    }
}
