import Testing
import PantauYAML

@Suite("ClosestName")
struct ClosestNameTests {
    @Test(arguments: [
        ("kitten", "sitting", 3), ("abc", "acb", 1), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
        ("pth", "path", 1), ("ca", "abc", 3), ("flaw", "lawn", 2),
    ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(ClosestName.editDistance(a, b) == distance)
        #expect(ClosestName.editDistance(b, a) == distance)
    }

    @Test(arguments: [
        ("pth", "path"),  // a dropped letter
        ("PATH", "path"),  // case does not matter
        ("sheeet", "sheet"),
        ("kidn", "kind"),  // swapped letters
        ("survey", "import.survey"),  // a shortened name
        ("import", "import.survey"),
        ("zzzzzz", nil),
        ("x", nil),  // one letter is not a typo of `id`
        ("ab", nil),
        ("im", "id"),
        ("su", nil),  // too short to stand for a longer name
    ] as [(String, String?)])
    func suggest(name: String, expected: String?) {
        let candidates = ["id", "path", "kind", "sheet", "import.survey"]
        #expect(ClosestName.suggest(for: name, among: candidates) == expected)
    }

    @Test func firstOfEquallyCloseCandidatesWins() {
        #expect(ClosestName.suggest(for: "cat", among: ["bat", "hat"]) == "bat")
        #expect(ClosestName.suggest(for: "anything", among: [String]()) == nil)
    }

    @Test func acceptsASinglePassSequence() {
        // A sequence that can be iterated only once, as `AnyIterator` is.
        var names = ["path", "kind"].makeIterator()
        let once = AnySequence(AnyIterator { names.next() })
        #expect(ClosestName.suggest(for: "knd", among: once) == "kind")
        var more = ["import.survey"].makeIterator()
        let onceMore = AnySequence(AnyIterator { more.next() })
        #expect(ClosestName.suggest(for: "survey", among: onceMore) == "import.survey")
    }
}
