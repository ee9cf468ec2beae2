public import PantauCore
import PantauYAML

/// One message a plugin writes on standard output, checked against protocol 1.
public enum PluginEvent: Sendable, Equatable {
    case record(kind: DatasetKind, data: JSONValue, source: JSONValue?)
    case finding(Finding)
    case artifact(path: String)
    case log(level: LogLevel, message: String)
    case progress(done: Int, total: Int?, message: String?)
    case error(message: String)

    public enum LogLevel: String, Sendable, CaseIterable {
        case debug, info, warning, error
    }

    /// The fields of every message type; `type` and `protocol` may appear in any of them.
    static let fields: [String: [String]] = [
        "record": ["kind", "data", "source"],
        "finding": ["rule", "subject", "severity", "message", "evidence"],
        "artifact": ["path"],
        "log": ["level", "message"],
        "progress": ["done", "total", "message"],
        "error": ["message"],
    ]
    static let types = ["record", "finding", "artifact", "log", "progress", "error"]
    static let envelope = ["type", "protocol"]

    /// How much of an offending line a message quotes.
    static let quoteLimit = 160

    /// The line as a message quotes it: valid UTF-8 or not, cut to a readable length.
    static func quote(_ line: some Collection<UInt8>) -> String {
        let text = String(decoding: line, as: UTF8.self)
        guard text.count > quoteLimit else { return text }
        return String(text.prefix(quoteLimit)) + "…"
    }

    /// Reads one line of a plugin's output. `declared` are the kinds the plugin may produce.
    public static func parse(
        _ line: some Collection<UInt8>, number: Int, plugin: String, declared: [DatasetKind]
    ) throws(PluginEventError) -> PluginEvent {
        let quoted = { quote(line) }
        let value: JSONValue
        do {
            value = try JSONValue.parse(line)
        } catch {
            throw PluginEventError(PluginMessage.notJSON(plugin: plugin, line: number, error: error, text: quoted()))
        }
        guard let members = value.objectValue else {
            throw PluginEventError(PluginMessage.notAnObject(plugin: plugin, line: number, text: quoted()))
        }
        var reader = FieldReader(value: value, plugin: plugin, line: number, text: quoted())
        if let version = value["protocol"], version != .integer(PluginManifest.protocolVersion) {
            throw PluginEventError(PluginMessage.wrongProtocol(
                plugin: plugin, line: number, found: version.text, supported: PluginManifest.protocolVersion, text: quoted()))
        }
        guard let typeValue = value["type"] else { throw reader.missing("type", in: "?") }
        guard let type = typeValue.stringValue else { throw reader.wrongType("type", .string) }
        guard let allowed = fields[type] else {
            throw PluginEventError(PluginMessage.unknownType(
                plugin: plugin, line: number, type: type, suggestion: ClosestName.suggest(for: type, among: types), text: quoted()))
        }
        reader.type = type
        for member in members where !allowed.contains(member.key) && !envelope.contains(member.key) {
            throw PluginEventError(PluginMessage.unknownField(
                plugin: plugin, line: number, type: type, field: member.key,
                suggestion: ClosestName.suggest(for: member.key, among: allowed + envelope), text: quoted()))
        }

        switch type {
        case "record":
            let kind = DatasetKind(rawValue: try reader.nonEmptyString("kind"))
            guard declared.contains(kind) else {
                throw PluginEventError(PluginMessage.undeclaredKind(plugin: plugin, line: number, kind: kind.rawValue, declared: declared, text: quoted()))
            }
            // Findings travel as `finding` messages, which the host checks field by field.
            guard kind != .findings else {
                throw reader.invalid("kind", value: kind.rawValue, allowed: declared.filter { $0 != .findings }.map(\.rawValue))
            }
            let data = try reader.object("data")
            let source = value["source"]
            if let source, source != .null {
                guard let sourceMembers = source.objectValue else { throw reader.wrongType("source", .object) }
                for member in sourceMembers {
                    switch member.key {
                    case "file": guard member.value.stringValue != nil else { throw reader.wrongType("source.file", .string) }
                    case "row", "line":
                        guard let number = member.value.integerValue, number >= 0 else {
                            throw reader.wrongType("source.\(member.key)", .nonNegativeInteger)
                        }
                    default: throw reader.unknown("source.\(member.key)", among: ["file", "row", "line"])
                    }
                }
            }
            return .record(kind: kind, data: data, source: source == .null ? nil : source)
        case "finding":
            guard declared.contains(.findings) else {
                throw PluginEventError(PluginMessage.undeclaredKind(
                    plugin: plugin, line: number, kind: DatasetKind.findings.rawValue, declared: declared, text: quoted()))
            }
            let rule = try reader.nonEmptyString("rule")
            let severityText = try reader.string("severity")
            guard let severity = Finding.Severity(rawValue: severityText) else {
                throw reader.invalid("severity", value: severityText, allowed: Finding.Severity.allCases.map(\.rawValue))
            }
            let message = try reader.nonEmptyString("message")
            var subject = Finding.Subject()
            if let subjectValue = value["subject"], subjectValue != .null {
                guard let members = subjectValue.objectValue else { throw reader.wrongType("subject", .object) }
                for member in members {
                    guard member.key == "unit" || member.key == "service" else {
                        throw reader.unknown("subject.\(member.key)", among: ["unit", "service"])
                    }
                    if member.value == .null { continue }
                    guard let text = member.value.stringValue else { throw reader.wrongType("subject.\(member.key)", .string) }
                    if member.key == "unit" { subject.unit = text } else { subject.service = text }
                }
            }
            var evidence: [String: String] = [:]
            if let evidenceValue = value["evidence"], evidenceValue != .null {
                guard let members = evidenceValue.objectValue else { throw reader.wrongType("evidence", .object) }
                for member in members {
                    switch member.value {
                    case .string(let text): evidence[member.key] = text
                    case .number(let text): evidence[member.key] = text
                    case .bool(let flag): evidence[member.key] = flag ? "true" : "false"
                    default: throw reader.wrongType("evidence.\(member.key)", .scalar)
                    }
                }
            }
            return .finding(Finding(rule: rule, subject: subject, severity: severity, message: message, evidence: evidence))
        case "artifact":
            return .artifact(path: try reader.nonEmptyString("path"))
        case "log":
            var level = LogLevel.info
            if value["level"] != nil {
                let text = try reader.string("level")
                guard let parsed = LogLevel(rawValue: text) else { throw reader.invalid("level", value: text, allowed: LogLevel.allCases.map(\.rawValue)) }
                level = parsed
            }
            return .log(level: level, message: try reader.string("message"))
        case "progress":
            let done = try reader.count("done")
            let total = value["total"] == nil || value["total"] == .null ? nil : try reader.count("total")
            let message = value["message"] == nil || value["message"] == .null ? nil : try reader.string("message")
            return .progress(done: done, total: total, message: message)
        default:  // "error"
            return .error(message: try reader.nonEmptyString("message"))
        }
    }
}

