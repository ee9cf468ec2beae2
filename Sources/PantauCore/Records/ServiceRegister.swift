import PantauYAML

/// The region's units (agencies) and their services: the register every other record refers
/// to. Imported with the service standards; other importers check their unit and service names
/// against it and reject unknown ones with the closest known names.
public struct ServiceRegister: Sendable, Hashable {
    public struct Unit: Sendable, Hashable, Codable {
        /// A short stable code such as `DISDUKCAPIL`.
        public var id: String
        /// The full name, as exports usually write it.
        public var name: String
        /// Other names exports use for the same unit (an abbreviation, an old name).
        public var aliases: [String]

        public init(id: String, name: String, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.aliases = aliases
        }
    }

    public struct Service: Sendable, Hashable, Codable {
        public var id: String
        public var unitID: String
        public var name: String
        public var aliases: [String]

        public init(id: String, unitID: String, name: String, aliases: [String] = []) {
            self.id = id
            self.unitID = unitID
            self.name = name
            self.aliases = aliases
        }
    }

    public private(set) var units: [Unit]
    public private(set) var services: [Service]
    private var unitKeys: [String: Int] = [:]
    private var serviceKeys: [String: Int] = [:]

    public init(units: [Unit], services: [Service]) {
        self.units = units
        self.services = services
        for (index, unit) in units.enumerated() {
            for key in [unit.id, unit.name] + unit.aliases { unitKeys[Self.key(key)] = unitKeys[Self.key(key)] ?? index }
        }
        for (index, service) in services.enumerated() {
            for key in [service.id, service.name] + service.aliases {
                let scoped = Self.key(service.unitID) + "\u{0}" + Self.key(key)
                serviceKeys[scoped] = serviceKeys[scoped] ?? index
            }
        }
    }

    /// The unit a record names by its id, name or an alias (case and surrounding blanks ignored).
    public func unit(named name: String) -> Unit? {
        unitKeys[Self.key(name)].map { units[$0] }
    }

    /// The service a record names within a unit.
    public func service(named name: String, inUnit unitID: String) -> Service? {
        serviceKeys[Self.key(unitID) + "\u{0}" + Self.key(name)].map { services[$0] }
    }

    public func services(ofUnit unitID: String) -> [Service] {
        services.filter { $0.unitID == unitID }
    }

    /// The known unit names closest to a name that is not known, for "did you mean …?".
    public func closestUnit(to name: String) -> String? {
        ClosestName.suggest(for: name, among: units.map(\.name) + units.map(\.id))
    }

    public func closestService(to name: String, inUnit unitID: String) -> String? {
        ClosestName.suggest(for: name, among: services(ofUnit: unitID).map(\.name))
    }

    static func key(_ text: String) -> String { NameInterner.key(text) }
}
