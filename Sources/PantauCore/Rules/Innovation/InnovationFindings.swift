import PantauYAML

extension EvaluationRecords {
    /// One finding per unit over some of its innovations, each named with the year it started,
    /// with how many there are (as `counted`) and the earliest year as evidence.
    /// - Parameter words: the message and the action, given the count and the innovations' names.
    func findingsPerUnit(
        _ innovations: [Innovation], counted: String, _ words: (_ count: Int, _ names: String) -> (message: LocalizedText, action: LocalizedText)
    ) -> [RuleFinding] {
        FirstSeenGroups(innovations, by: { Finding.Subject(unit: unitName($0.unit)) }).groups.map { subject, innovations in
            let (message, action) = words(innovations.count, innovations.map { "\($0.name) (\($0.year))" }.joined(separator: ", "))
            return RuleFinding(
                subject: subject, message: message, action: action,
                evidence: [.init(counted, innovations.count), .init("earliest_year", innovations.map(\.year).min() ?? 0)],
                records: innovations.map(\.recordID))
        }
    }
}

extension Innovation {
    /// The innovation as findings cite it: its id, or where it is written when it has none.
    var recordID: String { id ?? source.description }
}
