import Foundation
import Testing
@testable import PantauStages

@Suite("Trimming white space as Foundation does, on Swift strings")
struct WhitespaceTrimmingTests {
    static let texts = [
        "", " ", "\t", "abc", "  abc  ", "\tabc\t", "a b", "\u{A0}abc\u{3000}", "\u{200B}abc\u{2009}", "\u{1680}x\u{202F}",
        " \nabc\n ", "\r\nabc\u{85}", "\u{2028}abc\u{2029}", "\u{0B}\u{0C}abc", " \u{301}abc", "abc \u{301}", "é ", " 🇮🇩 ",
        "\u{FEFF}abc", "abc\u{FEFF}",
    ]

    @Test("blanks as CharacterSet.whitespaces", arguments: texts)
    func whitespaces(text: String) {
        let trimmed = text.trimmingWhitespaces()
        #expect(Array(trimmed.unicodeScalars) == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        #expect(Array(text[...].trimmingWhitespaces().unicodeScalars) == Array(trimmed.unicodeScalars))
    }

    @Test("blanks and line ends as CharacterSet.whitespacesAndNewlines", arguments: texts)
    func whitespacesAndNewlines(text: String) {
        #expect(Array(text.trimmingWhitespacesAndNewlines().unicodeScalars)
            == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
    }

    @Test("every scalar is white space exactly when Foundation says so")
    func scalars() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(WhitespaceScalars.isWhitespace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
            #expect(
                WhitespaceScalars.isWhitespaceOrNewline(scalar) == CharacterSet.whitespacesAndNewlines.contains(scalar),
                "U+\(String(value, radix: 16))")
        }
    }
}
