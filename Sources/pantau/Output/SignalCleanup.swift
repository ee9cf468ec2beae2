import Dispatch
import Foundation
import PantauPipeline

/// On SIGINT or SIGTERM, ends the plugins running (SIGTERM to each plugin's process group, then
/// SIGKILL to whatever is left a moment later), removes the staging directories of the run in
/// progress and the plugins' private directories, and exits with the conventional status
/// (128 + signal), so an interrupted run leaves the last good outputs and no stray process.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                RunningPlugins.shared.terminateAll()
                StagingDirectories.shared.removeAll()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
