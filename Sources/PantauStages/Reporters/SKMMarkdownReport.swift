import PantauCore
import PantauYAML

/// The SKM evaluation as a Markdown document a bureau can read, print or paste: summary,
/// ranking of units, elements, weakest elements, services, sample sufficiency and data quality.
struct SKMMarkdownReport {
    var evaluation: SKMEvaluation
    var accounts: [ImportAccount]
    var pipelineName: String
    var generatedOn: CalendarDate
    var language: Language
    /// Sections of other evaluations (findings, recommendations…), placed before data quality.
    var sections: [[String]] = []
    /// The title when the report is more than the survey (a Monev report); the survey's otherwise.
    var title: String?

    private var numbers: NumberStyle { NumberStyle(language: language) }
    private func label(_ label: ReportLabel) -> String { label.text(language) }
    private func cell(_ text: String) -> String { MarkdownText.escape(text) }

    var text: String {
        var lines: [String] = []
        lines.append("# " + cell(title ?? label(.skmTitle(period: evaluation.period.label(language)))))
        lines.append("")
        lines.append("- **\(label(.pipeline))**: \(cell(pipelineName))")
        lines.append(
            "- **\(label(.period))**: \(evaluation.period.label(language)) (\(numbers.date(evaluation.period.start)) – \(numbers.date(evaluation.period.end)))")
        lines.append("- **\(label(.scheme))**: \(cell(evaluation.scheme.title)) (\(cell(evaluation.scheme.regulation)))")
        lines.append("- **\(label(.generatedOn))**: \(numbers.date(generatedOn))")
        lines += summarySection() + unitSection() + elementSection() + weakestSection() + serviceSection() + sampleSection() + profileSection()
        lines += sections.flatMap { $0 }
        lines += DataQualityMarkdown(accounts: accounts, coverage: evaluation.coverage, language: language).lines + methodSection()
        var text = lines.joined(separator: "\n")
        text.append("\n")
        return text
    }

    private func summarySection() -> [String] {
        var lines = ["", "## \(label(.summary))", ""]
        guard let result = evaluation.region.result else { return lines + [label(.noResponses)] }
        let weakest = result.weakest.map { "\(elementName($0.code)) (\(numbers.decimal($0.nrr, places: 2)))" }.joined(separator: "; ")
        lines += MarkdownText.table(
            [label(.region), ""],
            [
                [label(.respondents), numbers.integer(result.respondents)],
                [label(.ikm), ikm(result.ikm)],
                [label(.score), "**\(score(result.score))**"],
                [label(.grade), "**\(result.grade.grade)** (\(result.grade.localizedQuality(language)))"],
                [label(.weakestElements), cell(weakest)],
            ])
        return lines
    }

    /// Units ranked by score, best first; equal scores share a rank.
    private func unitSection() -> [String] {
        var lines = ["", "## \(label(.perUnit))", ""]
        let ranked = evaluation.units.filter { $0.rank != nil }.sorted { ($0.rank!, $0.name) < ($1.rank!, $1.name) }
        let rows = ranked.compactMap { unit -> [String]? in
            guard let result = unit.summary.result, let rank = unit.rank else { return nil }
            return [
                String(rank), cell(unit.name), numbers.integer(result.respondents), ikm(result.ikm), score(result.score), result.grade.grade,
                result.grade.localizedQuality(language), sampleText(unit.sample),
            ]
        }
        lines += MarkdownText.table(
            [label(.rank), label(.unit), label(.respondents), label(.ikm), label(.score), label(.grade), label(.performance), label(.sampleTitle)],
            rows, alignRight: [0, 2, 3, 4])
        return lines
    }

    private func elementSection() -> [String] {
        guard let result = evaluation.region.result else { return [] }
        var lines = ["", "## \(label(.perElement))", ""]
        let rows = result.elements.map { element in
            [
                element.code, cell(elementName(element.code, withCode: false)), numbers.decimal(element.nrr, places: 4),
                score(element.score), element.grade.grade,
            ]
        }
        lines += MarkdownText.table(["", label(.element), label(.nrr), label(.elementScore), label(.grade)], rows, alignRight: [2, 3])
        return lines
    }

    private func weakestSection() -> [String] {
        var lines = ["", "## \(label(.weakestPerUnit))", ""]
        let rows = evaluation.units.compactMap { unit -> [String]? in
            guard let result = unit.summary.result else { return nil }
            let weakest = result.weakest.map { "\(elementName($0.code)) (\(numbers.decimal($0.nrr, places: 2)))" }
            return [cell(unit.name), cell(weakest.joined(separator: "; "))]
        }
        lines += MarkdownText.table([label(.unit), label(.weakestElements)], rows)
        return lines
    }

    private func serviceSection() -> [String] {
        var lines = ["", "## \(label(.perService))"]
        for unit in evaluation.units where !unit.services.isEmpty {
            lines += ["", "### \(cell(unit.name))", ""]
            let rows = unit.services.compactMap { service -> [String]? in
                guard let result = service.result else { return nil }
                return [
                    cell(service.name), numbers.integer(result.respondents), ikm(result.ikm), score(result.score), result.grade.grade,
                    cell(result.weakest.first.map { elementName($0.code) } ?? label(.none)),
                ]
            }
            lines += MarkdownText.table(
                [label(.service), label(.respondents), label(.ikm), label(.score), label(.grade), label(.weakestElements)], rows,
                alignRight: [1, 2, 3])
        }
        return lines
    }

