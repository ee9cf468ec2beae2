import ArgumentParser
import PantauStages
import PantauYAML

extension Pantau {
    struct Rules: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: CLIText.rulesAbstract.localized)

        @Argument(help: ArgumentHelp(CLIText.ruleIDArgumentHelp.localized, valueName: "id"))
        var id: String?

        @Option(help: ArgumentHelp(CLIText.formatOptionHelp.localized))
        var format: Stages.Format = .text

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let language = common.language
            let reference = RuleReference(language: language)
            if format == .markdown {
                Console.out(reference.markdown(), terminator: "")
                return
            }
            guard let id else {
                Console.out(reference.listing())
                return
            }
            guard let rule = reference.rule(id) else {
                let suggestion = ClosestName.suggest(for: id, among: reference.ids)
                Toolkit.printDiagnostics([.error(at: nil, RuleMessage.unknownRule(id: id, suggestion: suggestion))], language: language)
                throw ExitStatus.invalidUsage.code
            }
            Console.out(reference.text(for: rule))
        }
    }
}
