/// Builds a `Node` tree from libyaml events: resolves anchors, aliases and merge keys, and
/// checks the structure (duplicate and complex keys, depth, alias expansion).
///
/// It works with an explicit stack rather than recursion, so no input can exhaust the call stack.
struct YAMLComposer {
    /// A finished node and what it costs to traverse.
    private struct Built {
        var node: Node
        /// How many nodes a full traversal visits, aliases expanded.
        var size: Int
        /// How many collections deep it nests (0 for a scalar).
        var height: Int
        /// Stands in for an alias that could not be resolved; already reported.
        var isPlaceholder = false
    }

    private enum Collection {
        case sequence([Built])
        /// `keys` holds each explicit scalar key with the line it first appears on.
        case mapping([(key: Built, value: Built)], pendingKey: Built?, keys: [String: Int])
    }

    private struct Frame {
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        var collection: Collection
    }

    /// Stops composing at once; the collected diagnostics are thrown with it.
    private struct Stop: Error {}

    let file: String
    /// Lines before the text in its file (front matter inside a Markdown file, say), added to
    /// every line reported, messages' own line numbers included.
    let linesBefore: Int
    let aliasExpansionLimit: Int
    let maximumDepth: Int

    private var anchors: [String: Built] = [:]
    private var stack: [Frame] = []
    private var root: Built?
    private var documentCount = 0
    private var aliasExpansion = 0
    private var diagnostics: [Diagnostic] = []
    /// Where undefined aliases, already reported, stand in the tree as nulls.
    private var placeholders: Set<SourceLocation> = []

    init(file: String, linesBefore: Int = 0, aliasExpansionLimit: Int, maximumDepth: Int) {
        self.file = file
        self.linesBefore = linesBefore
        self.aliasExpansionLimit = aliasExpansionLimit
        self.maximumDepth = maximumDepth
    }

    /// Reads every event of `parser` and returns the one document's root.
    /// `bytes` is the input libyaml reads, to place encoding errors.
    mutating func compose(_ parser: LibYAMLParser, bytes: some Swift.Collection<UInt8>) throws(Diagnostics) -> Node {
        do {
            while true {
                switch parser.next() {
                case .success(.streamEnd):
                    guard let root else {
                        // No document, or (were libyaml ever to send one) a document without a node.
                        if diagnostics.isEmpty { report(at: location(line: 1, column: 1), .emptyDocument) }
                        throw Stop()
                    }
                    if !diagnostics.isEmpty { throw Stop() }
                    return root.node
                case .success(let event):
                    try handle(event)
                case .failure(let failure):
                    report(failure, bytes: bytes)
                    throw Stop()
                }
            }
        } catch {
            throw Diagnostics(sorted(diagnostics))
        }
    }

    // MARK: Events

    private mutating func handle(_ event: YAMLEvent) throws(Stop) {
        switch event {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart(let mark):
            documentCount += 1
            if documentCount > 1 {
                report(at: location(mark), .multipleDocuments)
                throw Stop()
            }
        case .alias(let name, let mark):
            try alias(name, at: location(mark))
        case .scalar(let scalar, let tag, let anchor, let mark):
            let node = Node(.scalar(scalar), at: location(mark), tag: tag)
            finish(Built(node: node, size: 1, height: 0), anchor: anchor)
        case .sequenceStart(let tag, let anchor, let mark):
            try open(Frame(location: location(mark), tag: tag, anchor: anchor, collection: .sequence([])))
        case .mappingStart(let tag, let anchor, let mark):
            try open(Frame(location: location(mark), tag: tag, anchor: anchor, collection: .mapping([], pendingKey: nil, keys: [:])))
        case .sequenceEnd, .mappingEnd:
            close()
        }
    }

    private mutating func open(_ frame: Frame) throws(Stop) {
        if stack.count + 1 > maximumDepth {
            report(at: frame.location, .nestingTooDeep(limit: maximumDepth))
            throw Stop()
        }
        stack.append(frame)
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        let built: Built
        switch frame.collection {
        case .sequence(let items):
            built = Built(
                node: Node(.sequence(items.map(\.node)), at: frame.location, tag: frame.tag),
                size: items.reduce(1) { $0.addingClamped($1.size) },
                height: 1 + (items.map(\.height).max() ?? 0))
        case .mapping(let entries, _, let keys):
            built = Built(
                node: Node(.mapping(mappingPairs(entries, explicitKeys: keys)), at: frame.location, tag: frame.tag),
                size: entries.reduce(1) { $0.addingClamped($1.key.size).addingClamped($1.value.size) },
                height: 1 + (entries.map { max($0.key.height, $0.value.height) }.max() ?? 0))
        }
        finish(built, anchor: frame.anchor)
    }

    private mutating func alias(_ name: String, at location: SourceLocation) throws(Stop) {
        guard var built = anchors[name] else {
            report(at: location, .undefinedAlias(name: name))
            placeholders.insert(location)
            let null = Node(.scalar(Node.Scalar("")), at: location)
            attach(Built(node: null, size: 1, height: 0, isPlaceholder: true))
            return
        }
        aliasExpansion = aliasExpansion.addingClamped(built.size)
        if aliasExpansion > aliasExpansionLimit {
            report(at: location, .aliasBudgetExceeded(limit: aliasExpansionLimit))
            throw Stop()
        }
        if stack.count.addingClamped(built.height) > maximumDepth {
            report(at: location, .nestingTooDeep(limit: maximumDepth))
            throw Stop()
        }
        // The copy shares the anchored node's storage; only its own position changes, so that
        // messages about it point at the place it is used.
        built.node.location = location
        attach(built)
    }

