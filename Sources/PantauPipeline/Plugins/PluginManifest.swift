import Foundation
public import PantauYAML

/// A plugin's `plugin.yaml`, read and checked: what the plugin is, the stage it provides, the
/// program that runs it, the configuration it accepts and the limits it runs under.
public struct PluginManifest: Sendable {
    /// The only protocol version this Pantau speaks.
    public static let protocolVersion = 1
    public static let fileName = "plugin.yaml"

    /// The plugin's directory, absolute; the program starts there.
    public var directory: String
    /// The manifest file as people should read it (relative to the working directory when below it).
    public var file: String
    public var name: String
    public var version: String
    /// The descriptor of the stage the plugin provides: the same shape as a built-in stage's.
    public var descriptor: StageDescriptor
    /// Where `stage:` is written, for messages about clashes.
    public var stageLocation: SourceLocation
    /// The program as written in the manifest, and the executable it resolves to.
    public var program: String
    public var executable: String
    public var arguments: [String]
    public var limits: PluginLimits
    /// The kinds the plugin itself declares under `produces` (the descriptor adds what the
    /// host derives from them, such as an import account).
    public var declaredProduces: [DatasetKind]

    public var stageID: String { descriptor.id }
}

/// Reads `plugin.yaml` with the project's YAML layer: every problem at once, each with its place.
public struct PluginManifestReader: Sendable {
    /// The `PATH` a plugin runs with, and where a bare program name such as `python3` is looked up.
    public static let searchPath = ["/usr/local/bin", "/usr/bin", "/bin"]

    static let topLevelKeys = [
        "name", "version", "protocol", "stage", "role", "summary", "details", "program", "arguments", "options", "consumes",
        "consumes_if_present", "produces", "example", "limits",
    ]
    static let requiredKeys = ["name", "version", "protocol", "stage", "role", "summary", "program", "example"]
    static let optionKeys = ["key", "type", "required", "default", "help", "values", "min", "max", "of"]
    static let limitKeys = ["timeout_seconds", "max_output_bytes"]
    /// Option types as a manifest names them.
    static let typeNames = ["string", "integer", "decimal", "boolean", "date", "choice", "path", "paths", "file-name", "list", "mapping"]

    public var support: PluginSupport
    public var yaml: YAMLLoader

    public init(support: PluginSupport, yaml: YAMLLoader = YAMLLoader()) {
        self.support = support
        self.yaml = yaml
    }

    /// What reading a manifest gave: the manifest when it is sound, every problem, and as much
    /// as could be learnt even from a broken one (its stage id and role), so that a pipeline
    /// using the stage can be told why it is missing.
    public struct Outcome: Sendable {
        public var manifest: PluginManifest?
        public var problems: [Diagnostic]
        public var stageID: String?
        public var role: StageRole?
        public var name: String?
    }

    /// Reads `<directory>/plugin.yaml`; `directory` is absolute.
    public func read(directory: String) -> Outcome {
        let path = (directory as NSString).appendingPathComponent(PluginManifest.fileName)
        let file = InputFile.displayName(for: path)
        // Read by the name people see, so that every location in a message is that name.
        let root: Node
        do {
            root = try yaml.load(contentsOf: file)
        } catch {
            return Outcome(manifest: nil, problems: error.items, stageID: nil, role: nil, name: nil)
        }
        return decode(root, directory: directory, file: file)
    }

