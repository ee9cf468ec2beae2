public import PantauYAML
import Foundation

/// Describes stages from their descriptors: the `pantau stages` listing and the Markdown
/// stage reference in `docs/` come from here, so they cannot drift from what validation accepts.
public struct StageReference: Sendable {
    public var registry: StageRegistry
    public var language: Language

    public init(registry: StageRegistry, language: Language) {
        self.registry = registry
        self.language = language
    }

    private func label(_ label: ReferenceLabel) -> String { label.text(language) }

    private var grouped: [(role: StageRole, descriptors: [StageDescriptor])] {
        StageRole.allCases.compactMap { role in
            let descriptors = registry.descriptors.filter { $0.role == role }
            return descriptors.isEmpty ? nil : (role, descriptors)
        }
    }

    /// One line per stage, grouped by role.
    public func listing() -> String {
        let width = (registry.ids.map(\.count).max() ?? 0) + 2
        var lines = [label(.stagesAvailable(registry.descriptors.count))]
        for (role, descriptors) in grouped {
            lines.append("")
            lines.append(role.title.text(language))
            for descriptor in descriptors {
                let padding = String(repeating: " ", count: max(1, width - descriptor.id.count))
                lines.append("  \(descriptor.id)\(padding)\(descriptor.summary.text(language))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Everything about one stage, as plain text for a terminal.
    public func text(for descriptor: StageDescriptor) -> String {
        var lines = ["\(descriptor.id) — \(descriptor.role.title.text(language))", "", descriptor.summary.text(language)]
        if let origin = origin(descriptor) { lines += ["", "\(label(.plugin)): \(origin)"] }
        if let details = descriptor.details { lines += ["", details.text(language)] }
        lines += ["", "\(label(.options)):"]
        if descriptor.options.isEmpty { lines.append("  \(label(.none))") }
        for option in descriptor.options {
            lines.append("  \(option.key)  \(option.type.name)  [\(requirement(option))]")
            lines.append("      \(option.help.text(language))")
            lines += nestedOptions(option.type).map { "      \($0)" }
        }
        lines += [
            "", "\(label(.consumes)): \(kinds(descriptor.consumes))",
        ]
        if !descriptor.consumesIfPresent.isEmpty { lines.append("\(label(.consumesIfPresent)): \(kinds(descriptor.consumesIfPresent))") }
        lines += ["\(label(.produces)): \(kinds(descriptor.produces))", "", "\(label(.example)):"]
        lines += descriptor.example.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
        return lines.joined(separator: "\n")
    }

    /// The whole reference as Markdown, for `docs/`.
    public func markdown() -> String {
        var out = ["# \(label(.title))", "", label(.introduction), ""]
        for (role, descriptors) in grouped {
            out.append("- **\(role.title.text(language))**: " + descriptors.map { "[`\($0.id)`](#\(anchor($0.id)))" }.joined(separator: ", "))
        }
        for (role, descriptors) in grouped {
            out += ["", "## \(role.title.text(language))"]
            for descriptor in descriptors {
                out += ["", "### `\(descriptor.id)`", "", descriptor.summary.text(language)]
                if let origin = origin(descriptor) { out += ["", "*\(label(.plugin)): \(origin)*"] }
                if let details = descriptor.details { out += ["", details.text(language)] }
                out += ["", "**\(label(.options))**", ""]
                if descriptor.options.isEmpty {
                    out.append(label(.none))
                } else {
                    out.append("| \(label(.key)) | \(label(.type)) | \(label(.required))/\(label(.defaultValue)) | \(label(.description)) |")
                    out.append("|---|---|---|---|")
                    for option in descriptor.options {
                        let nested = nestedOptions(option.type)
                        let help = ([option.help.text(language)] + nested).joined(separator: "<br>")
                        out.append("| `\(option.key)` | \(escapeCell(option.type.name)) | \(requirement(option)) | \(escapeCell(help)) |")
                    }
                }
                out += [
                    "", "**\(label(.consumes))**: \(kinds(descriptor.consumes, code: true))  ",
                ]
                if !descriptor.consumesIfPresent.isEmpty {
                    out.append("**\(label(.consumesIfPresent))**: \(kinds(descriptor.consumesIfPresent, code: true))  ")
                }
                out += ["**\(label(.produces))**: \(kinds(descriptor.produces, code: true))", "", "**\(label(.example))**", "", "```yaml", descriptor.example, "```"]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `name version (manifest)` for a plugin's stage; nothing for a built-in one.
    private func origin(_ descriptor: StageDescriptor) -> String? {
        guard case .plugin(let name, let version, let manifest) = descriptor.origin else { return nil }
        return "\(name) \(version) (\(manifest))"
    }

    private func requirement(_ option: StageOption) -> String {
        switch option.requirement {
        case .required: label(.required)
        case .optional(let value?): "\(label(.defaultValue)): \(value)"
        case .optional(nil): label(.optional)
        }
    }

    private func nestedOptions(_ type: OptionType) -> [String] {
        guard case .object(let options) = type else { return [] }
        return options.map { "\($0.key) (\($0.type.name), \(requirement($0))): \($0.help.text(language))" }
    }

    private func kinds(_ kinds: [DatasetKind], code: Bool = false) -> String {
        kinds.isEmpty ? label(.none) : kinds.map { code ? "`\($0)`" : $0.rawValue }.joined(separator: ", ")
    }

    private func anchor(_ id: String) -> String {
        id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    private func escapeCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
