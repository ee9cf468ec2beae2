import Foundation
import PantauCore
import PantauPipeline
import PantauYAML

/// A meeting's minutes as a person writes them: YAML front matter between two `---` lines, then
/// Markdown in which the `## Agenda`, `## Keputusan` (`## Decisions`) and `## Tindak Lanjut`
/// (`## Action items`) sections list their items. Everything else is prose, kept out of the record.
///
/// Only the form is read here; what the items say is checked by `import.meetings`. Positions are
/// the file's: front-matter nodes carry the line they have in the Markdown file.
struct MeetingMinutes: Sendable {
    enum Section: Sendable, CaseIterable {
        case agenda, decisions, actionItems
    }

    /// A list item of a section, its continuation lines joined to it.
    struct Item: Sendable, Equatable {
        var text: String
        var line: Int
        /// The section's heading as written, for rejects.
        var heading: String
        /// An action item's line as read, when the minutes are loaded: on every core at once,
        /// rather than one file after another when the meetings are imported.
        var actionItem: ActionItemLine.Parsed?
    }

    /// A `##` heading that reads like a section heading with a slip (`## Keputsan`), whose items
    /// would otherwise be lost as prose.
    struct NearMiss: Sendable, Equatable {
        var heading: String
        var line: Int
        var suggestion: String
    }

    /// Nil when the front matter is empty.
    var frontMatter: Node?
    var items: [Section: [Item]] = [:]
    var nearMisses: [NearMiss] = []

    /// Headings of each section, compared as record words; a heading that starts with one of
    /// them (`## Tindak Lanjut Rapat Sebelumnya`) counts too. Longer names first.
    static let headings: [(name: String, section: Section)] = [
        ("rencana tindak lanjut", .actionItems), ("tindak lanjut", .actionItems), ("action items", .actionItems),
        ("agenda", .agenda), ("acara", .agenda),
        ("keputusan", .decisions), ("kesimpulan", .decisions), ("kesepakatan", .decisions), ("decisions", .decisions),
    ]
    /// The headings suggested for a slip.
    static let suggestedHeadings = ["Agenda", "Keputusan", "Decisions", "Tindak Lanjut", "Action items"]

    /// A file's bytes, for `parse(bytes:file:)`.
    static func bytes(of file: InputFile) throws(Diagnostics) -> [UInt8] {
        if let bytes = WholeFile.bytes(at: file.path) { return bytes }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw Diagnostics([.error(at: nil, StageMessage.fileUnreadable(file: file.displayName, reason: TableFile.reason(error)))])
        }
    }

    /// Reads a file's bytes: UTF-8, with or without a byte-order mark, or Windows-1252 as older editors save it.
    static func parse(bytes: [UInt8], file: String) throws(Diagnostics) -> MeetingMinutes {
        let utf8 = CSVText.isValidUTF8(bytes) ? bytes : CSVText.utf8(fromWindows1252: bytes)
        return try parse(String(decoding: utf8, as: UTF8.self), file: file)
    }

    static func parse(_ text: String, file: String) throws(Diagnostics) -> MeetingMinutes {
        var lines = Self.lines(text)
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" { lines[0] = Substring(first.unicodeScalars.dropFirst()) }
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let first = lines.first, isFence(first) else {
            throw Diagnostics([.error(at: start, StageMessage.frontMatterMissing(file: file))])
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            throw Diagnostics([.error(at: start, StageMessage.frontMatterUnclosed(file: file))])
        }
        var minutes = MeetingMinutes()
        let yaml = frontMatterBytes(lines[1..<close])
        if !String(decoding: yaml, as: UTF8.self).allSatisfy(\.isWhitespace) {
            // Line 1 of the YAML is line 2 of the file.
            minutes.frontMatter = try YAMLLoader().load(bytes: yaml, file: file, firstLine: 2)
        }
        minutes.readBody(lines[(close + 1)...], firstLine: close + 2)
        return minutes
    }

    /// The front matter's lines joined by LF, whatever ended them in the file, as YAML reads them.
    private static func frontMatterBytes(_ lines: ArraySlice<Substring>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for (offset, line) in lines.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: "\n")) }
            bytes.append(contentsOf: line.utf8)
        }
        return bytes
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingWhitespaces() == "---"
    }

    /// The list items of the known sections, and the headings that look like slips.
    private mutating func readBody(_ lines: ArraySlice<Substring>, firstLine: Int) {
        var section: (section: Section, heading: String)?
        var inCode = false
        var current: Item?
        func finish(_ item: inout Item?, into minutes: inout MeetingMinutes, section: Section?) {
            if var done = item, let section {
                if section == .actionItems { done.actionItem = ActionItemLine.parse(done.text) }
                minutes.items[section, default: []].append(done)
            }
            item = nil
        }
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            let trimmed = line.trimmingWhitespaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inCode.toggle()
                continue
            }
            if inCode { continue }
            if let level = Self.headingLevel(trimmed), level <= 2, line.first == "#" {
                finish(&current, into: &self, section: section?.section)
                section = nil
                guard level == 2 else { continue }
                let heading = Self.headingText(trimmed)
                let key = RecordWords.key(heading.hasSuffix(":") ? String(heading.dropLast()) : heading)
                if let match = Self.headings.first(where: { key == $0.name || key.hasPrefix($0.name + " ") }) {
                    section = (match.section, heading)
                } else if let suggestion = ClosestName.suggest(for: key, among: Self.suggestedHeadings) {
                    nearMisses.append(NearMiss(heading: heading, line: number, suggestion: suggestion))
                }
                continue
            }
            guard let open = section else { continue }
            let indented = line.first == " " || line.first == "\t"
            if !indented, let text = Self.listItemText(trimmed) {
                finish(&current, into: &self, section: open.section)
                current = Item(text: String(text), line: number, heading: open.heading)
            } else if indented, !trimmed.isEmpty, current != nil {
                // A continuation line, or a nested item: part of the item above.
                let text = Self.listItemText(trimmed) ?? trimmed
                current?.text += " "
                current?.text += text
            } else if !trimmed.isEmpty {
                // Prose between items ends the item above.
                finish(&current, into: &self, section: open.section)
            }
        }
        finish(&current, into: &self, section: section?.section)
    }

    /// `#` to `######` followed by a blank or the line's end: an ATX heading's level.
    private static func headingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t" ? hashes : nil
    }

    /// A heading's text, without its opening and closing `#`s.
    private static func headingText(_ line: Substring) -> String {
        var text = line.drop { $0 == "#" }.trimmingWhitespaces()
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count, text.dropLast(closing).last == " " { text = text.dropLast(closing) }
        return String(text.trimmingWhitespaces())
    }

    /// The text of a list item (`- `, `* `, `+ `, `1. ` or `1) `), or nil for another line.
    static func listItemText(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first) {
            let rest = line.dropFirst()
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return rest.trimmingWhitespaces()
        }
        let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return after.trimmingWhitespaces()
    }

    /// The text's lines, split where YAML splits them (LF, CR LF, CR, NEL, LS, PS), so that
    /// front-matter positions and body line numbers agree. Found in the UTF-8 bytes: every line end
    /// but CR LF is one scalar, and a line is sliced from the text without copying it.
    static func lines(_ text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        let utf8 = text.utf8
        var lines: [Substring] = []
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            // LF and CR, or the lead byte of NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9).
            guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else {
                index = next
                continue
            }
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" else {
                index = next
                continue
            }
            lines.append(Substring(scalars[lineStart..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            lineStart = index
        }
        lines.append(Substring(scalars[lineStart..<utf8.endIndex]))
        return lines
    }
}

