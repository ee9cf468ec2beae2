import Foundation
import PantauCore
import PantauPipeline
import PantauYAML

/// A standards YAML file: the region's units, their services, and each service's standard.
///
/// ```yaml
/// units:
///   - id: DISDUKCAPIL
///     name: Dinas Kependudukan dan Pencatatan Sipil
///     aliases: [Disdukcapil]
///     services:
///       - id: KK
///         name: Penerbitan Kartu Keluarga
///         standard:
///           components: {persyaratan: "…", prosedur: "…"}
///           time_limit_days: 3
///           fee: 0
/// services:            # services kept apart from their unit name it
///   - unit: DISDUKCAPIL
///     id: AKTA-LAHIR
///     name: Penerbitan Akta Kelahiran
/// ```
///
/// The file is read for its structure when the stage is configured: a syntax error, an unknown
/// key or a list where a value belongs stops the stage with the file, line and column, so that
/// `pantau validate` finds it. What a value says (an empty id, a date that does not exist, an
/// unknown component) is checked when the stage runs, and rejects the entry it belongs to.
struct StandardsYAMLFile: Sendable {
    struct Unit: Sendable {
        var source: RecordSource
        var id: RecordField
        var name: RecordField
        var aliases: [RecordField]
        var services: [Service]
    }

    struct Service: Sendable {
        var source: RecordSource
        /// The unit a service listed apart from its unit names; nil under a unit.
        var unit: RecordField?
        var id: RecordField
        var name: RecordField
        var aliases: [RecordField]
        var standard: StandardEntry?
    }

    static let fileKeys = ["units", "services"]
    static let unitKeys = ["id", "name", "aliases", "services"]
    static let serviceKeys = ["id", "name", "aliases", "standard"]

    var file: InputFile
    var units: [Unit] = []
    var services: [Service] = []

