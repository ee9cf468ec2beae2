/// The positions of records by the unit each names, so that the records naming the same unit as
/// a given name are found without comparing every record: rules that look, for each of 10,000
/// standards, at the participation events of its unit would otherwise compare every pair.
///
/// "The same unit" is `EvaluationRecords.sameUnit`'s rule: the same register unit when the
/// register knows both names, else the same words (`RecordWords.key`).
struct UnitNameIndex: Sendable {
    private let register: ServiceRegister?
    private var byRegisterID: [String: [Int]] = [:]
    private var byWords: [String: [Int]] = [:]
    /// Whether the register knows the record's unit name.
    private var known: [Bool] = []

    init() { register = nil }

    init(units: [String], register: ServiceRegister?) {
        self.register = register
        // Thousands of records name a few hundred units: each name is looked up once.
        var named: [String: (registerID: String?, words: String)] = [:]
        for (position, name) in units.enumerated() {
            let unit = named[name] ?? (register?.unit(named: name)?.id, RecordWords.key(name))
            named[name] = unit
            if let id = unit.registerID { byRegisterID[id, default: []].append(position) }
            known.append(unit.registerID != nil)
            byWords[unit.words, default: []].append(position)
        }
    }

    /// The positions, ascending, of the records whose unit is the same as `name`'s.
    func positions(sameUnitAs name: String) -> [Int] {
        let sameWords = byWords[RecordWords.key(name)] ?? []
        guard let unit = register?.unit(named: name) else { return sameWords }
        // Both names known: the same register unit. A record's name the register does not know
        // is the same unit by its words.
        let registered = byRegisterID[unit.id] ?? []
        let unknown = sameWords.filter { !known[$0] }
        return unknown.isEmpty ? registered : (registered + unknown).sorted()
    }
}
