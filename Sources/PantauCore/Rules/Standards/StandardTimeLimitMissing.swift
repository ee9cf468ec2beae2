import PantauYAML

/// `standard.time-limit-missing`: a time limit stated only in words, which nothing can be
/// measured against.
struct StandardTimeLimitMissing: Rule {
    static let description = RuleDescription(
        id: "standard.time-limit-missing",
        area: .standards,
        title: LocalizedText(id: "Jangka waktu tanpa jumlah hari kerja", en: "Time limit without a number of working days"),
        explanation: LocalizedText(
            id: "Jangka waktu penyelesaian adalah janji standar yang paling mudah diperiksa. Bila standar menuliskannya hanya sebagai teks (\"sesuai jadwal\", \"paling lama 60 menit\"), tanpa `time_limit_days`, penyelesaian layanan dan pengaduan tentang keterlambatan tidak dapat diukur terhadapnya dalam hari kerja. Aturan ini menemukan standar yang memuat komponen jangka waktu tanpa angka hari kerja; standar yang sama sekali tidak memuat komponen itu ditemukan oleh `standard.components-missing`. Layanan yang memang diukur dalam menit atau jam (gawat darurat, rawat jalan) dapat mematikan aturan ini atau menerima temuan sebagai catatan.",
            en: "The time limit is the promise of a standard most easily checked. When a standard writes it only as text (\"as scheduled\", \"at most 60 minutes\") with no `time_limit_days`, neither the service nor complaints about delays can be measured against it in working days. The rule finds standards that state the time-limit component without a number of working days; standards lacking the component altogether are for `standard.components-missing`. Services truly measured in minutes or hours (emergency, outpatient care) may switch the rule off or take the finding as a note."),
        regulation: "UU 25/2009 pasal 21 huruf d; PermenPAN-RB 15/2014",
        defaultSeverity: .info,
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(id: "Standar KTP-el menjanjikan 14 hari kerja.", en: "The KTP-el standard promises 14 working days."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()])),
            .triggers(
                LocalizedText(
                    id: "Standar PBG menulis jangka waktu \"sesuai jadwal sidang TPA\" tanpa angka.",
                    en: "The PBG standard gives its time limit as \"as the expert panel schedules\", without a number."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "PBG") {
                    $0.timeLimitDays = nil
                    $0.components[.timeLimit] = "Sesuai jadwal sidang TPA"
                },
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg)]),
            .passes(
                LocalizedText(
                    id: "Standar Akta Kelahiran tidak memuat komponen jangka waktu sama sekali: itu urusan `standard.components-missing`.",
                    en: "The Akta Kelahiran standard lacks the time-limit component altogether: that is for `standard.components-missing`."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "AKTA") {
                    $0.timeLimitDays = nil
                    $0.components[.timeLimit] = nil
                }),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.compactMap { standard in
            guard standard.timeLimitDays == nil, let text = standard.components[.timeLimit] else { return nil }
            let stated = text.isEmpty
                ? LocalizedText(id: "tanpa teks maupun angka", en: "with neither text nor a number")
                : LocalizedText(id: "hanya sebagai teks (\"\(text)\")", en: "only as text (\"\(text)\")")
            return RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Standar pelayanan menyatakan jangka waktu \(stated.indonesian), tanpa jumlah hari kerja: penyelesaian dan pengaduan tidak dapat diukur terhadapnya.",
                    en: "The service standard states its time limit \(stated.english), without a number of working days: delivery and complaints cannot be measured against it."),
                action: LocalizedText(
                    id: "Nyatakan jangka waktu pelayanan sebagai jumlah hari kerja (`time_limit_days`) pada peninjauan standar berikutnya.",
                    en: "State the time limit as a number of working days (`time_limit_days`) at the standard's next review."),
                evidence: text.isEmpty ? [] : [.init("time_limit_text", text)],
                records: [standard.source.description])
        }
    }
}