    static func isYAML(_ file: InputFile) -> Bool {
        let name = file.path.lowercased()
        return name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// Reads and checks the file's structure, reporting every problem found at once.
    init(file: InputFile) throws(Diagnostics) {
        self.file = file
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw Diagnostics([.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: TableFile.reason(error)))])
        }
        let root = try YAMLLoader().load(bytes: bytes, file: file.displayName)
        var reader = Reader(file: file.displayName)
        if !root.isNull {
            reader.check(root, keys: Self.fileKeys, context: Context.file)
            units = reader.items(root["units"]).compactMap { reader.unit($0) }
            services = reader.items(root["services"]).compactMap { reader.service($0, standalone: true) }
        }
        try reader.problems.throwIfErrors()
    }

    private enum Context {
        static let file = LocalizedText(id: "berkas standar pelayanan", en: "the standards file")
        static let unit = LocalizedText(id: "unit", en: "a unit")
        static let service = LocalizedText(id: "layanan", en: "a service")
        static let standard = LocalizedText(id: "standar pelayanan", en: "a service standard")
    }

    /// Turns nodes into entries, collecting structural problems on the way.
    private struct Reader {
        let file: String
        var problems = DiagnosticCollector()

        mutating func check(_ node: Node, keys: [String], context: LocalizedText) {
            problems.add(contentsOf: node.checkKeys(allowed: keys, context: context))
        }

        /// The items of a list; nothing for an absent or empty value.
        mutating func items(_ node: Node?) -> [Node] {
            guard let node, !node.isNull else { return [] }
            return problems.attempt { try node.list() } ?? []
        }

        func source(_ node: Node) -> RecordSource {
            RecordSource(file: file, row: node.location.line, line: node.location.line)
        }

        /// A scalar's text without surrounding blanks, "" when absent or null, at its line or the
        /// entry's when absent.
        mutating func scalar(_ entry: Node, _ key: String, field: String? = nil) -> RecordField {
            guard let node = entry[key] else { return RecordField("", field: field ?? key, source: source(entry)) }
            if node.isNull { return RecordField("", field: field ?? key, source: source(node)) }
            let text = problems.attempt { try node.string() } ?? ""
            return RecordField(text.trimmingBlanks, field: field ?? key, source: source(node))
        }

        /// One value or a list of values.
        mutating func scalars(_ entry: Node, _ key: String) -> [RecordField] {
            guard let node = entry[key], !node.isNull else { return [] }
            let items = problems.attempt { try node.list(allowingSingle: true) } ?? []
            return items.compactMap { item in
                guard let text = problems.attempt({ try item.string() }) else { return nil }
                return RecordField(text.trimmingBlanks, field: key, source: source(item))
            }
        }

        mutating func unit(_ node: Node) -> Unit? {
            guard problems.attempt({ try node.mapping() }) != nil else { return nil }
            check(node, keys: StandardsYAMLFile.unitKeys, context: Context.unit)
            return Unit(
                source: source(node), id: scalar(node, "id"), name: scalar(node, "name"), aliases: scalars(node, "aliases"),
                services: items(node["services"]).compactMap { service($0, standalone: false) })
        }

        mutating func service(_ node: Node, standalone: Bool) -> Service? {
            guard problems.attempt({ try node.mapping() }) != nil else { return nil }
            check(node, keys: (standalone ? ["unit"] : []) + StandardsYAMLFile.serviceKeys, context: Context.service)
            var standard: StandardEntry?
            if let pair = node.pairs?.first(where: { $0.key.scalarValue == "standard" }), !pair.value.isNull {
                // The standard is where its key is written: its mapping starts on a later line.
                standard = self.standard(pair.value, at: source(pair.key))
            }
            return Service(
                source: source(node), unit: standalone ? scalar(node, "unit") : nil, id: scalar(node, "id"), name: scalar(node, "name"),
                aliases: scalars(node, "aliases"), standard: standard)
        }

        mutating func standard(_ node: Node, at source: RecordSource) -> StandardEntry? {
            guard problems.attempt({ try node.mapping() }) != nil else { return nil }
            check(node, keys: ["components"] + StandardEntry.factKeys, context: Context.standard)
            var entry = StandardEntry(source: source)
            if let components = node["components"], !components.isNull {
                entry.components = mentions(components)
            }
            func optional(_ field: RecordField) -> RecordField? { field.isEmpty ? nil : field }
            entry.timeLimitDays = optional(scalar(node, "time_limit_days"))
            entry.fee = optional(scalar(node, "fee"))
            entry.legalBasis = scalars(node, "legal_basis")
            entry.established = optional(scalar(node, "established"))
            entry.reviewed = optional(scalar(node, "reviewed"))
            entry.published = optional(scalar(node, "published"))
            entry.publishedIn = scalars(node, "published_in")
            entry.maklumat = optional(scalar(node, "maklumat"))
            entry.consultation = optional(scalar(node, "consultation"))
            entry.targetGroups = scalars(node, "target_groups")
            return entry
        }

        /// `components:` as a mapping of component to text, or as a list of the components stated.
        mutating func mentions(_ node: Node) -> [StandardEntry.Mention] {
            if case .sequence(let items) = node.content {
                return items.compactMap { item in
                    guard let name = problems.attempt({ try item.string() }) else { return nil }
                    return StandardEntry.Mention(name: RecordField(name.trimmingBlanks, field: "components", source: source(item)), text: "", stated: true)
                }
            }
            return (problems.attempt { try node.mapping() } ?? []).compactMap { entry in
                let name = RecordField(entry.key.trimmingBlanks, field: "components", source: source(entry.keyNode))
                if entry.value.isNull { return StandardEntry.Mention(name: name, text: "", stated: false) }
                guard let text = problems.attempt({ try entry.value.string() }) else { return nil }
                let trimmed = text.trimmingBlanks
                return StandardEntry.Mention(name: name, text: trimmed, stated: !trimmed.isEmpty && trimmed != "-")
            }
        }
    }
}
