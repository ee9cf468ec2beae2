import Foundation

/// Text from records (unit and service names, which agencies type) made safe inside Markdown:
/// characters that would start emphasis, code, links or HTML, or break a table cell, are escaped.
/// Headings and lists cannot start inside a line, so `#`, `-` and `+` need nothing.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: every character escaped below holds one of these
        // bytes, so text without them is returned as it is, not rebuilt character by character.
        guard text.utf8.contains(where: Self.needsLook) else { return text }
        var out = ""
        out.reserveCapacity(text.count)
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
