import PantauYAML

/// `meeting.repeated-absence`: units invited to coordination meetings that keep missing them.
struct RepeatedAbsence: Rule {
    static let description = RuleDescription(
        id: "meeting.repeated-absence",
        area: .meetings,
        title: LocalizedText(id: "OPD berulang kali tidak hadir dalam Rakor", en: "Unit repeatedly absent from coordination meetings"),
        explanation: LocalizedText(
            id: """
                Rakor hanya berguna bila setiap OPD yang diundang hadir: tindak lanjutnya dibahas dan diputuskan di sana. Aturan ini \
                melihat, untuk setiap OPD, `last_meetings` Rakor terakhir yang mengundangnya sampai tanggal evaluasi, dan menemukan \
                OPD yang tidak dihadiri siapa pun dalam sedikitnya `min_absences` di antaranya. Yang dihitung adalah rapat terakhir, \
                bukan rapat dalam periode, karena satu semester kadang hanya memuat satu atau dua Rakor; dengan begitu kehadiran \
                dinilai sama untuk periode triwulan, semester atau tahun. Hanya rapat berjenis Rakor yang dihitung (FKP, sosialisasi \
                dan monev mengundang menurut topiknya). Temuan naik menjadi major bila OPD tidak hadir di semua rapat yang dilihat.
                """,
            en: """
                A Rakor works only if every unit invited attends: its action items are discussed and decided there. For each unit, \
                the rule looks at the last `last_meetings` Rakor it was invited to up to the evaluation day, and finds units nobody \
                attended for at `min_absences` or more of them. It counts the latest meetings rather than those in the period, \
                because a semester may hold only one or two Rakor; so attendance is judged alike for a quarter, a semester or a \
                year. Only meetings of kind Rakor count (FKP, socialisation and monitoring meetings invite by topic). The finding \
                becomes major when the unit missed every meeting looked at.
                """),
        regulation: "Undangan Rakor (notulen rapat koordinasi)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "last_meetings", .integer(1...24), default: .integer(3),
                help: LocalizedText(
                    id: "Berapa Rakor terakhir yang mengundang OPD itu yang dilihat.", en: "How many of the latest Rakor the unit was invited to are looked at.")),
            RuleParameter(
                "min_absences", .integer(1...24), default: .integer(2),
                help: LocalizedText(
                    id: "Jumlah ketidakhadiran di antara rapat yang dilihat yang dilaporkan.", en: "How many absences among the meetings looked at are reported.")),
        ],
        requires: [.meetings],
        examples: [
            .passes(
                LocalizedText(
                    id: "DPMPTSP tidak hadir di satu dari tiga Rakor.", en: "DPMPTSP missed one of three Rakor."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2025-11", on: "2025-11-20"),
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", absent: [ExampleRegion.dpmptsp]),
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20"),
                ])),
            .triggers(
                LocalizedText(
                    id: "DPMPTSP tidak hadir di dua dari tiga Rakor terakhir.", en: "DPMPTSP missed two of the last three Rakor."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2025-11", on: "2025-11-20", absent: [ExampleRegion.dpmptsp]),
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12"),
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20", absent: [ExampleRegion.dpmptsp]),
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .passes(
                LocalizedText(
                    id: "DPMPTSP tidak hadir di dua Rakor 2025, lalu hadir di tiga Rakor terakhir.",
                    en: "DPMPTSP missed two Rakor in 2025, then attended the last three."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2025-07", on: "2025-07-22", absent: [ExampleRegion.dpmptsp]),
                    ExampleRegion.meeting("rakor-2025-09", on: "2025-09-18", absent: [ExampleRegion.dpmptsp]),
                    ExampleRegion.meeting("rakor-2025-11", on: "2025-11-20"),
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12"),
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20"),
                ])),
            .passes(
                LocalizedText(
                    id: "Disdukcapil tidak hadir di dua rapat monev, bukan Rakor.", en: "Disdukcapil missed two monitoring meetings, not Rakor."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("monev-2026-03", on: "2026-03-12", kind: .monev, absent: [ExampleRegion.disdukcapil]),
                    ExampleRegion.meeting("monev-2026-06", on: "2026-06-11", kind: .monev, absent: [ExampleRegion.disdukcapil]),
                ])),
            .triggers(
                LocalizedText(
                    id: "Disdukcapil tidak hadir di satu Rakor, dan pipeline melaporkan setiap ketidakhadiran.",
                    en: "Disdukcapil missed one Rakor, and the pipeline reports every absence."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", absent: [ExampleRegion.disdukcapil]),
                    ExampleRegion.meeting("rakor-2026-05", on: "2026-05-20"),
                ]),
                parameters: ["min_absences": .integer(1)],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
        ])

    let lastMeetings: Int
    let minAbsences: Int

    init(settings: RuleSettings) {
        lastMeetings = settings.integer("last_meetings")
        minAbsences = settings.integer("min_absences")
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let meetings = records.meetings?.held(onOrBefore: records.asOf) else { return [] }
        let invitations = meetings.items.filter { $0.kind == .rakor }.flatMap { meeting in meeting.invited.map { (unit: $0, meeting: meeting) } }
        // Each unit with the Rakor it was invited to, oldest first.
        return FirstSeenGroups(invitations, by: { RecordWords.key($0.unit) }).groups.compactMap { _, invitations in
            let unit = invitations[0].unit
            let looked = invitations.map(\.meeting).suffix(lastMeetings)
            let missed = looked.filter { meeting in meeting.absentUnits.contains { RecordWords.same($0, unit) } }
            guard missed.count >= minAbsences else { return nil }
            let listed = missed.map { "\($0.id) (\($0.date))" }.joined(separator: ", ")
            return RuleFinding(
                subject: Finding.Subject(unit: records.unitName(unit)),
                message: LocalizedText(
                    id: "Tidak hadir di \(missed.count) dari \(looked.count) Rakor terakhir yang mengundangnya: \(listed).",
                    en: "Absent from \(missed.count) of the last \(looked.count) Rakor it was invited to: \(listed)."),
                action: LocalizedText(
                    id: "Pimpinan OPD memastikan pejabat yang berwenang memutuskan hadir pada Rakor berikutnya, atau menunjuk wakil tetap; Bagian Organisasi menyampaikan keputusan dan tindak lanjut Rakor yang terlewat kepada OPD.",
                    en: "The head of the unit makes sure an official who can decide attends the next Rakor, or names a standing deputy; the organisational bureau sends the unit the decisions and action items of the Rakor it missed."),
                evidence: [.init("absences", missed.count), .init("meetings_looked_at", looked.count)],
                records: missed.map(\.id),
                severity: missed.count == looked.count ? .major : nil)
        }
    }
}
