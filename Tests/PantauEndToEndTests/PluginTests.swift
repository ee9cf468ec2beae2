import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// External plugins through the `pantau` binary: the sample pipeline that mixes built-in and
/// external stages, `pantau plugins`, exit statuses, and a run stopped by SIGTERM.
@Suite("External plugins")
struct PluginTests {
    static let examples = ["plugins/few-respondents", "plugins/google-forms", "plugins/whatsapp-summary"]
    static let pipeline = "pipelines/skm-plugins.yaml"

    /// The sample project with the example plugins and the plugin pipeline.
    private func copyPluginProject(into directory: URL) throws {
        try Files.copySampleProject(into: directory)
        try Files.copy(Repository.url(Self.pipeline), to: directory.appendingPathComponent(Self.pipeline))
        for example in Self.examples {
            try Files.copy(Repository.url(example), to: directory.appendingPathComponent(example))
            for name in try Files.entries(of: directory.appendingPathComponent(example)) {
                let path = directory.appendingPathComponent(example).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: Repository.url(example).appendingPathComponent(name).path) {
                    chmod(path, 0o755)
                }
            }
        }
    }

    /// Writes a plugin whose program is the shell script `script`.
    private func writePlugin(_ name: String, stage: String, in directory: URL, produces: String = "[findings]", limits: String = "", script: String) throws {
        let folder = directory.appendingPathComponent(name)
        try Files.write("""
            name: \(name)
            version: 1.0.0
            protocol: 1
            stage: \(stage)
            role: evaluator
            summary: { id: Uji, en: Test }
            program: ./run.sh
            consumes: [skm-results]
            produces: \(produces)
            example: "- id: x"
            \(limits)
            """, to: folder.appendingPathComponent("plugin.yaml"))
        try Files.write("#!/bin/sh\n\(script)\n", to: folder.appendingPathComponent("run.sh"))
        chmod(folder.appendingPathComponent("run.sh").path, 0o755)
    }

    // MARK: The sample pipeline

    @Test func theSamplePipelineMixesBuiltInAndExternalStages() async throws {
        try await withTemporaryDirectory { directory in
            let result = try await PantauProcess.run(arguments: ["run", Self.pipeline, "--output", directory.appendingPathComponent("out").path])
            #expect(result.status == 0, "\(result)")
            expectNoCrash(result)
            let out = directory.appendingPathComponent("out")
            #expect(try Files.entries(of: out) == ["laporan-skm.json", "laporan-skm.md", "rejects-formulir.csv", "rejects-skm.csv", "ringkasan-wa.txt"])
            let rejects = CSV.parse(try Files.read(out.appendingPathComponent("rejects-formulir.csv")))
            #expect(rejects.count == 5)
            #expect(rejects.dropFirst().allSatisfy { $0[5].hasPrefix("plugin 'google-forms': ") })
            let report = try ReportDocument.decode(Data(contentsOf: out.appendingPathComponent("laporan-skm.json")))
            #expect(report.region?.respondents == 1645 + 38)
            let summary = try Files.read(out.appendingPathComponent("ringkasan-wa.txt"))
            #expect(summary.contains("*Mal Pelayanan Publik Kabupaten Contoh*"))
        }
    }

    @Test func planShowsExternalStagesLikeBuiltInOnes() async throws {
        let result = try await PantauProcess.run("plan", Self.pipeline, "--lang", "en")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("  [2] formulir (import.google-forms)\n      produces: survey-responses, import-summary\n"), "\(result)")
        #expect(result.stdout.contains("      consumes: skm-results ← evaluasi; findings ← sampel\n"), "\(result)")
    }

    @Test func theExamplePluginsPassTheirOwnTests() async throws {
        let commands = [
            ["python3", "-m", "unittest", "discover", "-s", "plugins/google-forms"],
            ["python3", "-m", "unittest", "discover", "-s", "plugins/whatsapp-summary"],
            ["sh", "plugins/few-respondents/test.sh"],
        ]
        for command in commands {
            let (status, output) = try await Self.runTool(command)
            #expect(status == 0, "\(command.joined(separator: " ")):\n\(output)")
        }
    }

    /// Runs a command from the repository root with a minimal environment, waiting without
    /// holding one of the test runner's threads.
    static func runTool(_ command: [String]) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = Repository.root
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": NSTemporaryDirectory()]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { _ in }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
                return
            }
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread {
                let data = handle.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
    }

    /// The complete minimal plugin of docs/plugin-protocol.md, section 8, works as written.
    @Test func theProtocolDocumentsExampleWorks() async throws {
        let document = try Files.read(Repository.url("docs/plugin-protocol.md"))
        let section = try #require(document.components(separatedBy: "## 8. ").last)
        func block(_ language: String) throws -> String {
            let start = try #require(section.range(of: "```\(language)\n"))
            let end = try #require(section.range(of: "\n```", range: start.upperBound..<section.endIndex))
            return String(section[start.upperBound..<end.lowerBound])
        }
        try await withTemporaryDirectory { directory in
            try Files.copySampleProject(into: directory)
            try Files.write(try block("yaml") + "\n", to: directory.appendingPathComponent("plugins/nilai-rendah/plugin.yaml"))
            try Files.write(try block("python") + "\n", to: directory.appendingPathComponent("plugins/nilai-rendah/evaluate.py"))
            let sample = try Files.read(directory.appendingPathComponent(Repository.samplePipeline))
            try Files.write(
                sample.replacingOccurrences(of: "stages:\n", with: "plugins: [../plugins]\nstages:\n")
                    + "\n  - id: rendah\n    uses: evaluate.low-score\n    with:\n      target: 80\n",
                to: directory.appendingPathComponent("pipelines/rendah.yaml"))
            let check = try await PantauProcess.run(arguments: ["plugins", "check", "plugins/nilai-rendah"], cwd: directory)
            #expect(check.status == 0, "\(check)")
            let run = try await PantauProcess.run(arguments: ["run", "pipelines/rendah.yaml", "--output", "out"], cwd: directory)
            #expect(run.status == 0, "\(run)")
        }
    }

    // MARK: pantau plugins

    @Test func pluginsListsTheExamples() async throws {
        let result = try await PantauProcess.run("plugins", "--lang", "en")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines == [
            "3 plugins found",
            "  plugins/few-respondents   evaluate.few-respondents  evaluator  ok",
            "  plugins/google-forms      import.google-forms       importer   ok",
            "  plugins/whatsapp-summary  report.whatsapp           reporter   ok",
        ])
    }

    @Test(arguments: examples)
    func everyExamplePassesItsCheckAndHandshake(example: String) async throws {
        let result = try await PantauProcess.run("plugins", "check", example)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("\(example): sah (tahap "), "\(result)")
    }

    @Test func aBrokenPluginIsListedWithItsFirstProblemAndCheckShowsEveryProblem() async throws {
        try await withTemporaryDirectory { directory in
            try writePlugin("good", stage: "evaluate.good", in: directory, script: "exit 0")
            try writePlugin("bad", stage: "evaluate.bad", in: directory, script: "exit 0")
            let manifest = directory.appendingPathComponent("bad/plugin.yaml")
            try Files.write(try Files.read(manifest).replacingOccurrences(of: "role: evaluator", with: "role: evalutor\nprogramm: x"), to: manifest)

            let list = try await PantauProcess.run(arguments: ["plugins", "--plugins", ".", "--lang", "en"], cwd: directory)
            #expect(list.status == 0, "\(list)")
            #expect(list.stdoutLines == [
                "2 plugins found",
                "  bad   evaluate.bad   ?          broken — bad/plugin.yaml:5:7: 'evalutor' is not one of the allowed values",
                "  good  evaluate.good  evaluator  ok",
            ], "\(list)")

            let check = try await PantauProcess.run(arguments: ["plugins", "check", "bad", "--lang", "en"], cwd: directory)
            #expect(check.status == 2, "\(check)")
            let diagnostics = RenderedDiagnostic.all(in: check.stderr, file: "bad/plugin.yaml")
            #expect(diagnostics.map(\.description) == [
                "5:7: 'evalutor' is not one of the allowed values",
                "6:1: unknown key 'programm' in the plugin manifest",
            ])
            diagnostics.forEach { $0.expectQuotes(try! Files.read(manifest)) }
            #expect(check.stderr.hasSuffix("bad: 2 problems\n"), "\(check)")
        }
    }

    @Test func checkComparesTheHandshakeWithTheManifest() async throws {
        try await withTemporaryDirectory { directory in
            try writePlugin("liar", stage: "evaluate.liar", in: directory, script: """
                if [ "$1" = "--describe" ]; then
                    echo '{"protocol":1,"stage":"evaluate.other","role":"evaluator","consumes":["skm-results"],"produces":[],"options":[]}'
                fi
                """)
            let check = try await PantauProcess.run(arguments: ["plugins", "check", "liar", "--lang", "en"], cwd: directory)
            #expect(check.status == 2, "\(check)")
            #expect(check.stderr.contains("error: 'stage' differs: the manifest says 'evaluate.liar', 'liar --describe' says \"evaluate.other\""), "\(check)")
            #expect(check.stderr.contains("error: 'produces' differs: the manifest says [findings], 'liar --describe' says []"), "\(check)")
        }
    }

    @Test func stagesWithPluginsListsAndDocumentsThem() async throws {
        let result = try await PantauProcess.run("stages", "--plugins", "plugins", "--lang", "en")
        #expect(result.status == 0, "\(result)")
        // The built-in stages and the three example plugins.
        let builtIn = try await PantauProcess.run("stages", "--lang", "en").stdoutLines.first ?? ""
        let count = Int(builtIn.split(separator: " ").first ?? "") ?? 0
        #expect(result.stdoutLines.first == "\(count + 3) stages available")
        #expect(result.stdout.contains("  import.google-forms       Import SKM responses from a Google Forms CSV export"), "\(result)")
        let one = try await PantauProcess.run("stages", "report.whatsapp", "--plugins", "plugins", "--lang", "en")
        #expect(one.stdout.contains("External plugin: whatsapp-summary 1.0.0 (plugins/whatsapp-summary/plugin.yaml)"), "\(one)")
        #expect(one.stdout.contains("  file  file name  [default: ringkasan-wa.txt]"), "\(one)")
        let missing = try await PantauProcess.run("stages", "--plugins", "nowhere", "--lang", "en")
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr == "error: the plugin directory 'nowhere' does not exist\n  help: check the path; under 'plugins:' paths are relative to the pipeline file\n")
    }

    // MARK: Exit statuses

    @Test func validateRefusesABrokenPluginAndAnUnknownPluginStageWithStatus2() async throws {
        try await withTemporaryDirectory { directory in
            try copyPluginProject(into: directory)
            let manifest = directory.appendingPathComponent("plugins/google-forms/plugin.yaml")
            try Files.write(try Files.read(manifest).replacingOccurrences(of: "protocol: 1", with: "protocol: 2"), to: manifest)
            let result = try await PantauProcess.run(arguments: ["validate", Self.pipeline, "--lang", "en"], cwd: directory)
            #expect(result.status == 2, "\(result)")
            let inPipeline = RenderedDiagnostic.all(in: result.stderr, file: Self.pipeline)
            #expect(inPipeline.map(\.description) == [
                "41:11: stage 'import.google-forms' comes from a plugin whose manifest has problems (plugins/google-forms/plugin.yaml)",
            ], "\(result)")
            let inManifest = RenderedDiagnostic.all(in: result.stderr, file: "plugins/google-forms/plugin.yaml")
            #expect(inManifest.map(\.description) == ["4:11: plugin protocol '2' is not supported; this Pantau speaks protocol 1"], "\(result)")

            let pipeline = directory.appendingPathComponent(Self.pipeline)
            try Files.write(try Files.read(pipeline).replacingOccurrences(of: "uses: report.whatsapp", with: "uses: report.whatsap"), to: pipeline)
            let unknown = try await PantauProcess.run(arguments: ["validate", Self.pipeline, "--lang", "en"], cwd: directory)
            #expect(unknown.status == 2, "\(unknown)")
            #expect(unknown.stderr.contains("error: there is no stage called 'report.whatsap'"), "\(unknown)")
        }
    }

    @Test func aFailingPluginStageEndsTheRunWithStatus1AndKeepsEarlierReports() async throws {
        try await withTemporaryDirectory { directory in
            try copyPluginProject(into: directory)
            let out = directory.appendingPathComponent("laporan")
            let good = try await PantauProcess.run(arguments: ["run", Self.pipeline, "--output", "laporan", "--quiet"], cwd: directory)
            try #require(good.status == 0, "\(good)")
            let earlier = try Files.snapshot(of: out)

            let script = directory.appendingPathComponent("plugins/few-respondents/evaluate.sh")
            try Files.write("#!/bin/sh\necho 'awk: syntax error at line 3' >&2\necho '{\"type\":\"finding\",\"rule\":' \nexit 2\n", to: script)
            chmod(script.path, 0o755)
            let result = try await PantauProcess.run(arguments: ["run", Self.pipeline, "--output", "laporan", "--lang", "en"], cwd: directory)
            #expect(result.status == 1, "\(result)")
            expectNoCrash(result)
            #expect(result.stderr.contains("error: stage 'sampel' (evaluate.few-respondents) failed\n"), "\(result)")
            #expect(result.stderr.contains("error: plugin 'few-respondents' wrote a line that is not JSON (output line 1, column 26: the text ends too early): {\"type\":\"finding\",\"rule\":"), "\(result)")
            #expect(result.stderr.contains("note: the plugin's last lines on standard error:\n    | awk: syntax error at line 3\n"), "\(result)")
            #expect(result.stderr.contains("[-] wa skipped") || result.stderr.contains("No output was written; earlier reports are unchanged."), "\(result)")
            #expect(try Files.snapshot(of: out) == earlier)
        }
    }

    // MARK: Signals

    /// SIGTERM to pantau while a plugin runs: the plugin and its children end with it, the
    /// staging directory and the plugin's private directory are removed.
    @Test func sigtermToPantauEndsARunningPluginAndItsChildren() async throws {
        try await withTemporaryDirectory { directory in
            let pids = directory.appendingPathComponent("pids")
            try writePlugin("sleeper", stage: "evaluate.sleeper", in: directory.appendingPathComponent("plugins"), script: """
                trap '' TERM
                sleep 300 &
                echo "$$ $! $HOME" > '\(pids.path)'
                wait
                """)
            try Files.copySampleProject(into: directory)
            try Files.write("""
                version: 1
                name: Tidur
                period: 2026-S1
                plugins: [../plugins]
                stages:
                  - id: skm
                    uses: import.survey
                    with:
                      path: ../samples/kabupaten-contoh/skm/*.csv
                      columns: { unit: opd, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8 }
                  - id: evaluasi
                    uses: evaluate.skm
                  - id: tidur
                    uses: evaluate.sleeper
                """, to: directory.appendingPathComponent("pipelines/tidur.yaml"))

            let executable = try #require(PantauProcess.executable)
            let process = Process()
            process.executableURL = executable
            process.arguments = ["run", "pipelines/tidur.yaml", "--output", "out", "--quiet"]
            process.currentDirectoryURL = directory
            process.environment = PantauProcess.controlledEnvironment([:])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()

            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(60)
            while try !Files.exists(pids) || Files.read(pids).split(separator: " ").count < 3 {
                try #require(clock.now < deadline, "the plugin never started")
                try await Task.sleep(for: .milliseconds(50))
            }
            try await Task.sleep(for: .milliseconds(100))
            let parts = try Files.read(pids).split(whereSeparator: \.isWhitespace).map(String.init)
            let plugin = try #require(pid_t(parts[0]))
            let child = try #require(pid_t(parts[1]))
            let home = parts[2]
            #expect(isAlive(plugin) && isAlive(child))

            kill(process.processIdentifier, SIGTERM)
            while process.isRunning {
                try #require(clock.now < deadline, "pantau did not end on SIGTERM")
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(process.terminationStatus == 128 + SIGTERM)
            // Both ignore SIGTERM: they end by the SIGKILL that follows.
            for _ in 0..<100 where isAlive(plugin) || isAlive(child) { try await Task.sleep(for: .milliseconds(50)) }
            #expect(!isAlive(plugin), "the plugin outlived pantau")
            #expect(!isAlive(child), "the plugin's child outlived pantau")
            #expect(!FileManager.default.fileExists(atPath: (home as NSString).deletingLastPathComponent), "the plugin's private directory was left")
            let left = Files.exists(directory.appendingPathComponent("out")) ? try Files.entries(of: directory.appendingPathComponent("out")) : []
            #expect(left.isEmpty, "\(left)")
        }
    }
}

/// Whether a process is alive (a zombie awaiting its reaper counts as ended).
func isAlive(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
    let state = stat.split(separator: ")").last?.split(separator: " ").first
    return state != "Z" && state != "X"
}
