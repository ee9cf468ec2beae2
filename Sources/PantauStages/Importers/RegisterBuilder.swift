import PantauCore
import PantauYAML

/// Builds the register of units and services from entries in the order they are read,
/// whatever file they come from. The first entry with an id keeps it and a later one is
/// rejected; so is a later name or alias that would make a lookup ambiguous, because other
/// importers find units and services by any of their names.
///
/// Each entry is checked first and added only when it has no problem, so that a rejected
/// record contributes nothing.
struct RegisterBuilder: Sendable {
    private struct Claim: Sendable {
        /// The unit or service that holds the name, as messages show it.
        var owner: String
        var source: RecordSource
        /// The unit's position in `units`, for claims of unit names.
        var index = 0
    }

    private(set) var units: [ServiceRegister.Unit] = []
    private(set) var services: [ServiceRegister.Service] = []
    /// By unit id: its position in `units` and where it was first listed.
    private var unitIDs: [String: (index: Int, source: RecordSource)] = [:]
    /// Every id, name and alias of every unit.
    private var unitNames: [String: Claim] = [:]
    /// By unit id and service id.
    private var serviceIDs: [String: RecordSource] = [:]
    /// Every id, name and alias of every service, within its unit.
    private var serviceNames: [String: Claim] = [:]

    var register: ServiceRegister { ServiceRegister(units: units, services: services) }

    /// The unit with this id, name or alias.
    func unit(named name: String) -> ServiceRegister.Unit? {
        unitNames[key(name)].map { units[$0.index] }
    }

    func closestUnit(to name: String) -> String? {
        ClosestName.suggest(for: name, among: units.map(\.name) + units.map(\.id))
    }

    /// The unit with this id, exactly (without regard to case and blanks).
    func unit(withID id: String) -> ServiceRegister.Unit? {
        unitIDs[key(id)].map { units[$0.index] }
    }

    // MARK: - Units

    /// The problems with a new unit; none when it can be added.
    func problems(newUnit id: RecordField, name: RecordField, aliases: [RecordField]) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if id.isEmpty { problems.append(id.missing) }
        if name.isEmpty { problems.append(name.missing) }
        guard problems.isEmpty else { return problems }
        if let first = unitIDs[key(id.text)] {
            return [id.problem(FirstOccurrence.duplicate(id: id.text, first: first.source, current: id.source))]
        }
        var own: Set<String> = []
        for value in [id, name] + aliases where own.insert(key(value.text)).inserted {
            if let claim = unitNames[key(value.text)] {
                problems.append(value.problem(FirstOccurrence.nameTaken(value.text, owner: claim.owner, first: claim.source, current: value.source)))
            }
        }
        return problems
    }

    mutating func addUnit(id: RecordField, name: RecordField, aliases: [RecordField]) {
        let unit = ServiceRegister.Unit(id: id.text, name: name.text, aliases: unique(aliases.map(\.text), besides: [id.text, name.text]))
        unitIDs[key(id.text)] = (units.count, id.source)
        units.append(unit)
        for value in [id, name] + aliases where unitNames[key(value.text)] == nil {
            unitNames[key(value.text)] = Claim(owner: name.text, source: value.source, index: units.count - 1)
        }
    }

    /// The problems with a unit listed again on another row of a register table: the same id
    /// must carry the same name, and new aliases must not be taken.
    func problems(repeatedUnit id: RecordField, name: RecordField, aliases: [RecordField]) -> [RecordProblem] {
        guard let first = unitIDs[key(id.text)] else { return [] }
        let known = units[first.index]
        if !name.isEmpty, key(name.text) != key(known.name) {
            return [name.problem(.unitNameDiffers(id: id.text, name: name.text, firstName: known.name, firstRow: first.source.row))]
        }
        return aliases.compactMap { alias in
            guard let claim = unitNames[key(alias.text)], claim.index != first.index else { return nil }
            return alias.problem(FirstOccurrence.nameTaken(alias.text, owner: claim.owner, first: claim.source, current: alias.source))
        }
    }

    mutating func addAliases(_ aliases: [RecordField], toUnit id: String) {
        guard let index = unitIDs[key(id)]?.index else { return }
        let unit = units[index]
        for alias in aliases where unitNames[key(alias.text)] == nil {
            units[index].aliases.append(alias.text)
            unitNames[key(alias.text)] = Claim(owner: unit.name, source: alias.source, index: index)
        }
    }

    // MARK: - Services

    /// The problems with a new service of a unit already in the register.
    func problems(newService id: RecordField, name: RecordField, aliases: [RecordField], unitID: String) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if id.isEmpty { problems.append(id.missing) }
        if name.isEmpty { problems.append(name.missing) }
        guard problems.isEmpty else { return problems }
        if let first = serviceIDs[key(unitID, id.text)] {
            return [id.problem(FirstOccurrence.duplicate(id: id.text, first: first, current: id.source))]
        }
        var own: Set<String> = []
        for value in [id, name] + aliases where own.insert(key(value.text)).inserted {
            if let claim = serviceNames[key(unitID, value.text)] {
                problems.append(value.problem(FirstOccurrence.nameTaken(value.text, owner: claim.owner, first: claim.source, current: value.source)))
            }
        }
        return problems
    }

    mutating func addService(id: RecordField, name: RecordField, aliases: [RecordField], unitID: String) {
        serviceIDs[key(unitID, id.text)] = id.source
        services.append(ServiceRegister.Service(
            id: id.text, unitID: unitID, name: name.text, aliases: unique(aliases.map(\.text), besides: [id.text, name.text])))
        for value in [id, name] + aliases where serviceNames[key(unitID, value.text)] == nil {
            serviceNames[key(unitID, value.text)] = Claim(owner: name.text, source: value.source)
        }
    }

    // MARK: -

    private func key(_ text: String) -> String { ServiceRegister.lookupKey(text) }

    private func key(_ unitID: String, _ text: String) -> String { key(unitID) + "\u{0}" + key(text) }

    /// Aliases once each, leaving out those that repeat the id or the name.
    private func unique(_ aliases: [String], besides names: [String]) -> [String] {
        var seen = Set(names.map(key))
        return aliases.filter { seen.insert(key($0)).inserted }
    }
}
