import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline
import PantauYAML

extension Pantau {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: CLIText.runAbstract.localized)

        @Argument(help: ArgumentHelp(CLIText.pipelineArgumentHelp.localized, valueName: "pipeline.yaml"))
        var pipeline: String

        @Option(help: ArgumentHelp(CLIText.periodOptionHelp.localized, valueName: "period"))
        var period: String?

        @Option(help: ArgumentHelp(CLIText.outputOptionHelp.localized, valueName: "dir"))
        var output: String?

        @Flag(help: ArgumentHelp(CLIText.quietOptionHelp.localized))
        var quiet = false

        @Option(name: .customLong("fail-on"), help: ArgumentHelp(CLIText.failOnOptionHelp.localized, valueName: "severity"))
        var failOn: Finding.Severity?

        @OptionGroup var plugins: PluginOptions
        @OptionGroup var common: CommonOptions

        func validate() throws {
            if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(CLIText.emptyOutputOption.text(common.language))
            }
        }

        func run() async throws {
            let language = common.language
            let today = Today.date()
            let loaded = try Toolkit.loadOrExit(pipeline, language: language, plugins: plugins.directories)

            guard let period = resolvePeriod(loaded.spec, today: today, language: language) else {
                throw ExitStatus.invalidUsage.code
            }
            let outputDirectory: String
            if let output {
                outputDirectory = (output as NSString).standardizingPath
            } else {
                let template = OutputTemplate(loaded.spec.output?.value ?? OutputTemplate.default).resolve(period: period)
                let joined = template.hasPrefix("/") ? template : (loaded.baseDirectory as NSString).appendingPathComponent(template)
                outputDirectory = (joined as NSString).standardizingPath
            }
            // Reports follow --lang when given, else the pipeline's locale.
            let reportLanguage = common.lang ?? loaded.spec.locale ?? CLILanguage.current

            if !quiet {
                Console.out(CLIText.runHeader(name: loaded.spec.name, period: period.description, stages: loaded.plan.steps.count).text(language))
            }
            SignalCleanup.install()
            let clock = ContinuousClock()
            let start = clock.now
            let runner = PipelineRunner(pipeline: loaded, observer: ProgressObserver(language: language, quiet: quiet))
            let result = await runner.run(RunSettings(period: period, language: reportLanguage, outputDirectory: outputDirectory, generatedOn: today))

            guard result.succeeded else {
                // The output directory itself unusable is a matter of configuration: nothing ran.
                if result.failures.allSatisfy({ loaded.plan.step($0.stage) == nil }) {
                    Toolkit.printDiagnostics(result.failures.flatMap(\.diagnostics), language: language, pipeline: pipeline)
                    throw ExitStatus.invalidUsage.code
                }
                for failure in result.failures {
                    // A failure of the output directory itself is not a stage's: say only what it is.
                    let header = loaded.plan.step(failure.stage).map {
                        Diagnostic.error(at: nil, PipelineMessage.stageFailed(stage: failure.stage, uses: $0.descriptor.id))
                    }
                    Toolkit.printDiagnostics([header].compactMap { $0 } + failure.diagnostics, language: language, pipeline: pipeline)
                }
                Console.error(CLIText.runFailed(failed: result.failures.count).text(language))
                Console.error(CLIText.nothingReplaced.text(language))
                throw ExitStatus.stageFailed.code
            }
            if !quiet {
                let seconds = ProgressObserver.seconds(clock.now - start, language: language)
                Console.out(CLIText.runSucceeded(directory: InputFile.displayName(for: outputDirectory), seconds: seconds).text(language))
                for artifact in result.artifacts { Console.out("  \(InputFile.displayName(for: artifact))") }
            }
            try reportFindings(result, language: language)
        }

        /// Counts the run's findings; with `--fail-on`, exits 3 when any is at or above it.
        private func reportFindings(_ result: RunResult, language: Language) throws {
            let findings = result.datasets.values.flatMap { $0 }.compactMap { $0 as? Findings }.flatMap(\.items)
            guard !findings.isEmpty || failOn != nil else { return }
            if !quiet {
                let counts = Finding.Severity.allCases.reversed().map { severity in
                    "\(severity.rawValue) \(findings.filter { $0.severity == severity }.count)"
                }
                Console.out(CLIText.findingsSummary(total: findings.count, bySeverity: counts.joined(separator: ", ")).text(language))
            }
            guard let failOn else { return }
            let serious = findings.filter { $0.severity >= failOn }.count
            guard serious > 0 else { return }
            Console.error(CLIText.findingsAtOrAbove(count: serious, severity: failOn.rawValue).text(language))
            throw ExitStatus.findingsAtOrAbove.code
        }

        /// The period from --period, else from the pipeline; a problem is printed and nil returned.
        private func resolvePeriod(_ spec: PipelineSpec, today: CalendarDate, language: Language) -> Period? {
            if let period {
                if let parsed = Period.parse(period, today: today) { return parsed }
                Toolkit.printDiagnostics([.error(at: nil, PipelineMessage.invalidPeriod(value: period))], language: language)
                return nil
            }
            if let written = spec.period {
                if let parsed = Period.parse(written.value, today: today) { return parsed }
                Toolkit.printDiagnostics([.error(at: written.location, PipelineMessage.invalidPeriod(value: written.value))], language: language)
                return nil
            }
            Toolkit.printDiagnostics([.error(at: nil, PipelineMessage.missingPeriod)], language: language)
            return nil
        }
    }
}
