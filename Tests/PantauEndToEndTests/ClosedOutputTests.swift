import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run whose reader went away (`pantau run … | head`, a cron mail pipe that closed): writing
/// progress must not end it half-way. It runs to the end, commits its outputs, leaves no staging
/// directory and exits with its own status.
@Suite("Runs whose output pipes are closed")
struct ClosedOutputTests {
    @Test func aRunWithClosedStandardOutputAndErrorStillCommits() async throws {
        try await withTemporaryDirectory { project in
            try Files.copySampleProject(into: project)
            let executable = try #require(PantauProcess.executable)
            let process = Process()
            process.executableURL = executable
            process.arguments = ["run", Repository.samplePipeline, "--output", "laporan"]
            process.currentDirectoryURL = project
            process.environment = PantauProcess.controlledEnvironment([:])
            let stdout = Pipe()
            let stderr = Pipe()
            // Nobody reads: every write pantau makes fails with EPIPE (or SIGPIPE, were it not ignored).
            try stdout.fileHandleForReading.close()
            try stderr.fileHandleForReading.close()
            process.standardOutput = stdout
            process.standardError = stderr
            process.standardInput = FileHandle.nullDevice
            try process.run()

            let clock = ContinuousClock()
            let deadline = clock.now + PantauProcess.defaultTimeout
            while process.isRunning {
                try #require(clock.now < deadline, "pantau did not end")
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(process.terminationReason == .exit, "pantau was killed by signal \(process.terminationStatus)")
            #expect(process.terminationStatus == 0)
            let output = project.appendingPathComponent("laporan")
            #expect(try Files.entries(of: output) == SampleOutputs.all, "outputs missing or staging left behind")
        }
    }
}
