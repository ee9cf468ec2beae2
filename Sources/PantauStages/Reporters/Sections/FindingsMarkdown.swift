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
        let groups = grouped
        let units = groups.count { $0.unit != nil }
        lines += [label(.findingsIntroduction(count: findings.count, units: units)), ""]
        var counts: [Finding.Severity: Int] = [:]
        for position in findings.indices { counts[findings[position].severity, default: 0] += 1 }
        let severities = Finding.Severity.allCases.reversed()
        lines += MarkdownText.table(
            severities.map { $0.rawValue }, [severities.map { numbers.integer(counts[$0] ?? 0) }], alignRight: Set(0..<4))
        for (unit, positions) in groups {
            lines += ["", "### \(cell(unit ?? label(.regionWide)))", ""]
            let rows = positions.map { row(findings[$0]) }
            lines += MarkdownText.table([label(.severity), label(.service), label(.finding), label(.regulation), label(.evidence)], rows)
        }
        return lines + notRun
    }

    private func row(_ finding: Finding) -> [String] {
        [
            "`\(finding.severity.rawValue)`", cell(finding.subject.service ?? "—"),
            cell(finding.message) + "<br>`\(finding.rule)`", cell(finding.regulation ?? "—"), evidence(finding),
        ]
    }

    /// The positions of the findings of each unit, in the order units come (the region's first),
    /// most severe first within a unit. Positions, not findings, are grouped and sorted: copying
    /// fifty thousand findings about took longer than writing them.
    private var grouped: [(unit: String?, positions: [Int])] {
        var groups: [(unit: String?, positions: [Int])] = []
        var groupOfUnit: [String?: Int] = [:]
        for position in findings.indices {
            let unit = findings[position].subject.unit
            if let index = groupOfUnit[unit] {
                groups[index].positions.append(position)
            } else {
                groupOfUnit[unit] = groups.count
                groups.append((unit, [position]))
            }
        }
        return groups.map { group in
            // Positions rise within a group, so they order findings of equal severity as they came.
            (group.unit, group.positions.sorted { (findings[$1].severity, $0) < (findings[$0].severity, $1) })
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
