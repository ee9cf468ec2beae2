import ArgumentParser
import PantauPipeline
import PantauYAML

extension Pantau {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: CLIText.validateAbstract.localized)

        @Argument(help: ArgumentHelp(CLIText.pipelinesArgumentHelp.localized, valueName: "pipeline.yaml"))
        var pipelines: [String]

        @OptionGroup var plugins: PluginOptions
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let language = common.language
            var failed = false
            for path in pipelines {
                do {
                    let pipeline = try Toolkit.loader(plugins: plugins.directories).load(path: path)
                    Console.out(CLIText.valid(file: path, stages: pipeline.plan.steps.count).text(language))
                } catch {
                    failed = true
                    Toolkit.printDiagnostics(error.items, language: language, pipeline: path)
                    Console.error(CLIText.invalid(file: path, errors: error.items.count).text(language))
                }
            }
            if failed { throw ExitStatus.invalidUsage.code }
        }
    }
}
