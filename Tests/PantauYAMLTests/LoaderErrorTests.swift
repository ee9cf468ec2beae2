import Foundation
import Testing
import PantauYAML

@Suite("Loader: errors")
struct LoaderErrorTests {
    // MARK: Keys

    @Test func duplicateKeysAreAllReportedInTextOrder() {
        let text = """
            a: 1
            b: 2
            a: 3
            c:
              d: 1
              d: 2
            b: 4
            "a": 5

            """
        #expect(problems(text) == [
            error(3, 1, .duplicateKey(key: "a", firstLine: 1)),
            error(6, 3, .duplicateKey(key: "d", firstLine: 5)),
            error(7, 1, .duplicateKey(key: "b", firstLine: 2)),
            error(8, 1, .duplicateKey(key: "a", firstLine: 1)),
        ])
    }

    /// Text that begins further down its file (front matter in Markdown): positions and the
    /// line numbers inside messages both count from the file's first line.
    @Test func textStartingLaterInItsFileCountsFromThere() throws {
        let text = Array("a: 1\nb:\n  c: 2\na: 3\n".utf8)
        do {
            _ = try YAMLLoader().load(bytes: text, file: testFile, firstLine: 2)
            Issue.record("the repeated key was not reported")
        } catch let thrown {
            #expect(thrown.items == [error(5, 1, .duplicateKey(key: "a", firstLine: 2))])
        }
        let root = try YAMLLoader().load(bytes: Array("a: 1\nb:\n  c: 2\n".utf8), file: testFile, firstLine: 2)
        #expect(root.location == at(2, 1))
        #expect(root["b"]?["c"]?.location == at(4, 6))
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try load("- id: a\n- id: b\n")
        #expect(root.items?.compactMap { $0["id"]?.scalarValue } == ["a", "b"])
        _ = try load("a: {id: 1}\nb: {id: 2, a: 3}\n")
    }

    @Test func duplicateKeyInFlowMapping() {
        #expect(problems("m: {k: 1, k: 2}\n") == [error(1, 11, .duplicateKey(key: "k", firstLine: 1))])
    }

    @Test func complexKeysAreReported() {
        #expect(problems("? [a]\n: 1\n? {b: c}\n: 2\nok: 3\n") == [
            error(1, 3, .complexKey),
            error(3, 3, .complexKey),
        ])
    }

    @Test func aliasToACollectionAsKeyIsComplex() {
        #expect(problems("a: &l [1]\n*l : 2\n") == [error(2, 1, .complexKey)])
    }

    @Test func keyProblemsBeforeASyntaxErrorAreKept() {
        #expect(problems("a: 1\na: 2\nb: [\n") == [
            error(2, 1, .duplicateKey(key: "a", firstLine: 1)),
            error(4, 1, .syntax(problem: "did not find expected node content", context: "while parsing a flow node")),
        ])
    }

    // MARK: Depth

    @Test func depthLimit() throws {
        let loader = YAMLLoader(maximumDepth: 3)
        _ = try load("a: {b: [c]}\n", loader: loader)
        #expect(problems("a: {b: [[c]]}\n", loader: loader) == [error(1, 9, .nestingTooDeep(limit: 3))])
    }

    @Test func depthThroughAnAlias() throws {
        let loader = YAMLLoader(maximumDepth: 3)
        _ = try load("a: &a [[x]]\n", loader: loader)
        #expect(problems("a: &a [[x]]\nb: [*a]\n", loader: loader) == [error(2, 5, .nestingTooDeep(limit: 3))])
    }

    @Test func defaultDepthLimitStopsDeepInput() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(problems(text) == [error(1, 257, .nestingTooDeep(limit: 256))])
    }

    // MARK: Syntax

    @Test(arguments: [
        ("a: 1\n  b: 2\n", 2, 4, "mapping values are not allowed in this context", nil),
        ("a:\n  b: 1\n c: 2\n", 3, 2, "did not find expected key", "while parsing a block mapping"),
        // An unclosed quote is reported where the quote opens, not at the end of the file.
        ("a: \"abc\nb: 2\n", 1, 4, "found unexpected end of stream", "while scanning a quoted scalar"),
        ("a:\n\tb: 1\n", 2, 1, "found character that cannot start any token", "while scanning for the next token"),
        ("a: 1\n\tb: 2\n", 2, 1, "found a tab character that violates indentation", "while scanning a plain scalar"),
        ("a: [1, 2\nb: 3\n", 2, 2, "did not find expected ',' or ']'", "while parsing a flow sequence"),
        ("- a\nb: 1\n", 2, 1, "did not find expected '-' indicator", "while parsing a block collection"),
        ("key: @value\n", 1, 6, "found character that cannot start any token", "while scanning for the next token"),
    ] as [(String, Int, Int, String, String?)])
    func syntaxErrors(text: String, line: Int, column: Int, problem: String, context: String?) {
        #expect(problems(text) == [error(line, column, .syntax(problem: problem, context: context))])
    }

    // MARK: Encoding

    @Test func invalidUTF8IsPlaced() {
        // `é` is two bytes but one column; the bad byte is the seventh character of line 2.
        let bytes = Array("a: 1\nb: é x".utf8) + [0xFF] + Array(" y\n".utf8)
        #expect(problems(bytes: bytes) == [error(2, 7, .invalidEncoding(detail: "invalid leading UTF-8 octet"))])
    }

    @Test func invalidUTF8AfterWindowsLineEndingsAndAByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\r\nc: ".utf8) + [0xC3, 0x28]
        #expect(problems(bytes: bytes) == [error(3, 4, .invalidEncoding(detail: "invalid trailing UTF-8 octet"))])
    }

    @Test func utf16IsNotAccepted() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("a: 1".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(problems(bytes: bytes) == [error(1, 1, .invalidEncoding(detail: "invalid leading UTF-8 octet"))])
    }

    @Test func latin1IsNotAccepted() {
        // "café olé" in ISO 8859-1: é is the single byte E9, which UTF-8 reads as the start of a
        // three-byte character. libyaml names the space after it; the position is the é.
        let bytes = Array("name: caf".utf8) + [0xE9] + Array(" ol".utf8) + [0xE9, 0x0A]
        #expect(problems(bytes: bytes) == [error(1, 10, .invalidEncoding(detail: "invalid trailing UTF-8 octet"))])
        // At the very end, the character is cut short instead.
        #expect(problems(bytes: Array("name: caf".utf8) + [0xE9, 0x0A]) == [
            error(1, 10, .invalidEncoding(detail: "incomplete UTF-8 octet sequence")),
        ])
    }

    @Test func overlongAndSurrogateSequences() {
        // C0 80 is an overlong NUL; ED A0 80 encodes a UTF-16 surrogate.
        #expect(problems(bytes: Array("a: é".utf8) + [0xC0, 0x80]) == [
            error(1, 5, .invalidEncoding(detail: "invalid length of a UTF-8 sequence")),
        ])
        #expect(problems(bytes: Array("a: x\nb: ".utf8) + [0xED, 0xA0, 0x80]) == [
            error(2, 4, .invalidEncoding(detail: "invalid Unicode character")),
        ])
    }

    @Test func controlCharactersAreRefused() {
        #expect(problems("a: 1\nb: x\u{1}\n") == [error(2, 5, .invalidEncoding(detail: "control characters are not allowed"))])
    }

    // MARK: Documents

    @Test(arguments: ["", "# only a comment\n", "\n\n   \n", "# one\n# two"])
    func emptyDocument(text: String) {
        #expect(problems(text) == [error(1, 1, .emptyDocument)])
    }

    @Test(arguments: [
        ("a: 1\n---\nb: 2\n", 2, 1),
        ("--- a\n--- b\n", 2, 1),
        ("a: 1\n...\n---\nb: 2\n", 3, 1),
        ("---\na: 1\n---\n", 3, 1),
    ])
    func multipleDocuments(text: String, line: Int, column: Int) {
        #expect(problems(text) == [error(line, column, .multipleDocuments)])
    }

    @Test func problemsInTheFirstDocumentComeWithTheSecond() {
        #expect(problems("a: 1\na: 2\n---\nb\n") == [
            error(2, 1, .duplicateKey(key: "a", firstLine: 1)),
            error(3, 1, .multipleDocuments),
        ])
    }

    // MARK: Files

    @Test func loadsAFileUnderTheGivenPath() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("p.yaml", Array("a:\n  - b\n".utf8))
        let root = try YAMLLoader().load(contentsOf: path)
        #expect(root["a"]?.items?.first?.location == SourceLocation(file: path, line: 2, column: 5))
    }

    @Test func errorsInAFileNameTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.yaml", Array("a: 1\na: 2\n".utf8))
        #expect(throws: Diagnostics.self) { try YAMLLoader().load(contentsOf: path) }
        do {
            _ = try YAMLLoader().load(contentsOf: path)
        } catch {
            #expect(error.items == [.error(at: SourceLocation(file: path, line: 2, column: 1), YAMLMessage.duplicateKey(key: "a", firstLine: 1))])
        }
    }

    @Test func missingFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/nothing-here.yaml"
        do {
            _ = try YAMLLoader().load(contentsOf: path)
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.items == [.error(at: nil, YAMLMessage.fileUnreadable(path: path, reason: "no such file"))])
        }
    }

    @Test func directoryIsNotAFile() throws {
        let directory = try TemporaryDirectory()
        do {
            _ = try YAMLLoader().load(contentsOf: directory.path)
            Issue.record("a directory loaded")
        } catch {
            #expect(error.items == [.error(at: nil, YAMLMessage.fileUnreadable(path: directory.path, reason: "is a directory"))])
        }
    }

    @Test func emptyFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("empty.yaml", [])
        do {
            _ = try YAMLLoader().load(contentsOf: path)
            Issue.record("an empty file loaded")
        } catch {
            #expect(error.items == [.error(at: SourceLocation(file: path, line: 1, column: 1), YAMLMessage.emptyDocument)])
        }
    }
}
