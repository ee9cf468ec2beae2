import PantauCore
import PantauYAML

/// The findings section: a count per severity, then per unit (the region first) each finding
/// with its service, message, regulation and evidence; then the rules that did not run.
struct FindingsMarkdown {
    var findings: [Finding]
    var outcomes: RuleOutcomes?
    var language: Language

    /// Records listed per finding before the rest are counted.
    static let recordsShown = 8

    private var numbers: NumberStyle { NumberStyle(language: language) }
    private func label(_ label: ReportLabel) -> String { label.text(language) }
    private func cell(_ text: String) -> String { MarkdownText.escape(text) }

    var lines: [String] {
        var lines = ["", "## \(label(.findingsTitle))", ""]
        guard !findings.isEmpty else { return lines + [label(.noFindings)] + notRun }
        let units = Set(findings.compactMap(\.subject.unit)).count
        lines += [label(.findingsIntroduction(count: findings.count, units: units)), ""]
        let severities = Finding.Severity.allCases.reversed()
        lines += MarkdownText.table(
            severities.map { $0.rawValue },
            [severities.map { severity in numbers.integer(findings.filter { $0.severity == severity }.count) }],
            alignRight: Set(0..<4))
        for (unit, items) in grouped {
            lines += ["", "### \(cell(unit ?? label(.regionWide)))", ""]
            let rows = items.map { finding in
                [
                    "`\(finding.severity.rawValue)`", cell(finding.subject.service ?? "—"),
                    cell(finding.message) + "<br>`\(finding.rule)`", cell(finding.regulation ?? "—"), evidence(finding),
                ]
            }
            lines += MarkdownText.table([label(.severity), label(.service), label(.finding), label(.regulation), label(.evidence)], rows)
        }
        return lines + notRun
    }

    /// Findings per unit, in the order they come (the region's first), most severe first within a unit.
    private var grouped: [(unit: String?, findings: [Finding])] {
        var groups: [(unit: String?, findings: [Finding])] = []
        for finding in findings {
            if let index = groups.firstIndex(where: { $0.unit == finding.subject.unit }) {
                groups[index].findings.append(finding)
            } else {
                groups.append((finding.subject.unit, [finding]))
            }
        }
        return groups.map { group in
            (group.unit, group.findings.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }.map(\.element))
        }
    }

    private func evidence(_ finding: Finding) -> String {
        var parts = finding.evidence.sorted { $0.key < $1.key }.map { "\(cell($0.key)): \(cell($0.value))" }
        if !finding.records.isEmpty {
            let shown = finding.records.prefix(Self.recordsShown).map(cell).joined(separator: ", ")
            let more = finding.records.count - Self.recordsShown
            parts.append("\(label(.records)): \(shown)" + (more > 0 ? " (+\(numbers.integer(more)))" : ""))
        }
        return parts.joined(separator: "<br>")
    }

    private var notRun: [String] {
        let skipped = (outcomes?.entries ?? []).compactMap { entry -> String? in
            let title = RuleCatalogue.rule(entry.rule)?.description.title.text(language) ?? entry.rule
            switch entry.outcome {
            case .evaluated: return nil
            case .disabled: return "- `\(entry.rule)` \(title): \(label(.ruleDisabled))"
            case .missingRecords(let kinds):
                return "- `\(entry.rule)` \(title): \(label(.ruleMissingRecords(kinds.map { $0.title.text(language) }.joined(separator: ", "))))"
            }
        }
        guard !skipped.isEmpty else { return [] }
        return ["", "### \(label(.rulesNotRunTitle))", "", label(.rulesNotRunIntroduction), ""] + skipped
    }
}