    /// Decodes a manifest already loaded as `root`, whose locations name `file`.
    public func decode(_ root: Node, directory: String, file: String) -> Outcome {
        var problems = DiagnosticCollector()
        let context = LocalizedText(id: "manifes plugin", en: "the plugin manifest")
        problems.add(contentsOf: root.checkKeys(allowed: Self.topLevelKeys, required: Self.requiredKeys, context: context))
        guard root.pairs != nil else { return Outcome(manifest: nil, problems: problems.items, stageID: nil, role: nil, name: nil) }

        let name = root["name"].flatMap { node in
            problems.attempt { () throws(Diagnostic) -> String in
                let name = try node.nonEmptyString()
                guard Self.isValidName(name) else { throw node.error(PluginMessage.invalidPluginName(name)) }
                return name
            }
        }
        let version = root["version"].flatMap { node in problems.attempt { try node.nonEmptyString() } }
        if let node = root["protocol"], let value = problems.attempt({ try node.string() }), value != String(PluginManifest.protocolVersion) {
            problems.add(node.error(PluginMessage.unsupportedProtocol(found: value, supported: PluginManifest.protocolVersion)))
        }
        let stage = root["stage"].flatMap { node in
            problems.attempt { () throws(Diagnostic) -> Located<String> in
                let id = try node.nonEmptyString()
                guard PipelineDecoder.isValidStageID(id) else { throw node.error(PipelineMessage.invalidStageID(id)) }
                return Located(id, at: node.location)
            }
        }
        let role = root["role"].flatMap { node in problems.attempt { try node.choice(StageRole.self) } }
        let summary = root["summary"].flatMap { node in Self.localizedText(node, problems: &problems) }
        let details = root["details"].flatMap { node in node.isNull ? nil : Self.localizedText(node, problems: &problems) }
        let program = root["program"].flatMap { node in problems.attempt { Located(try node.nonEmptyString(), at: node.location) } }
        var arguments: [String] = []
        if let node = root["arguments"], !node.isNull {
            for item in problems.attempt({ try node.list(allowingSingle: true) }) ?? [] {
                if let argument = problems.attempt({ try item.string() }) { arguments.append(argument) }
            }
        }
        let options = root["options"].map { decodeOptions($0, problems: &problems) } ?? []
        let consumes = kinds(root["consumes"], allowed: support.consumableKinds, produced: false, problems: &problems)
        let consumesIfPresent = kinds(root["consumes_if_present"], allowed: support.consumableKinds, produced: false, problems: &problems)
        let produces = kinds(root["produces"], allowed: support.producibleKinds, produced: true, problems: &problems)
        let example = root["example"].flatMap { node in problems.attempt { try node.nonEmptyString() } }
        let limits = root["limits"].flatMap { node in node.isNull ? nil : decodeLimits(node, problems: &problems) } ?? support.defaultLimits

        var executable: String?
        if let program {
            executable = problems.attempt { try Self.resolve(program, directory: directory) }
        }

        // Problems in the order a reader goes through the file.
        let ordered = problems.items.enumerated().sorted { a, b in
            let ka = a.element.location.map { ($0.line, $0.column) } ?? (Int.max, 0)
            let kb = b.element.location.map { ($0.line, $0.column) } ?? (Int.max, 0)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        // A broken manifest still says which stage it meant, as far as it can be read.
        let outcome = Outcome(manifest: nil, problems: ordered, stageID: stage?.value ?? root["stage"]?.scalarValue, role: role, name: name)
        guard !problems.hasErrors, let name, let version, let stage, let role, let summary, let program, let executable, let example else {
            return outcome
        }
        let derived = produces.flatMap { support.intake(for: $0)?.alsoProduces ?? [] }.filter { !produces.contains($0) }
        let descriptor = StageDescriptor(
            id: stage.value, role: role, summary: summary, details: details, options: options, consumes: consumes,
            consumesIfPresent: consumesIfPresent, produces: produces + derived, example: example,
            origin: .plugin(name: name, version: version, manifest: file))
        let manifest = PluginManifest(
            directory: directory, file: file, name: name, version: version, descriptor: descriptor, stageLocation: stage.location,
            program: program.value, executable: executable, arguments: arguments, limits: limits, declaredProduces: produces)
        return Outcome(manifest: manifest, problems: ordered, stageID: stage.value, role: role, name: name)
    }

    // MARK: Parts

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    static func localizedText(_ node: Node, problems: inout DiagnosticCollector) -> LocalizedText? {
        let context = LocalizedText(id: "teks dua bahasa", en: "a text in both languages")
        let keyProblems = node.checkKeys(allowed: ["id", "en"], required: ["id", "en"], context: context)
        problems.add(contentsOf: keyProblems)
        guard node.pairs != nil else { return nil }
        let indonesian = node["id"].flatMap { value in problems.attempt { try value.nonEmptyString() } }
        let english = node["en"].flatMap { value in problems.attempt { try value.nonEmptyString() } }
        guard let indonesian, let english else { return nil }
        return LocalizedText(id: indonesian, en: english)
    }

    private func kinds(_ node: Node?, allowed: [DatasetKind], produced: Bool, problems: inout DiagnosticCollector) -> [DatasetKind] {
        guard let node, !node.isNull else { return [] }
        var kinds: [DatasetKind] = []
        for item in problems.attempt({ try node.list(allowingSingle: true) }) ?? [] {
            guard let text = problems.attempt({ try item.nonEmptyString() }) else { continue }
            let kind = DatasetKind(rawValue: text)
            guard allowed.contains(kind) else {
                let suggestion = ClosestName.suggest(for: text, among: allowed.map(\.rawValue))
                problems.add(item.error(PluginMessage.unknownKind(kind: text, allowed: allowed, produced: produced, suggestion: suggestion)))
                continue
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }

    private func decodeLimits(_ node: Node, problems: inout DiagnosticCollector) -> PluginLimits? {
        let context = LocalizedText(id: "'limits'", en: "'limits'")
        problems.add(contentsOf: node.checkKeys(allowed: Self.limitKeys, context: context))
        guard node.pairs != nil else { return nil }
        var limits = support.defaultLimits
        if let value = node["timeout_seconds"], let seconds = problems.attempt({ try value.int(in: 1...86_400) }) {
            limits.timeout = .seconds(seconds)
        }
        if let value = node["max_output_bytes"], let bytes = problems.attempt({ try value.int(in: 1024...(1 << 40)) }) {
            limits.maxOutputBytes = bytes
        }
        return limits
    }

    // MARK: Options

    private func decodeOptions(_ node: Node, problems: inout DiagnosticCollector) -> [StageOption] {
        guard !node.isNull else { return [] }
        var options: [StageOption] = []
        var seen: [String: Int] = [:]
        for item in problems.attempt({ try node.list() }) ?? [] {
            // Duplicates are found by the key as written, even where the rest of an option is broken.
            if let key = item["key"]?.scalarValue {
                if let firstLine = seen[key] {
                    problems.add(item.error(PluginMessage.duplicateOption(key: key, firstLine: firstLine)))
                    continue
                }
                seen[key] = item.location.line
            }
            if let option = decodeOption(item, problems: &problems) { options.append(option) }
        }
        return options
    }

    private func decodeOption(_ node: Node, problems: inout DiagnosticCollector) -> StageOption? {
        let label = node["key"]?.scalarValue ?? "?"
        let context = LocalizedText(id: "opsi '\(label)'", en: "option '\(label)'")
        let keyProblems = node.checkKeys(allowed: Self.optionKeys, required: ["key", "type", "help"], context: context)
        problems.add(contentsOf: keyProblems)
        guard node.pairs != nil else { return nil }
        let errorsBefore = problems.items.count

        let key = node["key"].flatMap { keyNode in
            problems.attempt { () throws(Diagnostic) -> String in
                let key = try keyNode.nonEmptyString()
                guard Self.isValidOptionKey(key) else { throw keyNode.error(PluginMessage.invalidOptionKey(key)) }
                return key
            }
        }
        let typeName = node["type"].flatMap { typeNode in problems.attempt { try Self.typeName(typeNode) } }
        let help = node["help"].flatMap { helpNode in Self.localizedText(helpNode, problems: &problems) }
        let required = node["required"].flatMap { value in value.isNull ? nil : problems.attempt { try value.bool() } } ?? false

        // Attributes that belong to other types are mistakes worth pointing at.
        if let typeName {
            for (attribute, types) in [("values", ["choice"]), ("min", ["integer"]), ("max", ["integer"]), ("of", ["list", "mapping"])]
            where !types.contains(typeName) {
                if let attributeNode = node.pairs?.first(where: { $0.key.scalarValue == attribute })?.key {
                    problems.add(attributeNode.error(PluginMessage.attributeNotForType(attribute: attribute, type: typeName)))
                }
            }
        }

        var type: OptionType?
        switch typeName {
        case "choice"?:
            if let valuesNode = node["values"], !valuesNode.isNull {
                var values: [String] = []
                for item in problems.attempt({ try valuesNode.list() }) ?? [] {
                    if let value = problems.attempt({ try item.nonEmptyString() }), !values.contains(value) { values.append(value) }
                }
                type = .choice(values)
                if values.isEmpty, problems.items.count == errorsBefore { problems.add(valuesNode.error(YAMLMessage.emptyValue)) }
            } else {
                problems.add(node.error(PluginMessage.choiceNeedsValues(key: label)))
            }
        case "integer"?:
            let minimum = node["min"].flatMap { value in problems.attempt { try value.int() } }
            let maximum = node["max"].flatMap { value in problems.attempt { try value.int() } }
            if let minimum, let maximum, minimum > maximum {
                problems.add(node["min"]!.error(PluginMessage.rangeEmpty(min: minimum, max: maximum)))
            } else if minimum != nil || maximum != nil {
                type = .integer((minimum ?? Int.min)...(maximum ?? Int.max))
            } else {
                type = .integer(nil)
            }
        case let name? where name == "list" || name == "mapping":
            if let ofNode = node["of"] {
                if let elementName = problems.attempt({ try Self.typeName(ofNode) }) {
                    if let element = Self.scalarType(elementName) {
                        type = name == "list" ? .list(element) : .mapping(element)
                    } else {
                        problems.add(ofNode.error(PluginMessage.elementTypeNotScalar(type: elementName)))
                    }
                }
            } else {
                problems.add(node.error(PluginMessage.elementTypeNeeded(key: label, type: name)))
            }
        case let name?:
            type = Self.scalarType(name)
        case nil:
            break
        }

        var requirement: StageOption.Requirement = required ? .required : .optional(default: nil)
        if let defaultNode = node["default"], !defaultNode.isNull {
            if required {
                problems.add(defaultNode.error(PluginMessage.requiredWithDefault(key: label)))
            } else if let type, let typeName {
                if let text = problems.attempt({ try Self.checkDefault(defaultNode, type: type, typeName: typeName) }) {
                    requirement = .optional(default: text)
                }
            }
        }
        guard problems.items.count == errorsBefore, keyProblems.isEmpty, let key, let type, let help else { return nil }
        return StageOption(key, type, requirement, help: help)
    }

    static func isValidOptionKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func typeName(_ node: Node) throws(Diagnostic) -> String {
        let name = try node.nonEmptyString()
        guard typeNames.contains(name) else {
            throw node.error(PluginMessage.unknownOptionType(type: name, allowed: typeNames, suggestion: ClosestName.suggest(for: name, among: typeNames)))
        }
        return name
    }

    /// The type of a single value; `choice` needs its values and so is not one here.
    static func scalarType(_ name: String) -> OptionType? {
        switch name {
        case "string": .string
        case "integer": .integer(nil)
        case "decimal": .decimal
        case "boolean": .boolean
        case "date": .date
        case "path": .inputFile
        case "paths": .inputFiles
        case "file-name": .outputFileName
        default: nil
        }
    }

    /// The default's text, after checking it reads as the option's type.
    static func checkDefault(_ node: Node, type: OptionType, typeName: String) throws(Diagnostic) -> String {
        switch type {
        case .string, .inputFile, .inputFiles: _ = try node.string()
        case .integer(let range): _ = try node.int(in: range)
        case .decimal: _ = try node.decimal()
        case .boolean: _ = try node.bool()
        case .date: _ = try node.date()
        case .choice(let values): _ = try node.choice(among: values)
        case .outputFileName:
            let name = try node.nonEmptyString()
            guard RunOutput.isPlainName(name) else { throw node.error(PipelineMessage.invalidFileName(name)) }
        case .list, .mapping, .object, .custom: throw node.error(PluginMessage.defaultNotForType(type: typeName))
        }
        return try node.string()
    }

    // MARK: Program

    /// The executable a manifest's `program` names: a path relative to the plugin's directory
    /// when it has a `/`, else a name looked up on the plugin's `PATH`.
    static func resolve(_ program: Located<String>, directory: String) throws(Diagnostic) -> String {
        let error = { (message: PluginMessage) in Diagnostic.error(at: program.location, message) }
        let manager = FileManager.default
        if program.value.contains("/") {
            let joined = program.value.hasPrefix("/") ? program.value : (directory as NSString).appendingPathComponent(program.value)
            let path = (joined as NSString).standardizingPath
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw error(.programNotFound(path: program.value))
            }
            guard manager.isExecutableFile(atPath: path) else { throw error(.programNotExecutable(path: program.value)) }
            return path
        }
        for entry in searchPath {
            let candidate = (entry as NSString).appendingPathComponent(program.value)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue, manager.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        let local = manager.fileExists(atPath: (directory as NSString).appendingPathComponent(program.value))
        throw error(.programNotOnPath(name: program.value, searched: searchPath, inPluginDirectory: local))
    }
}