    private func sampleSection() -> [String] {
        var lines = ["", "## \(label(.sampleTitle))", "", label(.sampleIntroduction), ""]
        let rows = evaluation.units.map { unit -> [String] in
            switch unit.sample {
            case .populationUnknown:
                [cell(unit.name), numbers.integer(unit.summary.tally.respondents), label(.none), label(.none), label(.sampleUnknown)]
            case .sufficient(let population, let minimum, let respondents):
                [cell(unit.name), numbers.integer(respondents), numbers.integer(population), numbers.integer(minimum), label(.sampleSufficient)]
            case .insufficient(let population, let minimum, let respondents):
                [
                    cell(unit.name), numbers.integer(respondents), numbers.integer(population), numbers.integer(minimum),
                    "**\(label(.sampleInsufficient))**",
                ]
            }
        }
        lines += MarkdownText.table(
            [label(.unit), label(.respondents), label(.population), label(.minimumSample), label(.sampleStatus)], rows,
            alignRight: [1, 2, 3])
        return lines
    }

    /// Who answered, per unit and for the region; only when the survey recorded profiles, and
    /// only the fields some respondent stated (an export without ages gets no age column).
    private func profileSection() -> [String] {
        guard let region = evaluation.profile else { return [] }
        var lines = ["", "## \(label(.profileTitle))", "", label(.profileIntroduction), ""]
        typealias Field = (label: ReportLabel, cell: (RespondentProfileSummary) -> String, stated: (RespondentProfileSummary) -> Bool)
        let fields: [Field] = [
            (.gender, { profileCell($0.genders.map { (cell($0.value), $0.count) }, notStated: $0.notStated.gender) }, { !$0.genders.isEmpty }),
            (.age, { profileCell($0.ages.map { ($0.band.label, $0.count) }, notStated: $0.notStated.age) }, { $0.notStated.age < $0.respondents }),
            (.education, { profileCell($0.educations.map { (cell($0.value), $0.count) }, notStated: $0.notStated.education) }, { !$0.educations.isEmpty }),
            (.occupation, { profileCell($0.occupations.map { (cell($0.value), $0.count) }, notStated: $0.notStated.occupation) }, { !$0.occupations.isEmpty }),
        ].filter { $0.stated(region) }
        let groups = [("**\(label(.region))**", region)] + evaluation.units.compactMap { unit in unit.profile.map { (cell(unit.name), $0) } }
        let rows = groups.map { name, profile in [name, numbers.integer(profile.respondents)] + fields.map { $0.cell(profile) } }
        lines += MarkdownText.table([label(.unit), label(.respondents)] + fields.map { label($0.label) }, rows, alignRight: [1])
        return lines
    }

    /// `Laki-laki (30); Perempuan (24)`: the values (already escaped) with respondents, then those who stated none.
    private func profileCell(_ counts: [(String, Int)], notStated: Int) -> String {
        let stated = counts.filter { $0.1 > 0 }.map { "\($0.0) (\(numbers.integer($0.1)))" }
        let missing = notStated > 0 ? ["\(label(.notStated)) (\(numbers.integer(notStated)))"] : []
        return (stated + missing).joined(separator: "; ")
    }

    private func methodSection() -> [String] {
        let scheme = evaluation.scheme
        let weights = Set(scheme.weights.map(\.description))
        let weight = weights.count == 1 ? weights.first! : scheme.weights.map(\.description).joined(separator: ", ")
        let factor = numbers.decimal(scheme.conversionFactor, places: 0)
        let bands = scheme.grades.sorted { $0.minimumScore > $1.minimumScore }
        let thresholds = bands.dropLast().map { "\($0.grade) ≥ \(numbers.decimal($0.minimumScore, places: 2))" }
            + bands.suffix(1).map { "\($0.grade) \(label(.below))" }
        return [
            "", "## \(label(.methodTitle))", "",
            label(.methodText(regulation: scheme.regulation, weight: weight, factor: factor, thresholds: thresholds.joined(separator: "; "))),
        ]
    }

    /// A score or IKM as shown: rounded, never at a threshold the exact figure does not reach.
    private func score(_ value: Rational) -> String {
        numbers.decimal(evaluation.scheme.displayedScore(value, places: 2), places: 2)
    }

    private func ikm(_ value: Rational) -> String {
        numbers.decimal(evaluation.scheme.displayedIKM(value, places: 4), places: 4)
    }

    private func sampleText(_ sample: SampleCheck) -> String {
        switch sample {
        case .populationUnknown: label(.none)
        case .sufficient(_, let minimum, _): "\(label(.sampleSufficient)) (≥ \(numbers.integer(minimum)))"
        case .insufficient(_, let minimum, _): "**\(label(.sampleInsufficient))** (< \(numbers.integer(minimum)))"
        }
    }

    private func elementName(_ code: String, withCode: Bool = true) -> String {
        guard let index = evaluation.scheme.elementIndex(code: code) else { return code }
        let name = evaluation.scheme.elements[index].localizedName(language)
        return withCode ? "\(code) \(name)" : name
    }
}
