public import PantauYAML

/// Every problem with an external plugin: its manifest, where it is found, what it writes while
/// it runs, how it ends, and its `--describe` handshake. Texts live in
/// `PluginMessage+Indonesian.swift` and `PluginMessage+English.swift`.
public enum PluginMessage: CatalogueMessage, Equatable, Error {
    // Manifest
    case unsupportedProtocol(found: String, supported: Int)
    case invalidPluginName(String)
    case unknownKind(kind: String, allowed: [DatasetKind], produced: Bool, suggestion: String?)
    case unknownOptionType(type: String, allowed: [String], suggestion: String?)
    case duplicateOption(key: String, firstLine: Int)
    case invalidOptionKey(String)
    case requiredWithDefault(key: String)
    case attributeNotForType(attribute: String, type: String)
    case choiceNeedsValues(key: String)
    case elementTypeNeeded(key: String, type: String)
    case elementTypeNotScalar(type: String)
    case defaultNotForType(type: String)
    case rangeEmpty(min: Int, max: Int)
    case programNotFound(path: String)
    case programNotExecutable(path: String)
    case programNotOnPath(name: String, searched: [String], inPluginDirectory: Bool)
    // Where plugins are found
    case directoryMissing(path: String)
    case manifestMissing(directory: String)
    case stageClash(stage: String, providers: [StageProvider])
    case brokenPluginUsed(stage: String, manifest: String)
    // Running
    case cannotPrepare(reason: String)
    case cannotStart(plugin: String, program: String, reason: String)
    case notJSON(plugin: String, line: Int, error: JSONSyntaxError, text: String)
    case notAnObject(plugin: String, line: Int, text: String)
    case unknownType(plugin: String, line: Int, type: String, suggestion: String?, text: String)
    case missingField(plugin: String, line: Int, type: String, field: String, text: String)
    case wrongFieldType(plugin: String, line: Int, field: String, expected: Expectation, text: String)
    case unknownField(plugin: String, line: Int, type: String, field: String, suggestion: String?, text: String)
    case invalidValue(plugin: String, line: Int, field: String, value: String, allowed: [String], text: String)
    case wrongProtocol(plugin: String, line: Int, found: String, supported: Int, text: String)
    case undeclaredKind(plugin: String, line: Int, kind: String, declared: [DatasetKind], text: String)
    case artifactAbsolute(plugin: String, path: String)
    case artifactEscapes(plugin: String, path: String)
    case artifactInSubdirectory(plugin: String, path: String)
    case artifactSymlink(plugin: String, path: String)
    case artifactMissing(plugin: String, path: String)
    case artifactNotFile(plugin: String, path: String)
    case artifactUnreadable(plugin: String, path: String, reason: String)
    case reportedError(plugin: String, message: String)
    case exitStatus(plugin: String, status: Int32)
    case signalled(plugin: String, signal: Int32)
    case timedOut(plugin: String, seconds: Int)
    case outputTooLarge(plugin: String, limit: Int)
    case stderrTail(lines: [String])
    // Handshake
    case describeNotJSON(plugin: String, error: JSONSyntaxError?)
    case describeMissing(plugin: String, field: String)
    case describeMismatch(plugin: String, field: String, manifest: String, program: String)

    /// What a field of a message must hold.
    public enum Expectation: Sendable, Equatable {
        case string, nonEmptyString, object, nonNegativeInteger, scalar
    }

    /// Who provides a stage id, for clashes.
    public enum StageProvider: Sendable, Equatable {
        case builtIn
        case plugin(name: String, manifest: String)
    }

    public var code: String {
        switch self {
        case .unsupportedProtocol: "plugin.unsupported-protocol"
        case .invalidPluginName: "plugin.invalid-name"
        case .unknownKind: "plugin.unknown-kind"
        case .unknownOptionType: "plugin.unknown-option-type"
        case .duplicateOption: "plugin.duplicate-option"
        case .invalidOptionKey: "plugin.invalid-option-key"
        case .requiredWithDefault: "plugin.required-with-default"
        case .attributeNotForType: "plugin.attribute-not-for-type"
        case .choiceNeedsValues: "plugin.choice-needs-values"
        case .elementTypeNeeded: "plugin.element-type-needed"
        case .elementTypeNotScalar: "plugin.element-type-not-scalar"
        case .defaultNotForType: "plugin.default-not-for-type"
        case .rangeEmpty: "plugin.range-empty"
        case .programNotFound: "plugin.program-not-found"
        case .programNotExecutable: "plugin.program-not-executable"
        case .programNotOnPath: "plugin.program-not-on-path"
        case .directoryMissing: "plugin.directory-missing"
        case .manifestMissing: "plugin.manifest-missing"
        case .stageClash: "plugin.stage-clash"
        case .brokenPluginUsed: "plugin.broken-plugin-used"
        case .cannotPrepare: "plugin.cannot-prepare"
        case .cannotStart: "plugin.cannot-start"
        case .notJSON: "plugin.not-json"
        case .notAnObject: "plugin.not-an-object"
        case .unknownType: "plugin.unknown-type"
        case .missingField: "plugin.missing-field"
        case .wrongFieldType: "plugin.wrong-field-type"
        case .unknownField: "plugin.unknown-field"
        case .invalidValue: "plugin.invalid-value"
        case .wrongProtocol: "plugin.wrong-protocol"
        case .undeclaredKind: "plugin.undeclared-kind"
        case .artifactAbsolute: "plugin.artifact-absolute"
        case .artifactEscapes: "plugin.artifact-escapes"
        case .artifactInSubdirectory: "plugin.artifact-in-subdirectory"
        case .artifactSymlink: "plugin.artifact-symlink"
        case .artifactMissing: "plugin.artifact-missing"
        case .artifactNotFile: "plugin.artifact-not-file"
        case .artifactUnreadable: "plugin.artifact-unreadable"
        case .reportedError: "plugin.reported-error"
        case .exitStatus: "plugin.exit-status"
        case .signalled: "plugin.signalled"
        case .timedOut: "plugin.timed-out"
        case .outputTooLarge: "plugin.output-too-large"
        case .stderrTail: "plugin.stderr-tail"
        case .describeNotJSON: "plugin.describe-not-json"
        case .describeMissing: "plugin.describe-missing"
        case .describeMismatch: "plugin.describe-mismatch"
        }
    }

    /// The standard name of a signal, such as `SIGKILL`, or its number.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL",
            11: "SIGSEGV", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
        ]
        return names[signal].map { "\($0) (\(signal))" } ?? String(signal)
    }

    /// `'a', 'b'` for hints.
    static func quoted(_ items: [String]) -> String { items.map { "'\($0)'" }.joined(separator: ", ") }
}
