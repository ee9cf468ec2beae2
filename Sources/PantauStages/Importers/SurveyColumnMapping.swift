import PantauYAML

/// Reads a `columns:` mapping of field → column: keys known, columns non-empty, used once, and
/// never a free-text or personal column. `claim` may take a key the mapping does not allow, to
/// report it in its own words. Every problem goes to `problems`.
enum SurveyColumnMapping {
    static func read(
        _ node: Node, allowed: [String], problems: inout DiagnosticCollector, claim: (String, Node) -> Bool = { _, _ in false }
    ) -> [String: String] {
        var mapped: [String: String] = [:]
        var usedBy: [String: String] = [:]
        for entry in problems.attempt({ try node.mapping() }) ?? [] {
            guard allowed.contains(entry.key) else {
                if !claim(entry.key, entry.keyNode) {
                    problems.add(entry.keyNode.error(StageMessage.unknownColumnKey(
                        key: entry.key, allowed: allowed, suggestion: ClosestName.suggest(for: entry.key, among: allowed))))
                }
                continue
            }
            guard let column = problems.attempt({ try entry.value.nonEmptyString() }) else { continue }
            if SurveyNeverImported.contains(column) {
                problems.add(entry.value.error(StageMessage.surveyColumnNeverImported(column: column, key: entry.key)))
                continue
            }
            let normalised = ColumnMap.normalised(column)
            if let first = usedBy[normalised] {
                problems.add(entry.value.error(StageMessage.columnMappedTwice(column: column, first: first, second: entry.key)))
            }
            usedBy[normalised] = entry.key
            mapped[entry.key] = column
        }
        return mapped
    }
}

/// Column names that hold free text or a respondent's personal data in the exports seen:
/// never imported, whatever field they are mapped to.
enum SurveyNeverImported {
    static let columns = ComplaintColumns.defaultPersonal + [
        "saran", "kritik_saran", "kritik_dan_saran", "saran_masukan", "masukan", "pesan", "komentar", "keterangan",
    ]

    private static let keys = Set(columns.map(ComplaintColumns.personalKey))

    static func contains(_ column: String) -> Bool { keys.contains(ComplaintColumns.personalKey(column)) }
}
