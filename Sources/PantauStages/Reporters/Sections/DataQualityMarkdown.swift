import PantauCore
import PantauYAML

/// The data-quality section every report ends with: per import and file, what was read,
/// accepted and rejected, whether it reconciles, where the rejects are and why.
struct DataQualityMarkdown {
    var accounts: [ImportAccount]
    /// Which survey responses the evaluation used, when the report has a survey.
    var coverage: SKMCoverage?
    var language: Language

    private var numbers: NumberStyle { NumberStyle(language: language) }
    private func label(_ label: ReportLabel) -> String { label.text(language) }
    private func cell(_ text: String) -> String { MarkdownText.escape(text) }

    var lines: [String] {
        var lines = ["", "## \(label(.dataQuality))", "", label(.dataQualityIntroduction), ""]
        for account in accounts {
            lines += ["### \(label(.importCaption(stage: cell(account.stage), records: account.records)))", ""]
            var rows = account.files.map { file in
                [cell(file.file), numbers.integer(file.read), numbers.integer(file.accepted), numbers.integer(file.rejected), file.reconciles ? "✓" : "✗"]
            }
            rows.append([
                "**\(label(.total))**", numbers.integer(account.read), numbers.integer(account.accepted), numbers.integer(account.rejected),
                account.reconciles ? "✓" : "✗",
            ])
            lines += MarkdownText.table(
                [label(.file), label(.read), label(.accepted), label(.rejected), label(.reconciled)], rows, alignRight: [1, 2, 3])
            if let rejects = account.rejectsFile {
                lines += ["", "\(label(.rejectsFile)): `\(rejects)`"]
            }
            if !account.reasons.isEmpty {
                lines += ["", "\(label(.reasons)):", ""]
                for (code, count) in account.reasons.sorted(by: { $0.key < $1.key }) {
                    lines.append("- `\(code)`: \(numbers.integer(count))")
                }
            }
            lines.append("")
        }
        guard let coverage else { return lines }
        lines.append("- \(label(.coverageInPeriod)): \(numbers.integer(coverage.inPeriod))")
        lines.append("- \(label(.coverageOutsidePeriod)): \(numbers.integer(coverage.outsidePeriod))")
        if coverage.undated > 0 { lines.append("- \(label(.coverageUndated)): \(numbers.integer(coverage.undated))") }
        return lines
    }
}
