import PantauCore
import Synchronization

/// Checks the unit and service a record names against the register, when the pipeline imports
/// one: an unknown name is rejected with the closest known name; a known one is written as the
/// register writes it, so that "disdukcapil" and "DISDUKCAPIL" count as one unit.
struct RegisterCheck: Sendable {
    let register: ServiceRegister?
    /// The closest known name of each unknown name met, found once: an export that misspells a
    /// unit does so in thousands of rows, and each search measures every name of the register.
    private let suggestions = SuggestionMemo()
    /// The names found in the register so far, as written: a file names a few hundred units and
    /// services in thousands of rows, and finding each anew meant normalising it every time.
    private let found = FoundNames()

    init(register: ServiceRegister?) { self.register = register }

    /// The unit's name as the register writes it; without a register, the name as given.
    /// Nil (and a reject) when the register does not know it.
    func unit(_ name: String, field: String, source: RecordSource, log: inout RejectLog) -> String? {
        guard let register, !name.isEmpty else { return name }
        if let known = found.unit(name) { return known }
        if let unit = register.unit(named: name) {
            found.add(unit: unit.name, for: name)
            return unit.name
        }
        let suggestion = suggestions.closest(to: name) { register.closestUnit(to: name) }
        log.reject(source, field: field, value: name, .unknownUnit(name: name, suggestion: suggestion))
        return nil
    }

    /// The service's name as the register writes it, within a unit the register knows.
    func service(_ name: String, unit: String, field: String, source: RecordSource, log: inout RejectLog) -> String? {
        guard let register, !name.isEmpty else { return name }
        if let known = found.service(name, unit: unit) { return known }
        guard let known = register.unit(named: unit) else { return name }
        if let service = register.service(named: name, inUnit: known.id) {
            found.add(service: service.name, for: name, unit: unit)
            return service.name
        }
        let suggestion = suggestions.closest(to: known.id + "\u{0}" + name) { register.closestService(to: name, inUnit: known.id) }
        log.reject(source, field: field, value: name, .unknownService(name: name, unit: known.name, suggestion: suggestion))
        return nil
    }
}

/// Names the register knows, by how records wrote them; shared by the copies of a check.
private final class FoundNames: Sendable {
    private struct ServiceName: Hashable {
        let unit: String
        let service: String
    }

    private let names = Mutex<(units: [String: String], services: [ServiceName: String])>(([:], [:]))

    func unit(_ written: String) -> String? { names.withLock { $0.units[written] } }

    func add(unit: String, for written: String) { names.withLock { $0.units[written] = unit } }

    func service(_ written: String, unit: String) -> String? {
        names.withLock { $0.services[ServiceName(unit: unit, service: written)] }
    }

    func add(service: String, for written: String, unit: String) {
        names.withLock { $0.services[ServiceName(unit: unit, service: written)] = service }
    }
}

/// Suggestions already found, by what they were found for; shared by the copies of a check.
private final class SuggestionMemo: Sendable {
    private let found = Mutex<[String: String?]>([:])

    func closest(to key: String, _ search: () -> String?) -> String? {
        if let known = found.withLock({ $0[key] }) { return known }
        let suggestion = search()
        found.withLock { $0[key] = suggestion }
        return suggestion
    }
}

extension RecordRow {
    /// The row's unit (required), as the register writes it.
    func unit(_ field: Field, register: RegisterCheck, log: inout RejectLog) -> String? {
        required(field, log: &log).flatMap { register.unit($0, field: column(field), source: source, log: &log) }
    }

    /// The row's unit (required) and service (optional), as the register writes them; the
    /// service is checked within the unit once the unit is known.
    func unitAndService(_ unitField: Field, _ serviceField: Field, register: RegisterCheck, log: inout RejectLog) -> (unit: String?, service: String?) {
        let unit = self.unit(unitField, register: register, log: &log)
        guard let name = optional(serviceField), let unit else { return (unit, optional(serviceField)) }
        return (unit, register.service(name, unit: unit, field: column(serviceField), source: source, log: &log))
    }
}
