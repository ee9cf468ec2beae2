public import PantauYAML

/// Checks a stage's `with:` mapping against the options its descriptor declares: unknown keys
/// (with the closest valid key), missing required keys, and the type of every value, including
/// that input files exist. Every problem is returned, not only the first.
public struct OptionValidator: Sendable {
    public var baseDirectory: String

    public init(baseDirectory: String) { self.baseDirectory = baseDirectory }

    public func validate(_ node: Node?, options: [StageOption], stageID: String, stageLocation: SourceLocation) -> [Diagnostic] {
        let context = LocalizedText(id: "'with' tahap '\(stageID)'", en: "'with' of stage '\(stageID)'")
        guard let node else {
            return options.filter(\.isRequired).map {
                Diagnostic.error(at: stageLocation, YAMLMessage.missingKey(key: $0.key, context: context))
            }
        }
        return validateObject(node, options: options, context: context)
    }

    private func validateObject(_ node: Node, options: [StageOption], context: LocalizedText) -> [Diagnostic] {
        var problems = node.checkKeys(
            allowed: options.map(\.key), required: options.filter(\.isRequired).map(\.key), context: context)
        guard node.pairs != nil else { return problems }
        for option in options {
            guard let value = node[option.key] else { continue }
            // `path:` with nothing after it, or an empty list, is a required value left out.
            if option.isRequired, value.isNull || value.items?.isEmpty == true {
                problems.append(value.error(YAMLMessage.emptyValue))
                continue
            }
            guard !value.isNull else { continue }
            problems += validate(value, as: option.type, context: LocalizedText(
                id: "'\(option.key)'", en: "'\(option.key)'"))
        }
        return problems
    }

    private func validate(_ node: Node, as type: OptionType, context: LocalizedText) -> [Diagnostic] {
        var problems = DiagnosticCollector()
        switch type {
        case .string: _ = problems.attempt { try node.string() }
        case .integer(let range): _ = problems.attempt { try node.int(in: range) }
        case .decimal: _ = problems.attempt { try node.decimal() }
        case .boolean: _ = problems.attempt { try node.bool() }
        case .date: _ = problems.attempt { try node.date() }
        case .choice(let values): _ = problems.attempt { try node.choice(among: values) }
        case .inputFile, .inputFiles:
            let items = type.isSingleFile ? [node] : problems.attempt { try node.list(allowingSingle: true) }
            for item in items ?? [] {
                guard let pattern = problems.attempt({ try item.nonEmptyString() }) else { continue }
                if InputFile.resolve(pattern, relativeTo: baseDirectory).isEmpty {
                    problems.add(item.error(PipelineMessage.noInputFile(pattern: pattern)))
                }
            }
        case .outputFileName:
            if let name = problems.attempt({ try node.nonEmptyString() }), !RunOutput.isPlainName(name) {
                problems.add(node.error(PipelineMessage.invalidFileName(name)))
            }
        case .list(let element):
            for item in problems.attempt({ try node.list(allowingSingle: true) }) ?? [] {
                problems.add(contentsOf: validate(item, as: element, context: context))
            }
        case .mapping(let value):
            for entry in problems.attempt({ try node.mapping() }) ?? [] where !entry.value.isNull {
                problems.add(contentsOf: validate(entry.value, as: value, context: context))
            }
        case .object(let options):
            problems.add(contentsOf: validateObject(node, options: options, context: context))
        case .custom:
            break
        }
        return problems.items
    }
}

extension OptionType {
    var isSingleFile: Bool {
        if case .inputFile = self { return true }
        return false
    }
}
