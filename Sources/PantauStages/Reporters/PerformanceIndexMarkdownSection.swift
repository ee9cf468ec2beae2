import PantauCore
import PantauYAML

/// The performance index (PEKPPP) as a section of a Markdown report: the ranking with aspect
/// scores, the incomplete units with what they lack, every score with what it rests on, and the
/// method. A section on its own, so that any report can append it.
struct PerformanceIndexMarkdownSection {
    var index: PerformanceIndex
    var language: Language

    /// How many record ids a cell lists before "and n more".
    static let recordsShown = 5

    private var numbers: NumberStyle { NumberStyle(language: language) }
    private var instrument: PerformanceInstrument { index.instrument }
    private func label(_ label: IndexLabel) -> String { label.text(language) }
    private func cell(_ text: String) -> String { MarkdownText.escape(text) }

    var lines: [String] {
        var lines = ["", "## \(label(.title))", ""]
        lines.append("- **\(label(.instrument))**: \(cell(instrument.title.text(language)))" + (instrument.regulation.isEmpty ? "" : " (\(cell(instrument.regulation)))"))
        lines.append("- **\(ReportLabel.period.text(language))**: \(index.period.label(language))")
        lines.append("- \(label(.missingRule(index.policy.missing)))")
        lines.append("- \(label(.bandsRule(index.policy.bands)))")
        lines.append("- \(label(.preferRule(index.policy.prefer)))")
        if !notImported.isEmpty { lines.append("- \(label(.notImported(kinds: notImported.map { "`\($0)`" }.joined(separator: ", "))))") }
        guard !index.units.isEmpty else { return lines + ["", label(.noUnits)] }
        lines += rankingSection() + unrankedSection() + detailsSection() + methodSection()
        return lines
    }

    private func rankingSection() -> [String] {
        let ranked = index.ranked
        guard !ranked.isEmpty else { return [] }
        let aspects = instrument.aspects
        let header = [ReportLabel.rank.text(language), ReportLabel.unit.text(language), label(.ipp), label(.category)]
            + aspects.map { cell($0.name.text(language)) } + [label(.status)]
        let rows = ranked.map { unit -> [String] in
            let category = unit.category.map { "\($0.grade) \(cell($0.name.text(language)))" } ?? ReportLabel.none.text(language)
            return [String(unit.rank!), cell(unit.unit.name), "**\(ipp(unit))**", category]
                + unit.figures.aspects.map { $0.score.map { numbers.decimal($0, places: 2) } ?? ReportLabel.none.text(language) }
                + [label(.statusText(unit.figures.status))]
        }
        let right = Set([0, 2] + aspects.indices.map { $0 + 4 })
        return ["", "### \(label(.rankingTitle))", ""] + MarkdownText.table(header, rows, alignRight: right)
    }

    private func unrankedSection() -> [String] {
        let unranked = index.unranked
        guard !unranked.isEmpty else { return [] }
        let rows = unranked.map { unit -> [String] in
            let figures = unit.figures
            return [
                cell(unit.unit.name), percent(figures.covered),
                "\(numbers.decimal(figures.lowest, places: 2)) – \(numbers.decimal(figures.highest, places: 2))",
                cell(unit.missing(in: instrument).joined(separator: ", ")),
            ]
        }
        return ["", "### \(label(.unrankedTitle))", ""]
            + MarkdownText.table([ReportLabel.unit.text(language), label(.covered), label(.possibleRange), label(.missingIndicators)], rows, alignRight: [1])
    }

    /// The kinds of records indicators could be scored from that the pipeline does not import:
    /// said once above, rather than on every unit's rows.
    private var notImported: [String] {
        var kinds: [String] = []
        for result in index.units.flatMap(\.indicators) {
            if case .notImported(let kind)? = result.fromRecords?.basis, !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }

    /// Every indicator that has a score from either side, or a reason the records give none.
    private func detailsSection() -> [String] {
        var lines = ["", "### \(label(.detailsTitle))"]
        let indicators = Dictionary(instrument.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for unit in index.units {
            let rows = unit.indicators.compactMap { result -> [String]? in
                guard let indicator = indicators[result.code], result.fromAssessor != nil || result.fromRecords.map(Self.readRecords) == true
                else { return nil }
                let counted = result.score.map { score in "**\(score)** \(cell(indicator.level(score) ?? ""))" } ?? ReportLabel.none.text(language)
                let origin = result.origin.map { label($0 == .assessor ? .originAssessor : .originRecords) } ?? ReportLabel.none.text(language)
                return [
                    "\(cell(indicator.code)) \(cell(indicator.name.text(language)))", weight(indicator.weight), counted, origin,
                    result.fromRecords?.score.map(String.init) ?? ReportLabel.none.text(language),
                    result.fromAssessor.map { String($0.score) } ?? ReportLabel.none.text(language), basis(result),
                ]
            }
            guard !rows.isEmpty else { continue }
            lines += ["", "#### \(cell(unit.unit.name))", ""]
            lines += MarkdownText.table(
                [label(.indicator), label(.weight), label(.score), label(.origin), label(.fromRecords), label(.fromAssessor), label(.basis)],
                rows, alignRight: [1, 4, 5])
        }
        return lines
    }

    private func methodSection() -> [String] {
        let categories = instrument.categories.map { category in
            "\(category.grade) \(numbers.decimal(category.from, places: 2))–\(numbers.decimal(category.to, places: 2)) (\(category.name.text(language)))"
        }
        return ["", "### \(label(.methodTitle))", "", cell(label(.method(categories: categories.joined(separator: "; "))))]
    }

    /// What the records' score rests on, with the records behind it, and the assessor's note.
    private func basis(_ result: IndicatorResult) -> String {
        var parts: [String] = []
        if let records = result.fromRecords, Self.readRecords(records) {
            var text = records.basis.text(language)
            if !records.records.isEmpty {
                let shown = records.records.prefix(Self.recordsShown).joined(separator: ", ")
                let more = records.records.count - Self.recordsShown
                text += " [\(shown)\(more > 0 ? ", \(label(.andMore(more)))" : "")]"
            }
            parts.append(text)
        }
        if let assessed = result.fromAssessor {
            var text = "\(label(.originAssessor)) \(assessed.source)"
            if let note = assessed.note { text += "; \(label(.note)): \(note)" }
            if let evidence = assessed.evidence { text += "; \(label(.evidence)): \(evidence)" }
            parts.append(text)
        }
        return cell(parts.joined(separator: " · "))
    }

    /// Whether the records were there to read (imported), whatever they gave.
    private static func readRecords(_ score: RecordScore) -> Bool {
        if case .notImported = score.basis { return false }
        return true
    }

    private func ipp(_ unit: UnitIndex) -> String {
        guard let value = unit.figures.value else { return ReportLabel.none.text(language) }
        let shown = instrument.categories.displayed(value, category: unit.category)
        return numbers.decimal(shown.value, places: shown.places)
    }

    private func weight(_ value: Rational) -> String {
        numbers.decimal(value, places: value.isInteger ? 0 : 2)
    }

    private func percent(_ share: Rational) -> String {
        numbers.decimal(share * Rational(100), places: 2) + " %"
    }
}
