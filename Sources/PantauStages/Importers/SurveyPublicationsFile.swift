import PantauCore
import PantauPipeline
import PantauYAML

/// The publications file `import.followups` reads beside the plan (`publications:`): one row
/// per publication of a unit's SKM results or follow-up plan, with the survey period, the day
/// and the media. It is what `skm.results-not-published` and `skm.rtl-not-published` check.
struct SurveyPublicationsFile {
    let files: [InputFile]
    let columns: RecordColumns<PublicationField>
    let delimiter: TableFile.Delimiter

    /// Reads the rows, rejecting into `log` what cannot be read and units the register does not know.
    func read(register: RegisterCheck, log: inout RejectLog) throws -> SurveyPublications {
        var items: [SurveyPublication] = []
        try RecordTable.read(files, columns: columns, delimiter: delimiter, log: &log) { row, log in
            let unit = row.unit(.unit, register: register, log: &log)
            let period = row.period(.period, log: &log)
            let content = row.word(.content, as: SurveyPublication.Content.self, log: &log)
            let date = row.date(.date, required: true, log: &log)
            guard !log.currentRecordRejected, let unit, let period, let content, let date else { return }
            items.append(SurveyPublication(
                unit: unit, period: period, content: content, date: date, media: FieldParsers.listItems(row.text(.media)),
                link: row.optional(.link), source: row.source))
            log.accept()
        }
        return SurveyPublications(items)
    }
}

/// The columns of the publications file.
enum PublicationField: String, TableField {
    case unit, period, content, date, media, link

    var key: String { rawValue }

    var defaultColumn: String {
        switch self {
        case .unit: "opd"
        case .period: "periode_skm"
        case .content: "jenis"
        case .date: "tanggal"
        case .media: "media"
        case .link: "tautan"
        }
    }

    var isRequired: Bool {
        switch self {
        case .unit, .period, .content, .date: true
        case .media, .link: false
        }
    }

    var help: LocalizedText {
        switch self {
        case .unit: LocalizedText(id: "OPD yang mempublikasikan.", en: "Agency that published.")
        case .period: LocalizedText(id: "Periode SKM yang dipublikasikan, misalnya 2025-S2.", en: "SKM period published, such as 2025-S2.")
        case .content: LocalizedText(
            id: "Yang dipublikasikan: hasil (hasil SKM) atau rtl (rencana tindak lanjut).",
            en: "What was published: hasil (the SKM results) or rtl (the follow-up plan).")
        case .date: LocalizedText(id: "Tanggal publikasi.", en: "Date of publication.")
        case .media: LocalizedText(
            id: "Media, dipisah `;`: laman, papan informasi, media sosial, …", en: "Media, separated by `;`: website, notice board, social media, …")
        case .link: LocalizedText(id: "Tautan publikasi (boleh kosong).", en: "Link to the publication (may be empty).")
        }
    }
}
