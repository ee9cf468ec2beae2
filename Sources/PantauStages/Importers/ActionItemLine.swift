import Foundation
import PantauCore
import PantauYAML

/// One action item written as a Markdown task-list line in the minutes' `## Tindak Lanjut`
/// (`## Action items`) section, after its bullet:
///
///     [ ] Disdukcapil: perbarui SP KTP-el (batas: 2026-08-31; id: TL-2026-01)
///
/// - the box is the status: `[ ]` terbuka (open), `[~]` or `[/]` berjalan (in progress),
///   `[x]` selesai (done), `[-]` dibatalkan (dropped);
/// - the owner unit comes before the first `:`, the action after it; a line without a colon (or
///   with nothing before it) names no owner: the item is kept, and `meeting.action-without-owner`
///   reports it, because a missing owner is a shortcoming of the meeting, not a broken record;
/// - a closing parenthesis of `key: value` pairs separated by `;` may give the due date
///   (`batas`, `tenggat` or `due`) and a stable id (`id`). A parenthesis that does not start
///   with `word:` is part of the action's text.
struct ActionItemLine: Sendable, Equatable {
    var status: ActionStatus
    var owner: String?
    var action: String
    var due: String?
    var id: String?

    /// The keys a closing parenthesis may hold, and what each sets.
    static let dueKeys = ["batas", "tenggat", "due"]
    static let keys = dueKeys + ["id"]

    enum Parsed: Sendable, Equatable {
        case item(ActionItemLine)
        /// What keeps the line from being read.
        case problem(StageMessage)
    }

    static func parse(_ text: String) -> Parsed {
        let text = text.trimmingWhitespaces()
        // In ASCII text every character is one byte: the line is read on its bytes, the same
        // way, without working out where each character ends, which made reading minutes slow.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return parse(text, as: \.utf8) }
        return parse(text, as: { $0 })
    }

    /// Reads the line through `units`: its characters, or its bytes when they are the same.
    private static func parse<Units: BidirectionalCollection>(_ text: Substring, as units: (Substring) -> Units) -> Parsed
    where Units.Element: LineUnit, Units.Index == String.Index {
        guard let status = boxes.first(where: { units(text).starts(with: units($0.box[...])) })?.status else { return .problem(.checkboxMissing) }
        let afterBox = units(text).firstIndex(of: Units.Element("]")).map { units(text).index(after: $0) } ?? text.endIndex
        var rest = text[afterBox...].trimmingWhitespaces()
        var due: Substring?
        var id: Substring?
        let restUnits = units(rest)
        if restUnits.last == Units.Element(")"), let open = restUnits.lastIndex(of: Units.Element("(")),
            let pairs = metadata(rest[restUnits.index(after: open)..<restUnits.index(before: restUnits.endIndex)], as: units)
        {
            for pair in pairs {
                guard let key = pair.key, keys.contains(key) else {
                    let written = pair.key ?? String(pair.value)
                    return .problem(.unknownKey(key: written, allowed: keys, suggestion: ClosestName.suggest(for: written, among: keys)))
                }
                if dueKeys.contains(key) { due = pair.value } else { id = pair.value }
            }
            rest = rest[..<open].trimmingWhitespaces()
        }
        var owner: Substring?
        var action = rest
        if let colon = units(rest).firstIndex(of: Units.Element(":")) {
            owner = rest[..<colon].trimmingWhitespaces()
            action = rest[units(rest).index(after: colon)...].trimmingWhitespaces()
        }
        guard !action.isEmpty else { return .problem(.valueMissing(field: "action")) }
        return .item(ActionItemLine(
            status: status, owner: owner.flatMap { $0.isEmpty ? nil : String($0) }, action: String(action),
            due: due.flatMap { $0.isEmpty ? nil : String($0) }, id: id.flatMap { $0.isEmpty ? nil : String($0) }))
    }

    private static let boxes: [(box: String, status: ActionStatus)] = [
        ("[ ]", .open), ("[]", .open), ("[~]", .inProgress), ("[/]", .inProgress), ("[x]", .done), ("[X]", .done), ("[-]", .dropped),
    ]

    /// The `key: value` pairs of a parenthesis, or nil when it does not start with `word:` and so
    /// is part of the text. A pair without a colon has no key.
    private static func metadata<Units: BidirectionalCollection>(_ inside: Substring, as units: (Substring) -> Units) -> [(key: String?, value: Substring)]?
    where Units.Element: LineUnit, Units.Index == String.Index {
        let first = units(inside).drop { $0 == Units.Element(" ") }
        let word = first.prefix { $0.isWordLetter }
        guard !word.isEmpty, first[word.endIndex...].drop(while: { $0 == Units.Element(" ") }).first == Units.Element(":") else { return nil }
        return units(inside).split(separator: Units.Element(";")).map { part in
            let part = inside[part.startIndex..<part.endIndex]
            guard let colon = units(part).firstIndex(of: Units.Element(":")) else { return (nil, part.trimmingWhitespaces()) }
            return (RecordWords.key(String(part[..<colon])), part[units(part).index(after: colon)...].trimmingWhitespaces())
        }
    }
}

/// What reading a line asks of its units: characters, or bytes for ASCII text.
protocol LineUnit: Equatable {
    /// The unit of an ASCII character.
    init(_ ascii: Unicode.Scalar)
    /// A letter or `_`, as a key's word is written.
    var isWordLetter: Bool { get }
}

extension Character: LineUnit {
    var isWordLetter: Bool { isLetter || self == "_" }
}

extension UInt8: LineUnit {
    init(_ ascii: Unicode.Scalar) { self.init(ascii: ascii) }
    var isWordLetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) || self == UInt8(ascii: "_") }
}
