import Dispatch
import Foundation
import PantauPipeline

/// On SIGINT, SIGTERM or SIGHUP (the terminal closed), ends the plugins running (SIGTERM to each plugin's process group, then
/// SIGKILL to whatever is left a moment later), removes the staging directories of the run in
/// progress and the plugins' private directories, and exits with the conventional status
/// (128 + signal), so an interrupted run leaves the last good outputs and no stray process.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    /// Set when a signal's clean-up has begun: from then on only the handler ends the process.
    private static let terminating = NSLock()
    nonisolated(unsafe) private static var signalled = false

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                terminating.withLock { signalled = true }
                RunningPlugins.shared.terminateAll()
                StagingDirectories.shared.removeAll()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Called before pantau exits by itself: while a signal's clean-up is under way (stopping a
    /// plugin may make its stage fail and the run end), the handler is left to finish and exit
    /// with the signal's status.
    static func waitIfTerminating() {
        while terminating.withLock({ signalled }) { sleep(1) }
    }
}
