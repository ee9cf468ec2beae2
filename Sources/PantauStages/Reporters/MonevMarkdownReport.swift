import PantauCore
import PantauYAML

/// A Markdown report without a survey: the header, the sections of the evaluations a pipeline
/// ran (findings, recommendations…) and data quality.
struct MonevMarkdownReport {
    var period: Period
    var sections: [[String]]
    var accounts: [ImportAccount]
    var pipelineName: String
    var generatedOn: CalendarDate
    var language: Language

    var text: String {
        let numbers = NumberStyle(language: language)
        var lines = ["# " + MarkdownText.escape(ReportLabel.monevTitle(period: period.label(language)).text(language)), ""]
        lines.append("- **\(ReportLabel.pipeline.text(language))**: \(MarkdownText.escape(pipelineName))")
        lines.append(
            "- **\(ReportLabel.period.text(language))**: \(period.label(language)) (\(numbers.date(period.start)) – \(numbers.date(period.end)))")
        lines.append("- **\(ReportLabel.generatedOn.text(language))**: \(numbers.date(generatedOn))")
        lines += sections.flatMap { $0 }
        lines += DataQualityMarkdown(accounts: accounts, coverage: nil, language: language).lines
        var text = lines.joined(separator: "\n")
        text.append("\n")
        return text
    }
}
