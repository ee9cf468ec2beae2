import PantauPipeline
import PantauYAML

// The `delimiter` and `rejects` options every stage that reads a table declares, written once.
// `RecordTable.tableOptions` reads them.

extension StageOption {
    static let delimiterHelp = LocalizedText(
        id: "Pemisah kolom; `auto` mengenali koma, titik koma atau tab dari baris judul.",
        en: "Field separator; `auto` detects comma, semicolon or tab from the header row.")

    static let rejectsHelp = LocalizedText(
        id: "Nama berkas penolakan di direktori keluaran; bawaan `rejects-<id tahap>.csv`.",
        en: "Name of the rejects file in the output directory; by default `rejects-<stage id>.csv`.")

    /// `delimiter`: `auto` (comma, semicolon or tab, from the header row) or one of them.
    static func delimiter(help: LocalizedText = delimiterHelp) -> StageOption {
        StageOption("delimiter", .choice(TableFile.Delimiter.allCases.map(\.rawValue)), .optional(default: "auto"), help: help)
    }

    /// `rejects`: the rejects file's name in the output directory.
    static func rejects(help: LocalizedText = rejectsHelp) -> StageOption {
        StageOption("rejects", .outputFileName, .optional(default: nil), help: help)
    }
}
