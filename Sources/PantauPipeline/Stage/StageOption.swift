public import PantauYAML

/// One key a stage accepts under `with:`: its type, whether it is required, its default and help.
public struct StageOption: Sendable {
    public enum Requirement: Sendable, Equatable {
        case required
        /// Optional; the default is shown in the reference as written in YAML, or nothing.
        case optional(default: String?)
    }

    public var key: String
    public var type: OptionType
    public var requirement: Requirement
    public var help: LocalizedText

    public init(_ key: String, _ type: OptionType, _ requirement: Requirement, help: LocalizedText) {
        self.key = key
        self.type = type
        self.requirement = requirement
        self.help = help
    }

    public var isRequired: Bool { requirement == .required }

    public var defaultValue: String? {
        if case .optional(let value) = requirement { return value }
        return nil
    }
}

/// The type of a configuration value. The generic validator checks these before a stage sees
/// its configuration; a stage then checks what only it can know (cross-field rules).
public indirect enum OptionType: Sendable {
    case string
    case integer(ClosedRange<Int>?)
    case decimal
    case boolean
    case date
    /// One of a fixed set of words.
    case choice([String])
    /// One existing input file, relative to the pipeline file.
    case inputFile
    /// One or more input files: a path, a glob such as `skm/*.csv`, or a list of them.
    case inputFiles
    /// A plain file name written into the run's output directory.
    case outputFileName
    case list(OptionType)
    /// A mapping whose keys the stage checks itself (for example survey columns per element).
    case mapping(OptionType)
    /// A mapping with fixed keys, each an option of its own.
    case object([StageOption])
    /// A value whose shape only the stage knows (rule settings, say): it checks the value itself,
    /// with positions, when it is made. The text is how the reference writes the type.
    case custom(String)

    /// How the type is written in the reference and in `pantau stages`.
    public var name: String {
        switch self {
        case .string: "string"
        case .integer(let range?): "integer (\(range.lowerBound)–\(range.upperBound))"
        case .integer(nil): "integer"
        case .decimal: "decimal"
        case .boolean: "boolean"
        case .date: "date (YYYY-MM-DD)"
        case .choice(let values): values.joined(separator: " | ")
        case .inputFile: "path"
        case .inputFiles: "path | glob | [path, …]"
        case .outputFileName: "file name"
        case .list(let element): "[\(element.name)]"
        case .mapping(let value): "{key: \(value.name)}"
        case .object: "mapping"
        case .custom(let name): name
        }
    }
}
