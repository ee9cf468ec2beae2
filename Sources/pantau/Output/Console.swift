import Foundation

/// Where the command line writes: results to standard output, problems to standard error.
enum Console {
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
