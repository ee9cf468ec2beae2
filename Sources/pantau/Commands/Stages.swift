import ArgumentParser
import PantauPipeline
import PantauYAML

extension Pantau {
    struct Stages: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: CLIText.stagesAbstract.localized)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown
        }

        @Argument(help: ArgumentHelp(CLIText.stageIDArgumentHelp.localized, valueName: "id"))
        var id: String?

        @Option(help: ArgumentHelp(CLIText.formatOptionHelp.localized))
        var format: Format = .text

        @OptionGroup var plugins: PluginOptions
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let language = common.language
            let registry = try PluginDirectories.registry(plugins.directories, language: language)
            let reference = StageReference(registry: registry, language: language)
            if format == .markdown {
                Console.out(reference.markdown(), terminator: "")
                return
            }
            guard let id else {
                Console.out(reference.listing())
                Console.out("")
                Console.out(CLIText.stagesHint.text(language))
                return
            }
            guard let stage = registry.stage(id) else {
                let suggestion = ClosestName.suggest(for: id, among: registry.ids)
                Toolkit.printDiagnostics([.error(at: nil, PipelineMessage.unknownStage(uses: id, suggestion: suggestion))], language: language)
                throw ExitStatus.invalidUsage.code
            }
            Console.out(reference.text(for: stage.descriptor))
        }
    }
}
