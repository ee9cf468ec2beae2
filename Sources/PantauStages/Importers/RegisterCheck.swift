import PantauCore

/// Checks the unit and service a record names against the register, when the pipeline imports
/// one: an unknown name is rejected with the closest known name; a known one is written as the
/// register writes it, so that "disdukcapil" and "DISDUKCAPIL" count as one unit.
struct RegisterCheck: Sendable {
    let register: ServiceRegister?
    /// The closest known name of each unknown name met, found once: an export that misspells a
    /// unit does so in thousands of rows, and each search measures every name of the register.
    private let suggestions = SharedMemo<String, String?>()
    /// The register's name for each unit and service as records write them (nil: not in the
    /// register): a file names a few hundred in thousands of rows, and finding each anew meant
    /// normalising it every time.
    private let units = SharedMemo<String, String?>()
    private let services = SharedMemo<ServiceName, String?>()

    private struct ServiceName: Hashable, Sendable {
        let unit: String
        let service: String
    }

    init(register: ServiceRegister?) { self.register = register }

    /// The unit's name as the register writes it; without a register, the name as given.
    /// Nil (and a reject) when the register does not know it.
    func unit(_ name: String, field: String, source: RecordSource, log: inout RejectLog) -> String? {
        guard let register, !name.isEmpty else { return name }
        if let unit = units.value(for: name, { register.unit(named: name)?.name }) { return unit }
        let suggestion = suggestions.value(for: name) { register.closestUnit(to: name) }
        log.reject(source, field: field, value: name, .unknownUnit(name: name, suggestion: suggestion))
        return nil
    }

    /// The service's name as the register writes it, within a unit the register knows.
    func service(_ name: String, unit: String, field: String, source: RecordSource, log: inout RejectLog) -> String? {
        guard let register, !name.isEmpty else { return name }
        let found = services.value(for: ServiceName(unit: unit, service: name)) {
            register.unit(named: unit).flatMap { register.service(named: name, inUnit: $0.id)?.name }
        }
        if let found { return found }
        guard let known = register.unit(named: unit) else { return name }
        let suggestion = suggestions.value(for: known.id + "\u{0}" + name) { register.closestService(to: name, inUnit: known.id) }
        log.reject(source, field: field, value: name, .unknownService(name: name, unit: known.name, suggestion: suggestion))
        return nil
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
