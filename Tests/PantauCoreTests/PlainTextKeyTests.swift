import Foundation
import Testing
@testable import PantauCore

@Suite("Keys of plain ASCII text")
struct PlainTextKeyTests {
    /// Every ASCII character, alone and between letters and blanks, and strings drawn from them.
    static let samples: [String] = {
        let characters = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        var samples = characters + characters.map { " A\($0)b \($0)\($0)Z- " } + ["", "  ", "\r\n", "Dinas  Sosial", " Uji_Coba ", "a\r\nb"]
        var state: UInt64 = 7
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(Int(state % 13)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += characters[Int(state >> 57)]
            }
            samples.append(text)
        }
        return samples
    }()

    @Test("the byte-level key of a name equals the Unicode rule's for every ASCII text")
    func nameKey() {
        for text in Self.samples {
            let unicode = text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
            #expect(PlainTextKey.key(text, dashesAsBlanks: false) == unicode, "\(Array(text.utf8))")
        }
    }

    @Test("the byte-level key of a record word equals the Unicode rule's for every ASCII text")
    func wordKey() {
        for text in Self.samples {
            let unicode = String(text.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 }).split(whereSeparator: \.isWhitespace)
                .joined(separator: " ")
            #expect(PlainTextKey.key(text, dashesAsBlanks: true) == unicode, "\(Array(text.utf8))")
        }
    }

    @Test("text that is not ASCII is left to the Unicode rule")
    func notASCII() {
        #expect(PlainTextKey.key("Café", dashesAsBlanks: false) == nil)
        #expect(NameInterner.key("  Dinas\u{00A0}CAFÉ ") == "dinas café")
        #expect(RecordWords.key("Uji–Coba") == "uji–coba")
    }
}
