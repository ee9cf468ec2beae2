import PantauCore
import PantauPipeline
import PantauYAML

/// One column a record importer reads: its key under `columns:`, the column name it defaults
/// to, and whether every file must have it.
protocol TableField: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    var key: String { get }
    var defaultColumn: String { get }
    /// A file without a required column is refused. An optional column may be missing from a
    /// file (its values then count as empty), unless the pipeline names it under `columns:`.
    var isRequired: Bool { get }
    var help: LocalizedText { get }
}

extension TableField {
    /// The `columns:` options of the descriptor, one per field, with its default.
    static var options: [StageOption] {
        allCases.map { StageOption($0.key, .string, .optional(default: $0.defaultColumn), help: $0.help) }
    }
}

/// The column each field of an importer is read from, as the pipeline configures it.
struct RecordColumns<Field: TableField>: Sendable {
    /// The column name of each field that is read.
    private(set) var names: [Field: String] = [:]
    /// The fields every file must have: the required ones and those named under `columns:`.
    private(set) var mandatory: Set<Field> = []

    /// Reads `columns:`. A column given to two fields is refused when both must be read; an
    /// optional field whose default column the pipeline gave to another field is not read.
    init(node: Node?, location: SourceLocation) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        var owners: [String: Field] = [:]
        for field in Field.allCases {
            var name = field.defaultColumn
            var written: Node?
            if let value = node?[field.key], !value.isNull {
                guard let text = problems.attempt({ try value.nonEmptyString() }) else { continue }
                name = text
                written = value
                mandatory.insert(field)
            } else if field.isRequired {
                mandatory.insert(field)
            }
            let key = ColumnMap.normalised(name)
            if let owner = owners[key] {
                if !mandatory.contains(field) { continue }
                if mandatory.contains(owner) {
                    let place = written?.location ?? node?[owner.key]?.location ?? node?.location ?? location
                    problems.add(.error(at: place, StageMessage.columnMappedTwice(column: name, first: owner.key, second: field.key)))
                    continue
                }
                names[owner] = nil  // an optional field's default yields to a column the pipeline named
            }
            owners[key] = field
            names[field] = name
        }
        try problems.throwIfErrors()
    }

    /// The column of a field, for rejects; its default when the field is not read.
    func name(_ field: Field) -> String { names[field] ?? field.defaultColumn }

    /// Where each field is in a file with this header, or a problem for each column it must have.
    func layout(header: ColumnMap, file: String) throws(Diagnostics) -> RecordLayout<Field> {
        var columns: [String] = []
        var positions: [Field: Int] = [:]
        var missing: [String] = []
        for field in Field.allCases {
            guard let name = names[field] else { continue }
            if header.index(of: name) != nil {
                positions[field] = columns.count
                columns.append(name)
            } else if mandatory.contains(field) {
                missing.append(name)
            }
        }
        if !missing.isEmpty { _ = try header.require(missing, file: file) }
        return RecordLayout(columns: columns, positions: positions)
    }
}

/// The columns one file provides: what the shared reading loop reads, in order, and where each
/// field is among them.
struct RecordLayout<Field: TableField>: Sendable {
    let columns: [String]
    let positions: [Field: Int]
}

/// The reading loop of the record importers, over `TableImport`: each file's header decides
/// which optional columns it has, and every row comes with its fields by name.
enum RecordTable {
    static func read<Field>(
        _ files: [InputFile], columns: RecordColumns<Field>, delimiter: TableFile.Delimiter, log: inout RejectLog,
        _ body: (_ row: RecordRow<Field>, _ log: inout RejectLog) -> Void
    ) throws {
        for file in files {
            let layout = try columns.layout(header: TableFile.header(of: file, delimiter: delimiter), file: file.displayName)
            try TableImport.read(file, columns: layout.columns, delimiter: delimiter, log: &log) { row, log in
                body(RecordRow(row: row, layout: layout, columns: columns), &log)
            }
        }
    }

    /// The options every record importer reads alike — the delimiter and the rejects file's name —
    /// and, when the configuration is otherwise sound, the check of its files' header rows.
    static func tableOptions<Field>(
        _ configuration: StageConfiguration, files: [InputFile], columns: RecordColumns<Field>?, problems: inout DiagnosticCollector
    ) -> (delimiter: TableFile.Delimiter, rejectsName: String) {
        let delimiter = (problems.attempt { try configuration["delimiter"]?.choice(TableFile.Delimiter.self) } ?? nil) ?? .auto
        let rejectsName = (problems.attempt { try configuration["rejects"]?.string() } ?? nil) ?? "rejects-\(configuration.stageID).csv"
        if let columns, !problems.hasErrors {
            problems.add(contentsOf: headerProblems(files, columns: columns, delimiter: delimiter, at: configuration["path"]?.location))
        }
        return (delimiter, rejectsName)
    }

