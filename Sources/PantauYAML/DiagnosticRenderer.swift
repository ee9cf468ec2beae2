/// Prints diagnostics like a compiler: `file:line:column: error: message`, the source line,
/// a caret under the column, and the hint.
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    /// File contents known in memory, by file name; other files are read from disk when needed.
    public var sources: [String: String]

    public init(language: Language, sources: [String: String] = [:]) {
        self.language = language
        self.sources = sources
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let prefix = diagnostic.location.map { "\($0): " } ?? ""
        return "\(prefix)\(diagnostic.severity.rawValue): \(diagnostic.message.text(language))"
    }

    public func render(_ diagnostics: some Sequence<Diagnostic>) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }
}
