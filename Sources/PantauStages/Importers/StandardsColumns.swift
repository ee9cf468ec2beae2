import PantauCore
import PantauPipeline
import PantauYAML

/// Which columns of a standards CSV hold what. One row is one service's standard: `unit` and
/// `service` name it (by id, name or alias), the facts have a column each, `components` may
/// list the components stated, and every column whose header names a component (by key or by
/// its full name, in either language) holds that component's text. Headers are found without
/// regard to case; `columns:` maps any of these to another header.
struct StandardsColumns: Sendable {
    static let keys = ["unit", "service"] + StandardEntry.factKeys + ["components"]

    /// The columns configured under `columns:`, by key.
    var configured: [String: String] = [:]

    init() {}

    init(node: Node?) throws(Diagnostics) {
        guard let node else { return }
        var problems = DiagnosticCollector()
        let allowed = Self.keys + StandardComponent.keys
        problems.add(contentsOf: node.checkKeys(allowed: allowed, context: LocalizedText(id: "columns", en: "columns")))
        var usedBy: [String: String] = [:]
        for entry in problems.attempt({ try node.mapping() }) ?? [] where allowed.contains(entry.key) {
            guard let column = problems.attempt({ try entry.value.nonEmptyString() }) else { continue }
            if let first = usedBy[ColumnMap.normalised(column)] {
                problems.add(entry.value.error(StageMessage.columnMappedTwice(column: column, first: first, second: entry.key)))
            }
            usedBy[ColumnMap.normalised(column)] = entry.key
            configured[entry.key] = column
        }
        try problems.throwIfErrors()
    }

    func column(_ key: String) -> String { configured[key] ?? key }

    /// Where a file's columns are, in the list handed to `TableImport.read`.
    struct Layout: Sendable {
        var columns: [String] = []
        /// By fact key (and `components`), the position of its column when the file has one.
        var facts: [String: Int] = [:]
        var components: [(component: StandardComponent, index: Int)] = []

        static let unit = 0
        static let service = 1
    }

    /// The layout of a file: the `unit` and `service` columns and every configured column must
    /// be in the header; the other columns are used when it has them.
    func layout(_ header: ColumnMap, file: String) throws(Diagnostics) -> Layout {
        _ = try header.require([column("unit"), column("service")] + configured.keys.sorted().map(column), file: file)
        var layout = Layout(columns: [column("unit"), column("service")])
        var used = Set(layout.columns.map(ColumnMap.normalised))
        for key in StandardEntry.factKeys + ["components"] where header.index(of: column(key)) != nil {
            layout.facts[key] = layout.columns.count
            layout.columns.append(column(key))
            used.insert(ColumnMap.normalised(column(key)))
        }
        var stated: Set<StandardComponent> = []
        for (key, name) in configured.sorted(by: { $0.key < $1.key }) where !Self.keys.contains(key) {
            guard let component = StandardComponent.named(key), stated.insert(component).inserted else { continue }
            layout.components.append((component, layout.columns.count))
            layout.columns.append(name)
            used.insert(ColumnMap.normalised(name))
        }
        for name in header.headers where !used.contains(ColumnMap.normalised(name)) {
            guard let component = StandardComponent.named(name), stated.insert(component).inserted else { continue }
            layout.components.append((component, layout.columns.count))
            layout.columns.append(name)
            used.insert(ColumnMap.normalised(name))
        }
        return layout
    }

