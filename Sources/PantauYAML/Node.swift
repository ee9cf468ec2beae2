/// One node of a YAML document, with the place it was written.
///
/// The tree keeps every node's position all the way to the message a user reads, which is
/// why Pantau wraps libyaml itself instead of decoding through dictionaries.
public struct Node: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public struct Scalar: Sendable, Hashable {
        public var value: String
        public var style: ScalarStyle

        public init(_ value: String, style: ScalarStyle = .plain) {
            self.value = value
            self.style = style
        }
    }

    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public struct Pair: Sendable, Hashable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    public var location: SourceLocation
    /// An explicit tag such as `!!str`, when the author wrote one.
    public var tag: String?

    public init(_ content: Content, at location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }
}

extension Node {
    public enum Kind: String, Sendable {
        case scalar, sequence, mapping, null
    }

    /// What the node is, with `null` (`~`, `null`, or nothing) told apart from other scalars.
    public var kind: Kind {
        switch content {
        case .scalar: isNull ? .null : .scalar
        case .sequence: .sequence
        case .mapping: .mapping
        }
    }

    /// True for a plain `~`, `null`, `Null`, `NULL` or empty scalar, as YAML's core schema says.
    public var isNull: Bool {
        guard case .scalar(let scalar) = content, scalar.style == .plain, tag == nil || tag == "tag:yaml.org,2002:null"
        else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.value)
    }

    /// The scalar's text, or `nil` for a collection.
    public var scalarValue: String? {
        if case .scalar(let scalar) = content { return scalar.value }
        return nil
    }

    /// The pairs of a mapping, or `nil` for anything else.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items of a sequence, or `nil` for anything else.
    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under a scalar key of a mapping.
    public subscript(key: String) -> Node? {
        pairs?.first { $0.key.scalarValue == key }?.value
    }

    /// The scalar keys of a mapping, in the order they were written.
    public var keys: [String] {
        pairs?.compactMap(\.key.scalarValue) ?? []
    }
}
