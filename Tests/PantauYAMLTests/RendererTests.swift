import Foundation
import Testing
@testable import PantauYAML

@Suite("DiagnosticRenderer")
struct RendererTests {
    static let file = "pipelines/x.yaml"
    static let source = """
        stages:
          - id: skm
            pth: data.csv

        """

    static let unknownKey = Diagnostic.error(
        at: SourceLocation(file: file, line: 3, column: 5),
        YAMLMessage.unknownKey(key: "pth", context: LocalizedText(id: "stage 'skm'", en: "stage 'skm'"), suggestion: "path", allowed: ["id", "path"]))

    @Test func english() {
        let renderer = DiagnosticRenderer(language: .english, sources: [Self.file: Self.source])
        #expect(renderer.render(Self.unknownKey) == """
            pipelines/x.yaml:3:5: error: unknown key 'pth' in stage 'skm'
                pth: data.csv
                ^
              help: did you mean 'path'?
            """)
    }

    @Test func indonesian() {
        let renderer = DiagnosticRenderer(language: .indonesian, sources: [Self.file: Self.source])
        #expect(renderer.render(Self.unknownKey) == """
            pipelines/x.yaml:3:5: error: kunci 'pth' tidak dikenal di stage 'skm'
                pth: data.csv
                ^
              saran: mungkin maksud Anda 'path'?
            """)
    }

    @Test func tabsAreKeptInTheSourceAndTheCaretLine() {
        let source = "a:\n\t\tb: x\n\tx  é: y\r\n"
        let renderer = DiagnosticRenderer(language: .english, sources: ["t.yaml": source])
        let tabbed = Diagnostic.error(at: at(2, 3), YAMLMessage.invalidBool(value: "x"))
        #expect(renderer.render(tabbed) == "t.yaml:2:3: error: 'x' is not true or false\n\t\tb: x\n\t\t^\n  help: write true or false")
        // Other characters before the column become spaces; the CR of a CR LF line is dropped.
        let mixed = Diagnostic.error(at: at(3, 6), YAMLMessage.emptyValue)
        #expect(renderer.render(mixed) == "t.yaml:3:6: error: the value is empty\n\tx  é: y\n\t    ^\n  help: write a value after the colon")
    }

    @Test func lineThatCannotBeFoundPrintsTheMessageAndTheHint() {
        let renderer = DiagnosticRenderer(language: .english, sources: [Self.file: Self.source])
        var far = Self.unknownKey
        far.location?.line = 40
        #expect(renderer.render(far) == """
            pipelines/x.yaml:40:5: error: unknown key 'pth' in stage 'skm'
              help: did you mean 'path'?
            """)
    }

    @Test func fileThatIsNowhereToBeFound() {
        let renderer = DiagnosticRenderer(language: .indonesian)
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "/nonexistent/pantau/x.yaml", line: 1, column: 1), YAMLMessage.emptyDocument)
        #expect(renderer.render(diagnostic) == """
            /nonexistent/pantau/x.yaml:1:1: error: berkas kosong
              saran: isi berkas ini, atau rujuk berkas lain
            """)
    }

    @Test func diagnosticWithoutLocation() {
        let diagnostic = Diagnostic.error(at: nil, YAMLMessage.fileUnreadable(path: "p.yaml", reason: "no such file"))
        #expect(DiagnosticRenderer(language: .english).render(diagnostic) == """
            error: cannot read 'p.yaml': no such file
              help: check the path and that the file can be read
            """)
        #expect(DiagnosticRenderer(language: .indonesian).render(diagnostic) == """
            error: berkas 'p.yaml' tidak dapat dibaca: no such file
              saran: periksa jalur berkas dan pastikan berkas dapat dibaca
            """)
    }

    @Test func messageWithoutHintAndOtherSeverities() {
        let renderer = DiagnosticRenderer(language: .indonesian, sources: ["t.yaml": "n: 11\n"])
        let diagnostic = Diagnostic(.warning, at: at(1, 4), YAMLMessage.integerOutOfRange(value: 11, range: 1...10))
        #expect(renderer.render(diagnostic) == "t.yaml:1:4: warning: 11 di luar rentang; harus antara 1 dan 10\nn: 11\n   ^")
        let note = Diagnostic(.note, at: nil, YAMLMessage.integerOutOfRange(value: 0, range: 1...2))
        #expect(renderer.render(note) == "note: 0 di luar rentang; harus antara 1 dan 2")
    }

    @Test func caretPastTheEndOfTheLine() {
        // An unclosed quote is reported where the file ends: after the last line break.
        let renderer = DiagnosticRenderer(language: .english, sources: ["t.yaml": "a: 'x\n"])
        let diagnostic = Diagnostic.error(at: at(1, 9), YAMLMessage.emptyValue)
        #expect(renderer.render(diagnostic).split(separator: "\n", omittingEmptySubsequences: false)[1...2] == ["a: 'x", "        ^"])
        let atEnd = Diagnostic.error(at: at(2, 1), YAMLMessage.emptyValue)
        #expect(renderer.render(atEnd).split(separator: "\n", omittingEmptySubsequences: false)[1...2] == ["", "^"])
    }

    @Test func byteOrderMarkIsNotShown() {
        let renderer = DiagnosticRenderer(language: .english, sources: ["t.yaml": "\u{FEFF}a: x\n"])
        let diagnostic = Diagnostic.error(at: at(1, 4), YAMLMessage.invalidBool(value: "x"))
        #expect(renderer.render(diagnostic).split(separator: "\n")[1...2] == ["a: x", "   ^"])
    }

    @Test func severalDiagnosticsAreJoinedAndFilesAreReadFromDisk() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("p.yaml", Array("a: 1\na: 2\nb:\n\t- c\n".utf8))
        let found: [Diagnostic]
        do {
            _ = try YAMLLoader().load(contentsOf: path)
            found = []
        } catch {
            found = error.items
        }
        let renderer = DiagnosticRenderer(language: .english)
        #expect(renderer.render(found) == """
            \(path):2:1: error: key 'a' appears twice in this mapping (first on line 1)
            a: 2
            ^
              help: keep one of the two entries and delete the other
            \(path):4:1: error: YAML syntax error: found character that cannot start any token (while scanning for the next token)
            \t- c
            ^
              help: check indentation (spaces, not tabs), colons after keys, and matching quotes and brackets
            """)
        let two = [
            Diagnostic.error(at: SourceLocation(file: path, line: 2, column: 1), YAMLMessage.duplicateKey(key: "a", firstLine: 1)),
            Diagnostic.error(at: nil, YAMLMessage.emptyValue),
        ]
        #expect(DiagnosticRenderer(language: .indonesian).render(two) == """
            \(path):2:1: error: kunci 'a' muncul dua kali dalam pemetaan ini (pertama di baris 1)
            a: 2
            ^
              saran: pertahankan salah satu entri dan hapus yang lain
            error: nilainya kosong
              saran: tulis nilai setelah titik dua
            """)
    }

    @Test func inMemorySourceWinsOverDisk() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("p.yaml", Array("on: disk\n".utf8))
        let renderer = DiagnosticRenderer(language: .english, sources: [path: "in: memory\n"])
        let diagnostic = Diagnostic.error(at: SourceLocation(file: path, line: 1, column: 5), YAMLMessage.emptyValue)
        #expect(renderer.render(diagnostic).split(separator: "\n")[1] == "in: memory")
    }

    @Test func rendersWhatTheLoaderReports() {
        let source = "stages:\n  - id: a\n    id: b\n"
        let renderer = DiagnosticRenderer(language: .indonesian, sources: [testFile: source])
        #expect(renderer.render(problems(source)) == """
            t.yaml:3:5: error: kunci 'id' muncul dua kali dalam pemetaan ini (pertama di baris 2)
                id: b
                ^
              saran: pertahankan salah satu entri dan hapus yang lain
            """)
    }

    @Test(arguments: [
        ("a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g", ["a", "b", "c", "d", "e", "f", "g"]),
        ("", [""]),
        ("x\n", ["x", ""]),
        ("\r\n\r\n", ["", "", ""]),
    ])
    func sourceLines(text: String, lines: [String]) {
        #expect(SourceText.lines(of: text).map { String($0) } == lines)
    }

    @Test func lineBreaksCountTheWayLibYAMLCounts() throws {
        // A line separator inside a quoted scalar moves libyaml to the next line.
        let root = try load("a: \"x\u{2028}y\"\nb: 1\n")
        #expect(root["b"]?.location == at(3, 4))
        let bytes = Array("a: 1\rb: é\u{2028}c\u{85}".utf8)
        #expect(SourceText.position(ofByte: bytes.count, in: bytes) == (4, 1))
        #expect(SourceText.position(ofByte: 8, in: bytes) == (2, 4))
    }
}
