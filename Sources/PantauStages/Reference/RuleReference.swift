import Foundation
public import PantauCore
public import PantauYAML

/// Describes rules from their descriptions: the `pantau rules` listing and the catalogue in
/// `docs/rules.md`. Each example is run to show the finding it produces, so the catalogue shows
/// what the rule really says.
public struct RuleReference: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private func label(_ label: RuleReferenceLabel) -> String { label.text(language) }

    private var grouped: [(area: RuleArea, rules: [RuleDescription])] {
        RuleArea.allCases.compactMap { area in
            let rules = RuleCatalogue.rules.map { $0.description }.filter { $0.area == area }
            return rules.isEmpty ? nil : (area, rules)
        }
    }

    public func rule(_ id: String) -> RuleDescription? { RuleCatalogue.rule(id)?.description }

    public var ids: [String] { RuleCatalogue.ids }

    /// One line per rule, grouped by area.
    public func listing() -> String {
        let width = (RuleCatalogue.ids.map(\.count).max() ?? 0) + 2
        var lines = [label(.rulesAvailable(RuleCatalogue.rules.count))]
        for (area, rules) in grouped {
            lines += ["", area.title.text(language)]
            for rule in rules {
                let padding = String(repeating: " ", count: max(1, width - rule.id.count))
                lines.append("  \(rule.id)\(padding)\(rule.defaultSeverity.rawValue.padding(8))  \(rule.title.text(language))")
            }
        }
        lines += ["", label(.hint)]
        return lines.joined(separator: "\n")
    }

    /// Everything about one rule, as plain text for a terminal.
    public func text(for rule: RuleDescription) -> String {
        var lines = ["\(rule.id) — \(rule.title.text(language))", "", rule.explanation.text(language), ""]
        lines.append("\(label(.regulation)): \(rule.regulation)")
        lines.append("\(label(.severity)): \(rule.defaultSeverity.rawValue)")
        lines.append("\(label(.requires)): \(requires(rule))")
        lines += ["", "\(label(.parameters)):"]
        if rule.parameters.isEmpty { lines.append("  \(label(.none))") }
        for parameter in rule.parameters {
            lines.append("  \(parameter.key)  \(parameter.kind.name)  [\(label(.defaultValue)): \(parameter.defaultValue.yaml)]")
            lines.append("      \(parameter.help.text(language))")
        }
        lines += ["", "\(label(.examples)):"]
        for example in rule.examples {
            let mark = example.triggers ? "✗" : "✓"
            lines.append("  \(mark) \(example.triggers ? label(.triggers) : label(.passes)): \(example.situation.text(language))")
            if !example.parameters.isEmpty { lines.append("      with: \(parameters(example))") }
            for finding in findings(of: rule, in: example) { lines.append("      → \(finding)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The whole catalogue as Markdown, for `docs/`.
    public func markdown() -> String {
        var out = ["# \(label(.title))", "", label(.introduction), ""]
        for (area, rules) in grouped {
            out.append("- **\(area.title.text(language))**: " + rules.map { "[`\($0.id)`](#\(anchor($0.id)))" }.joined(separator: ", "))
        }
        for (area, rules) in grouped {
            out += ["", "## \(area.title.text(language))"]
            for rule in rules {
                out += ["", "### `\(rule.id)`", "", "**\(rule.title.text(language))**", "", rule.explanation.text(language), ""]
                out.append("- \(label(.regulation)): \(rule.regulation)")
                out.append("- \(label(.severity)): `\(rule.defaultSeverity.rawValue)`")
                out.append("- \(label(.requires)): \(requires(rule))")
                if !rule.parameters.isEmpty {
                    out += ["", "| \(label(.key)) | \(label(.type)) | \(label(.defaultValue)) | \(label(.description)) |", "|---|---|---|---|"]
                    for parameter in rule.parameters {
                        out.append(
                            "| `\(parameter.key)` | \(cell(parameter.kind.name)) | `\(cell(parameter.defaultValue.yaml))` | \(cell(parameter.help.text(language))) |")
                    }
                }
                out += ["", "**\(label(.examples))**", ""]
                for example in rule.examples {
                    let verdict = example.triggers ? label(.triggers) : label(.passes)
                    var line = "- *\(verdict)*: \(example.situation.text(language))"
                    if !example.parameters.isEmpty { line += " (`\(parameters(example))`)" }
                    out.append(line)
                    for finding in findings(of: rule, in: example) { out.append("  - \(label(.finding)): \(finding)") }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The messages the rule gives on the example, as the reader would see them.
    private func findings(of description: RuleDescription, in example: RuleExample) -> [String] {
        guard let rule = RuleCatalogue.rule(description.id) else { return [] }
        let settings = RuleSettings(description, values: example.parameters)
        return rule.init(settings: settings).evaluate(example.records).map { found in
            let subject = [found.subject.unit, found.subject.service].compactMap { $0 }.joined(separator: " / ")
            let severity = (found.severity ?? settings.severity).rawValue
            return "[\(severity)] \(subject.isEmpty ? "" : subject + ": ")\(found.message.text(language))"
        }
    }

    private func requires(_ rule: RuleDescription) -> String {
        rule.requires.map { $0.title.text(language) }.joined(separator: ", ")
    }

    private func parameters(_ example: RuleExample) -> String {
        "{ " + example.parameters.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.yaml)" }.joined(separator: ", ") + " }"
    }

    private func anchor(_ id: String) -> String {
        id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    private func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
