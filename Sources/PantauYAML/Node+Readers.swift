public import Foundation

// Typed readers: each returns the value a node holds or throws a `Diagnostic` that points at it.

extension Node {
    /// A diagnostic at this node.
    public func error(_ message: YAMLMessage) -> Diagnostic {
        Diagnostic.error(at: location, message)
    }

    /// A text value. Numbers and booleans written plainly are accepted as their text.
    public func string() throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = content, !isNull else { throw error(.expectedKind(expected: .scalar, found: kind)) }
        return scalar.value
    }

    /// A text value that is not empty or blank.
    public func nonEmptyString() throws(Diagnostic) -> String {
        let text = try string()
        if text.allSatisfy(\.isWhitespace) { throw error(.emptyValue) }
        return text
    }

    /// A whole number; `_` may group digits, as in `1_000`.
    public func int(in range: ClosedRange<Int>? = nil) throws(Diagnostic) -> Int {
        let text = try string()
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else { throw error(.invalidInteger(value: text)) }
        if let range, !range.contains(value) { throw error(.integerOutOfRange(value: value, range: range)) }
        return value
    }

    /// A decimal number, read exactly (no binary floating point on the way).
    public func decimal() throws(Diagnostic) -> Decimal {
        let text = try string()
        // `Decimal(string:)` reads the longest prefix it can (`1.2.3` gives 1.2, `-` gives 0),
        // so the whole text is checked against the number grammar first.
        guard Self.isDecimalLiteral(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else { throw error(.invalidDecimal(value: text)) }
        return value
    }

    /// `[-+]? (digits (. digits?)? | . digits) ([eE] [-+]? digits)?`
    private static func isDecimalLiteral(_ text: String) -> Bool {
        var rest = Substring(text)
        func digits() -> Int {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count
        }
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        var mantissaDigits = digits()
        if rest.first == "." {
            rest = rest.dropFirst()
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return false }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return rest.isEmpty
    }

    public func bool() throws(Diagnostic) -> Bool {
        let text = try string()
        switch text.lowercased() {
        case "true", "yes", "on", "ya": return true
        case "false", "no", "off", "tidak": return false
        default: throw error(.invalidBool(value: text))
        }
    }

    public func date() throws(Diagnostic) -> CalendarDate {
        let text = try string()
        guard let date = CalendarDate(iso: text) else { throw error(.invalidDate(value: text)) }
        return date
    }

    /// One of a fixed set of values, with the closest allowed value suggested on a slip.
    public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(Diagnostic) -> T
    where T.RawValue == String {
        let text = try string()
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        throw error(.invalidChoice(value: text, allowed: allowed, suggestion: ClosestName.suggest(for: text, among: allowed)))
    }

    /// One of the given names, with the closest suggested on a slip.
    public func choice(among allowed: [String]) throws(Diagnostic) -> String {
        let text = try string()
        if allowed.contains(text) { return text }
        throw error(.invalidChoice(value: text, allowed: allowed, suggestion: ClosestName.suggest(for: text, among: allowed)))
    }

    /// The items of a list. A single value where a list was expected counts as a list of one,
    /// because people write `path: one.csv` as often as `path: [one.csv, two.csv]`.
    public func list(allowingSingle: Bool = false) throws(Diagnostic) -> [Node] {
        switch content {
        case .sequence(let items): return items
        case .scalar where allowingSingle && !isNull: return [self]
        default: throw error(.expectedKind(expected: .sequence, found: kind))
        }
    }

    /// The pairs of a mapping, each key read as text.
    public func mapping() throws(Diagnostic) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let pairs) = content else { throw error(.expectedKind(expected: .mapping, found: kind)) }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for pair in pairs {
            guard let key = pair.key.scalarValue else { throw pair.key.error(.complexKey) }
            entries.append((key, pair.key, pair.value))
        }
        return entries
    }

    /// Checks that a mapping uses only the given keys and has the required ones; returns every
    /// problem found rather than the first.
    public func checkKeys(allowed: [String], required: [String] = [], context: LocalizedText) -> [Diagnostic] {
        guard case .mapping(let pairs) = content else {
            return [error(.expectedKind(expected: .mapping, found: kind))]
        }
        var problems: [Diagnostic] = []
        var suggested: Set<String> = []
        for pair in pairs {
            guard let key = pair.key.scalarValue else {
                problems.append(pair.key.error(.complexKey))
                continue
            }
            if !allowed.contains(key) {
                let suggestion = ClosestName.suggest(for: key, among: allowed)
                if let suggestion { suggested.insert(suggestion) }
                problems.append(pair.key.error(.unknownKey(key: key, context: context, suggestion: suggestion, allowed: allowed)))
            }
        }
        let present = Set(keys)
        // A misspelt required key is one mistake: the unknown key's hint already names it.
        for key in required where !present.contains(key) && !suggested.contains(key) {
            problems.append(error(.missingKey(key: key, context: context)))
        }
        return problems
    }
}
