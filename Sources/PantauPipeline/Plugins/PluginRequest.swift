import Foundation
import PantauCore
import PantauYAML

/// The one JSON request a plugin reads on standard input (docs/plugin-protocol.md).
enum PluginRequest {
    static func encode(
        manifest: PluginManifest, configuration: JSONValue, context: StageContext, workspace: PluginWorkspace, inlineLimit: Int
    ) throws -> [UInt8] {
        let head: [(key: String, value: JSONValue)] = [
            ("protocol", .integer(PluginManifest.protocolVersion)),
            ("stage", .object([("id", .string(context.stageID)), ("uses", .string(manifest.stageID))])),
            ("plugin", .object([("name", .string(manifest.name)), ("version", .string(manifest.version))])),
            ("pipeline", .string(context.pipelineName)),
            ("with", configuration),
            ("period", .object([
                ("id", .string(context.period.description)),
                ("start", .string(context.period.start.description)),
                ("end", .string(context.period.end.description)),
                ("label", .string(context.period.label(context.language))),
            ])),
            ("locale", .string(context.language.rawValue)),
            ("generated_on", .string(context.generatedOn.description)),
            ("output_directory", .string(workspace.output)),
        ]
        var out: [UInt8] = [UInt8(ascii: "{")]
        for member in head {
            JSONValue.writeString(member.key, to: &out)
            out.append(UInt8(ascii: ":"))
            member.value.write(to: &out)
            out.append(UInt8(ascii: ","))
        }
        JSONValue.writeString("datasets", to: &out)
        out.append(contentsOf: Array(":[".utf8))
        let consumed = manifest.descriptor.consumes + manifest.descriptor.consumesIfPresent
        var written = 0
        for entry in context.inputs.entries {
            let kind = type(of: entry.dataset).kind
            guard consumed.contains(kind), let dataset = entry.dataset as? any PluginEncodableDataset else { continue }
            let data = try dataset.pluginJSON(in: context)
            if written > 0 { out.append(UInt8(ascii: ",")) }
            written += 1
            out.append(contentsOf: Array("{\"kind\":".utf8))
            JSONValue.writeString(kind.rawValue, to: &out)
            out.append(contentsOf: Array(",\"producer\":".utf8))
            JSONValue.writeString(entry.producer, to: &out)
            if data.count > inlineLimit {
                let path = (workspace.datasets as NSString).appendingPathComponent("\(written)-\(kind.rawValue).json")
                do {
                    try Data(data).write(to: URL(fileURLWithPath: path))
                } catch {
                    throw Diagnostic.error(at: nil, PluginMessage.cannotPrepare(reason: RunOutput.reason(error)))
                }
                out.append(contentsOf: Array(",\"path\":".utf8))
                JSONValue.writeString(path, to: &out)
            } else {
                out.append(contentsOf: Array(",\"data\":".utf8))
                out.append(contentsOf: data)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: Array("]}\n".utf8))
        return out
    }
}

/// A stage's `with:` as JSON, read through the option types of its descriptor: defaults filled
/// in, numbers as numbers, dates as `YYYY-MM-DD`, and input files (globs expanded) as absolute paths.
enum PluginConfiguration {
    static func json(_ configuration: StageConfiguration) throws(Diagnostic) -> JSONValue {
        try object(options: configuration.descriptor.options, configuration: configuration) { configuration[$0] }
    }

    private static func object(
        options: [StageOption], configuration: StageConfiguration, lookup: (String) -> Node?
    ) throws(Diagnostic) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        for option in options {
            let node: Node
            if let written = lookup(option.key) {
                node = written
            } else if let text = option.defaultValue {
                node = Node(.scalar(.init(text)), at: configuration.location)
            } else {
                continue
            }
            members.append((option.key, try value(node, type: option.type, configuration: configuration)))
        }
        return .object(members)
    }

    private static func value(_ node: Node, type: OptionType, configuration: StageConfiguration) throws(Diagnostic) -> JSONValue {
        switch type {
        case .string, .outputFileName, .choice: return .string(try node.string())
        case .integer(let range): return .integer(try node.int(in: range))
        case .decimal: return .number("\(try node.decimal())")
        case .boolean: return .bool(try node.bool())
        case .date: return .string(try node.date().description)
        case .inputFile: return .string(try paths(node, configuration: configuration).first ?? "")
        case .inputFiles: return .array(try paths(node, configuration: configuration).map(JSONValue.string))
        case .list(let element):
            var items: [JSONValue] = []
            for item in try node.list(allowingSingle: true) { items.append(try value(item, type: element, configuration: configuration)) }
            return .array(items)
        case .mapping(let element):
            var members: [(key: String, value: JSONValue)] = []
            for entry in try node.mapping() where !entry.value.isNull {
                members.append((entry.key, try value(entry.value, type: element, configuration: configuration)))
            }
            return .object(members)
        case .object(let options):
            _ = try node.mapping()
            return try object(options: options, configuration: configuration) { key in
                guard let value = node[key], !value.isNull else { return nil }
                return value
            }
        case .custom:
            // Only built-in stages declare custom types; a plugin manifest cannot name one.
            return .string(node.scalarValue ?? "")
        }
    }

    private static func paths(_ node: Node, configuration: StageConfiguration) throws(Diagnostic) -> [String] {
        var paths: [String] = []
        for item in try node.list(allowingSingle: true) {
            let pattern = try item.nonEmptyString()
            let matches = InputFile.resolve(pattern, relativeTo: configuration.baseDirectory)
            if matches.isEmpty { throw item.error(PipelineMessage.noInputFile(pattern: pattern)) }
            paths += matches.map(\.path)
        }
        return paths
    }
}
