// The English catalogue of the plugin host's messages.

extension PluginMessage {
    public var englishText: String {
        switch self {
        case .unsupportedProtocol(let found, let supported):
            "plugin protocol '\(found)' is not supported; this Pantau speaks protocol \(supported)"
        case .invalidPluginName(let name): "'\(name)' is not a valid plugin name"
        case .unknownKind(let kind, _, let produced, _):
            produced ? "a plugin cannot produce '\(kind)'" : "Pantau cannot hand '\(kind)' to a plugin"
        case .unknownOptionType(let type, _, _): "'\(type)' is not an option type"
        case .duplicateOption(let key, let firstLine): "option '\(key)' is declared twice (first on line \(firstLine))"
        case .invalidOptionKey(let key): "'\(key)' is not a valid option key"
        case .requiredWithDefault(let key): "option '\(key)' is required and also has a default"
        case .attributeNotForType(let attribute, let type): "'\(attribute)' does not apply to options of type '\(type)'"
        case .choiceNeedsValues(let key): "option '\(key)' is a choice without 'values'"
        case .elementTypeNeeded(let key, let type): "option '\(key)' of type '\(type)' needs 'of', the type of its elements"
        case .elementTypeNotScalar(let type): "'\(type)' cannot be the type of elements; use a single-value type"
        case .defaultNotForType(let type): "options of type '\(type)' cannot have a default"
        case .rangeEmpty(let min, let max): "'min' (\(min)) is greater than 'max' (\(max))"
        case .programNotFound(let path): "the program '\(path)' does not exist"
        case .programNotExecutable(let path): "the program '\(path)' is not executable"
        case .programNotOnPath(let name, let searched, _):
            "there is no program '\(name)' in \(searched.joined(separator: ":")), the PATH plugins run with"
        case .directoryMissing(let path): "the plugin directory '\(path)' does not exist"
        case .manifestMissing(let directory): "'\(directory)' has no plugin.yaml"
        case .stageClash(let stage, let providers):
            "stage '\(stage)' is provided twice: by \(providers.map(\.englishName).joined(separator: " and by "))"
        case .brokenPluginUsed(let stage, let manifest): "stage '\(stage)' comes from a plugin whose manifest has problems (\(manifest))"
        case .cannotPrepare(let reason): "cannot prepare the plugin's private directory: \(reason)"
        case .cannotStart(let plugin, let program, let reason): "plugin '\(plugin)' could not be started: '\(program)': \(reason)"
        case .notJSON(let plugin, let line, let error, let text):
            "plugin '\(plugin)' wrote a line that is not JSON (output line \(line), column \(error.column): \(error.problem.englishText)): \(text)"
        case .notAnObject(let plugin, let line, let text):
            "plugin '\(plugin)' wrote a JSON value that is not a message object (output line \(line)): \(text)"
        case .unknownType(let plugin, let line, let type, _, let text):
            "plugin '\(plugin)' wrote a message of unknown type '\(type)' (output line \(line)): \(text)"
        case .missingField(let plugin, let line, let type, let field, let text):
            "plugin '\(plugin)' wrote a '\(type)' message without '\(field)' (output line \(line)): \(text)"
        case .wrongFieldType(let plugin, let line, let field, let expected, let text):
            "plugin '\(plugin)' wrote '\(field)' that is not \(expected.englishText) (output line \(line)): \(text)"
        case .unknownField(let plugin, let line, let type, let field, _, let text):
            "plugin '\(plugin)' wrote a '\(type)' message with an unknown field '\(field)' (output line \(line)): \(text)"
        case .invalidValue(let plugin, let line, let field, let value, _, let text):
            "plugin '\(plugin)' wrote '\(value)' for '\(field)', which is not an allowed value (output line \(line)): \(text)"
        case .wrongProtocol(let plugin, let line, let found, let supported, let text):
            "plugin '\(plugin)' speaks protocol \(found), but this Pantau speaks protocol \(supported) (output line \(line)): \(text)"
        case .undeclaredKind(let plugin, let line, let kind, _, let text):
            "plugin '\(plugin)' wrote a record of kind '\(kind)', which its manifest does not declare under 'produces' (output line \(line)): \(text)"
        case .artifactAbsolute(let plugin, let path): "plugin '\(plugin)' announced an artifact by an absolute path: '\(path)'"
        case .artifactEscapes(let plugin, let path): "plugin '\(plugin)' announced an artifact outside its output directory: '\(path)'"
        case .artifactInSubdirectory(let plugin, let path):
            "plugin '\(plugin)' announced an artifact in a subdirectory: '\(path)'"
        case .artifactSymlink(let plugin, let path):
            "plugin '\(plugin)' announced an artifact that is a symbolic link: '\(path)'"
        case .artifactMissing(let plugin, let path): "plugin '\(plugin)' announced an artifact that it did not write: '\(path)'"
        case .artifactNotFile(let plugin, let path): "plugin '\(plugin)' announced an artifact that is not a regular file: '\(path)'"
        case .artifactUnreadable(let plugin, let path, let reason): "cannot read the artifact '\(path)' of plugin '\(plugin)': \(reason)"
        case .reportedError(let plugin, let message): "plugin '\(plugin)' reported an error: \(message)"
        case .exitStatus(let plugin, let status): "plugin '\(plugin)' exited with status \(status)"
        case .signalled(let plugin, let signal): "plugin '\(plugin)' was ended by signal \(Self.signalName(signal))"
        case .timedOut(let plugin, let seconds):
            "plugin '\(plugin)' did not finish within \(seconds) s and was stopped"
        case .outputTooLarge(let plugin, let limit):
            "plugin '\(plugin)' wrote more than \(limit) bytes to standard output and was stopped"
        case .stderrTail(let lines):
            "the plugin's last lines on standard error:\n" + lines.map { "    | \($0)" }.joined(separator: "\n")
        case .describeNotJSON(let plugin, let error?):
            "'\(plugin) --describe' did not print JSON (column \(error.column): \(error.problem.englishText))"
        case .describeNotJSON(let plugin, nil): "'\(plugin) --describe' did not print a JSON object"
        case .describeMissing(let plugin, let field): "'\(plugin) --describe' printed no '\(field)'"
        case .describeMismatch(let plugin, let field, let manifest, let program):
            "'\(field)' differs: the manifest says \(manifest), '\(plugin) --describe' says \(program)"
        }
    }

