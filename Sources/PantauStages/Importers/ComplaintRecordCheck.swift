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
    /// Where each field's column is among `columns.all`, found once rather than by name in every row.
    private let positions: FieldPositions
    /// Where each id was first seen, by `idKey`.
    private var ids: Set<FirstSeen> = []
    /// One copy of each repeated text (channels, categories, units), shared by every complaint.
    private var texts: Set<String> = []
    /// What the register and the maps said about a text seen before. An export names a few
    /// dozen units, services and labels over and over; normalising each again for every row
    /// took most of an import's time.
    private var knownUnits: [String: String] = [:]
    private var knownServices: [UnitService: String] = [:]
    private var knownStatuses: [String: ComplaintStatus] = [:]
    private var knownClassifications: [String: ComplaintClassification] = [:]
    /// Dates as written, read once each: a period has a few hundred days. (ISO dates are read
    /// straight from their bytes, faster than looking them up.)
    private var knownDates: [String: CalendarDate] = [:]
    /// Whether a category names a compensation claim.
    private var compensationCategories: [String: Bool] = [:]

    init(columns: ComplaintColumns, statusMap: ComplaintStatusMap, register: ServiceRegister?, compensationKeywords: [String], reporterKey: ReporterKey?) {
        self.columns = columns
        self.statusMap = statusMap
        self.register = RegisterCheck(register: register)
        self.compensationKeywords = compensationKeywords.map { $0.lowercased() }
        self.reporterKey = reporterKey
        self.positions = FieldPositions(columns)
    }

    mutating func check(_ row: TableRow, log: inout RejectLog, into complaints: inout [Complaint]) {
        let source = row.source
        // A field's text, and the field as rejects name it; built only for a reject.
        func text(at index: Int?) -> String { index.map { row.text($0) } ?? "" }
        func field(_ index: Int, _ text: String) -> RecordField { RecordField(text, field: columns.all[index], source: source) }

        // The tracking id, as pages show it with a `#` or not.
        let idText = row.text(positions.id)
        let id = idText.hasPrefix("#") ? String(idText.dropFirst()).trimmingBlanks : idText
        if id.isEmpty {
            log.reject(field(positions.id, idText).missing)
        } else {
            let (inserted, first) = ids.insert(FirstSeen(key: Self.idKey(id), source: source))
            if !inserted { log.reject(field(positions.id, idText).problem(FirstOccurrence.duplicate(id: id, first: first.source, current: source))) }
        }

        var classification: ComplaintClassification?
        if let index = positions.classification, case let value = row.text(index), !value.isEmpty {
            classification = knownClassifications[value] ?? ComplaintClassification.named(value)
            if let classification {
                knownClassifications[value] = classification
            } else {
                log.reject(field(index, value).problem(.invalidChoice(value: value, allowed: ComplaintClassification.allCases.map(\.indonesianName))))
            }
        }
        let category = text(at: positions.category).nonEmpty.map { shared($0) }

        let unitText = row.text(positions.unit)
        var unit: String?
        if unitText.isEmpty {
            log.reject(field(positions.unit, unitText).missing)
        } else if let known = knownUnits[unitText] {
            unit = known
        } else {
            unit = register.unit(unitText, field: columns.all[positions.unit], source: source, log: &log).map { shared($0) }
            if let unit { knownUnits[unitText] = unit }
        }
        var service: String?
        if let index = positions.service, case let serviceText = row.text(index), !serviceText.isEmpty {
            let key = UnitService(unit: unitText, service: serviceText)
            if let known = knownServices[key] {
                service = known
            } else {
                service = register.service(serviceText, unit: unitText, field: columns.all[index], source: source, log: &log)
                    .map { shared($0) }
                // Only a service of a known unit is checked; the answer for an unknown unit waits for the unit.
                if let service, unit != nil { knownServices[key] = service }
            }
        }

        let receivedText = row.text(positions.received)
        var received: CalendarDate?
        if receivedText.isEmpty {
            log.reject(field(positions.received, receivedText).missing)
        } else if let date = date(receivedText) {
            received = date
        } else {
            log.reject(field(positions.received, receivedText).problem(.invalidDate(value: receivedText)))
        }
        func laterDate(_ index: Int?) -> CalendarDate? {
            guard let index, case let value = row.text(index), !value.isEmpty else { return nil }
            guard let date = date(value) else {
                log.reject(field(index, value).problem(.invalidDate(value: value)))
                return nil
            }
            if let received, date < received {
                log.reject(field(index, value).problem(.dateBeforeReceived(field: columns.all[index], value: value, received: receivedText)))
            }
            return date
        }
        let verified = laterDate(positions.verified), followedUp = laterDate(positions.followedUp), finished = laterDate(positions.finished)

        let statusText = row.text(positions.status)
        var status: ComplaintStatus?
        if statusText.isEmpty {
            log.reject(field(positions.status, statusText).missing)
        } else {
            status = knownStatuses[statusText] ?? statusMap.status(for: statusText)
            if let status {
                knownStatuses[statusText] = status
            } else {
                log.reject(field(positions.status, statusText).problem(.unmappedStatus(label: statusText, known: statusMap.labels)))
            }
        }

        var compensation = false
        if let index = positions.compensation, case let value = row.text(index), !value.isEmpty {
            if let claimed = FieldParsers.yesNo(value) {
                compensation = claimed
            } else {
                log.reject(field(index, value).problem(.invalidChoice(value: value, allowed: FieldParsers.yesNoWords)))
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
            id: id, channel: text(at: positions.channel).nonEmpty.map { shared($0) }, classification: classification, category: category,
            unit: unit, service: service, received: received, verified: verified, followedUp: followedUp, finished: finished, status: status,
            statusLabel: shared(statusText), compensationClaim: compensation, reporterKey: reporter, source: source))
        log.accept()
    }

    private mutating func date(_ text: String) -> CalendarDate? {
        if let iso = FieldParsers.isoDate(text) { return iso }
        if let known = knownDates[text] { return known }
        let date = FieldParsers.date(text)
        if let date { knownDates[text] = date }
        return date
    }

    /// Ids compare without regard to case.
    private static func idKey(_ id: String) -> String { id.lowercased() }

    private mutating func shared(_ text: String) -> String {
        texts.insert(text).memberAfterInsert
    }

    /// The column of each field among `columns.all`; the required ones are always mapped.
    private struct FieldPositions {
        let id, unit, received, status: Int
        let channel, classification, category, service, verified, followedUp, finished, compensation: Int?

        init(_ columns: ComplaintColumns) {
            id = columns.index("id")!
            unit = columns.index("unit")!
            received = columns.index("received")!
            status = columns.index("status")!
            channel = columns.index("channel")
            classification = columns.index("classification")
            category = columns.index("category")
            service = columns.index("service")
            verified = columns.index("verified")
            followedUp = columns.index("followed_up")
            finished = columns.index("finished")
            compensation = columns.index("compensation")
        }
    }

    /// An id's first record, found by the id's key alone.
    private struct FirstSeen: Hashable {
        let key: String
        let source: RecordSource

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key }
        func hash(into hasher: inout Hasher) { hasher.combine(key) }
    }

    /// A service as a row names it within its unit.
    private struct UnitService: Hashable {
        let unit: String
        let service: String
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
