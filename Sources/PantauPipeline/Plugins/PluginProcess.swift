import Foundation
import Subprocess
import Synchronization

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Why swift-subprocess rather than Foundation's `Process`: on Linux `Process` does put its child
// in a process group of its own, but only as an undocumented detail of its implementation, and
// reading both pipes concurrently would be ours to build with threads. swift-subprocess states
// the process group (`PlatformOptions.processGroupID = 0`: the plugin leads a new group, so a
// signal to the group reaches the plugin and every child it started), takes a complete
// environment rather than a patch of ours (`.custom`), streams standard output and standard
// error as async sequences that are drained side by side, and starts the program with
// `posix_spawn` directly, never through a shell. The pipes it creates are close-on-exec, and the
// child closes every other descriptor, so concurrent plugins cannot hold each other's pipes open.

/// How to start a plugin and what it may do.
struct PluginLaunch: Sendable {
    /// The program, an absolute path.
    var executable: String
    var arguments: [String]
    var workingDirectory: String
    /// The complete environment: nothing is inherited.
    var environment: [String: String]
    /// The file standard input reads; nil for the null device.
    var standardInput: String?
    var limits: PluginLimits
    var gracePeriod: Duration
}

/// How a plugin ended, and what it left on standard error.
struct PluginExit: Sendable {
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// It never ran: the reason, in the system's words.
        case notStarted(String)
    }

    var ending: Ending
    var timedOut = false
    var outputLimitExceeded = false
    /// The host stopped it (a message broke the protocol).
    var stoppedByHost = false
    /// Its last lines on standard error, oldest first.
    var stderrTail: [String] = []
}

/// Starts a plugin in a process group of its own, feeds it a file on standard input, hands
/// every line of its standard output to a reader as it arrives, keeps the tail of standard
/// error, and enforces the time and output limits: SIGTERM to the group, then SIGKILL after the
/// grace period.
enum PluginProcess {
    /// Lines of standard error kept for messages.
    static let stderrLines = 20
    /// Characters of one standard error line kept.
    static let stderrLineLength = 300

    /// What the reader of standard output says after each line.
    enum Verdict {
        case proceed
        /// Stop the plugin: its output has already failed the stage.
        case stop
    }

    /// Runs the plugin to its end. `onLine` is called for every line of standard output (without
    /// its line break), in order, with its 1-based number, from one task at a time.
    static func run(_ launch: PluginLaunch, onLine: @escaping @Sendable (ArraySlice<UInt8>, Int) -> Verdict) async -> PluginExit {
        let state = SharedRunState()
        let stdinPath = launch.standardInput ?? "/dev/null"
        let descriptor = open(stdinPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return PluginExit(ending: .notStarted("\(stdinPath): \(String(cString: strerror(errno)))"))
        }
        var options = PlatformOptions()
        options.processGroupID = 0
        var environment: [Environment.Key: String] = [:]
        for (key, value) in launch.environment {
            if let key = Environment.Key(rawValue: key) { environment[key] = value }
        }
        let configuration = Configuration(
            executable: .path(FilePath(launch.executable)), arguments: Arguments(launch.arguments), environment: .custom(environment),
            workingDirectory: FilePath(launch.workingDirectory), platformOptions: options)
        let grace = launch.gracePeriod
        let limit = launch.limits.maxOutputBytes

        let ending: PluginExit.Ending = await withTaskGroup(of: PluginExit.Ending?.self) { group in
            group.addTask {
                do {
                    let result = try await Subprocess.run(
                        configuration, input: .fileDescriptor(FileDescriptor(rawValue: descriptor), closeAfterSpawningProcess: true),
                        output: .sequence, error: .sequence
                    ) { execution in
                        let processGroup = execution.processIdentifier.value
                        state.withLock { $0.processGroup = processGroup }
                        RunningPlugins.shared.insert(processGroup)
                        await withTaskGroup(of: Bool.self) { readers in
                            readers.addTask {
                                await readLines(
                                    execution.standardOutput, state: state, limit: limit, group: processGroup, grace: grace, onLine: onLine)
                                return true
                            }
                            readers.addTask {
                                await readStandardError(execution.standardError, state: state)
                                return true
                            }
                            readers.addTask {
                                await closeLeftovers(of: processGroup)
                                return false
                            }
                            var drained = 0
                            while let isReader = await readers.next() {
                                if isReader { drained += 1 }
                                if drained == 2 {
                                    readers.cancelAll()
                                    break
                                }
                            }
                        }
                    }
                    if let processGroup = state.withLock({ $0.processGroup }) {
                        RunningPlugins.shared.remove(processGroup)
                        // The plugin has ended; children it left behind in its group end with it.
                        kill(-processGroup, SIGKILL)
                    }
                    switch result.terminationStatus {
                    case .exited(let code): return .exited(code)
                    case .signaled(let signal): return .signalled(signal)
                    }
                } catch {
                    if let processGroup = state.withLock({ $0.processGroup }) { RunningPlugins.shared.remove(processGroup) }
                    return .notStarted(Self.reason(error))
                }
            }
            group.addTask {
                try? await Task.sleep(for: launch.limits.timeout)
                return nil
            }
            var ending: PluginExit.Ending?
            var alarms = 0
            while let next = await group.next() {
                if let finished = next {
                    ending = finished
                    group.cancelAll()
                    break
                }
                alarms += 1
                if alarms == 1 {
                    // The time is up: stop the plugin and its children, then wait for it to be reaped.
                    let processGroup = state.withLock { state -> pid_t? in
                        state.timedOut = true
                        return state.processGroup
                    }
                    if let processGroup { await terminate(group: processGroup, grace: grace) }
                    group.addTask {
                        try? await Task.sleep(for: grace * 2)
                        return nil
                    }
                } else {
                    // Something that left the group still holds the pipes open: stop waiting for it.
                    group.cancelAll()
                }
            }
            return ending ?? .notStarted("cancelled")
        }
        return state.withLock { state in
            var exit = PluginExit(ending: ending)
            exit.timedOut = state.timedOut
            exit.outputLimitExceeded = state.outputLimitExceeded
            exit.stoppedByHost = state.stoppedByHost
            exit.stderrTail = state.stderr.lines
            return exit
        }
    }

