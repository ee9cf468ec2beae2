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
        // Per owner, as `RecommendationPlan.byOwner` groups them, but by position: the plan is
        // sorted by owner, and copying its tens of thousands of items into groups took longer
        // than writing them.
        let items = plan.items
        var start = items.startIndex
        while start < items.endIndex {
            let owner = items[start].owner
            let end = items[start...].firstIndex { $0.owner != owner } ?? items.endIndex
            lines += ["", "### \(cell(owner))", ""]
            lines += MarkdownText.table(
                ["Id", label(.priority), label(.service), label(.action), label(.due), label(.regulation)], (start..<end).map { row(items[$0]) })
            start = end
        }
        return lines
    }

    private func row(_ item: Recommendation) -> [String] {
        [
            "`\(item.id)`", item.priority.title.text(language), cell(item.subject.service ?? "—"), cell(item.action), numbers.date(item.due),
            cell(item.regulation ?? "—"),
        ]
    }
}
