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
        guard let status = status(of: text) else { return .problem(.checkboxMissing) }
        var rest = text.drop { $0 != "]" }.dropFirst().trimmingWhitespaces()
        var due: Substring?
        var id: Substring?
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), let pairs = metadata(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]) {
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
        if let colon = rest.firstIndex(of: ":") {
            owner = rest[..<colon].trimmingWhitespaces()
            action = rest[rest.index(after: colon)...].trimmingWhitespaces()
        }
        guard !action.isEmpty else { return .problem(.valueMissing(field: "action")) }
        return .item(ActionItemLine(
            status: status, owner: owner.flatMap { $0.isEmpty ? nil : String($0) }, action: String(action),
            due: due.flatMap { $0.isEmpty ? nil : String($0) }, id: id.flatMap { $0.isEmpty ? nil : String($0) }))
    }

    /// The status a leading box gives: `[ ]` (or `[]`), `[~]`, `[/]`, `[x]`, `[X]`, `[-]`.
    private static func status(of text: Substring) -> ActionStatus? {
        boxes.first { text.hasPrefix($0.box) }?.status
    }

    private static let boxes: [(box: String, status: ActionStatus)] = [
        ("[ ]", .open), ("[]", .open), ("[~]", .inProgress), ("[/]", .inProgress), ("[x]", .done), ("[X]", .done), ("[-]", .dropped),
    ]

    /// The `key: value` pairs of a parenthesis, or nil when it does not start with `word:` and so
    /// is part of the text. A pair without a colon has no key.
    private static func metadata(_ inside: Substring) -> [(key: String?, value: Substring)]? {
        let first = inside.drop { $0 == " " }
        let word = first.prefix { $0.isLetter || $0 == "_" }
        guard !word.isEmpty, first.dropFirst(word.count).drop(while: { $0 == " " }).first == ":" else { return nil }
        return inside.split(separator: ";").map { part in
            guard let colon = part.firstIndex(of: ":") else { return (nil, part.trimmingWhitespaces()) }
            return (RecordWords.key(String(part[..<colon])), part[part.index(after: colon)...].trimmingWhitespaces())
        }
    }
}
