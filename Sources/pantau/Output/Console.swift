import Foundation

/// Where the command line writes: results to standard output, problems to standard error.
///
/// A reader that went away (`pantau run … | head`, a closed cron mail pipe) must not end a run
/// half-way: SIGPIPE is ignored (see `SignalCleanup`) and a failed write is dropped, so the run
/// still commits its outputs and exits with its own status.
enum Console {
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    static func out(_ text: String, terminator: String = "\n") {
        try? FileHandle.standardOutput.write(contentsOf: Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }
}
