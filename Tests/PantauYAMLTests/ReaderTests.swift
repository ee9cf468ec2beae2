import Foundation
import Testing
import PantauYAML

@Suite("Typed readers")
struct ReaderTests {
    /// The value of `v` in a one-line document `v: <text>`; it always starts at column 4.
    func value(_ text: String) throws -> Node {
        try #require(try load("v: \(text)\n")["v"])
    }

    func failure(_ message: YAMLMessage) -> Diagnostic { error(1, 4, message) }

    // MARK: Text

    @Test(arguments: [("hello", "hello"), ("12", "12"), ("true", "true"), ("'~'", "~"), ("\"\"", ""), ("'  x '", "  x ")])
    func string(text: String, expected: String) throws {
        #expect(try value(text).string() == expected)
    }

    @Test(arguments: [
        ("~", Node.Kind.null), ("", .null), ("[a]", .sequence), ("{a: b}", .mapping),
    ])
    func stringRefusesOtherKinds(text: String, found: Node.Kind) throws {
        let node = try value(text)
        // An empty value stands right after the colon.
        let expected = error(1, text.isEmpty ? 3 : 4, .expectedKind(expected: .scalar, found: found))
        #expect(readerError { () throws(Diagnostic) in try node.string() } == expected)
    }

    @Test func nonEmptyString() throws {
        #expect(try value("x").nonEmptyString() == "x")
        for text in ["''", "'   '", "\"\\t\""] {
            let node = try value(text)
            #expect(readerError { () throws(Diagnostic) in try node.nonEmptyString() } == failure(.emptyValue))
        }
        let null = try value("~")
        #expect(readerError { () throws(Diagnostic) in try null.nonEmptyString() } == failure(.expectedKind(expected: .scalar, found: .null)))
    }

    // MARK: Numbers

    @Test(arguments: [("12", 12), ("-3", -3), ("+4", 4), ("0", 0), ("1_000", 1000), ("'7'", 7)])
    func int(text: String, expected: Int) throws {
        #expect(try value(text).int() == expected)
    }

    @Test(arguments: ["12.5", "abc", "1e3", "0x10", "''", "99999999999999999999", "1 2"])
    func invalidInt(text: String) throws {
        let node = try value(text)
        let written = try node.string()
        #expect(readerError { () throws(Diagnostic) in try node.int() } == failure(.invalidInteger(value: written)))
    }