/// A line of a plugin's output that breaks protocol 1.
public struct PluginEventError: Error, Sendable, Equatable {
    public var message: PluginMessage

    init(_ message: PluginMessage) { self.message = message }
}

/// Reads the fields of one message, turning a missing or mistyped field into its error.
private struct FieldReader {
    let value: JSONValue
    let plugin: String
    let line: Int
    let text: String
    var type = "?"

    init(value: JSONValue, plugin: String, line: Int, text: String) {
        self.value = value
        self.plugin = plugin
        self.line = line
        self.text = text
    }

    func missing(_ field: String, in type: String? = nil) -> PluginEventError {
        PluginEventError(.missingField(plugin: plugin, line: line, type: type ?? self.type, field: field, text: text))
    }

    func wrongType(_ field: String, _ expected: PluginMessage.Expectation) -> PluginEventError {
        PluginEventError(.wrongFieldType(plugin: plugin, line: line, field: field, expected: expected, text: text))
    }

    func unknown(_ field: String, among allowed: [String]) -> PluginEventError {
        let last = field.split(separator: ".").last.map(String.init) ?? field
        return PluginEventError(.unknownField(
            plugin: plugin, line: line, type: type, field: field, suggestion: ClosestName.suggest(for: last, among: allowed), text: text))
    }

    func invalid(_ field: String, value: String, allowed: [String]) -> PluginEventError {
        PluginEventError(.invalidValue(plugin: plugin, line: line, field: field, value: value, allowed: allowed, text: text))
    }

    func string(_ field: String) throws(PluginEventError) -> String {
        guard let member = value[field] else { throw missing(field) }
        guard let text = member.stringValue else { throw wrongType(field, .string) }
        return text
    }

    func nonEmptyString(_ field: String) throws(PluginEventError) -> String {
        guard let member = value[field] else { throw missing(field) }
        guard let text = member.stringValue, !text.allSatisfy(\.isWhitespace) else { throw wrongType(field, .nonEmptyString) }
        return text
    }

    func object(_ field: String) throws(PluginEventError) -> JSONValue {
        guard let member = value[field] else { throw missing(field) }
        guard member.objectValue != nil else { throw wrongType(field, .object) }
        return member
    }

    func count(_ field: String) throws(PluginEventError) -> Int {
        guard let member = value[field] else { throw missing(field) }
        guard let number = member.integerValue, number >= 0 else { throw wrongType(field, .nonNegativeInteger) }
        return number
    }
}