    /// The problems with the files' headers, for validation time: a file that cannot be read, or
    /// a column it lacks. Problems without a place of their own point at `path`.
    static func headerProblems<Field>(
        _ files: [InputFile], columns: RecordColumns<Field>, delimiter: TableFile.Delimiter, at location: SourceLocation?
    ) -> [Diagnostic] {
        var problems = DiagnosticCollector()
        for file in files {
            _ = problems.attempt { try columns.layout(header: TableFile.header(of: file, delimiter: delimiter), file: file.displayName) }
        }
        return problems.items.map { problem in
            var problem = problem
            if problem.location == nil { problem.location = location }
            return problem
        }
    }
}

/// One row of a record file with its fields by name. Every reader rejects what it cannot read
/// into the log and returns nil; a field missing from the file reads as empty.
struct RecordRow<Field: TableField> {
    let row: TableRow
    let layout: RecordLayout<Field>
    let columns: RecordColumns<Field>

    var source: RecordSource { row.source }

    /// The column of a field, as rejects name it.
    func column(_ field: Field) -> String { columns.name(field) }

    /// The field's text without surrounding blanks; empty when the file lacks the column.
    func text(_ field: Field) -> String { layout.positions[field].map { row.text($0) } ?? "" }

    /// The text, or nil when empty.
    func optional(_ field: Field) -> String? {
        let text = text(field)
        return text.isEmpty ? nil : text
    }

    /// The text, rejected as missing when empty.
    func required(_ field: Field, log: inout RejectLog) -> String? {
        let text = text(field)
        if text.isEmpty { log.reject(source, field: column(field), value: "", .valueMissing(field: column(field))) }
        return text.isEmpty ? nil : text
    }

    /// A date in any form `FieldParsers.date` reads; nil when empty (rejected if required) or invalid.
    func date(_ field: Field, required: Bool, log: inout RejectLog) -> CalendarDate? {
        guard let text = required ? self.required(field, log: &log) : optional(field) else { return nil }
        guard let date = FieldParsers.date(text) else {
            log.reject(source, field: column(field), value: text, .invalidDate(value: text))
            return nil
        }
        return date
    }

    /// A period such as `2025-S2`, rejected as missing when empty or as invalid.
    func period(_ field: Field, log: inout RejectLog) -> Period? {
        guard let text = required(field, log: &log) else { return nil }
        guard let period = Period(text) else {
            log.reject(source, field: column(field), value: text, .invalidPeriod(value: text))
            return nil
        }
        return period
    }

    /// A count of people or inputs (`1.250` and `1,250` read as 1250); negative counts are refused.
    func count(_ field: Field, required: Bool, log: inout RejectLog) -> Int? {
        guard let text = required ? self.required(field, log: &log) : optional(field) else { return nil }
        guard let count = FieldParsers.count(text) else {
            log.reject(source, field: column(field), value: text, .invalidCount(value: text))
            return nil
        }
        return count
    }

    /// One of a fixed set of words, with the closest suggested on a slip.
    func word<Word: RecordWord>(_ field: Field, as type: Word.Type, log: inout RejectLog) -> Word? {
        guard let text = required(field, log: &log) else { return nil }
        return RecordValues.word(text, as: type, source: source, field: column(field), log: &log)
    }

    /// Yes or no.
    func flag(_ field: Field, log: inout RejectLog) -> Bool? {
        guard let text = required(field, log: &log) else { return nil }
        guard let flag = RecordValues.flag(text) else {
            log.reject(source, field: column(field), value: text, .invalidFlag(value: text))
            return nil
        }
        return flag
    }

    /// A four-digit year.
    func year(_ field: Field, log: inout RejectLog) -> Int? {
        guard let text = required(field, log: &log) else { return nil }
        guard let year = RecordValues.year(text) else {
            log.reject(source, field: column(field), value: text, .invalidYear(value: text))
            return nil
        }
        return year
    }
}

/// Readers for the words and flags record files hold, shared by CSV rows and meeting minutes.
enum RecordValues {
    /// The word's value, or a reject naming the allowed words and the closest spelling.
    static func word<Word: RecordWord>(
        _ text: String, as type: Word.Type, source: RecordSource, field: String, log: inout RejectLog
    ) -> Word? {
        let raw = knownWords.value(for: WordSpelling(type: ObjectIdentifier(type), text: text)) { Word(word: text)?.rawValue }
        if let raw, let value = Word(rawValue: raw) { return value }
        log.reject(source, field: field, value: text, .unknownWord(
            value: text, allowed: Word.words, suggestion: ClosestName.suggest(for: text, among: Word.spellings)))
        return nil
    }

    static let yes = ["ya", "y", "yes", "true", "benar", "1"]
    static let no = ["tidak", "t", "tdk", "no", "n", "false", "bukan", "0"]

    static func flag(_ text: String) -> Bool? {
        let key = RecordWords.key(text)
        if yes.contains(key) { return true }
        if no.contains(key) { return false }
        return nil
    }

    /// Years an innovation register can hold.
    static let years = 1945...2100

    static func year(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), years.contains(year) else { return nil }
        return year
    }
}

/// What each spelling of each kind of word means, read once: a file repeats a handful of
/// spellings in every row, and reading one compares it with every spelling of its kind.
private let knownWords = SharedMemo<WordSpelling, String?>()

private struct WordSpelling: Hashable, Sendable {
    let type: ObjectIdentifier
    let text: String
}
