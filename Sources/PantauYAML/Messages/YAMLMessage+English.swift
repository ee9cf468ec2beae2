// The English catalogue of the YAML layer's messages.

extension YAMLMessage {
    /// The word before a hint in rendered diagnostics: `help: …`.
    static let englishHintLabel = "help"

    public var englishText: String {
        switch self {
        case .fileUnreadable(let path, let reason): "cannot read '\(path)': \(reason)"
        case .invalidEncoding(let detail): "the file is not valid UTF-8 text (\(detail))"
        case .syntax(let problem, let context):
            if let context { "YAML syntax error: \(problem) (\(context))" } else { "YAML syntax error: \(problem)" }
        case .multipleDocuments: "the file holds more than one YAML document"
        case .emptyDocument: "the file is empty"
        case .duplicateKey(let key, let firstLine): "key '\(key)' appears twice in this mapping (first on line \(firstLine))"
        case .complexKey: "a mapping key must be a plain text value, not a list or a mapping"
        case .undefinedAlias(let name): "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before it"
        case .aliasBudgetExceeded(let limit):
            "aliases expand this document beyond \(limit) nodes; this looks like an alias bomb and is refused"
        case .nestingTooDeep(let limit): "the document nests deeper than \(limit) levels"
        case .mergeNeedsMapping: "a merge key '<<' needs a mapping or a list of mappings"
        case .expectedKind(let expected, let found): "expected \(expected.englishName), found \(found.englishName)"
        case .invalidInteger(let value): "'\(value)' is not a whole number"
        case .integerOutOfRange(let value, let range):
            "\(value) is out of range; it must be between \(range.lowerBound) and \(range.upperBound)"
        case .invalidDecimal(let value): "'\(value)' is not a number"
        case .invalidBool(let value): "'\(value)' is not true or false"
        case .invalidDate(let value): "'\(value)' is not a date in the form YYYY-MM-DD"
        case .invalidChoice(let value, _, _): "'\(value)' is not one of the allowed values"
        case .missingKey(let key, let context): "\(context.text(.english)) lacks the required key '\(key)'"
        case .unknownKey(let key, let context, _, _): "unknown key '\(key)' in \(context.text(.english))"
        case .emptyValue: "the value is empty"
        case .unexpected(let detail): "unexpected internal error: \(detail)"
        }
    }

    public var englishHint: String? {
        switch self {
        case .fileUnreadable: "check the path and that the file can be read"
        case .invalidEncoding: "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)"
        case .syntax: "check indentation (spaces, not tabs), colons after keys, and matching quotes and brackets"
        case .multipleDocuments: "remove the '---' separator and keep one document per file"
        case .emptyDocument: "write the content of the file, or point to another file"
        case .duplicateKey: "keep one of the two entries and delete the other"
        case .complexKey: "write the key as plain text"
        case .undefinedAlias(let name): "define '&\(name)' on a node above this alias, or correct the alias name"
        case .aliasBudgetExceeded: "write the content out plainly instead of nesting aliases"
        case .nestingTooDeep: "flatten the document"
        case .mergeNeedsMapping: "use '<<: *anchor' where the anchor names a mapping"
        case .expectedKind(let expected, _): "write \(expected.englishName) here"
        case .invalidInteger: "write digits only, for example 12"
        case .integerOutOfRange: nil
        case .invalidDecimal: "write a number such as 76.61"
        case .invalidBool: "write true or false"
        case .invalidDate: "write the date as YYYY-MM-DD, for example 2026-07-01"
        case .invalidChoice(_, let allowed, let suggestion):
            if let suggestion {
                "did you mean '\(suggestion)'? Allowed: \(allowed.joined(separator: ", "))"
            } else {
                "allowed: \(allowed.joined(separator: ", "))"
            }
        case .missingKey(let key, _): "add '\(key):' with a value"
        case .unknownKey(_, _, let suggestion, let allowed):
            if let suggestion {
                "did you mean '\(suggestion)'?"
            } else {
                "valid keys: \(allowed.joined(separator: ", "))"
            }
        case .emptyValue: "write a value after the colon"
        case .unexpected: "please report this with the file that caused it"
        }
    }
}

extension Node.Kind {
    var englishName: String {
        switch self {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping (key: value)"
        case .null: "nothing"
        }
    }
}
