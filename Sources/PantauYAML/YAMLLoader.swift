import Foundation

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

    /// Reads the file at `path`; every location names the file by `path` exactly as given.
    public func load(contentsOf path: String) throws(Diagnostics) -> Node {
        let bytes: [UInt8]
        switch Self.read(path) {
        case .success(let contents): bytes = contents
        case .failure(let reason):
            throw Diagnostics([.error(at: nil, YAMLMessage.fileUnreadable(path: path, reason: reason.text))])
        }
        return try load(bytes: bytes, file: path)
    }

    /// `firstLine` is the line of `file` the bytes begin on, when they are a part of it (the
    /// front matter of a Markdown file); every position and message counts from there.
    public func load(bytes: [UInt8], file: String, firstLine: Int = 1) throws(Diagnostics) -> Node {
        // libyaml reads UTF-8 only (see `LibYAMLParser`), so a UTF-8 byte order mark is
        // dropped here; it takes no column.
        let input = bytes.starts(with: SourceText.byteOrderMark) ? bytes[3...] : bytes[...]
        guard let parser = LibYAMLParser(bytes: input) else {
            throw Diagnostics([.error(at: nil, YAMLMessage.syntax(problem: "out of memory", context: nil))])
        }
        var composer = YAMLComposer(file: file, linesBefore: firstLine - 1, aliasExpansionLimit: aliasExpansionLimit, maximumDepth: maximumDepth)
        return try composer.compose(parser, bytes: input)
    }

    // MARK: Reading files

    private struct ReadFailure: Error {
        var text: String
    }

    private static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReadFailure(text: "no such file"))
        }
        if isDirectory.boolValue { return .failure(ReadFailure(text: "is a directory")) }
        guard manager.isReadableFile(atPath: path) else { return .failure(ReadFailure(text: "permission denied")) }
        do {
            return .success([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        } catch {
            return .failure(ReadFailure(text: "read error"))
        }
    }
}
