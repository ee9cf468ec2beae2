import ArgumentParser
import PantauPipeline
import PantauYAML

extension Pantau {
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: CLIText.planAbstract.localized)

        @Argument(help: ArgumentHelp(CLIText.pipelineArgumentHelp.localized, valueName: "pipeline.yaml"))
        var pipeline: String

        @OptionGroup var plugins: PluginOptions
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let language = common.language
            let loaded = try Toolkit.loadOrExit(pipeline, language: language, plugins: plugins.directories)
            Console.out(PlanDescription(plan: loaded.plan, name: loaded.spec.name, language: language).text)
        }
    }
}

/// A plan as people read it: waves of stages, each with what it consumes, from whom, and what it produces.
struct PlanDescription {
    var plan: PantauPipeline.Plan
    var name: String
    var language: Language

    var text: String {
        let waves = plan.waves
        var lines = [CLIText.planHeader(name: name, stages: plan.steps.count, waves: waves.count).text(language)]
        var number = 0
        for (waveIndex, wave) in waves.enumerated() {
            lines.append("")
            lines.append(CLIText.planWave(waveIndex + 1).text(language))
            for id in wave {
                guard let step = plan.step(id) else { continue }
                number += 1
                lines.append("  [\(number)] \(step.id) (\(step.descriptor.id))")
                let consumed = step.dependencies.map { dependency in
                    let reasons = dependency.reasons.map { reason -> String in
                        switch reason {
                        case .needs: CLIText.planNeedsReason.text(language)
                        case .consumes(let kind): kind.rawValue
                        }
                    }
                    return "\(reasons.joined(separator: ", ")) ← \(dependency.stage)"
                }
                if !consumed.isEmpty {
                    lines.append("      \(CLIText.planConsumes.text(language)): \(consumed.joined(separator: "; "))")
                }
                if !step.descriptor.produces.isEmpty {
                    lines.append("      \(CLIText.planProduces.text(language)): \(step.descriptor.produces.map(\.rawValue).joined(separator: ", "))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
