import PantauCore
import PantauYAML

/// The rules every complaint passes: an id seen once, a unit (known to the register when one
/// was imported), a valid date received and no later date before it, a status label the status
/// map knows, a classification LAPOR! uses, a yes or no for compensation. A record that breaks
/// any rule goes to the rejects file with every reason.
///
/// Personal columns are never read, except the reporter columns when a reporter key is
/// configured: their value is turned into the key at once, and never stored or reported.
struct ComplaintRecordCheck {
    let columns: ComplaintColumns
    let statusMap: ComplaintStatusMap
    let register: RegisterCheck
    /// Lower case.
    let compensationKeywords: [String]
    let reporterKey: ReporterKey?
    /// Where each id was first seen, by `idKey`.
    private var ids: [String: RecordSource] = [:]
    /// One copy of each repeated text (channels, categories, units), shared by every complaint.
    private var texts: [String: String] = [:]
    /// What the register and the maps said about a text seen before. An export names a few
    /// dozen units, services and labels over and over; normalising each again for every row
    /// took most of an import's time.
    private var knownUnits: [String: String] = [:]
    private var knownServices: [String: String] = [:]
    private var knownStatuses: [String: ComplaintStatus] = [:]
    private var knownClassifications: [String: ComplaintClassification] = [:]
    /// Dates as written, read once each: a period has a few hundred days.
    private var knownDates: [String: CalendarDate] = [:]
    /// Whether a category names a compensation claim.
    private var compensationCategories: [String: Bool] = [:]

    init(columns: ComplaintColumns, statusMap: ComplaintStatusMap, register: ServiceRegister?, compensationKeywords: [String], reporterKey: ReporterKey?) {
        self.columns = columns
        self.statusMap = statusMap
        self.register = RegisterCheck(register: register)
        self.compensationKeywords = compensationKeywords.map { $0.lowercased() }
        self.reporterKey = reporterKey
    }

    mutating func check(_ row: TableRow, log: inout RejectLog, into complaints: inout [Complaint]) {
        let source = row.source
        func field(_ name: String) -> RecordField? {
            guard let index = columns.index(name) else { return nil }
            return RecordField(row.text(index), field: columns.all[index], source: source)
        }
        func text(_ name: String) -> String? {
            guard let value = field(name), !value.isEmpty else { return nil }
            return shared(value.text)
        }

        // The tracking id, as pages show it with a `#` or not.
        let idField = field("id")!
        let id = idField.text.hasPrefix("#") ? String(idField.text.dropFirst()).trimmingBlanks : idField.text
        if id.isEmpty {
            log.reject(idField.missing)
        } else if let first = ids[Self.idKey(id)] {
            log.reject(idField.problem(FirstOccurrence.duplicate(id: id, first: first, current: source)))
        } else {
            ids[Self.idKey(id)] = source
        }

        var classification: ComplaintClassification?
        if let value = field("classification"), !value.isEmpty {
            classification = knownClassifications[value.text] ?? ComplaintClassification.named(value.text)
            if let classification {
                knownClassifications[value.text] = classification
            } else {
                log.reject(value.problem(.invalidChoice(value: value.text, allowed: ComplaintClassification.allCases.map(\.indonesianName))))
            }
        }
        let category = text("category")

        let unitField = field("unit")!
        var unit: String?
        if unitField.isEmpty {
            log.reject(unitField.missing)
        } else if let known = knownUnits[unitField.text] {
            unit = known
        } else {
            unit = register.unit(unitField.text, field: unitField.field, source: source, log: &log).map { shared($0) }
            if let unit { knownUnits[unitField.text] = unit }
        }
        var service: String?
        if let serviceField = field("service"), !serviceField.isEmpty {
            let key = unitField.text + "\u{0}" + serviceField.text
            if let known = knownServices[key] {
                service = known
            } else {
                service = register.service(serviceField.text, unit: unitField.text, field: serviceField.field, source: source, log: &log)
                    .map { shared($0) }
                // Only a service of a known unit is checked; the answer for an unknown unit waits for the unit.
                if let service, unit != nil { knownServices[key] = service }
            }
        }

        let receivedField = field("received")!
        var received: CalendarDate?
        if receivedField.isEmpty {
            log.reject(receivedField.missing)
        } else if let date = date(receivedField.text) {
            received = date
        } else {
            log.reject(receivedField.problem(.invalidDate(value: receivedField.text)))
        }
        func laterDate(_ name: String) -> CalendarDate? {
            guard let value = field(name), !value.isEmpty else { return nil }
            guard let date = date(value.text) else {
                log.reject(value.problem(.invalidDate(value: value.text)))
                return nil
            }
            if let received, date < received {
                log.reject(value.problem(.dateBeforeReceived(field: value.field, value: value.text, received: receivedField.text)))
            }
            return date
        }
        let verified = laterDate("verified"), followedUp = laterDate("followed_up"), finished = laterDate("finished")

        let statusField = field("status")!
        var status: ComplaintStatus?
        if statusField.isEmpty {
            log.reject(statusField.missing)
        } else {
            status = knownStatuses[statusField.text] ?? statusMap.status(for: statusField.text)
            if let status {
                knownStatuses[statusField.text] = status
            } else {
                log.reject(statusField.problem(.unmappedStatus(label: statusField.text, known: statusMap.labels)))
            }
        }

        var compensation = false
        if let value = field("compensation"), !value.isEmpty {
            if let claimed = FieldParsers.yesNo(value.text) {
                compensation = claimed
            } else {
                log.reject(value.problem(.invalidChoice(value: value.text, allowed: FieldParsers.yesNoWords)))
            }
        }
        if let category, !compensation {
            if let claimed = compensationCategories[category] {
                compensation = claimed
            } else {
                let lowered = category.lowercased()
                compensation = compensationKeywords.contains { lowered.contains($0) }
                compensationCategories[category] = compensation
            }
        }

        guard !log.currentRecordRejected, let unit, let received, let status else { return }
        var reporter: String?
        if let reporterKey {
            // The personal value lives only in this loop.
            for index in columns.reporterIndices {
                if let key = reporterKey.key(for: row.text(index)) {
                    reporter = key
                    break
                }
            }
        }
        complaints.append(Complaint(
            id: id, channel: text("channel"), classification: classification, category: category, unit: unit, service: service,
            received: received, verified: verified, followedUp: followedUp, finished: finished, status: status,
            statusLabel: shared(statusField.text), compensationClaim: compensation, reporterKey: reporter, source: source))
        log.accept()
    }

    private mutating func date(_ text: String) -> CalendarDate? {
        if let known = knownDates[text] { return known }
        let date = FieldParsers.date(text)
        if let date { knownDates[text] = date }
        return date
    }

    /// Ids compare without regard to case.
    private static func idKey(_ id: String) -> String { id.lowercased() }

    private mutating func shared(_ text: String) -> String {
        if let known = texts[text] { return known }
        texts[text] = text
        return text
    }
}
