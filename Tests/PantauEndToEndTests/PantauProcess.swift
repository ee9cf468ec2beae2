import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of the `pantau` binary did.
struct ProcessOutput: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The process ended on a signal (a crash, or the timeout's kill) rather than by exiting.
    var signalled: Bool
    var timedOut: Bool
    var elapsed: Duration

    var description: String {
        var head = "exit status \(status)"
        if signalled { head += " (signal)" }
        if timedOut { head += " (timed out)" }
        return "\(head)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }

    /// Lines of standard error, without the trailing empty one.
    var stderrLines: [String] { Self.lines(stderr) }
    var stdoutLines: [String] { Self.lines(stdout) }

    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// Runs the `pantau` executable that `swift build --build-tests` put beside the test bundle.
enum PantauProcess {
    /// The date every run sees as today, so relative periods and report dates are fixed.
    static let today = "2026-11-25"
    /// Generous: the machine is shared and slow; no test relies on this except as a safety net.
    static let defaultTimeout: Duration = .seconds(120)

    /// The binary, or `nil` when it cannot be found (the tests then fail with a clear message).
    static let executable: URL? = locateExecutable()

    /// Runs `pantau` with `arguments` in `cwd` (the repository root by default), with an
    /// environment holding only PATH, HOME, TMPDIR, `PANTAU_TODAY` and `environment`: no
    /// `PANTAU_LANG` unless the caller sets it. Both pipes are read to the end on their own
    /// threads, so a chatty process cannot block on a full pipe.
    /// With `terminal`, standard output is a pseudo-terminal (as in an interactive shell)
    /// instead of a pipe; its line ends come back as `\n`.
    static func run(
        arguments: [String], cwd: URL? = nil, environment: [String: String] = [:], terminal: Bool = false,
        timeout: Duration = defaultTimeout
    ) async throws -> ProcessOutput {
        let executable = try #require(
            executable, "the pantau binary was not found beside the test bundle nor in .build/debug; run 'swift build --build-tests'")

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = cwd ?? Repository.root
        process.environment = controlledEnvironment(environment)
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        let pty = terminal ? try PseudoTerminal() : nil
        process.standardOutput = pty.map { FileHandle(fileDescriptor: $0.secondary, closeOnDealloc: false) } ?? stdoutPipe
        process.standardError = stderrPipe
        process.standardInput = FileHandle.nullDevice

        let collected = Collected()
        let group = DispatchGroup()
        group.enter()  // termination
        process.terminationHandler = { _ in group.leave() }

        // The terminal is read from before the process starts: data written to it must not
        // wait for a reader that comes after the writer has gone.
        if let pty {
            group.enter()
            Thread.detachNewThread {
                collected.set(pty.readPrimaryToEnd(), stdout: true)
                group.leave()
            }
        }

        let clock = ContinuousClock()
        let start = clock.now
        do {
            try process.run()
        } catch {
            pty?.closeSecondary()
            pty?.closePrimary()
            throw error
        }
        // Only the child may hold the terminal now, so that reading it ends when the child does.
        pty?.closeSecondary()

        let shared = Unchecked(process)
        for (pipe, isStdout) in terminal ? [(stderrPipe, false)] : [(stdoutPipe, true), (stderrPipe, false)] {
            group.enter()
            let handle = Unchecked(pipe.fileHandleForReading)
            Thread.detachNewThread {
                let data = (try? handle.value.readToEnd()) ?? Data()
                collected.set(data, stdout: isStdout)
                group.leave()
            }
        }

        let (seconds, attoseconds) = timeout.components
        let deadline = DispatchTime.now() + .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
        let watchdog = DispatchWorkItem {
            guard shared.value.isRunning else { return }
            collected.markTimedOut()
            shared.value.terminate()
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
                if shared.value.isRunning { kill(shared.value.processIdentifier, SIGKILL) }
            }
        }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watchdog)

        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            group.notify(queue: .global()) { continuation.resume() }
        }
        watchdog.cancel()
        pty?.closePrimary()

        let (out, err, timedOut) = collected.snapshot()
        var stdout = String(decoding: out, as: UTF8.self)
        if terminal { stdout = stdout.replacingOccurrences(of: "\r\n", with: "\n") }
        return ProcessOutput(
            status: process.terminationStatus,
            stdout: stdout,
            stderr: String(decoding: err, as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            elapsed: clock.now - start)
    }

    /// `pantau` with the arguments, from the repository root.
    static func run(_ arguments: String..., cwd: URL? = nil, environment: [String: String] = [:]) async throws -> ProcessOutput {
        try await run(arguments: arguments, cwd: cwd, environment: environment)
    }

    static func controlledEnvironment(_ extra: [String: String]) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment: [String: String] = [:]
        for key in ["PATH", "HOME", "TMPDIR"] {
            if let value = inherited[key] { environment[key] = value }
        }
        environment["PANTAU_TODAY"] = today
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Beside the test executable or bundle first (where SwiftPM builds every product of
    /// the package), then `<repo>/.build/debug/pantau`.
    private static func locateExecutable() -> URL? {
        let manager = FileManager.default
        let cwd = URL(fileURLWithPath: manager.currentDirectoryPath, isDirectory: true)
        var directories: [URL] = []
        if let first = CommandLine.arguments.first, !first.isEmpty {
            let url = URL(fileURLWithPath: first, relativeTo: cwd).standardizedFileURL
            directories.append(url.deletingLastPathComponent())
            directories.append(url.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(Repository.root.appendingPathComponent(".build/debug", isDirectory: true))

        for directory in directories {
            let candidate = directory.appendingPathComponent("pantau")
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                manager.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }
}

/// Text that must never reach a user: Swift runtime traps, backtraces and crash reports.
enum CrashMarkers {
    static let all = [
        "Fatal error", "Stack trace", "Stack dump", "Program crashed", "Crashed thread", "Current stack trace",
        "Backtrace", "backtrace", "Thread 0 crashed", "Segmentation fault", "Illegal instruction", "SIGSEGV", "SIGILL",
        "SIGABRT", "SIGTRAP", "💣",
    ]
}

/// Checks a finished process for traps and crash reports, and that it exited by itself.
func expectNoCrash(_ output: ProcessOutput, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!output.signalled, "pantau ended on a signal\n\(output)", sourceLocation: sourceLocation)
    #expect(!output.timedOut, "pantau did not finish in time\n\(output)", sourceLocation: sourceLocation)
    for marker in CrashMarkers.all {
        #expect(!output.stdout.contains(marker), "stdout contains '\(marker)'\n\(output)", sourceLocation: sourceLocation)
        #expect(!output.stderr.contains(marker), "stderr contains '\(marker)'\n\(output)", sourceLocation: sourceLocation)
    }
}

/// A pseudo-terminal pair: the child writes to the secondary side, the test reads the primary.
final class PseudoTerminal: @unchecked Sendable {
    struct Unavailable: Error, CustomStringConvertible {
        var step: String
        var description: String { "no pseudo-terminal: \(step) failed (errno \(errno))" }
    }

    let primary: Int32
    let secondary: Int32
    private let lock = NSLock()
    private var primaryOpen = true
    private var secondaryOpen = true

    #if canImport(Glibc)
    // Glibc's Swift module leaves out the X/Open pseudo-terminal functions; look them up in libc.
    private typealias OpenFunction = @convention(c) (Int32) -> Int32
    private typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    private static func function<T>(_ name: String, as type: T.Type) throws -> T {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { throw Unavailable(step: "dlsym \(name)") }
        return unsafeBitCast(symbol, to: type)
    }
    #endif

    init() throws {
        #if canImport(Glibc)
        let posix_openpt = try Self.function("posix_openpt", as: OpenFunction.self)
        let grantpt = try Self.function("grantpt", as: OpenFunction.self)
        let unlockpt = try Self.function("unlockpt", as: OpenFunction.self)
        let ptsname_r = try Self.function("ptsname_r", as: NameFunction.self)
        #endif
        let primary = posix_openpt(O_RDWR | O_NOCTTY)
        guard primary >= 0 else { throw Unavailable(step: "posix_openpt") }
        guard grantpt(primary) == 0, unlockpt(primary) == 0 else {
            close(primary)
            throw Unavailable(step: "grantpt/unlockpt")
        }
        var name = [CChar](repeating: 0, count: 128)
        guard ptsname_r(primary, &name, name.count) == 0 else {
            close(primary)
            throw Unavailable(step: "ptsname_r")
        }
        let secondary = open(name, O_RDWR | O_NOCTTY)
        guard secondary >= 0 else {
            close(primary)
            throw Unavailable(step: "open secondary")
        }
        self.primary = primary
        self.secondary = secondary
    }

    static var isAvailable: Bool {
        guard let terminal = try? PseudoTerminal() else { return false }
        terminal.closeSecondary()
        terminal.closePrimary()
        return true
    }

    /// Everything written to the terminal until every writer has closed it (Linux then
    /// reports EIO, other systems end of file).
    func readPrimaryToEnd() -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(primary, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    func closeSecondary() {
        lock.lock()
        defer { lock.unlock() }
        if secondaryOpen { close(secondary) }
        secondaryOpen = false
    }

    func closePrimary() {
        lock.lock()
        defer { lock.unlock() }
        if primaryOpen { close(primary) }
        primaryOpen = false
    }

    deinit {
        closeSecondary()
        closePrimary()
    }
}

/// A value handed across threads whose use is serialised by the caller.
private final class Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// What the reader threads and the watchdog collect.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var stdout = Data()
    private var stderr = Data()
    private var timedOut = false

    func set(_ data: Data, stdout isStdout: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isStdout { stdout = data } else { stderr = data }
    }

    func markTimedOut() {
        lock.lock()
        defer { lock.unlock() }
        timedOut = true
    }

    func snapshot() -> (Data, Data, Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (stdout, stderr, timedOut)
    }
}
