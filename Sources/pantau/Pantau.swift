import ArgumentParser
import Foundation
import PantauPipeline
import PantauStages
import PantauYAML

@main
struct Pantau: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "pantau",
        abstract: CLIText.abstract.localized,
        discussion: CLIText.discussion.localized,
        version: version,
        subcommands: [Run.self, Validate.self, Plan.self, Stages.self, Rules.self, Plugins.self]
    )

    /// Exit status: 0 success, 1 a stage failed, 2 invalid configuration or usage.
    /// ArgumentParser's own usage errors (64 by default) become 2 as well.
    static func main() async {
        // A reader that went away must not kill a run before it commits; the console drops
        // writes that fail instead.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            SignalCleanup.waitIfTerminating()
        } catch let code as ExitCode {
            SignalCleanup.waitIfTerminating()
            Foundation.exit(code.rawValue)
        } catch {
            SignalCleanup.waitIfTerminating()
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Console.out(message)
                Foundation.exit(0)
            }
            Console.error(message)
            Foundation.exit(ExitStatus.invalidUsage.rawValue)
        }
    }
}

/// The exit statuses Pantau promises to scripts and cron.
enum ExitStatus: Int32 {
    case success = 0
    case stageFailed = 1
    case invalidUsage = 2
    /// The run succeeded and wrote its outputs, but found shortfalls at or above `--fail-on`.
    case findingsAtOrAbove = 3

    var code: ExitCode { ExitCode(rawValue) }
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.langOptionHelp.localized, valueName: "id|en"))
    var lang: Language?

    var language: Language { lang ?? CLILanguage.current }
}

/// `--plugins DIR`, on every command that reads stages.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: ArgumentHelp(CLIText.pluginsOptionHelp.localized, valueName: "dir"))
    var directories: [String] = []
}

/// The built-in stages, the plugins, and how diagnostics are printed.
enum Toolkit {
    static var registry: StageRegistry { BuiltInStages.registry }
    static var plugins: PluginSupport { BuiltInStages.plugins }

    /// Prints diagnostics; files named relative to a pipeline are found from `pipeline`'s directory.
    static func printDiagnostics(_ diagnostics: [Diagnostic], language: Language, pipeline: String? = nil) {
        let directories = pipeline.map { [(($0 as NSString).standardizingPath as NSString).deletingLastPathComponent] } ?? []
        Console.error(DiagnosticRenderer(language: language, searchDirectories: directories).render(diagnostics))
    }

    static func loader(plugins directories: [String] = []) -> PipelineLoader {
        PipelineLoader(registry: registry, today: Today.date(), plugins: plugins, pluginDirectories: directories)
    }

    /// Loads a pipeline, or prints every problem and ends with status 2.
    static func loadOrExit(_ path: String, language: Language, plugins directories: [String] = []) throws -> LoadedPipeline {
        do {
            return try loader(plugins: directories).load(path: path)
        } catch {
            printDiagnostics(error.items, language: language, pipeline: path)
            throw ExitStatus.invalidUsage.code
        }
    }
}
