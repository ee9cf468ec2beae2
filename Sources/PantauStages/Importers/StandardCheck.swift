import PantauCore
import PantauYAML

/// What a standards file says about one service's standard, as written, before it is checked.
/// YAML files and CSV rows both become this, so both are checked by the same rules.
struct StandardEntry: Sendable {
    /// A component the file names, with the text it gives.
    struct Mention: Sendable {
        var name: RecordField
        var text: String
        /// False when the file gives the component an empty value: it is not stated.
        var stated: Bool
    }

    var source: RecordSource
    var components: [Mention] = []
    var timeLimitDays: RecordField?
    var fee: RecordField?
    var legalBasis: [RecordField] = []
    var established: RecordField?
    var reviewed: RecordField?
    var published: RecordField?
    var publishedIn: [RecordField] = []
    var maklumat: RecordField?
    var consultation: RecordField?
    var targetGroups: [RecordField] = []

    /// The keys a standard's facts are written under, in YAML files and as CSV columns.
    static let factKeys = [
        "time_limit_days", "fee", "legal_basis", "established", "reviewed", "published", "published_in", "maklumat", "consultation",
        "target_groups",
    ]
}

/// The rules every service standard passes, whichever file it came from: components named
/// among the fourteen, a time limit in whole working days, a fee that is an amount and not
/// negative, real dates, yes or no where a yes or no is asked. A standard that breaks any rule
/// is rejected with every reason.
enum StandardCheck {
    static func check(_ entry: StandardEntry, unitID: String, serviceID: String) -> Result<ServiceStandard, Problems> {
        var problems: [RecordProblem] = []
        var standard = ServiceStandard(unitID: unitID, serviceID: serviceID, source: entry.source)
        var named: [StandardComponent: RecordSource] = [:]
        for mention in entry.components {
            guard let component = StandardComponent.named(mention.name.text) else {
                let suggestion = ClosestName.suggest(for: mention.name.text, among: StandardComponent.keys)
                problems.append(mention.name.problem(.unknownComponent(name: mention.name.text, suggestion: suggestion)))
                continue
            }
            if let first = named[component] {
                problems.append(mention.name.problem(.duplicateID(id: mention.name.text, firstRow: first.row)))
                continue
            }
            named[component] = mention.name.source
            if mention.stated { standard.components[component] = mention.text }
        }
        if let field = entry.timeLimitDays, !field.isEmpty {
            if let days = Int(field.text), field.text.allSatisfy(\.isNumber) {
                standard.timeLimitDays = days
            } else {
                problems.append(field.problem(.invalidWorkingDays(value: field.text)))
            }
        }
        if let field = entry.fee, !field.isEmpty {
            if let fee = FieldParsers.rupiah(field.text) {
                if fee < .zero { problems.append(field.problem(.negativeFee(value: field.text))) } else { standard.fee = fee }
            } else {
                problems.append(field.problem(.invalidNumber(value: field.text)))
            }
        }
        standard.legalBasis = entry.legalBasis.map(\.text).filter { !$0.isEmpty }
        standard.established = date(entry.established, problems: &problems)
        standard.lastReviewed = date(entry.reviewed, problems: &problems)
        standard.publishedIn = entry.publishedIn.map(\.text).filter { !$0.isEmpty }
        standard.published = !standard.publishedIn.isEmpty
        if let field = entry.published, !field.isEmpty {
            if let published = FieldParsers.yesNo(field.text) {
                standard.published = published
            } else {
                problems.append(field.problem(.invalidChoice(value: field.text, allowed: FieldParsers.yesNoWords)))
            }
        }
        if let field = entry.maklumat, !field.isEmpty {
            if let signed = FieldParsers.yesNo(field.text) {
                standard.maklumat = signed
            } else if let date = FieldParsers.date(field.text) {
                standard.maklumat = true
                standard.maklumatDate = date
            } else {
                problems.append(field.problem(.invalidChoice(value: field.text, allowed: FieldParsers.yesNoWords + ["YYYY-MM-DD"])))
            }
        }
        if let field = entry.consultation, !field.isEmpty { standard.consultation = field.text }
        standard.targetGroups = entry.targetGroups.map(\.text).filter { !$0.isEmpty }
        // A fact given as a number or a list states its component, with or without its text.
        if standard.timeLimitDays != nil, !standard.has(.timeLimit) { standard.components[.timeLimit] = "" }
        if standard.fee != nil, !standard.has(.fee) { standard.components[.fee] = "" }
        if !standard.legalBasis.isEmpty, !standard.has(.legalBasis) { standard.components[.legalBasis] = "" }
        return problems.isEmpty ? .success(standard) : .failure(Problems(problems))
    }

    private static func date(_ field: RecordField?, problems: inout [RecordProblem]) -> CalendarDate? {
        guard let field, !field.isEmpty else { return nil }
        guard let date = FieldParsers.date(field.text) else {
            problems.append(field.problem(.invalidDate(value: field.text)))
            return nil
        }
        return date
    }

    /// The reasons a standard was rejected (an `Error` only to travel in a `Result`).
    struct Problems: Error, Sendable {
        var items: [RecordProblem]
        init(_ items: [RecordProblem]) { self.items = items }
    }
}
