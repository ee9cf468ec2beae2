// The English catalogue of the command line's own texts.

extension CLIText {
    var english: String {
        switch self {
        case .abstract: "Monitor and evaluate public services: run YAML pipelines that import records, evaluate them and write reports."
        case .discussion:
            """
            Messages are in Bahasa Indonesia unless --lang en is given (or PANTAU_LANG=en is set).
            Exit status: 0 success, 1 a stage failed, 2 invalid configuration or usage.
            """
        case .runAbstract: "Run a pipeline and write its reports."
        case .validateAbstract: "Check pipelines without running them, reporting every problem at once."
        case .planAbstract: "Show the order in which a pipeline's stages run, and what each consumes and produces."
        case .stagesAbstract: "List the available stages, or describe one."
        case .rulesAbstract: "List the rules evaluate.rules checks, or describe one with its parameters and examples."
        case .pipelineArgumentHelp: "The pipeline file (YAML)."
        case .pipelinesArgumentHelp: "One or more pipeline files (YAML)."
        case .periodOptionHelp: "The period to evaluate, overriding the pipeline's: 2026, 2026-S1, 2026-Q3, 2026-03, previous-quarter, previous-semester, previous-year."
        case .outputOptionHelp: "Write outputs into this directory instead of the pipeline's 'output'."
        case .langOptionHelp: "Language of messages and reports: id (Bahasa Indonesia) or en (English)."
        case .quietOptionHelp: "Print nothing but errors."
        case .stageIDArgumentHelp: "A stage id such as import.survey."
        case .ruleIDArgumentHelp: "A rule id such as standard.components-missing."
        case .formatOptionHelp: "Output format: text, or markdown for the stage reference."
        case .runHeader(let name, let period, let stages): "\(name) — period \(period), \(stages) stages"
        case .progressStart(let number, let total, let stage, let uses): "[\(number)/\(total)] \(stage) (\(uses)) …"
        case .progressDone(let number, let total, let stage, let uses, let seconds): "[\(number)/\(total)] \(stage) (\(uses)) done in \(seconds) s"
        case .progressFailed(let number, let total, let stage, let uses): "[\(number)/\(total)] \(stage) (\(uses)) FAILED"
        case .progressSkipped(let stage, let dependency): "[-] \(stage) skipped: '\(dependency)' failed"
        case .runSucceeded(let directory, let seconds): "Outputs written to \(directory) in \(seconds) s:"
        case .runFailed(let failed): "The run failed (\(failed) stage\(failed == 1 ? "" : "s"))."
        case .nothingReplaced: "No output was written; earlier reports are unchanged."
        case .emptyOutputOption: "--output needs a directory name"
        case .valid(let file, let stages): "\(file): valid (\(stages) stages)"
        case .invalid(let file, let errors): "\(file): \(errors) problem\(errors == 1 ? "" : "s")"
        case .planHeader(let name, let stages, let waves): "\(name): \(stages) stages in \(waves) waves (stages in one wave run concurrently)"
        case .planConsumes: "consumes"
        case .planProduces: "produces"
        case .planAfter: "after"
        case .planWave(let number): "wave \(number)"
        case .planNeedsReason: "needs"
        case .stagesHint: "'pantau stages <id>' describes one stage."
        case .pluginsAbstract: "List the external plugins found, or check one plugin."
        case .pluginsListAbstract: "List the plugins in plugins/ (or in the --plugins directories) and whether they are sound."
        case .pluginsCheckAbstract: "Check one plugin's manifest (every problem at once) and run its --describe handshake."
        case .pluginsOptionHelp: "A directory of external plugins; may be given several times."
        case .pluginDirectoryArgumentHelp: "The plugin's directory, which holds plugin.yaml."
        case .pluginsFound(let count): "\(count) plugin\(count == 1 ? "" : "s") found"
        case .noPlugins(let directories) where directories.isEmpty: "No plugins: there is no plugins/ directory; give --plugins <dir>."
        case .noPlugins(let directories): "No plugins in \(directories.joined(separator: ", "))."
        case .pluginSound: "ok"
        case .pluginBroken(let problem): "broken — \(problem)"
        case .pluginValid(let directory, let stage): "\(directory): valid (stage \(stage))"
        case .pluginInvalid(let directory, let problems): "\(directory): \(problems) problem\(problems == 1 ? "" : "s")"
        }
    }
}
