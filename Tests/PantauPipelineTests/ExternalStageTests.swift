import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauPipeline

#if canImport(Glibc)
import Glibc
#endif

/// External plugins run for real: tiny shell scripts written by each test. Every way a plugin
/// can go wrong fails its stage with a clear message, and never the host.
@Suite("External stages")
struct ExternalStageTests {
    // MARK: Round trip

    @Test func aPluginReceivesTheRequestAndItsMessagesBecomeDatasetsAndOutputs() async throws {
        let project = try PluginProject()
        try project.write("data/input.csv", "x\n")
        try project.plugin("probe", stage: "evaluate.test", produces: ["findings", "a"], consumes: ["a"], options: """
              - key: path
                type: path
                required: true
                help: { id: berkas, en: file }
              - key: minimum
                type: integer
                default: 10
                help: { id: minimum, en: minimum }
              - key: since
                type: date
                help: { id: sejak, en: since }
            """, script: """
            cat > "$HOME/request.json"
            out=$(sed -n 's/.*"output_directory":"\\([^"]*\\)".*/\\1/p' "$HOME/request.json")
            cp "$HOME/request.json" "$out/request.json"
            echo '{"type":"log","message":"starting"}'
            echo '{"type":"progress","done":1,"total":2}'
            echo ''
            echo '{"type":"record","kind":"a","data":{"value":"from-plugin"}}'
            echo '{"type":"record","kind":"a","data":{"value":7},"source":{"file":"x.csv","row":3}}'
            echo '{"type":"finding","rule":"t.rule","subject":{"unit":"Dinas A","service":"Layanan B"},"severity":"major","message":"too few","evidence":{"respondents":3,"ok":false}}'
            echo '{"protocol":1,"type":"artifact","path":"request.json"}'
            echo 'ringkas' > "$out/ringkasan.txt"
            printf '{"type":"artifact","path":"./ringkasan.txt"}'
            """)
        let observer = RecordingObserver()
        let result = try await project.run(PluginProject.pipeline(with: "      path: data/input.csv\n      since: 2026-01-31\n", before: """
              - id: sumber
                uses: import.a
                with: { value: upstream }

            """), observer: observer)
        try #require(result.succeeded, "\(failureTexts(result))")

        let datasets = result.datasets["x"] ?? []
        #expect(datasets.compactMap { $0 as? LetterA }.map(\.value) == ["from-plugin"])
        let account = try #require(datasets.compactMap { $0 as? LetterAccount }.first)
        #expect(account.read == 2 && account.accepted == 1 && account.rejected == [2])
        let findings = try #require(datasets.compactMap { $0 as? Findings }.first)
        #expect(findings.items == [Finding(
            rule: "t.rule", subject: .init(unit: "Dinas A", service: "Layanan B"), severity: .major, message: "too few",
            evidence: ["respondents": "3", "ok": "false"])])
        #expect(observer.events.contains("note x: probe: starting"))
        #expect(observer.events.contains("note x: probe: 1/2"))

        // Artifacts are committed with the run's other outputs.
        #expect(try project.directory.read("out/ringkasan.txt") == "ringkas\n")
        let request = try JSONValue.parse(project.directory.read("out/request.json"))
        #expect(request["protocol"] == .integer(1))
        #expect(request["stage"] == .object([("id", .string("x")), ("uses", .string("evaluate.test"))]))
        #expect(request["plugin"]?["name"] == .string("probe"))
        #expect(request["with"] == .object([
            ("path", .string(project.directory.url("data/input.csv"))), ("minimum", .integer(10)), ("since", .string("2026-01-31")),
        ]))
        #expect(request["period"] == .object([
            ("id", .string("2026-S1")), ("start", .string("2026-01-01")), ("end", .string("2026-06-30")), ("label", .string("First half 2026")),
        ]))
        #expect(request["locale"] == .string("en"))
        #expect(request["generated_on"] == .string("2026-05-20"))
        #expect(request["datasets"] == .array([.object([
            ("kind", .string("a")), ("producer", .string("sumber")), ("data", .object([("value", .string("upstream"))])),
        ])]))
        // The private directory is gone once the stage has ended.
        let output = try #require(request["output_directory"]?.stringValue)
        #expect(!FileManager.default.fileExists(atPath: (output as NSString).deletingLastPathComponent))
    }

    @Test func aLargeDatasetIsHandedOverAsAFile() async throws {
        let project = try PluginProject()
        try project.plugin("reader", produces: [], consumes: ["a"], script: """
            cat > "$HOME/request.json"
            out=$(sed -n 's/.*"output_directory":"\\([^"]*\\)".*/\\1/p' "$HOME/request.json")
            file=$(sed -n 's/.*"path":"\\([^"]*\\)".*/\\1/p' "$HOME/request.json")
            cp "$file" "$out/dataset.json"
            echo '{"type":"artifact","path":"dataset.json"}'
            """)
        var support = testPluginSupport
        support.inlineDatasetLimit = 4
        let result = try await project.run(PluginProject.pipeline(before: """
              - id: sumber
                uses: import.a
                with: { value: besar }

            """), support: support)
        try #require(result.succeeded, "\(failureTexts(result))")
        #expect(try project.directory.read("out/dataset.json") == #"{"value":"besar"}"#)
    }

    @Test func thePluginSeesOnlyTheCleanEnvironment() async throws {
        let project = try PluginProject()
        try project.write("plugins/env/env.py", """
            import json, os
            out = json.load(open(0))["output_directory"]
            json.dump(dict(os.environ), open(os.path.join(out, "env.json"), "w"))
            json.dump(os.getcwd(), open(os.path.join(out, "cwd.json"), "w"))
            print(json.dumps({"type": "artifact", "path": "env.json"}))
            print(json.dumps({"type": "artifact", "path": "cwd.json"}))
            """)
        let directory = try project.plugin("env", produces: [], script: "", program: "python3", arguments: ["env.py"])
        setenv("PANTAU_TEST_SECRET", "do-not-pass", 1)
        let result = try await project.run(PluginProject.pipeline())
        try #require(result.succeeded, "\(failureTexts(result))")
        let environment = try JSONValue.parse(project.directory.read("out/env.json"))
        let keys = (environment.objectValue ?? []).map(\.key).sorted()
        #expect(keys == ["HOME", "LANG", "PANTAU_PROTOCOL", "PATH", "TMPDIR"])
        #expect(environment["PATH"] == .string("/usr/local/bin:/usr/bin:/bin"))
        #expect(environment["LANG"] == .string("C.UTF-8"))
        #expect(environment["PANTAU_PROTOCOL"] == .string("1"))
        #expect(environment["HOME"]?.stringValue?.contains("pantau-plugin-") == true)
        #expect(try JSONValue.parse(project.directory.read("out/cwd.json")) == .string(directory))
    }

    // MARK: Ending badly

    @Test func aCrashFailsTheStageWithTheSignal() async throws {
        let project = try PluginProject()
        try project.plugin("crash", script: "echo 'about to crash' >&2\nkill -SEGV $$")
        let result = try await project.run(PluginProject.pipeline())
        #expect(failureTexts(result) == [
            "plugin 'crash' was ended by signal SIGSEGV (11)",
            "the plugin's last lines on standard error:\n    | about to crash",
        ])
    }

    @Test func aNonZeroExitFailsTheStageWithThePluginsLastWords() async throws {
        let project = try PluginProject()
        let lines = (1...25).map { "echo 'line \($0)' >&2" }.joined(separator: "\n")
        try project.plugin("fails", script: "\(lines)\nexit 3")
        let result = try await project.run(PluginProject.pipeline())
        let texts = failureTexts(result)
        #expect(texts.first == "plugin 'fails' exited with status 3")
        // The last 20 lines only.
        #expect(texts.last == "the plugin's last lines on standard error:\n" + (6...25).map { "    | line \($0)" }.joined(separator: "\n"))
        #expect(result.failures.first?.diagnostics.last?.severity == .note)
    }

    @Test func anErrorMessageFailsTheStageEvenAfterExitZero() async throws {
        let project = try PluginProject()
        try project.plugin("reports", script: #"echo '{"type":"error","message":"kolom tgl tidak ada"}'"#)
        let result = try await project.run(PluginProject.pipeline())
        #expect(failureTexts(result) == ["plugin 'reports' reported an error: kolom tgl tidak ada"])
    }

    @Test func aMissingInterpreterFailsTheStageAtRunTime() async throws {
        let project = try PluginProject()
        try project.plugin("orphan", script: "echo hi", shebang: "#!/nonexistent/interpreter")
        let result = try await project.run(PluginProject.pipeline())
        let text = try #require(failureTexts(result).first)
        #expect(text.hasPrefix("plugin 'orphan' could not be started: '"), "\(text)")
        #expect(text.hasSuffix("run.sh': No such file or directory"), "\(text)")
    }

    @Test func aHangingPluginIsStoppedAtItsTimeLimit() async throws {
        let project = try PluginProject()
        // It would sleep ten minutes; ending well before that proves it was stopped, however
        // loaded the machine (the bound is half the sleep, not a measure of speed).
        try project.plugin("hangs", limits: "  timeout_seconds: 1", script: "echo 'waiting' >&2\nsleep 600")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await project.run(PluginProject.pipeline())
        #expect(clock.now - start < .seconds(300))
        let texts = failureTexts(result)
        #expect(texts.first == "plugin 'hangs' did not finish within 1 s and was stopped")
        // What it wrote before it was stopped (on a loaded machine it may not have started writing).
        #expect(texts.count == 1 || texts.last == "the plugin's last lines on standard error:\n    | waiting")
    }

    @Test func aPluginThatIgnoresSIGTERMGetsSIGKILLAfterTheGracePeriod() async throws {
        let project = try PluginProject()
        try project.plugin("stubborn", limits: "  timeout_seconds: 1", script: "trap '' TERM\nwhile :; do sleep 1; done")
        let result = try await project.run(PluginProject.pipeline())
        #expect(failureTexts(result) == ["plugin 'stubborn' did not finish within 1 s and was stopped"])
    }

    @Test func theTimeLimitEndsThePluginsChildrenToo() async throws {
        let project = try PluginProject()
        let pidFile = project.directory.url("child.pid")
        try project.plugin("parent", limits: "  timeout_seconds: 2", script: "sleep 300 &\necho $! > '\(pidFile)'\nwait")
        let result = try await project.run(PluginProject.pipeline())
        #expect(failureTexts(result) == ["plugin 'parent' did not finish within 2 s and was stopped"])
        let pid = try #require(pid_t(try project.directory.read("child.pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        try await waitUntil(timeout: .seconds(5)) { !isAlive(pid) }
    }

    @Test func childrenLeftBehindByAFinishedPluginAreEnded() async throws {
        let project = try PluginProject()
        let pidFile = project.directory.url("child.pid")
        // The child keeps the output pipe open: the stage must not wait for its time limit.
        try project.plugin("leaves", limits: "  timeout_seconds: 600", script: "sleep 900 &\necho $! > '\(pidFile)'\nexit 0")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await project.run(PluginProject.pipeline())
        #expect(result.succeeded, "\(failureTexts(result))")
        // Half the time limit: ending before it proves the stage did not wait for the child.
        #expect(clock.now - start < .seconds(300))
        let pid = try #require(pid_t(try project.directory.read("child.pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        try await waitUntil(timeout: .seconds(5)) { !isAlive(pid) }
    }

    @Test func hugeOutputIsStoppedAtTheLimit() async throws {
        let project = try PluginProject()
        try project.plugin("chatty", limits: "  max_output_bytes: 65536", script: #"yes '{"type":"log","level":"debug","message":"x"}'"#)
        let result = try await project.run(PluginProject.pipeline())
        #expect(failureTexts(result) == ["plugin 'chatty' wrote more than 65536 bytes to standard output and was stopped"])
    }

    @Test func hugeOutputOnStandardErrorNeitherBlocksNorFloods() async throws {
        let project = try PluginProject()
        try project.plugin("noisy", limits: "  timeout_seconds: 120", script: "head -c 3000000 /dev/zero | tr '\\0' 'e' >&2\necho >&2\necho done >&2\nexit 1")
        let result = try await project.run(PluginProject.pipeline())
        let texts = failureTexts(result)
        #expect(texts.first == "plugin 'noisy' exited with status 1")
        #expect(texts.last?.hasSuffix("    | done") == true)
        #expect((texts.last?.count ?? 0) < 10_000)
    }

    // MARK: Breaking the protocol

    @Test(arguments: [
        (#"echo 'Traceback (most recent call last):'"#,
            "plugin 'bad' wrote a line that is not JSON (output line 1, column 1: unexpected 'T'): Traceback (most recent call last):"),
        (#"echo '{"type":"log","message":"x","protocol":2}'"#,
            #"plugin 'bad' speaks protocol 2, but this Pantau speaks protocol 1 (output line 1): {"type":"log","message":"x","protocol":2}"#),
        (#"echo '{"type":"record","kind":"b","data":{}}'"#,
            #"plugin 'bad' wrote a record of kind 'b', which its manifest does not declare under 'produces' (output line 1): {"type":"record","kind":"b","data":{}}"#),
        (#"echo '{"type":"recrod"}'"#, #"plugin 'bad' wrote a message of unknown type 'recrod' (output line 1): {"type":"recrod"}"#),
        (#"echo '{"type":"finding","rule":"r","severity":"huge","message":"m"}'"#,
            #"plugin 'bad' wrote 'huge' for 'severity', which is not an allowed value (output line 1): {"type":"finding","rule":"r","severity":"huge","message":"m"}"#),
        (#"echo '{"type":"artifact","path":"../../etc/passwd"}'"#, "plugin 'bad' announced an artifact outside its output directory: '../../etc/passwd'"),
        (#"echo '{"type":"artifact","path":"/etc/passwd"}'"#, "plugin 'bad' announced an artifact by an absolute path: '/etc/passwd'"),
        (#"echo '{"type":"artifact","path":"sub/x.txt"}'"#, "plugin 'bad' announced an artifact in a subdirectory: 'sub/x.txt'"),
        (#"echo '{"type":"artifact","path":"never.txt"}'"#, "plugin 'bad' announced an artifact that it did not write: 'never.txt'"),
        ("""
            out=$(sed -n 's/.*"output_directory":"\\([^"]*\\)".*/\\1/p')
            ln -s /etc/passwd "$out/link.txt"
            echo '{"type":"artifact","path":"link.txt"}'
            """, "plugin 'bad' announced an artifact that is a symbolic link: 'link.txt'"),
    ])
    func aMessageThatBreaksTheProtocolFailsTheStage(script: String, expected: String) async throws {
        let project = try PluginProject()
        try project.plugin("bad", produces: ["findings", "a"], script: "echo 'ignored' >&2\n" + script)
        let result = try await project.run(PluginProject.pipeline())
        let texts = failureTexts(result)
        #expect(texts.first == expected)
        #expect(texts.last == "the plugin's last lines on standard error:\n    | ignored")
    }

    @Test func theOffendingLineIsQuotedShort() async throws {
        let project = try PluginProject()
        try project.plugin("long", script: "printf 'x%.0s' $(seq 1 500); echo")
        let result = try await project.run(PluginProject.pipeline())
        let text = try #require(failureTexts(result).first)
        #expect(text.hasSuffix(String(repeating: "x", count: 160) + "…"), "\(text)")
    }

    @Test func theFirstBrokenMessageStopsThePlugin() async throws {
        let project = try PluginProject()
        try project.plugin("stops", limits: "  timeout_seconds: 600", script: "echo nonsense\nsleep 600")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await project.run(PluginProject.pipeline())
        // Half the time limit: ending before it proves the plugin was stopped at the bad line.
        #expect(clock.now - start < .seconds(300))
        #expect(failureTexts(result).first?.hasPrefix("plugin 'stops' wrote a line that is not JSON") == true)
    }
}
