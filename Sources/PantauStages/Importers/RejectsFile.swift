import PantauCore
import PantauPipeline
import PantauYAML

/// The rejects file of an importer that keeps two accounts (meetings and their action items):
/// one file, in the same columns as `RejectLog.write`, the problems of every file in the order
/// the files were read, each file's problems by line.
enum RejectsFile {
    static func write(_ logs: [RejectLog], fileOrder: [String], named name: String, to output: RunOutput, language: Language) throws {
        let order = Dictionary(fileOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = logs.flatMap(\.entries).enumerated().sorted { a, b in
            let left = (order[a.element.source.file] ?? Int.max, a.element.source.row, a.offset)
            let right = (order[b.element.source.file] ?? Int.max, b.element.source.row, b.offset)
            return left < right
        }.map(\.element)
        guard !entries.isEmpty else { return }
        var csv = CSVWriter(header: RejectsHeader.columns(language))
        for entry in entries {
            csv.append([
                entry.source.file, String(entry.source.row), entry.source.line.map(String.init) ?? "", entry.field, entry.value,
                entry.reason.text(language), entry.reason.code,
            ])
        }
        try output.write(name, text: csv.text)
    }
}