    /// Splits standard output into lines for `onLine`, counting bytes against the limit.
    private static func readLines(
        _ output: SubprocessOutputSequence, state: SharedRunState, limit: Int, group: pid_t, grace: Duration,
        onLine: @Sendable (ArraySlice<UInt8>, Int) -> Verdict
    ) async {
        var pending: [UInt8] = []
        var total = 0
        var number = 0
        var stopped = false
        do {
            chunks: for try await buffer in output {
                total += buffer.count
                if total > limit {
                    state.withLock { $0.outputLimitExceeded = true }
                    // Stop reading: whatever else it writes is beyond what it may.
                    kill(-group, SIGKILL)
                    return
                }
                buffer.withUnsafeBytes { pending.append(contentsOf: $0) }
                var start = pending.startIndex
                while let newline = pending[start...].firstIndex(of: 0x0A) {
                    var end = newline
                    if end > start, pending[end - 1] == 0x0D { end -= 1 }
                    number += 1
                    if onLine(pending[start..<end], number) == .stop {
                        stopped = true
                        break chunks
                    }
                    start = newline + 1
                }
                pending.removeSubrange(pending.startIndex..<start)
            }
        } catch {
            // A read error ends the output; how the plugin ended says the rest.
        }
        if stopped {
            state.withLock { $0.stoppedByHost = true }
            await terminate(group: group, grace: grace)
            return
        }
        // A last line without a line break is still a line.
        if !pending.isEmpty {
            number += 1
            if onLine(pending[...], number) == .stop {
                state.withLock { $0.stoppedByHost = true }
                await terminate(group: group, grace: grace)
            }
        }
    }

    private static func readStandardError(_ output: SubprocessOutputSequence, state: SharedRunState) async {
        var tail = StderrTail()
        do {
            for try await buffer in output {
                buffer.withUnsafeBytes { tail.append($0) }
            }
        } catch {}
        tail.finish()
        let lines = tail
        state.withLock { $0.stderr = lines }
    }

