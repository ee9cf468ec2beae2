import Foundation
import PantauCore
import PantauPipeline
import PantauYAML

/// Reads the record of one meeting from its minutes, rejecting into the log what it cannot
/// accept, each problem at its line in the Markdown file.
struct MeetingRecordReader {
    static let keys = ["id", "title", "date", "kind", "place", "chair", "invited", "attendees", "agenda", "decisions", "action_items"]
    static let attendeeKeys = ["name", "role", "organisation"]
    static let actionItemKeys = ["id", "action", "owner", "due", "status"]

    /// The meeting as the front matter and sections give it, and where its action items are
    /// written: they are read as records of their own, after the meeting.
    struct Draft {
        var meeting: Meeting
        var actionItems: [WrittenItem]
    }

    /// An action item as written in the minutes: an entry of the front matter's `action_items`,
    /// or a task-list line of an action items section.
    enum WrittenItem {
        case frontMatter(Node)
        case line(MeetingMinutes.Item)
    }

    let file: String
    let register: RegisterCheck

    private var top: RecordSource { RecordSource(file: file, row: 1, line: 1) }

    private func source(_ node: Node) -> RecordSource {
        RecordSource(file: file, row: node.location.line, line: node.location.line)
    }

    /// The meeting's id when the minutes give none: the file's name without `.md`.
    static func defaultID(file: String) -> String {
        // A name with an extension after its last slash is cut there without Foundation, which
        // took longer than reading the minutes' record; anything else goes the long way.
        let name = file.lastIndex(of: "/").map { file[file.index(after: $0)...] } ?? file[...]
        if let dot = name.lastIndex(of: "."), dot > name.startIndex {
            let pathExtension = name[name.index(after: dot)...]
            if !pathExtension.isEmpty, pathExtension.utf8.allSatisfy({ $0 < 0x80 && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }) {
                return String(name[..<dot])
            }
        }
        return ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The meeting and its action items; the meeting is rejected (and the draft still returned,
    /// for its items to be accounted for) when anything is wrong with it.
    func read(_ minutes: MeetingMinutes, log: inout RejectLog) -> Draft {
        let root = minutes.frontMatter ?? Node(.mapping([]), at: SourceLocation(file: file, line: 1, column: 1))
        var itemNodes: [Node] = []
        var meeting = Meeting(
            id: Self.defaultID(file: file), title: "", date: CalendarDate(year: 1970, month: 1, day: 1)!, kind: .other, source: top)
        if root.pairs == nil {
            log.reject(source(root), field: "front matter", value: "", .wrongShape(field: "front matter", expected: .mapping))
        } else {
            unknownKeys(in: root, allowed: Self.keys, prefix: nil, log: &log)
            if let id = text("id", in: root, required: false, log: &log) { meeting.id = id }
            meeting.title = text("title", in: root, required: true, log: &log) ?? ""
            if let date = value("date", in: root, required: true, log: &log) {
                if let parsed = FieldParsers.date(date.text) {
                    meeting.date = parsed
                } else {
                    log.reject(source(date.node), field: "date", value: date.text, .invalidDate(value: date.text))
                }
            }
            if let kind = value("kind", in: root, required: true, log: &log),
                let word = RecordValues.word(kind.text, as: MeetingKind.self, source: source(kind.node), field: "kind", log: &log)
            {
                meeting.kind = word
            }
            meeting.place = text("place", in: root, required: false, log: &log)
            meeting.chair = text("chair", in: root, required: false, log: &log)
            meeting.invited = texts("invited", in: root, log: &log).compactMap { unit in
                register.unit(unit.text, field: "invited", source: source(unit.node), log: &log)
            }
            meeting.attendees = list("attendees", in: root, log: &log).compactMap { attendee($0, log: &log) }
            meeting.agenda = texts("agenda", in: root, log: &log).map(\.text)
            meeting.decisions = texts("decisions", in: root, log: &log).map(\.text)
            itemNodes = list("action_items", in: root, log: &log)
        }
        meeting.agenda += minutes.items[.agenda, default: []].map(\.text)
        meeting.decisions += minutes.items[.decisions, default: []].map(\.text)
        for miss in minutes.nearMisses {
            let place = RecordSource(file: file, row: miss.line, line: miss.line)
            log.reject(place, field: "##", value: miss.heading, .unknownSection(heading: miss.heading, suggestion: miss.suggestion))
        }
        let items = itemNodes.map(WrittenItem.frontMatter) + minutes.items[.actionItems, default: []].map(WrittenItem.line)
        return Draft(meeting: meeting, actionItems: items)
    }

    // MARK: Front-matter values

    /// A text value; nil (rejected when required) when absent or empty, or not a text.
    private func text(_ key: String, in mapping: Node, required: Bool, log: inout RejectLog) -> String? {
        value(key, in: mapping, required: required, log: &log)?.text
    }

    /// A text value with the node that holds it.
    private func value(_ key: String, in mapping: Node, required: Bool, log: inout RejectLog) -> (text: String, node: Node)? {
        guard let node = mapping[key], !node.isNull else {
            if required { log.reject(source(mapping), field: key, value: "", .valueMissing(field: key)) }
            return nil
        }
        guard let value = node.scalarValue else {
            log.reject(source(node), field: key, value: "", .wrongShape(field: key, expected: .scalar))
            return nil
        }
        let text = value.trimmingWhitespacesAndNewlines()
        if text.isEmpty, required { log.reject(source(node), field: key, value: "", .valueMissing(field: key)) }
        return text.isEmpty ? nil : (String(text), node)
    }

    /// The items of a list; one value where a list was expected counts as a list of one.
    private func list(_ key: String, in mapping: Node, log: inout RejectLog) -> [Node] {
        guard let node = mapping[key], !node.isNull else { return [] }
        if let items = node.items { return items }
        if node.scalarValue != nil { return [node] }
        log.reject(source(node), field: key, value: "", .wrongShape(field: key, expected: .sequence))
        return []
    }

    /// A list of texts, each with its node.
    private func texts(_ key: String, in mapping: Node, log: inout RejectLog) -> [(text: String, node: Node)] {
        list(key, in: mapping, log: &log).compactMap { item in
            guard let value = item.scalarValue else {
                log.reject(source(item), field: key, value: "", .wrongShape(field: key, expected: .scalar))
                return nil
            }
            let text = value.trimmingWhitespacesAndNewlines()
            return text.isEmpty ? nil : (String(text), item)
        }
    }

    private func attendee(_ node: Node, log: inout RejectLog) -> Meeting.Attendee? {
        guard node.pairs != nil else {
            log.reject(source(node), field: "attendees", value: node.scalarValue ?? "", .wrongShape(field: "attendees", expected: .mapping))
            return nil
        }
        unknownKeys(in: node, allowed: Self.attendeeKeys, prefix: "attendees", log: &log)
        let name = text("name", in: node, required: false, log: &log)
        let role = text("role", in: node, required: false, log: &log)
        let missing = RecordSource(file: file, row: node.location.line, line: node.location.line)
        guard let organisation = text("organisation", in: node, required: false, log: &log) else {
            log.reject(missing, field: "attendees.organisation", value: "", .valueMissing(field: "attendees.organisation"))
            return nil
        }
        // Organisations outside the register (cooperatives, the Ombudsman, …) attend too: kept as written.
        let known = register.register?.unit(named: organisation)?.name
        return Meeting.Attendee(name: name, role: role, organisation: known ?? organisation)
    }

    private func unknownKeys(in node: Node, allowed: [String], prefix: String?, log: inout RejectLog) {
        for pair in node.pairs ?? [] {
            guard let key = pair.key.scalarValue, !allowed.contains(key) else { continue }
            log.reject(source(pair.key), field: prefix.map { "\($0).\(key)" } ?? key, value: "", .unknownKey(
                key: key, allowed: allowed, suggestion: ClosestName.suggest(for: key, among: allowed)))
        }
    }

    // MARK: Action items

    /// Where an item is written, and what it says, for a reject about the whole item.
    func place(of item: WrittenItem) -> (source: RecordSource, field: String, text: String) {
        switch item {
        case .frontMatter(let node): (source(node), "action_items", node.scalarValue ?? node["action"]?.scalarValue ?? "")
        case .line(let line): (RecordSource(file: file, row: line.line, line: line.line), line.heading, line.text)
        }
    }

    /// The item's values, still to be checked; nil, with the problems in the log, when its form
    /// cannot be read (no status box or owner in a line, an unknown key in an entry).
    func entry(_ item: WrittenItem, log: inout RejectLog) -> ActionItemEntry? {
        let (source, field, text) = place(of: item)
        switch item {
        case .frontMatter(let node):
            var entry = ActionItemEntry(source: source, fields: .init(prefix: "action_items."), text: text)
            guard node.pairs != nil else {
                log.reject(source, field: entry.fields.action, value: text, .wrongShape(field: field, expected: .mapping))
                return nil
            }
            unknownKeys(in: node, allowed: Self.actionItemKeys, prefix: field, log: &log)
            entry.id = self.text("id", in: node, required: false, log: &log)
            entry.action = self.text("action", in: node, required: false, log: &log)
            entry.owner = self.text("owner", in: node, required: false, log: &log)
            entry.due = self.text("due", in: node, required: false, log: &log)
            entry.statusText = self.text("status", in: node, required: false, log: &log)
            return log.currentRecordRejected ? nil : entry
        case .line(let line):
            switch line.actionItem ?? ActionItemLine.parse(line.text) {
            case .problem(let message):
                log.reject(source, field: field, value: text, message)
                return nil
            case .item(let parsed):
                var entry = ActionItemEntry(source: source, fields: .init(heading: field), text: text)
                entry.id = parsed.id
                entry.action = parsed.action
                entry.owner = parsed.owner
                entry.due = parsed.due
                entry.status = parsed.status
                return entry
            }
        }
    }
}

/// An action item as read from any of its forms (a front-matter entry, a task-list line, a CSV
/// row), before its values are checked.
struct ActionItemEntry {
    /// The field names rejects give for each value, by form.
    struct Fields {
        var id: String
        var action: String
        var owner: String
        var due: String
        var status: String

        init(id: String, action: String, owner: String, due: String, status: String) {
            self.id = id
            self.action = action
            self.owner = owner
            self.due = due
            self.status = status
        }

        init(prefix: String) {
            self.init(id: prefix + "id", action: prefix + "action", owner: prefix + "owner", due: prefix + "due", status: prefix + "status")
        }

        /// A task-list line: every problem is with the line under its section heading.
        init(heading: String) {
            self.init(id: heading, action: heading, owner: heading, due: heading, status: heading)
        }
    }

    var source: RecordSource
    var fields: Fields
    /// What the item says, as the value of a reject about the whole item.
    var text: String
    var id: String?
    var action: String?
    var owner: String?
    var due: String?
    var status: ActionStatus?
    /// The status as written, when it still has to be read as a word.
    var statusText: String?
}
