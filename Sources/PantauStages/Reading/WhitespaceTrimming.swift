extension String {
    /// See `Substring.trimmingWhitespaces()`.
    func trimmingWhitespaces() -> Substring { self[...].trimmingWhitespaces() }

    /// See `Substring.trimmingWhitespacesAndNewlines()`.
    func trimmingWhitespacesAndNewlines() -> Substring { self[...].trimmingWhitespacesAndNewlines() }
}

extension Substring {
    /// The text without leading and trailing white space: what `trimmingCharacters(in: .whitespaces)`
    /// gives, without Foundation's round trip through UTF-16 and a new string each time, which made
    /// it the slowest part of reading minutes and fields. Works on Unicode scalars, as Foundation
    /// does, so a blank before a combining mark is trimmed the same way.
    func trimmingWhitespaces() -> Substring { trimming(where: WhitespaceScalars.isWhitespace) }

    /// As `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespacesAndNewlines() -> Substring { trimming(where: WhitespaceScalars.isWhitespaceOrNewline) }

    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard isTrimmed(scalars[last]) else { break }
            end = last
        }
        // Sliced by scalars, not characters: a string slice would round to whole characters.
        return Substring(scalars[start..<end])
    }
}

/// Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines`, scalar by scalar.
enum WhitespaceScalars {
    /// Tab, and the space separators (U+200B included, as Foundation has it).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: true
        case 0..<0x80: false
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Blanks, and the line and paragraph ends: LF, VT, FF, CR, NEL, LS, PS.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isWhitespace(scalar)
        }
    }
}