    public var englishHint: String? {
        switch self {
        case .unsupportedProtocol(_, let supported): "write 'protocol: \(supported)' and follow docs/plugin-protocol.md"
        case .invalidPluginName: "use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit"
        case .unknownKind(_, let allowed, _, let suggestion?):
            "did you mean '\(suggestion)'? Possible: \(Self.quoted(allowed.map(\.rawValue)))"
        case .unknownKind(_, let allowed, _, nil): "possible: \(Self.quoted(allowed.map(\.rawValue)))"
        case .unknownOptionType(_, let allowed, let suggestion?): "did you mean '\(suggestion)'? Types: \(allowed.joined(separator: ", "))"
        case .unknownOptionType(_, let allowed, nil): "types: \(allowed.joined(separator: ", "))"
        case .duplicateOption: "keep one of the two declarations"
        case .invalidOptionKey: "use lower-case letters, digits and '_', starting with a letter"
        case .requiredWithDefault: "remove 'required: true' or the default"
        case .attributeNotForType: "remove it, or change the type"
        case .choiceNeedsValues: "add 'values: [a, b]'"
        case .elementTypeNeeded: "add 'of: string', say"
        case .elementTypeNotScalar: "use string, integer, decimal, boolean, date, choice, path or file-name"
        case .defaultNotForType: "remove the default"
        case .rangeEmpty: "swap them"
        case .programNotFound: "the path is relative to the plugin's directory; check it"
        case .programNotExecutable(let path): "make it executable: chmod +x \(path) (and in git: git update-index --chmod=+x)"
        case .programNotOnPath(let name, _, true): "the plugin's directory has '\(name)': write './\(name)'"
        case .programNotOnPath: "install it, or write the program's path relative to the plugin's directory"
        case .directoryMissing: "check the path; under 'plugins:' paths are relative to the pipeline file"
        case .manifestMissing: "every plugin needs a plugin.yaml; see plugins/README.md"
        case .stageClash: "give the plugin's stage another id"
        case .brokenPluginUsed: "fix the manifest; 'pantau plugins check <directory>' shows every problem"
        case .cannotPrepare: "check that the temporary directory (TMPDIR) exists and can be written"
        case .cannotStart: "check the program's path, its permissions and its #! line"
        case .notJSON, .notAnObject:
            "a plugin writes one JSON message per line on standard output; write anything else to standard error"
        case .unknownType(_, _, _, let suggestion?, _): "did you mean '\(suggestion)'? See docs/plugin-protocol.md"
        case .unknownType: "the types are record, finding, artifact, log, progress and error"
        case .missingField, .wrongFieldType: "see docs/plugin-protocol.md for the fields of every message"
        case .unknownField(_, _, _, _, let suggestion?, _): "did you mean '\(suggestion)'?"
        case .unknownField: "see docs/plugin-protocol.md for the fields of every message"
        case .invalidValue(_, _, _, _, let allowed, _): "allowed: \(allowed.joined(separator: ", "))"
        case .wrongProtocol: "update the plugin, or the manifest's 'protocol', to the protocol this Pantau speaks"
        case .undeclaredKind(_, _, _, let declared, _) where declared.isEmpty: "declare it in the manifest under 'produces'"
        case .undeclaredKind(_, _, _, let declared, _):
            "declare it in the manifest under 'produces' (declared: \(Self.quoted(declared.map(\.rawValue))))"
        case .artifactAbsolute, .artifactEscapes, .artifactInSubdirectory:
            "write the file directly in the output directory the request names, and announce it by its file name"
        case .artifactSymlink: "write the file itself, not a link to it"
        case .artifactMissing: "write the file before announcing it"
        case .artifactNotFile: "announce files only"
        case .artifactUnreadable: nil
        case .reportedError: nil
        case .exitStatus, .signalled: "the plugin's standard error, below, may say why"
        case .timedOut: "raise 'limits: timeout_seconds' in the plugin's manifest if the plugin needs longer"
        case .outputTooLarge: "raise 'limits: max_output_bytes' in the plugin's manifest, or pass large data as an artifact"
        case .stderrTail: nil
        case .describeNotJSON, .describeMissing:
            "with --describe, a plugin prints its descriptor as one JSON object and exits 0 (docs/plugin-protocol.md)"
        case .describeMismatch: "make the manifest and the program agree"
        }
    }
}

extension PluginMessage.StageProvider {
    var englishName: String {
        switch self {
        case .builtIn: "Pantau's built-in stages"
        case .plugin(let name, let manifest): "plugin '\(name)' (\(manifest))"
        }
    }
}

extension JSONSyntaxError.Problem {
    var englishText: String {
        switch self {
        case .unexpectedEnd: "the text ends too early"
        case .unexpectedCharacter(let character): "unexpected '\(character)'"
        case .invalidNumber: "not a valid number"
        case .invalidEscape: "not a valid escape sequence"
        case .controlCharacterInString: "a control character inside a string"
        case .invalidUTF8: "not valid UTF-8"
        case .trailingCharacters: "more text after the JSON value"
        case .tooDeep(let limit): "nested deeper than \(limit) levels"
        }
    }
}

extension PluginMessage.Expectation {
    var englishText: String {
        switch self {
        case .string: "a string"
        case .nonEmptyString: "a non-empty string"
        case .object: "an object"
        case .nonNegativeInteger: "a whole number of 0 or more"
        case .scalar: "a string, a number or a boolean"
        }
    }
}
