import PantauCore

/// Checks the unit and service a record names against the register, when the pipeline imports
/// one: an unknown name is rejected with the closest known name; a known one is written as the
/// register writes it, so that "disdukcapil" and "DISDUKCAPIL" count as one unit.
struct RegisterCheck: Sendable {
    let register: ServiceRegister?

    /// The unit's name as the register writes it; without a register, the name as given.
    /// Nil (and a reject) when the register does not know it.
    func unit(_ name: String, field: String, source: RecordSource, log: inout RejectLog) -> String? {
        guard let register, !name.isEmpty else { return name }
        if let unit = register.unit(named: name) { return unit.name }
        log.reject(source, field: field, value: name, .unknownUnit(name: name, suggestion: register.closestUnit(to: name)))
        return nil
    }

    /// The service's name as the register writes it, within a unit the register knows.
    func service(_ name: String, unit: String, field: String, source: RecordSource, log: inout RejectLog) -> String? {
        guard let register, !name.isEmpty, let known = register.unit(named: unit) else { return name }
        if let service = register.service(named: name, inUnit: known.id) { return service.name }
        log.reject(source, field: field, value: name, .unknownService(
            name: name, unit: known.name, suggestion: register.closestService(to: name, inUnit: known.id)))
        return nil
    }
}
