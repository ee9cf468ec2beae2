import PantauCore
import PantauPipeline
import PantauYAML

/// An assessor's scores file (CSV or a workbook sheet): one row per unit and indicator, with
/// the score 0–5 and, optionally, a note and where the evidence is. Rows that cannot be used go
/// to the rejects file with their reason; for every file, read = accepted + rejected.
struct AssessorScoresFile: Sendable {
    var files: [InputFile]
    var columns: RecordColumns<AssessorScoreField>
    var delimiter: TableFile.Delimiter

    /// The scores, by the instrument's codes and the register's unit names.
    func read(instrument: PerformanceInstrument, register: ServiceRegister?, log: inout RejectLog) throws -> [AssessorScore] {
        let check = RegisterCheck(register: register)
        let codes = instrument.indicators.map(\.code)
        var scores: [AssessorScore] = []
        var firstRows: [String: Int] = [:]
        try RecordTable.read(files, columns: columns, delimiter: delimiter, log: &log) { row, log in
            let unit = row.required(.unit, log: &log).flatMap { check.unit($0, field: row.column(.unit), source: row.source, log: &log) }
            var indicator: IndexIndicator?
            if let text = row.required(.indicator, log: &log) {
                indicator = instrument.indicator(named: text)
                if indicator == nil {
                    log.reject(row.source, field: row.column(.indicator), value: text, .unknownIndicator(
                        code: text, suggestion: ClosestName.suggest(for: text, among: codes)))
                }
            }
            var score: Int?
            if let text = row.required(.score, log: &log) {
                score = Self.score(text)
                if score == nil { log.reject(row.source, field: row.column(.score), value: text, .invalidIndexScore(value: text)) }
            }
            if let unit, let indicator {
                let key = NameInterner.key(unit) + "\u{0}" + indicator.code
                if let first = firstRows[key] {
                    log.reject(row.source, field: row.column(.indicator), value: row.text(.indicator), .duplicateIndexScore(
                        unit: unit, indicator: indicator.code, firstRow: first))
                } else {
                    firstRows[key] = row.source.row
                }
            }
            guard !log.currentRecordRejected, let unit, let indicator, let score else { return }
            scores.append(AssessorScore(
                unit: unit, indicator: indicator.code, score: score, note: row.optional(.note), evidence: row.optional(.evidence),
                source: row.source))
            log.accept()
        }
        return scores
    }

    /// A whole score 0–5; `4.0` and `4,0` are 4, `4.5` is refused.
    static func score(_ text: String) -> Int? {
        guard let value = Rational(decimal: String(text.map { $0 == "," ? "." : $0 })), value.isInteger,
            PerformanceInstrument.scores.contains(value.numerator)
        else { return nil }
        return value.numerator
    }
}

/// The columns of an assessor's scores file.
enum AssessorScoreField: String, TableField {
    case unit, indicator, score, note, evidence

    var key: String { rawValue }

    var defaultColumn: String {
        switch self {
        case .unit: "opd"
        case .indicator: "indikator"
        case .score: "nilai"
        case .note: "catatan"
        case .evidence: "bukti"
        }
    }

    var isRequired: Bool { self == .unit || self == .indicator || self == .score }

    var help: LocalizedText {
        switch self {
        case .unit: LocalizedText(id: "Unit (OPD) yang dinilai.", en: "Unit (agency) assessed.")
        case .indicator: LocalizedText(
            id: "Kode indikator (1.a.Ak) atau nomornya (1).", en: "Indicator code (1.a.Ak) or its number (1).")
        case .score: LocalizedText(id: "Nilai 0–5.", en: "Score 0–5.")
        case .note: LocalizedText(id: "Catatan penilai (boleh kosong).", en: "Assessor's note (may be empty).")
        case .evidence: LocalizedText(id: "Bukti dukung: dokumen atau tautan (boleh kosong).", en: "Supporting evidence: a document or link (may be empty).")
        }
    }
}
