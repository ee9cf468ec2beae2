import PantauCore
import PantauYAML

/// The recommendations section: per owning unit, what to do, how urgent, by when, and the
/// regulation behind it.
struct RecommendationsMarkdown {
    var plan: RecommendationPlan
    var language: Language

    private var numbers: NumberStyle { NumberStyle(language: language) }
    private func label(_ label: ReportLabel) -> String { label.text(language) }
    private func cell(_ text: String) -> String { MarkdownText.escape(text) }

    var lines: [String] {
        var lines = ["", "## \(label(.recommendationsTitle))", ""]
        guard !plan.items.isEmpty else { return lines + [label(.noRecommendations)] }
        lines.append(label(.recommendationsIntroduction(count: plan.items.count)))
        for unit in plan.byOwner {
            lines += ["", "### \(cell(unit.owner))", ""]
            let rows = unit.items.map { item in
                [
                    "`\(item.id)`", item.priority.title.text(language), cell(item.subject.service ?? "—"), cell(item.action),
                    numbers.date(item.due), cell(item.regulation ?? "—"),
                ]
            }
            lines += MarkdownText.table(
                ["Id", label(.priority), label(.service), label(.action), label(.due), label(.regulation)], rows)
        }
        return lines
    }
}
