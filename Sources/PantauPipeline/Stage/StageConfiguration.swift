public import PantauYAML

/// A stage's `with:` mapping with the facts needed to read it: where the pipeline file lives
/// (relative paths start there) and the descriptor's defaults.
public struct StageConfiguration: Sendable {
    public var stageID: String
    public var descriptor: StageDescriptor
    /// The `with:` node, or `nil` when the stage has none.
    public var node: Node?
    /// Where the stage entry starts, for problems with no better place to point at.
    public var location: SourceLocation
    /// The directory of the pipeline file.
    public var baseDirectory: String

    public init(stageID: String, descriptor: StageDescriptor, node: Node?, location: SourceLocation, baseDirectory: String) {
        self.stageID = stageID
        self.descriptor = descriptor
        self.node = node
        self.location = location
        self.baseDirectory = baseDirectory
    }

    /// The node written for `key`, if any.
    public subscript(key: String) -> Node? {
        guard let value = node?[key], !value.isNull else { return nil }
        return value
    }

    /// Reads a key with `read`, or falls back to the descriptor's default written as YAML.
    public func value<T>(_ key: String, _ read: (Node) throws(Diagnostic) -> T) throws(Diagnostic) -> T? {
        if let node = self[key] { return try read(node) }
        guard let text = descriptor.option(key)?.defaultValue else { return nil }
        let defaultNode = Node(.scalar(.init(text)), at: location)
        return try read(defaultNode)
    }

    /// The input files a `path`-like key names: a path, a glob or a list of them, resolved
    /// against the pipeline's directory, in a stable order.
    public func inputFiles(_ key: String) throws(Diagnostic) -> [InputFile] {
        guard let node = self[key] else { return [] }
        var files: [InputFile] = []
        for item in try node.list(allowingSingle: true) {
            let pattern = try item.nonEmptyString()
            let matches = InputFile.resolve(pattern, relativeTo: baseDirectory)
            if matches.isEmpty {
                throw Diagnostic.error(at: item.location, PipelineMessage.noInputFile(pattern: pattern))
            }
            files.append(contentsOf: matches)
        }
        return files
    }
}
