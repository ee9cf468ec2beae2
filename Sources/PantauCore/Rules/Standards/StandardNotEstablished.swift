import PantauYAML

/// `standard.not-established`: a standard the head of the provider has not established.
struct StandardNotEstablished: Rule {
    static let description = RuleDescription(
        id: "standard.not-established",
        area: .standards,
        title: LocalizedText(id: "Standar pelayanan belum ditetapkan", en: "Service standard not established"),
        explanation: LocalizedText(
            id: "Standar pelayanan berlaku setelah ditetapkan (*penetapan*) oleh pimpinan penyelenggara; sebelum itu ia hanya rancangan. Aturan ini menemukan standar tanpa tanggal penetapan, dan standar yang tanggal penetapannya jatuh setelah tanggal acuan evaluasi. Instrumen PEKPPP memberi standar lengkap yang belum ditetapkan paling tinggi nilai 2 dari 5.",
            en: "A service standard is in force once the head of the provider establishes it (*penetapan*); until then it is a draft. The rule finds standards without a date of establishment, and standards established after the evaluation date. The PEKPPP instrument scores a complete standard that is not established at most 2 of 5."),
        regulation: "UU 25/2009 pasal 20 ayat (1); PermenPAN-RB 15/2014",
        defaultSeverity: .major,
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(id: "Standar KTP-el ditetapkan pada 3 Februari 2025.", en: "The KTP-el standard was established on 3 February 2025."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()])),
            .triggers(
                LocalizedText(
                    id: "Standar KTP-el tidak mencantumkan tanggal penetapan.", en: "The KTP-el standard gives no date of establishment."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()]).changing(standard: "KTP") { $0.established = nil },
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
            .triggers(
                LocalizedText(
                    id: "Standar Izin Usaha Mikro baru akan ditetapkan pada 1 Juli 2026, sehari setelah semester berakhir.",
                    en: "The Izin Usaha Mikro standard is to be established on 1 July 2026, the day after the semester ends."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "IUM") {
                    $0.established = ExampleRegion.date("2026-07-01")
                },
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.izinUsaha)]),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.compactMap { standard in
            if let established = standard.established {
                guard established > records.asOf else { return nil }
                return RuleFinding(
                    subject: records.subject(of: standard),
                    message: LocalizedText(
                        id: "Standar pelayanan baru ditetapkan pada \(established), setelah tanggal acuan \(records.asOf): belum berlaku.",
                        en: "The service standard is established on \(established), after the evaluation date \(records.asOf): not yet in force."),
                    action: LocalizedText(
                        id: "Pastikan standar ditetapkan dan diberlakukan; bila tanggalnya salah tulis, perbaiki di berkas standar.",
                        en: "Make sure the standard is established and in force; if the date is a typo, correct it in the standards file."),
                    evidence: [.init("established", established.description), .init("as_of", records.asOf.description)],
                    records: [standard.source.description])
            }
            return RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Standar pelayanan tidak mencantumkan tanggal penetapan: belum ditetapkan oleh pimpinan penyelenggara.",
                    en: "The service standard gives no date of establishment: the head of the provider has not established it."),
                action: LocalizedText(
                    id: "Tetapkan standar pelayanan dengan keputusan pimpinan penyelenggara dan catat tanggal penetapannya.",
                    en: "Have the head of the provider establish the standard by decree and record the date."),
                records: [standard.source.description])
        }
    }
}
