import Testing
import PantauYAML

@Suite("Loader: positions, styles and tags")
struct LoaderStructureTests {
    static let pipeline = """
        name: pantau
        stages:
          - id: a
            path: [x.csv, "y.csv"]
          - id: b
            options: {k: v, n: ~}
            notes: |
              line one
            empty:

        """

    @Test func positionsOfEveryKindOfNode() throws {
        let root = try load(Self.pipeline)
        #expect(root.location == at(1, 1))
        #expect(root.kind == .mapping)
        #expect(root.keys == ["name", "stages"])

        let pairs = try #require(root.pairs)
        #expect(pairs[0].key == Node(.scalar(.init("name")), at: at(1, 1)))
        #expect(pairs[0].value == Node(.scalar(.init("pantau")), at: at(1, 7)))
        #expect(pairs[1].key.location == at(2, 1))

        let stages = try #require(root["stages"])
        #expect(stages.location == at(3, 3))
        let items = try #require(stages.items)
        #expect(items.count == 2)

        let first = items[0]
        #expect(first.location == at(3, 5))
        #expect(first.pairs?.map(\.key.location) == [at(3, 5), at(4, 5)])
        #expect(first["id"]?.location == at(3, 9))
        let path = try #require(first["path"])
        #expect(path == Node(.sequence([
            Node(.scalar(.init("x.csv")), at: at(4, 12)),
            Node(.scalar(.init("y.csv", style: .doubleQuoted)), at: at(4, 19)),
        ]), at: at(4, 11)))

        let second = items[1]
        #expect(second.location == at(5, 5))
        #expect(second["options"] == Node(.mapping([
            .init(key: Node(.scalar(.init("k")), at: at(6, 15)), value: Node(.scalar(.init("v")), at: at(6, 18))),
            .init(key: Node(.scalar(.init("n")), at: at(6, 21)), value: Node(.scalar(.init("~")), at: at(6, 24))),
        ]), at: at(6, 14)))
        #expect(second["notes"] == Node(.scalar(.init("line one\n", style: .literal)), at: at(7, 12)))
        // An empty value is a null right after its colon.
        #expect(second["empty"] == Node(.scalar(.init("")), at: at(9, 11)))
        #expect(second["empty"]?.isNull == true)
    }

    @Test func everyNodeCarriesTheFileName() throws {
        let root = try YAMLLoader().load(text: "a: [b]\n", file: "pipelines/x.yaml")
        #expect(root.location.file == "pipelines/x.yaml")
        #expect(root["a"]?.items?.first?.location == SourceLocation(file: "pipelines/x.yaml", line: 1, column: 5))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try load("é: ü\n日本語: [x]\n")
        #expect(root["é"]?.location == at(1, 4))
        #expect(root["日本語"]?.location == at(2, 6))
        #expect(root["日本語"]?.items?.first?.location == at(2, 7))
    }

    @Test func windowsLineEndings() throws {
        let root = try load("a: 1\r\nb:\r\n  - 2\r\n")
        #expect(root["a"] == Node(.scalar(.init("1")), at: at(1, 4)))
        #expect(root["b"]?.items?.first == Node(.scalar(.init("2")), at: at(3, 5)))
    }

    @Test(arguments: [
        ("v: plain", "plain", Node.ScalarStyle.plain),
        ("v: 'single'", "single", .singleQuoted),
        ("v: \"double\\tescape\"", "double\tescape", .doubleQuoted),
        ("v: |\n  one\n  two\n", "one\ntwo\n", .literal),
        ("v: >\n  one\n  two\n", "one two\n", .folded),
        ("v: |-\n  kept\n", "kept", .literal),
    ])
    func scalarStyles(text: String, value: String, style: Node.ScalarStyle) throws {
        let node = try #require(try load(text)["v"])
        #expect(node.content == .scalar(.init(value, style: style)))
        #expect(node.location == at(1, 4))
        #expect(node.tag == nil)
    }

    @Test(arguments: [
        ("v: !!str 12", "tag:yaml.org,2002:str"),
        ("v: !!int 12", "tag:yaml.org,2002:int"),
        ("v: !local 12", "!local"),
        ("v: !<tag:example.com,2026:x> 12", "tag:example.com,2026:x"),
        ("v: ! 12", nil),
        ("v: 12", nil),
    ] as [(String, String?)])
    func scalarTags(text: String, tag: String?) throws {
        let node = try #require(try load(text)["v"])
        #expect(node.tag == tag)
        #expect(node.scalarValue == "12")
        #expect(node.location == at(1, 4))
    }

    @Test func collectionTags() throws {
        let root = try load("s: !!seq [a]\nm: !!map {a: b}\n")
        #expect(root["s"]?.tag == "tag:yaml.org,2002:seq")
        #expect(root["s"]?.location == at(1, 4))
        #expect(root["m"]?.tag == "tag:yaml.org,2002:map")
    }

    @Test(arguments: ["~", "null", "Null", "NULL", "", "---\n", "--- ~\n", "# just a comment\n---\n"])
    func documentThatIsNull(text: String) throws {
        // Only an empty stream is an empty document; an explicit document holding nothing is a null.
        guard !text.isEmpty else {
            #expect(problems(text) == [error(1, 1, .emptyDocument)])
            return
        }
        let root = try load(text)
        #expect(root.isNull)
        #expect(root.kind == .null)
    }

    @Test(arguments: ["'~'", "\"null\"", "!!str ~", "nil", "0"])
    func valuesThatAreNotNull(text: String) throws {
        let root = try load(text)
        #expect(!root.isNull)
        #expect(root.kind == .scalar)
    }

    @Test func nullIsToldApartInCollections() throws {
        let root = try load("a:\nb: ~\nc: ''\nd: [~, x]\n")
        #expect(root["a"]?.kind == .null)
        #expect(root["b"]?.kind == .null)
        #expect(root["c"]?.kind == .scalar)
        #expect(root["d"]?.items?.map(\.kind) == [.null, .scalar])
    }

    @Test func byteOrderMarkIsAcceptedAndTakesNoColumn() throws {
        let root = try load("\u{FEFF}a: 1\nb: 2\n")
        #expect(root["a"] == Node(.scalar(.init("1")), at: at(1, 4)))
        #expect(root.pairs?.first?.key.location == at(1, 1))
        let fromBytes = try YAMLLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array("x: y".utf8), file: testFile)
        #expect(fromBytes["x"]?.location == at(1, 4))
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try load("\"<<\": 1\nx: 2\n")
        #expect(root.keys == ["<<", "x"])
    }
}
