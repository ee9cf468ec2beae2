import Foundation
import Testing
@testable import PantauYAML

@Suite("Renderer: long lines and files named relative to a pipeline")
struct RendererWindowTests {
    @Test("a very long line is shown as a window around the column, with the caret on it")
    func window() {
        let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "data.csv", line: 1, column: 501), YAMLMessage.emptyValue)
        let lines = DiagnosticRenderer(language: .english, sources: ["data.csv": line]).render(diagnostic).split(separator: "\n")
        #expect(lines[1].count <= DiagnosticRenderer.widestLine + 2)
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
        let caret = lines[2].count - 1
        let marked = lines[1].unicodeScalars[lines[1].unicodeScalars.index(lines[1].unicodeScalars.startIndex, offsetBy: caret)]
        #expect(marked == "X")
    }

    @Test("a relative file not found as given is looked for in the search directories")
    func searchDirectories() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "opd,u1\n".write(to: directory.appendingPathComponent("skm.csv"), atomically: true, encoding: .utf8)
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "skm.csv", line: 1, column: 5), YAMLMessage.emptyValue)
        let lines = DiagnosticRenderer(language: .english, searchDirectories: [directory.path]).render(diagnostic).split(separator: "\n")
        #expect(lines[1] == "opd,u1")
        #expect(lines[2] == "    ^")
    }
}
