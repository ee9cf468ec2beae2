/// One problem found in the user's input, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: any LocalizedMessage

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: any LocalizedMessage) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(at location: SourceLocation?, _ message: any LocalizedMessage) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public var code: String { message.code }

    /// The message in English, for logs and test failure output; users see the rendered form.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message.text(.english))"
    }
}

extension Diagnostic: Equatable {
    /// Two diagnostics are equal when they say the same thing about the same place.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.location == rhs.location && lhs.code == rhs.code
            && lhs.message.text(.english) == rhs.message.text(.english)
            && lhs.message.text(.indonesian) == rhs.message.text(.indonesian)
    }
}

/// Several diagnostics thrown together: loading collects every problem before it stops.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) { self.items = items }

    public var description: String { items.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while decoding, so that one pass reports every problem at once.
public struct DiagnosticCollector: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    public mutating func add(_ diagnostic: Diagnostic) { items.append(diagnostic) }

    public mutating func add(contentsOf diagnostics: [Diagnostic]) { items.append(contentsOf: diagnostics) }

    /// Runs `body`; thrown diagnostics are recorded and `nil` returned. Readers throw only
    /// diagnostics; anything else is recorded as an unexpected error rather than lost.
    public mutating func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            items.append(diagnostic)
        } catch let diagnostics as Diagnostics {
            items.append(contentsOf: diagnostics.items)
        } catch {
            items.append(Diagnostic.error(at: nil, YAMLMessage.unexpected(String(describing: error))))
        }
        return nil
    }

    /// Throws every collected diagnostic at once when any of them is an error.
    public func throwIfErrors() throws(Diagnostics) {
        if hasErrors { throw Diagnostics(items) }
    }
}
