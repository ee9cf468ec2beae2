import Testing
import PantauYAML

@Suite("Loader: anchors, aliases and merge keys")
struct LoaderAliasTests {
    // MARK: Anchors and aliases

    @Test func aliasCopiesTheAnchoredNodeAndPointsAtItsOwnUse() throws {
        let root = try load("""
            base: &base
              x: 1
              y: [2]
            copy: *base
            name: &n pantau
            again: *n

            """)
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(base.location == at(1, 7))
        #expect(copy.location == at(4, 7))
        #expect(copy.content == base.content)
        // Inside the copy, nodes keep the place they were written.
        #expect(copy["x"]?.location == at(2, 6))
        #expect(root["again"] == Node(.scalar(.init("pantau")), at: at(6, 8)))
    }

    @Test func aliasKeepsTheTag() throws {
        let root = try load("a: &t !!str 12\nb: *t\n")
        #expect(root["b"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.location == at(2, 4))
    }

    @Test func laterAnchorWithTheSameNameReplacesTheEarlier() throws {
        let root = try load("a: &x one\nb: *x\nc: &x two\nd: *x\n")
        #expect(root["b"]?.scalarValue == "one")
        #expect(root["d"]?.scalarValue == "two")
    }

    @Test func undefinedAliasesAreAllReported() {
        #expect(problems("a: *nope\nb: [1, *other]\n") == [
            error(1, 4, .undefinedAlias(name: "nope")),
            error(2, 8, .undefinedAlias(name: "other")),
        ])
    }

    @Test func aliasInsideItsOwnAnchorIsUndefined() {
        #expect(problems("a: &loop [1, *loop]\n") == [error(1, 14, .undefinedAlias(name: "loop"))])
    }

    // MARK: Alias expansion budget

    /// Ten levels, each a list of ten aliases to the level before: 10^10 nodes when expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ", ") + "]"]
        let names = Array("abcdefghij").map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Refused at the alias that crosses the budget, before anything is expanded: that is what
    /// makes the refusal fast, and it is checked exactly rather than timed.
    @Test func billionLaughsIsRefusedAtTheBudget() {
        let found = problems(Self.billionLaughs)
        // a = 11 nodes, b = 111, c = 1 111, d = 11 111. Aliases in b, c, d add 110 + 1 110 + 11 110
        // = 12 330; in line e each alias adds 11 111, so the eighth passes 100 000. It stands
        // at column 8 + 4 × 7 = 36 of `e: &e [*d, *d, …`.
        #expect(found == [error(5, 36, .aliasBudgetExceeded(limit: 100_000))])
    }

    @Test func budgetCountsExpandedNodesExactly() throws {
        // `&a [1, 2]` is 3 nodes; three aliases add 9 and fit a budget of 10, a fourth does not.
        let loader = YAMLLoader(aliasExpansionLimit: 10)
        let fits = try load("a: &a [1, 2]\nb: [*a, *a, *a]\n", loader: loader)
        #expect(fits["b"]?.items?.count == 3)
        #expect(problems("a: &a [1, 2]\nb: [*a, *a, *a, *a]\n", loader: loader) == [
            error(2, 17, .aliasBudgetExceeded(limit: 10)),
        ])
    }

    @Test func nestedAliasesCountTheirWholeExpansion() {
        // b holds two copies of a (3 nodes each), so b is 7 nodes; `*b` alone then costs 7.
        let loader = YAMLLoader(aliasExpansionLimit: 12)
        #expect(problems("a: &a [1, 2]\nb: &b [*a, *a]\nc: *b\n", loader: loader) == [
            error(3, 4, .aliasBudgetExceeded(limit: 12)),
        ])
    }

    // MARK: Merge keys

    @Test func mergeListOrderAndExplicitKeysWin() throws {
        let root = try load("""
            a: &a {x: 1, y: 1}
            b: &b {y: 2, z: 2}
            c:
              w: 0
              <<: [*a, *b]
              x: 9

            """)
        let c = try #require(root["c"])
        // Merged pairs stand where `<<` stood; `x` is written in `c` (after the merge, still
        // wins), `y` comes from the first mapping in the list.
        #expect(c.keys == ["w", "y", "z", "x"])
        #expect(c["x"]?.scalarValue == "9")
        #expect(c["y"]?.scalarValue == "1")
        #expect(c["z"]?.scalarValue == "2")
        // Merged pairs keep the position they were written at.
        #expect(c.pairs?[1].key.location == at(1, 14))
        #expect(c["y"]?.location == at(1, 17))
    }

    @Test func singleMergeWithExplicitKeyBefore() throws {
        let root = try load("base: &base {x: 1, y: 1}\nthis:\n  x: 5\n  <<: *base\n")
        let this = try #require(root["this"])
        #expect(this.keys == ["x", "y"])
        #expect(this["x"]?.scalarValue == "5")
        #expect(this["y"]?.location == at(1, 23))
    }

    @Test func mergeOfAnInlineMappingAndTaggedMergeKey() throws {
        let root = try load("a:\n  <<: {p: 1}\n  q: 2\nb:\n  !!merge <<: {r: 3}\n")
        #expect(root["a"]?.keys == ["p", "q"])
        #expect(root["b"]?.keys == ["r"])
    }

    @Test func mergedMappingsMayThemselvesMerge() throws {
        let root = try load("a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: *b, z: 3}\n")
        #expect(root["c"]?.keys == ["x", "y", "z"])
    }

    @Test func twoMergeKeysInOneMapping() throws {
        let root = try load("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: *a\n  <<: *b\n")
        #expect(root["c"]?.keys == ["x", "y"])
        #expect(root["c"]?["x"]?.scalarValue == "1")
    }

    @Test func mergedKeysAreNotDuplicates() throws {
        let root = try load("a: &a {x: 1}\nb:\n  x: 2\n  <<: *a\n")
        #expect(root["b"]?.keys == ["x"])
    }

    @Test func mergeNeedsMappings() {
        #expect(problems("a: &a {x: 1}\nb:\n  <<: 1\nc:\n  <<: [*a, 3, [4]]\n") == [
            error(3, 7, .mergeNeedsMapping),
            error(5, 12, .mergeNeedsMapping),
            error(5, 15, .mergeNeedsMapping),
        ])
    }

    @Test func mergeOfScalarThroughAlias() {
        #expect(problems("s: &s text\nb:\n  <<: *s\n") == [error(3, 7, .mergeNeedsMapping)])
    }

    @Test func mergeOfUndefinedAliasIsReportedOnce() {
        #expect(problems("b:\n  <<: *missing\nc:\n  <<: [*gone]\n") == [
            error(2, 7, .undefinedAlias(name: "missing")),
            error(4, 8, .undefinedAlias(name: "gone")),
        ])
    }
}
