import ArgumentParser
import Foundation
import PantauPipeline
import PantauYAML

extension Pantau {
    /// `pantau plugins`: the plugins found and whether they are sound; `pantau plugins check`.
    struct Plugins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIText.pluginsAbstract.localized, subcommands: [List.self, Check.self], defaultSubcommand: List.self)

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: CLIText.pluginsListAbstract.localized)

            @OptionGroup var plugins: PluginOptions
            @OptionGroup var common: CommonOptions

            func run() async throws {
                let language = common.language
                // Without --plugins, the plugins of the working directory's `plugins/`.
                var directories = plugins.directories
                if directories.isEmpty, PluginDirectories.isDirectory("plugins") { directories = ["plugins"] }
                let catalog = try PluginDirectories.catalog(directories, language: language)
                guard !catalog.entries.isEmpty else {
                    Console.out(CLIText.noPlugins(directories: directories).text(language))
                    return
                }
                Console.out(CLIText.pluginsFound(catalog.entries.count).text(language))
                let rows = catalog.entries.map { entry -> [String] in
                    let status: String
                    if let problem = entry.problems.first {
                        status = CLIText.pluginBroken(problem: PluginDirectories.oneLine(problem, language: language)).text(language)
                    } else {
                        status = CLIText.pluginSound.text(language)
                    }
                    return [entry.displayDirectory, entry.stageID ?? "?", entry.outcome.role?.rawValue ?? "?", status]
                }
                let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
                for row in rows {
                    let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    Console.out("  " + (padded + [row[3]]).joined(separator: "  "))
                }
            }
        }

        struct Check: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: CLIText.pluginsCheckAbstract.localized)

            @Argument(help: ArgumentHelp(CLIText.pluginDirectoryArgumentHelp.localized, valueName: "dir"))
            var directory: String

            @OptionGroup var common: CommonOptions

            func run() async throws {
                let language = common.language
                let path = PluginDirectories.absolute(directory)
                guard PluginDirectories.isDirectory(path) else {
                    Toolkit.printDiagnostics([.error(at: nil, PluginMessage.directoryMissing(path: directory))], language: language)
                    throw ExitStatus.invalidUsage.code
                }
                guard FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(PluginManifest.fileName)) else {
                    Toolkit.printDiagnostics([.error(at: nil, PluginMessage.manifestMissing(directory: directory))], language: language)
                    throw ExitStatus.invalidUsage.code
                }
                let catalog = PluginCatalog.discover(in: [path], support: Toolkit.plugins, registry: Toolkit.registry)
                guard let entry = catalog.entries.first else { throw ExitStatus.invalidUsage.code }
                var problems = entry.problems
                if let manifest = entry.manifest {
                    SignalCleanup.install()
                    problems += await PluginHandshake.check(manifest, support: Toolkit.plugins)
                }
                let errors = problems.filter { $0.severity == .error }
                guard errors.isEmpty else {
                    Toolkit.printDiagnostics(problems, language: language)
                    Console.error(CLIText.pluginInvalid(directory: directory, problems: errors.count).text(language))
                    throw ExitStatus.invalidUsage.code
                }
                Console.out(CLIText.pluginValid(directory: directory, stage: entry.stageID ?? "?").text(language))
            }
        }
    }
}

/// Plugin directories named on the command line.
enum PluginDirectories {
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The plugins under the directories, or status 2 for a directory that does not exist.
    static func catalog(_ directories: [String], language: Language) throws -> PluginCatalog {
        let missing = directories.filter { !isDirectory($0) }
        guard missing.isEmpty else {
            Toolkit.printDiagnostics(missing.map { .error(at: nil, PluginMessage.directoryMissing(path: $0)) }, language: language)
            throw ExitStatus.invalidUsage.code
        }
        return PluginCatalog.discover(in: directories.map(absolute), support: Toolkit.plugins, registry: Toolkit.registry)
    }

    /// The built-in stages and the sound plugins under the directories.
    static func registry(_ directories: [String], language: Language) throws -> StageRegistry {
        guard !directories.isEmpty else { return Toolkit.registry }
        return try catalog(directories, language: language).registry(adding: Toolkit.registry, support: Toolkit.plugins)
    }

    /// A problem on one line, for a listing: `file:line:column: message`.
    static func oneLine(_ diagnostic: Diagnostic, language: Language) -> String {
        let message = diagnostic.message.text(language).split(separator: "\n").first.map(String.init) ?? ""
        return diagnostic.location.map { "\($0): \(message)" } ?? message
    }
}
