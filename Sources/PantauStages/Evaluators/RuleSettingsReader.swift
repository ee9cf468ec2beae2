import PantauCore
import PantauYAML

/// Reads the `rules:` mapping of `evaluate.rules`: per rule id, `off` / `on`, or a mapping of
/// `enabled`, `severity` and the rule's own parameters. Every problem is collected, each at its
/// line and column; a value that cannot be read leaves the rule's default in place.
enum RuleSettingsReader {
    static func read(_ node: Node?, rules: [any Rule.Type]) -> (settings: [String: RuleSettings], problems: [Diagnostic]) {
        var settings: [String: RuleSettings] = [:]
        var problems = DiagnosticCollector()
        guard let node, !node.isNull else { return (settings, []) }
        let ids = rules.map { $0.description.id }
        for entry in problems.attempt({ try node.mapping() }) ?? [] {
            guard let rule = rules.first(where: { $0.description.id == entry.key }) else {
                problems.add(entry.keyNode.error(RuleMessage.unknownRule(id: entry.key, suggestion: ClosestName.suggest(for: entry.key, among: ids))))
                continue
            }
            let description = rule.description
            if entry.value.isNull { continue }
            if entry.value.scalarValue != nil {
                if let enabled = problems.attempt({ try entry.value.bool() }) {
                    settings[description.id] = RuleSettings(description, enabled: enabled)
                }
                continue
            }
            guard let pairs = problems.attempt({ try entry.value.mapping() }) else { continue }
            var enabled = true
            var severity: Finding.Severity?
            var values: [String: RuleValue] = [:]
            for pair in pairs where !pair.value.isNull {
                switch pair.key {
                case "enabled":
                    enabled = problems.attempt { try pair.value.bool() } ?? true
                case "severity":
                    severity = problems.attempt { try pair.value.choice(Finding.Severity.self) }
                default:
                    guard let parameter = description.parameter(pair.key) else {
                        let keys = description.parameters.map(\.key)
                        problems.add(pair.keyNode.error(RuleMessage.unknownParameter(
                            rule: description.id, key: pair.key, allowed: keys,
                            suggestion: ClosestName.suggest(for: pair.key, among: keys + ["enabled", "severity"]))))
                        continue
                    }
                    if let value = problems.attempt({ try Self.value(pair.value, as: parameter.kind) }) { values[pair.key] = value }
                }
            }
            settings[description.id] = RuleSettings(description, enabled: enabled, severity: severity, values: values)
        }
        return (settings, problems.items)
    }

    static func value(_ node: Node, as kind: RuleParameter.Kind) throws(Diagnostic) -> RuleValue {
        switch kind {
        case .integer(let range):
            return .integer(try node.int(in: range))
        case .decimal(let range):
            let text = try node.string()
            guard let value = Rational(decimal: text) else { throw node.error(RuleMessage.notDecimal(value: text)) }
            guard range.contains(value) else {
                throw node.error(RuleMessage.decimalOutOfRange(value: text, lower: range.lowerBound.decimalText, upper: range.upperBound.decimalText))
            }
            return .decimal(value)
        case .boolean:
            return .boolean(try node.bool())
        case .choice(let words):
            return .word(try node.choice(among: words))
        case .words:
            var words: [String] = []
            for item in try node.list(allowingSingle: true) { words.append(try item.nonEmptyString()) }
            guard !words.isEmpty else { throw node.error(RuleMessage.emptyWords) }
            return .words(words)
        }
    }
}