    @Test func intRange() throws {
        #expect(try value("10").int(in: 1...10) == 10)
        #expect(try value("1").int(in: 1...10) == 1)
        for (text, number) in [("11", 11), ("0", 0), ("-5", -5)] {
            let node = try value(text)
            #expect(readerError { () throws(Diagnostic) in try node.int(in: 1...10) }
                == failure(.integerOutOfRange(value: number, range: 1...10)))
        }
    }

    @Test(arguments: [
        ("76.61", "76.61"), ("-1e3", "-1000"), ("0.001", "0.001"), ("42", "42"), ("+.5", "0.5"), ("5.", "5"),
        ("1E-2", "0.01"), ("'3.25'", "3.25"),
    ])
    func decimal(text: String, expected: String) throws {
        #expect(try value(text).decimal() == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(arguments: ["1.2.3", "'-'", ".", "+", "1e", "e5", "1-2", "--1", "1e+", "abc", "1,5", "''", "1e500", "NaN"])
    func invalidDecimal(text: String) throws {
        let node = try value(text)
        let written = try node.string()
        #expect(readerError { () throws(Diagnostic) in try node.decimal() } == failure(.invalidDecimal(value: written)))
    }

    @Test func decimalIsExact() throws {
        // 0.1 has no exact binary form; a decimal reader keeps it exact.
        let sum = try value("0.1").decimal() + value("0.2").decimal()
        #expect(sum == Decimal(string: "0.3"))
    }

    // MARK: Booleans and dates

    @Test(arguments: [
        ("true", true), ("True", true), ("YES", true), ("on", true), ("ya", true),
        ("false", false), ("FALSE", false), ("no", false), ("off", false), ("tidak", false), ("Tidak", false),
    ])
    func bool(text: String, expected: Bool) throws {
        #expect(try value(text).bool() == expected)
    }

    @Test(arguments: ["maybe", "1", "y", "'t'"])
    func invalidBool(text: String) throws {
        let node = try value(text)
        let written = try node.string()
        #expect(readerError { () throws(Diagnostic) in try node.bool() } == failure(.invalidBool(value: written)))
    }

    @Test func date() throws {
        #expect(try value("2026-07-01").date() == CalendarDate(year: 2026, month: 7, day: 1))
        #expect(try value("'2024-02-29'").date() == CalendarDate(year: 2024, month: 2, day: 29))
        for text in ["2026-02-30", "2026-7-1", "01-07-2026", "2026-07-01T10:00", "tomorrow"] {
            let node = try value(text)
            #expect(readerError { () throws(Diagnostic) in try node.date() } == failure(.invalidDate(value: text)))
        }
    }

    // MARK: Choices

    enum Mode: String, CaseIterable {
        case append, replace, merge
    }

    @Test func choiceOfEnum() throws {
        #expect(try value("replace").choice(Mode.self) == .replace)
        let slip = try value("apend")
        #expect(readerError { () throws(Diagnostic) in try slip.choice(Mode.self) }
            == failure(.invalidChoice(value: "apend", allowed: ["append", "replace", "merge"], suggestion: "append")))
        let wrong = try value("zzzzzz")
        #expect(readerError { () throws(Diagnostic) in try wrong.choice(Mode.self) }
            == failure(.invalidChoice(value: "zzzzzz", allowed: ["append", "replace", "merge"], suggestion: nil)))
        // Choices are exact: case matters, and the suggestion says which spelling is right.
        let upper = try value("Merge")
        #expect(readerError { () throws(Diagnostic) in try upper.choice(Mode.self) }
            == failure(.invalidChoice(value: "Merge", allowed: ["append", "replace", "merge"], suggestion: "merge")))
    }

    @Test func choiceAmongNames() throws {
        let names = ["csv", "xlsx", "json"]
        #expect(try value("xlsx").choice(among: names) == "xlsx")
        let slip = try value("jsno")
        #expect(readerError { () throws(Diagnostic) in try slip.choice(among: names) }
            == failure(.invalidChoice(value: "jsno", allowed: names, suggestion: "json")))
        let list = try value("[csv]")
        #expect(readerError { () throws(Diagnostic) in try list.choice(among: names) }
            == failure(.expectedKind(expected: .scalar, found: .sequence)))
    }

    // MARK: Collections

    @Test func list() throws {
        let items = try value("[a, b]").list()
        #expect(items.map(\.scalarValue) == ["a", "b"])
        #expect(items.map(\.location) == [at(1, 5), at(1, 8)])

        let single = try value("one.csv")
        #expect(try single.list(allowingSingle: true) == [single])
        #expect(readerError { () throws(Diagnostic) in try single.list() } == failure(.expectedKind(expected: .sequence, found: .scalar)))

        let null = try value("~")
        #expect(readerError { () throws(Diagnostic) in try null.list(allowingSingle: true) }
            == failure(.expectedKind(expected: .sequence, found: .null)))
        let mapping = try value("{a: b}")
        #expect(readerError { () throws(Diagnostic) in try mapping.list(allowingSingle: true) }
            == failure(.expectedKind(expected: .sequence, found: .mapping)))
        #expect(try value("[]").list().isEmpty)
    }

    @Test func mapping() throws {
        let entries = try value("{b: 1, a: [2]}").mapping()
        #expect(entries.map(\.key) == ["b", "a"])
        #expect(entries.map(\.keyNode.location) == [at(1, 5), at(1, 11)])
        #expect(entries.map(\.value.location) == [at(1, 8), at(1, 14)])

        let list = try value("[a]")
        #expect(readerError { () throws(Diagnostic) in try list.mapping() } == failure(.expectedKind(expected: .mapping, found: .sequence)))
        let null = try value("")
        #expect(readerError { () throws(Diagnostic) in try null.mapping() } == error(1, 3, .expectedKind(expected: .mapping, found: .null)))

        // The loader refuses complex keys, but a tree built by hand may hold one.
        let key = Node(.sequence([]), at: at(5, 3))
        let handmade = Node(.mapping([.init(key: key, value: Node(.scalar(.init("x")), at: at(5, 9)))]), at: at(5, 1))
        #expect(readerError { () throws(Diagnostic) in try handmade.mapping() } == error(5, 3, .complexKey))
    }

    @Test func checkKeysCollectsEveryProblem() throws {
        let stage = try load("""
            id: a
            pth: x.csv
            colour: red
            kind: import

            """)
        let allowed = ["id", "path", "kind", "sheet"]
        // `pth` is reported once, as unknown with `path` suggested, not also as a missing `path`.
        let found = stage.checkKeys(allowed: allowed, required: ["id", "path", "sheet"], context: LocalizedText(id: "stage 'a'", en: "stage 'a'"))
        #expect(found == [
            error(2, 1, .unknownKey(key: "pth", context: LocalizedText(id: "stage 'a'", en: "stage 'a'"), suggestion: "path", allowed: allowed)),
            error(3, 1, .unknownKey(key: "colour", context: LocalizedText(id: "stage 'a'", en: "stage 'a'"), suggestion: nil, allowed: allowed)),
            error(1, 1, .missingKey(key: "sheet", context: LocalizedText(id: "stage 'a'", en: "stage 'a'"))),
        ])
        #expect(stage.checkKeys(allowed: allowed, required: ["id"], context: LocalizedText(id: "stage 'a'", en: "stage 'a'")).count == 2)
        #expect(try load("id: a\npath: b\n").checkKeys(allowed: allowed, required: ["id", "path"], context: LocalizedText(id: "x", en: "x")).isEmpty)
    }

    @Test func checkKeysOnSomethingElse() throws {
        let node = try value("[a]")
        #expect(node.checkKeys(allowed: ["a"], context: LocalizedText(id: "x", en: "x")) == [failure(.expectedKind(expected: .mapping, found: .sequence))])
    }

    // MARK: Node helpers

    @Test func nodeAccessors() throws {
        let root = try load("a: 1\nb: [x]\nc: {d: e}\n")
        #expect(root.keys == ["a", "b", "c"])
        #expect(root["a"]?.scalarValue == "1")
        #expect(root["missing"] == nil)
        #expect(root["b"]?.scalarValue == nil)
        #expect(root["b"]?.items?.count == 1)
        #expect(root["b"]?.pairs == nil)
        #expect(root["c"]?.pairs?.count == 1)
        #expect(root["c"]?.items == nil)
        #expect(root["a"]?.keys == [])
        #expect(root["a"]?["x"] == nil)
        #expect(root.kind == .mapping && root["b"]?.kind == .sequence && root["a"]?.kind == .scalar)
    }

    @Test func errorHelperPointsAtTheNode() throws {
        let node = try value("x")
        #expect(node.error(.emptyValue) == Diagnostic(.error, at: at(1, 4), YAMLMessage.emptyValue))
    }
}
