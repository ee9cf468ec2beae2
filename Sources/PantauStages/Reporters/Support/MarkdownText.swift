import Foundation

/// Text from records (unit and service names, which agencies type) made safe inside Markdown:
/// characters that would start emphasis, code, links or HTML, or break a table cell, are escaped.
/// Headings and lists cannot start inside a line, so `#`, `-` and `+` need nothing.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: every character escaped below holds one of these
        // bytes, so text without them is returned as it is, not rebuilt character by character;
        // and most of the rest is ASCII, where every character is one byte (CR LF aside).
        let found = text.utf8.withContiguousStorageIfAvailable(byteClasses) ?? byteClasses(Array(text.utf8))
        guard found & ByteClass.needsLook != 0 else { return text }
        if found & ByteClass.beyondASCII == 0 { return escapeASCII(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out.append("\\")
                out.append(character)
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "&": out.append("&amp;")
            case "\n", "\r", "\r\n": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }

    /// `escape` of ASCII text, byte by byte.
    private static func escapeASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == UInt8(ascii: "\r") }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "|"), UInt8(ascii: "~"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            // CR LF is one character, and one blank.
            case UInt8(ascii: "\n") where previousWasCR: break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What a text's bytes hold, as `ByteClass` bits: found with one table look-up per byte
    /// and no branch, since reports pass megabytes of text through `escape`.
    private static func byteClasses(_ bytes: some Collection<UInt8>) -> UInt8 {
        classOfByte.withUnsafeBufferPointer { table in
            var found: UInt8 = 0
            for byte in bytes { found |= table[Int(byte)] }
            return found
        }
    }

    private enum ByteClass {
        static let needsLook: UInt8 = 1
        static let beyondASCII: UInt8 = 2
    }

    private static let classOfByte: [UInt8] = (0...255).map { byte in
        byte >= 0x80 ? ByteClass.beyondASCII : needsLook(UInt8(byte)) ? ByteClass.needsLook : 0
    }

    private static func needsLook(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\n"),
            UInt8(ascii: "\r"):
            true
        default: false
        }
    }

    /// A Markdown table with a header row.
    static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> [String] {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { alignRight.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines
    }
}
