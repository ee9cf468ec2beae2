import Testing
@testable import PantauPipeline

@Suite("JSON values")
struct JSONValueTests {
    @Test func valuesAreReadWithNumbersAsWrittenAndKeysInOrder() throws {
        let value = try JSONValue.parse(#" {"b": [1, -2.50, 3e2, true, false, null], "a": "x\"y\\z\n\u00e9\ud83d\ude00/"} "#)
        #expect(value == .object([
            ("b", .array([.number("1"), .number("-2.50"), .number("3e2"), .bool(true), .bool(false), .null])),
            ("a", .string("x\"y\\z\né😀/")),
        ]))
        #expect(value["b"]?.arrayValue?.first?.integerValue == 1)
        #expect(JSONValue.number("3.0").integerValue == nil)
    }

    @Test func writingAndReadingAgainGivesTheSameValue() throws {
        let value = JSONValue.object([
            ("text", .string("tab\tquote\" back\\ bell\u{07} ünï")), ("list", .array([.integer(0), .null, .object([])])),
        ])
        #expect(value.text == #"{"text":"tab\tquote\" back\\ bell\u0007 ünï","list":[0,null,{}]}"#)
        #expect(try JSONValue.parse(value.text) == value)
    }

    @Test(arguments: [
        ("", JSONSyntaxError(problem: .unexpectedEnd, column: 1)),
        ("{\"a\" 1}", JSONSyntaxError(problem: .unexpectedCharacter("1"), column: 6)),
        ("[1,]", JSONSyntaxError(problem: .unexpectedCharacter("]"), column: 4)),
        ("01", JSONSyntaxError(problem: .invalidNumber, column: 1)),
        ("1.", JSONSyntaxError(problem: .invalidNumber, column: 1)),
        ("\"a\\x\"", JSONSyntaxError(problem: .invalidEscape, column: 3)),
        ("\"\\ud800\"", JSONSyntaxError(problem: .invalidEscape, column: 2)),
        ("\"a\tb\"", JSONSyntaxError(problem: .controlCharacterInString, column: 3)),
        ("{} {}", JSONSyntaxError(problem: .trailingCharacters, column: 4)),
        ("nul", JSONSyntaxError(problem: .unexpectedEnd, column: 4)),
        ("'a'", JSONSyntaxError(problem: .unexpectedCharacter("'"), column: 1)),
        ("é", JSONSyntaxError(problem: .unexpectedCharacter("é"), column: 1)),
    ])
    func notJSON(text: String, expected: JSONSyntaxError) {
        #expect(throws: expected) { try JSONValue.parse(text) }
    }

    @Test func invalidUTF8InAStringIsRefused() {
        #expect(throws: JSONSyntaxError(problem: .invalidUTF8, column: 1)) { try JSONValue.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONSyntaxError(problem: .tooDeep(64), column: 65)) { try JSONValue.parse(deep) }
    }
}