    /// A row's standard, as written.
    static func entry(_ row: TableRow, layout: Layout) -> StandardEntry {
        var entry = StandardEntry(source: row.source)
        func field(_ key: String) -> RecordField? {
            guard let index = layout.facts[key] else { return nil }
            let text = row.text(index)
            return text.isEmpty ? nil : RecordField(text, field: layout.columns[index], source: row.source)
        }
        func list(_ key: String) -> [RecordField] {
            guard let field = field(key) else { return [] }
            return FieldParsers.listItems(field.text).map { RecordField($0, field: field.field, source: row.source) }
        }
        entry.timeLimitDays = field("time_limit_days")
        entry.fee = field("fee")
        entry.legalBasis = list("legal_basis")
        entry.established = field("established")
        entry.reviewed = field("reviewed")
        entry.published = field("published")
        entry.publishedIn = list("published_in")
        entry.maklumat = field("maklumat")
        entry.consultation = field("consultation")
        entry.targetGroups = list("target_groups")
        entry.components = list("components").map { StandardEntry.Mention(name: $0, text: "", stated: true) }
        // The component each mention names, found once per mention rather than once per column.
        var named = entry.components.map { StandardComponent.named($0.name.text) }
        for (component, index) in layout.components {
            let text = row.text(index)
            let name = RecordField(component.key, field: layout.columns[index], source: row.source)
            // A component listed in `components` and given a column too is one component.
            if let listed = named.firstIndex(of: component) {
                if !text.isEmpty, text != "-" { entry.components[listed].text = text }
                continue
            }
            entry.components.append(StandardEntry.Mention(name: name, text: text, stated: !text.isEmpty && text != "-"))
            named.append(StandardComponent.named(name.text))
        }
        return entry
    }
}

/// The columns of a register CSV: one row per service, with its unit's id and name repeated
/// (a row with no service lists a unit alone). Aliases are optional and written in one cell,
/// separated by `;`.
struct RegisterColumns: Sendable {
    static let options = [
        StageOption("unit_id", .string, .optional(default: "unit_id"), help: LocalizedText(id: "Kolom id unit.", en: "Unit id column.")),
        StageOption("unit", .string, .optional(default: "unit"), help: LocalizedText(id: "Kolom nama unit.", en: "Unit name column.")),
        StageOption("unit_aliases", .string, .optional(default: "unit_aliases"), help: LocalizedText(
            id: "Kolom nama lain unit, dipisah `;` (bila ada).", en: "Column of the unit's other names, separated by `;` (when present).")),
        StageOption("service_id", .string, .optional(default: "service_id"), help: LocalizedText(
            id: "Kolom id layanan.", en: "Service id column.")),
        StageOption("service", .string, .optional(default: "service"), help: LocalizedText(
            id: "Kolom nama layanan.", en: "Service name column.")),
        StageOption("service_aliases", .string, .optional(default: "service_aliases"), help: LocalizedText(
            id: "Kolom nama lain layanan, dipisah `;` (bila ada).", en: "Column of the service's other names, separated by `;` (when present).")),
    ]

    var names: [String: String] = Dictionary(uniqueKeysWithValues: Self.options.map { ($0.key, $0.key) })
    var configured: Set<String> = []

    init() {}

    init(node: Node?) throws(Diagnostics) {
        guard let node else { return }
        var problems = DiagnosticCollector()
        for option in Self.options {
            guard let value = node[option.key], !value.isNull, let column = problems.attempt({ try value.nonEmptyString() }) else { continue }
            names[option.key] = column
            configured.insert(option.key)
        }
        try problems.throwIfErrors()
    }

    struct Layout: Sendable {
        var columns: [String]
        var unitAliases: Int?
        var serviceAliases: Int?

        static let unitID = 0, unit = 1, serviceID = 2, service = 3
    }

    func layout(_ header: ColumnMap, file: String) throws(Diagnostics) -> Layout {
        let required = ["unit_id", "unit", "service_id", "service"] + ["unit_aliases", "service_aliases"].filter(configured.contains)
        _ = try header.require(required.map { names[$0]! }, file: file)
        var layout = Layout(columns: ["unit_id", "unit", "service_id", "service"].map { names[$0]! })
        if header.index(of: names["unit_aliases"]!) != nil {
            layout.unitAliases = layout.columns.count
            layout.columns.append(names["unit_aliases"]!)
        }
        if header.index(of: names["service_aliases"]!) != nil {
            layout.serviceAliases = layout.columns.count
            layout.columns.append(names["service_aliases"]!)
        }
        return layout
    }
}
