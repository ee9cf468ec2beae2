public import PantauYAML

/// Decodes a pipeline's YAML tree into a `PipelineSpec`, collecting every problem it meets.
public enum PipelineDecoder {
    static let topLevelKeys = ["version", "name", "description", "period", "locale", "output", "calendar", "plugins", "stages"]
    static let stageKeys = ["id", "uses", "with", "needs"]

    /// Returns what could be decoded (if the document's shape allows any) and every problem.
    public static func decode(_ root: Node, file: String) -> (spec: PipelineSpec?, diagnostics: [Diagnostic]) {
        var problems = DiagnosticCollector()
        let pipelineContext = LocalizedText(id: "pipeline", en: "the pipeline")
        problems.add(contentsOf: root.checkKeys(allowed: topLevelKeys, required: ["version", "name", "stages"], context: pipelineContext))
        guard root.pairs != nil else { return (nil, problems.items) }

        if let versionNode = root["version"] {
            let version = problems.attempt { try versionNode.string() }
            if let version, version != String(PipelineSpec.supportedVersion) {
                problems.add(versionNode.error(PipelineMessage.unsupportedVersion(found: version, supported: PipelineSpec.supportedVersion)))
            }
        }
        let name = root["name"].flatMap { node in problems.attempt { try node.nonEmptyString() } }
        let description = root["description"].flatMap { node in problems.attempt { try node.string() } }
        let period = root["period"].flatMap { node in
            problems.attempt { Located(try node.nonEmptyString(), at: node.location) }
        }
        let locale = root["locale"].flatMap { node in problems.attempt { try node.choice(Language.self) } }
        let output = root["output"].flatMap { node in
            problems.attempt { Located(try node.nonEmptyString(), at: node.location) }
        }

        var calendar: [Located<String>] = []
        if let calendarNode = root["calendar"], !calendarNode.isNull {
            for item in problems.attempt({ try calendarNode.list(allowingSingle: true) }) ?? [] {
                if let path = problems.attempt({ try item.nonEmptyString() }) { calendar.append(Located(path, at: item.location)) }
            }
        }
        var plugins: [Located<String>] = []
        if let pluginsNode = root["plugins"], !pluginsNode.isNull {
            for item in problems.attempt({ try pluginsNode.list(allowingSingle: true) }) ?? [] {
                if let path = problems.attempt({ try item.nonEmptyString() }) { plugins.append(Located(path, at: item.location)) }
            }
        }

        var stages: [StageSpec] = []
        var declared: [String] = []
        var undecoded: [Node] = []
        if let stagesNode = root["stages"] {
            if let items = problems.attempt({ try stagesNode.list() }) {
                if items.isEmpty { problems.add(stagesNode.error(PipelineMessage.noStages)) }
                for item in items {
                    if let id = item["id"]?.scalarValue { declared.append(id) }
                    if let stage = decodeStage(item, problems: &problems) {
                        stages.append(stage)
                    } else {
                        undecoded.append(item)
                    }
                }
            }
        }
        var spec = PipelineSpec(
            file: file, name: name ?? "", description: description, period: period, locale: locale, output: output, plugins: plugins, stages: stages,
            declaredStageIDs: declared, undecodedStages: undecoded)
        spec.calendar = calendar
        return (spec, problems.items)
    }

    private static func decodeStage(_ node: Node, problems: inout DiagnosticCollector) -> StageSpec? {
        let label = node["id"]?.scalarValue ?? node["uses"]?.scalarValue ?? "?"
        let context = LocalizedText(id: "tahap '\(label)'", en: "stage '\(label)'")
        let keyProblems = node.checkKeys(allowed: stageKeys, required: ["id", "uses"], context: context)
        problems.add(contentsOf: keyProblems)
        guard node.pairs != nil else { return nil }
        let id = node["id"].flatMap { idNode in
            problems.attempt { () throws -> Located<String> in
                let id = try idNode.nonEmptyString()
                guard isValidStageID(id) else { throw idNode.error(PipelineMessage.invalidStageID(id)) }
                return Located(id, at: idNode.location)
            }
        }
        let uses = node["uses"].flatMap { usesNode in
            problems.attempt { Located(try usesNode.nonEmptyString(), at: usesNode.location) }
        }
        var needs: [Located<String>] = []
        if let needsNode = node["needs"], !needsNode.isNull {
            if let items = problems.attempt({ try needsNode.list(allowingSingle: true) }) {
                for item in items {
                    if let need = problems.attempt({ try item.nonEmptyString() }) {
                        needs.append(Located(need, at: item.location))
                    }
                }
            }
        }
        let with = node["with"].flatMap { $0.isNull ? nil : $0 }
        guard let id, let uses else { return nil }
        return StageSpec(id: id, uses: uses, with: with, needs: needs, location: node.location)
    }

    /// Lower-case letters, digits, `-`, `_` and `.`, starting with a letter: safe in file names and logs.
    static func isValidStageID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
