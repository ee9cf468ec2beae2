import Foundation

/// Prints diagnostics like a compiler: `file:line:column: error: message`, the source line,
/// a caret under the column, and the hint.
///
/// ```
/// pipelines/x.yaml:12:7: error: unknown key 'pth' in stage 'skm'
///       pth: data.csv
///       ^
///   saran: mungkin maksud Anda 'path'?
/// ```
///
/// The severity word stays English (`error`, `warning`, `note`) so that editors can parse the
/// line; the message and the hint are in the chosen language.
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    /// File contents known in memory, by file name; other files are read from disk when needed.
    public var sources: [String: String]
    /// Where to look for a file named by a relative path that is not found as given: a data file
    /// is named as the pipeline names it, relative to the pipeline file's directory.
    public var searchDirectories: [String]

    public init(language: Language, sources: [String: String] = [:], searchDirectories: [String] = []) {
        self.language = language
        self.sources = sources
        self.searchDirectories = searchDirectories
    }

    /// Source lines longer than this are shown as a window around the column.
    static let widestLine = 160

    public func render(_ diagnostic: Diagnostic) -> String {
        var cache = SourceCache()
        return render(diagnostic, cache: &cache)
    }

    public func render(_ diagnostics: some Sequence<Diagnostic>) -> String {
        var cache = SourceCache()
        var rendered: [String] = []
        for diagnostic in diagnostics {
            rendered.append(render(diagnostic, cache: &cache))
        }
        return rendered.joined(separator: "\n")
    }

    private func render(_ diagnostic: Diagnostic, cache: inout SourceCache) -> String {
        let severity = diagnostic.severity.rawValue
        let message = diagnostic.message.text(language)
        var lines: [String] = []
        if let location = diagnostic.location {
            lines.append("\(location): \(severity): \(message)")
            if let source = cache.line(location.line, of: location.file, sources: sources, searchDirectories: searchDirectories) {
                let (window, column) = Self.window(source, around: location.column)
                lines.append(String(window))
                lines.append(Self.caret(under: column, of: window))
            }
        } else {
            lines.append("\(severity): \(message)")
        }
        if let hint = diagnostic.message.hint(language) {
            lines.append("  \(YAMLMessage.hintLabel(language)): \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    /// A long line cut to a window around the column, marked with `…` where cut, and the
    /// column within the window.
    static func window(_ line: Substring.UnicodeScalarView, around column: Int) -> (Substring.UnicodeScalarView, Int) {
        let count = line.count
        guard count > widestLine else { return (line, column) }
        let start = max(0, min(column - 1 - widestLine / 2, count - widestLine))
        let from = line.index(line.startIndex, offsetBy: start)
        let to = line.index(from, offsetBy: widestLine)
        var window = Substring.UnicodeScalarView()
        if start > 0 { window.append("…") }
        window.append(contentsOf: line[from..<to])
        if start + widestLine < count { window.append("…") }
        return (window, column - start + (start > 0 ? 1 : 0))
    }

    /// Spaces up to the column, keeping the line's own whitespace (a tab stays a tab, so the
    /// caret lines up however wide the terminal draws tabs), then `^`.
    static func caret(under column: Int, of line: Substring.UnicodeScalarView) -> String {
        var prefix = String.UnicodeScalarView()
        var remaining = max(column - 1, 0)
        for scalar in line where remaining > 0 {
            prefix.append(scalar.properties.isWhitespace ? scalar : " ")
            remaining -= 1
        }
        prefix.append(contentsOf: repeatElement(" ", count: remaining))
        return String(prefix) + "^"
    }
}

/// The lines of each source file, read once per rendering.
private struct SourceCache {
    /// A data file can be large: only its beginning is read, enough for the lines diagnostics
    /// point at (a header, a pipeline file); a line beyond it is shown without its text.
    static let readLimit = 4 << 20

    private var files: [String: [Substring.UnicodeScalarView]?] = [:]

    /// Line `number` (1-based) of `file`, from `sources` or else from disk; `nil` when unknown.
    mutating func line(
        _ number: Int, of file: String, sources: [String: String], searchDirectories: [String]
    ) -> Substring.UnicodeScalarView? {
        let lines: [Substring.UnicodeScalarView]?
        if let cached = files[file] {
            lines = cached
        } else {
            lines = Self.load(file, sources: sources, searchDirectories: searchDirectories).map(SourceText.lines(of:))
            files[file] = .some(lines)
        }
        guard let lines, number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    private static func load(_ file: String, sources: [String: String], searchDirectories: [String]) -> String? {
        if let text = sources[file] { return text }
        let candidates = [file] + (file.hasPrefix("/") ? [] : searchDirectories.map { ($0 as NSString).appendingPathComponent(file) })
        for path in candidates {
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            defer { try? handle.close() }
            guard let data = try? handle.read(upToCount: readLimit) else { continue }
            return String(decoding: data, as: UTF8.self)
        }
        return nil
    }
}