    /// A plugin that has exited may have left a child behind that holds its output pipes open:
    /// once the plugin itself has ended, such leftovers get a moment to finish, then SIGKILL, so
    /// that the output ends and the stage does not wait for its time limit.
    private static func closeLeftovers(of processGroup: pid_t) async {
        while !Task.isCancelled {
            if hasExited(processGroup) {
                try? await Task.sleep(for: .milliseconds(500))
                if !Task.isCancelled { kill(-processGroup, SIGKILL) }
                return
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Whether the plugin (the group's leader) has ended, without reaping it: the process
    /// monitor of swift-subprocess does that.
    private static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT | WNOHANG)
        if result != 0 { return errno == ECHILD }
        #if canImport(Glibc)
            return info._sifields._sigchld.si_pid == pid
        #else
            return info.si_pid == pid
        #endif
    }

    /// SIGTERM to the whole process group, then SIGKILL if anything in it is still alive after
    /// the grace period.
    static func terminate(group: pid_t, grace: Duration) async {
        guard kill(-group, SIGTERM) == 0 else { return }
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while clock.now < deadline {
            // The group is gone once its last member has been reaped.
            if kill(-group, 0) != 0, errno == ESRCH { return }
            try? await Task.sleep(for: .milliseconds(20))
        }
        kill(-group, SIGKILL)
    }

    static func reason(_ error: any Error) -> String {
        if let failure = error as? SubprocessError, let underlying = failure.underlyingError {
            return String(cString: strerror(underlying.rawValue))
        }
        if let failure = error as? SubprocessError, failure.code == .executableNotFound {
            return String(cString: strerror(ENOENT))
        }
        return String(describing: error)
    }
}

/// What the tasks watching one plugin share, behind a lock.
private final class SharedRunState: Sendable {
    private let state = Mutex(RunState())

    func withLock<T: Sendable>(_ body: (inout sending RunState) -> sending T) -> T {
        state.withLock { body(&$0) }
    }
}

private struct RunState: Sendable {
    var processGroup: pid_t?
    var timedOut = false
    var outputLimitExceeded = false
    var stoppedByHost = false
    var stderr = StderrTail()
}

/// The last lines of standard error, each cut to a readable length; memory stays bounded
/// however much a plugin writes.
struct StderrTail: Sendable {
    private(set) var lines: [String] = []
    private var partial: [UInt8] = []

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if byte == 0x0A {
                push()
            } else if partial.count < PluginProcess.stderrLineLength * 4 {
                partial.append(byte)
            }
        }
    }

    mutating func finish() {
        if !partial.isEmpty { push() }
    }

    private mutating func push() {
        if partial.last == 0x0D { partial.removeLast() }
        var line = String(decoding: partial, as: UTF8.self)
        if line.count > PluginProcess.stderrLineLength { line = String(line.prefix(PluginProcess.stderrLineLength)) + "…" }
        partial.removeAll(keepingCapacity: true)
        lines.append(line)
        if lines.count > PluginProcess.stderrLines { lines.removeFirst(lines.count - PluginProcess.stderrLines) }
    }
}

/// The process groups of plugins running now, so that pantau ended by a signal ends them too.
public final class RunningPlugins: Sendable {
    public static let shared = RunningPlugins()
    private let groups = Mutex<(running: Set<pid_t>, terminating: Bool)>(([], false))

    /// Registers a plugin that has just started; one that starts while pantau is being stopped
    /// is stopped at once.
    func insert(_ group: pid_t) {
        let terminating = groups.withLock { state in
            state.running.insert(group)
            return state.terminating
        }
        if terminating { kill(-group, SIGKILL) }
    }

    func remove(_ group: pid_t) { _ = groups.withLock { $0.running.remove(group) } }

    /// SIGTERM to every running plugin's process group, a moment for them to end, then SIGKILL
    /// to whatever is left. Safe to call from a signal handler's queue.
    public func terminateAll(grace: Duration = .seconds(1)) {
        let pending = groups.withLock { state in
            let all = state.running
            state.running.removeAll()
            state.terminating = true
            return all
        }
        guard !pending.isEmpty else { return }
        for group in pending { kill(-group, SIGTERM) }
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        var alive = pending
        while !alive.isEmpty, clock.now < deadline {
            alive = alive.filter { !(kill(-$0, 0) != 0 && errno == ESRCH) }
            if !alive.isEmpty { usleep(20_000) }
        }
        for group in alive { kill(-group, SIGKILL) }
    }
}