    /// Records a finished node under its anchor and hands it to its parent.
    private mutating func finish(_ built: Built, anchor: String?) {
        if let anchor { anchors[anchor] = built }
        attach(built)
    }

    private mutating func attach(_ built: Built) {
        guard var frame = stack.popLast() else {
            root = built
            return
        }
        switch frame.collection {
        case .sequence(var items):
            frame.collection = .sequence([])  // release the array so the append does not copy it
            items.append(built)
            frame.collection = .sequence(items)
        case .mapping(var entries, let pendingKey, var keys):
            frame.collection = .mapping([], pendingKey: nil, keys: [:])
            if let pendingKey {
                entries.append((pendingKey, built))
                frame.collection = .mapping(entries, pendingKey: nil, keys: keys)
            } else {
                // Keys are checked as they come, so that a later syntax error does not hide them.
                check(key: built.node, against: &keys)
                frame.collection = .mapping(entries, pendingKey: built, keys: keys)
            }
        }
        stack.append(frame)
    }

    // MARK: Mappings

    /// Reports a key that repeats an earlier one, or that is a collection. Merge keys are not
    /// keys of the mapping and may appear more than once.
    private mutating func check(key: Node, against keys: inout [String: Int]) {
        if Self.isMergeKey(key) { return }
        switch key.content {
        case .scalar(let scalar):
            if let firstLine = keys[scalar.value] {
                report(at: key.location, .duplicateKey(key: scalar.value, firstLine: firstLine))
            } else {
                keys[scalar.value] = key.location.line
            }
        case .sequence, .mapping:
            report(at: key.location, .complexKey)
        }
    }

    /// The pairs of a finished mapping, with merge keys expanded: merged pairs stand where the
    /// merge key stood, keys written in the mapping win over merged ones wherever they stand,
    /// and among merged mappings the first to give a key wins.
    private mutating func mappingPairs(_ entries: [(key: Built, value: Built)], explicitKeys: [String: Int]) -> [Node.Pair] {
        guard entries.contains(where: { Self.isMergeKey($0.key.node) }) else {
            return entries.map { Node.Pair(key: $0.key.node, value: $0.value.node) }
        }
        var taken = Set(explicitKeys.keys)
        var pairs: [Node.Pair] = []
        for (key, value) in entries {
            guard Self.isMergeKey(key.node) else {
                pairs.append(Node.Pair(key: key.node, value: value.node))
                continue
            }
            for source in mergeSources(value) {
                for pair in source {
                    if let key = pair.key.scalarValue, !taken.insert(key).inserted { continue }
                    pairs.append(pair)
                }
            }
        }
        return pairs
    }

    /// A plain `<<` key (or one tagged `!!merge`).
    private static func isMergeKey(_ key: Node) -> Bool {
        guard case .scalar(let scalar) = key.content, scalar.value == "<<" else { return false }
        if key.tag == "tag:yaml.org,2002:merge" { return true }
        return key.tag == nil && scalar.style == .plain
    }

    /// The mappings a merge key's value names, in order; anything else is reported.
    private mutating func mergeSources(_ value: Built) -> [[Node.Pair]] {
        if value.isPlaceholder { return [] }
        switch value.node.content {
        case .mapping(let pairs):
            return [pairs]
        case .sequence(let items):
            var sources: [[Node.Pair]] = []
            for item in items {
                if let pairs = item.pairs {
                    sources.append(pairs)
                } else if !(item.isNull && placeholders.contains(item.location)) {
                    report(at: item.location, .mergeNeedsMapping)
                }
            }
            return sources
        case .scalar:
            report(at: value.node.location, .mergeNeedsMapping)
            return []
        }
    }

    // MARK: Diagnostics

    private func location(_ mark: YAMLMark) -> SourceLocation {
        location(line: mark.line, column: mark.column)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: linesBefore + line, column: column)
    }

    private mutating func report(at location: SourceLocation?, _ message: YAMLMessage) {
        diagnostics.append(.error(at: location, message))
    }

    private mutating func report(_ failure: YAMLParseFailure, bytes: some Swift.Collection<UInt8>) {
        switch failure {
        case .reader(let problem, let offset, _):
            let position = SourceText.position(ofByte: offset, in: bytes)
            report(at: location(line: position.line, column: position.column), .invalidEncoding(detail: problem))
        case .syntax(let problem, let context, let mark):
            report(at: location(mark), .syntax(problem: problem, context: context))
        case .memory:
            report(at: nil, .syntax(problem: "out of memory", context: nil))
        }
    }

    /// In the order of the text, so that the first problem in the file is read first.
    private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = a.element.location.map { ($0.line, $0.column) } ?? (Int.max, Int.max)
            let right = b.element.location.map { ($0.line, $0.column) } ?? (Int.max, Int.max)
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
    }
}

extension Int {
    /// Addition that stops at `Int.max` instead of trapping.
    fileprivate func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
