import PantauYAML

/// Everything the command line says in its own words. Texts live in `CLIText+Indonesian.swift`
/// and `CLIText+English.swift`.
enum CLIText {
    // Help
    case abstract
    case discussion
    case runAbstract, validateAbstract, planAbstract, stagesAbstract, rulesAbstract
    case pipelineArgumentHelp, pipelinesArgumentHelp, periodOptionHelp, outputOptionHelp, langOptionHelp, quietOptionHelp
    case stageIDArgumentHelp, ruleIDArgumentHelp, formatOptionHelp, failOnOptionHelp
    // Run
    case runHeader(name: String, period: String, stages: Int)
    case progressStart(number: Int, total: Int, stage: String, uses: String)
    case progressDone(number: Int, total: Int, stage: String, uses: String, seconds: String)
    case progressFailed(number: Int, total: Int, stage: String, uses: String)
    case progressSkipped(stage: String, dependency: String)
    case runSucceeded(directory: String, seconds: String)
    case runFailed(failed: Int)
    case nothingReplaced
    case findingsSummary(total: Int, bySeverity: String)
    case findingsAtOrAbove(count: Int, severity: String)
    case emptyOutputOption
    // Validate
    case valid(file: String, stages: Int)
    case invalid(file: String, errors: Int)
    // Plan
    case planHeader(name: String, stages: Int, waves: Int)
    case planConsumes, planProduces, planAfter, planWave(Int), planNeedsReason
    // Stages
    case stagesHint
    // Plugins
    case pluginsAbstract, pluginsListAbstract, pluginsCheckAbstract, pluginsOptionHelp, pluginDirectoryArgumentHelp
    case pluginsFound(Int)
    case noPlugins(directories: [String])
    case pluginSound
    case pluginBroken(problem: String)
    case pluginValid(directory: String, stage: String)
    case pluginInvalid(directory: String, problems: Int)

    func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }
}
