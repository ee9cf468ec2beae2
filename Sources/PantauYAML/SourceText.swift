/// Line and column arithmetic over source text, counting the way libyaml does: a line break
/// is LF, CR, CR LF, NEL (U+0085), LS (U+2028) or PS (U+2029), and a column counts Unicode
/// scalars, starting at 1.
enum SourceText {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The 1-based line and column of the byte at `offset` in UTF-8 `bytes`. When that byte
    /// falls inside a character (libyaml names the bad trailing byte of a broken sequence),
    /// the position is the character's first byte, where an editor shows the problem.
    static func position(ofByte offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var previous: (UInt8, UInt8) = (0, 0)  // the two bytes before the current one
        var pendingContinuations = 0  // bytes still missing from the character begun last
        var consumed = 0
        for byte in bytes {
            if consumed >= offset { break }
            consumed += 1
            defer { previous = (previous.1, byte) }
            if byte & 0xC0 == 0x80 {
                pendingContinuations = max(pendingContinuations - 1, 0)
            } else {
                pendingContinuations = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
            }
            switch byte {
            case 0x0A:
                // LF after CR is the second half of one CR LF break, already counted.
                if previous.1 != 0x0D { line += 1 }
                column = 1
            case 0x0D:
                line += 1
                column = 1
            case 0x85 where previous.1 == 0xC2:  // NEL; its lead byte was counted as a column
                line += 1
                column = 1
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80):  // LS, PS
                line += 1
                column = 1
            default:
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }
        return (line, pendingContinuations > 0 ? column - 1 : column)
    }

    /// The text split into lines, without their line breaks.
    static func lines(of text: String) -> [Substring.UnicodeScalarView] {
        var text = Substring(text).unicodeScalars
        if text.first == "\u{FEFF}" { text.removeFirst() }
        var lines: [Substring.UnicodeScalarView] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text[index]
            switch scalar {
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(text[start..<index])
                var next = text.index(after: index)
                if scalar == "\r", next < text.endIndex, text[next] == "\n" { next = text.index(after: next) }
                start = next
                index = next
            default:
                index = text.index(after: index)
            }
        }
        lines.append(text[start..<text.endIndex])
        return lines
    }
}
