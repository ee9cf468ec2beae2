import PantauCore
import PantauPipeline
import PantauYAML

/// Which column of a survey export holds which field. Elements are mapped explicitly, by their
/// meaning: many survey apps ask Sarana as question 8 and Pengaduan as question 9, the reverse
/// of the regulation's element order, so a mapping by position would swap U8 and U9.
struct SurveyColumns: Sendable, Equatable {
    static let recordFields = ["unit", "service", "date", "respondent"] + ProfileField.keys

    var unit: String
    var service: String?
    var date: String?
    /// A respondent or submission id, when the export has one: a repeated id is a duplicate
    /// submission and is rejected, not counted twice.
    var respondent: String?
    /// The column of each element, in the scheme's element order.
    var elements: [String]
    /// The respondent's gender, age, education and occupation, when mapped.
    var profile = ProfileColumns()

    /// Every column the importer reads: unit, then service, date and respondent when mapped,
    /// then the elements, then the profile fields mapped.
    var all: [String] { [unit] + optionalFields.compactMap { $0 } + elements + profile.columns }

    private var optionalFields: [String?] { [service, date, respondent] }

    /// Positions in `all`.
    var serviceIndex: Int? { position(of: 0) }
    var dateIndex: Int? { position(of: 1) }
    var respondentIndex: Int? { position(of: 2) }
    var firstElementIndex: Int { 1 + optionalFields.compactMap { $0 }.count }
    var profilePositions: ProfilePositions { profile.positions(from: firstElementIndex + elements.count) }

    private func position(of optional: Int) -> Int? {
        guard optionalFields[optional] != nil else { return nil }
        return 1 + optionalFields[..<optional].compactMap { $0 }.count
    }

    init(unit: String, service: String?, date: String?, respondent: String? = nil, elements: [String]) {
        self.unit = unit
        self.service = service
        self.date = date
        self.respondent = respondent
        self.elements = elements
    }

    /// Reads `columns:`, checking that every element of the scheme has a column, that no key is
    /// unknown, that no column is used twice and that none holds free text or personal data.
    /// Reports every problem at once.
    init(node: Node, scheme: SurveyScheme, location: SourceLocation) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let allowed = Self.recordFields + scheme.elements.map(\.code)
        let mapped = SurveyColumnMapping.read(node, allowed: allowed, problems: &problems)
        if mapped["unit"] == nil, !node.keys.contains("unit") {
            problems.add(node.error(YAMLMessage.missingKey(key: "unit", context: LocalizedText(id: "columns", en: "columns"))))
        }
        var elements: [String] = []
        for element in scheme.elements {
            if let column = mapped[element.code] {
                elements.append(column)
            } else if !node.keys.contains(element.code) {
                problems.add(node.error(StageMessage.elementNotMapped(element: element.code, name: element.name)))
            }
        }
        try problems.throwIfErrors()
        self.init(
            unit: mapped["unit"] ?? "", service: mapped["service"], date: mapped["date"], respondent: mapped["respondent"], elements: elements)
        self.profile = ProfileColumns(mapped)
    }
}
