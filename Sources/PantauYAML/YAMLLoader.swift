/// Loads one YAML document into a `Node` tree through libyaml, keeping every node's position.
public struct YAMLLoader: Sendable {
    /// How many nodes aliases may add to a document before it is refused as an alias bomb.
    public var aliasExpansionLimit: Int
    /// How deeply collections may nest.
    public var maximumDepth: Int

    public init(aliasExpansionLimit: Int = 100_000, maximumDepth: Int = 256) {
        self.aliasExpansionLimit = aliasExpansionLimit
        self.maximumDepth = maximumDepth
    }

    public func load(text: String, file: String) throws(Diagnostics) -> Node {
        try load(bytes: Array(text.utf8), file: file)
    }

    public func load(contentsOf path: String) throws(Diagnostics) -> Node {
        throw Diagnostics([Diagnostic.error(at: nil, YAMLMessage.fileUnreadable(path: path, reason: "not implemented"))])
    }

    public func load(bytes: [UInt8], file: String) throws(Diagnostics) -> Node {
        throw Diagnostics([Diagnostic.error(at: nil, YAMLMessage.fileUnreadable(path: file, reason: "not implemented"))])
    }
}
