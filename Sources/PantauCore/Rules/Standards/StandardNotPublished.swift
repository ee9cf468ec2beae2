import PantauYAML

/// `standard.not-published`: a standard the public cannot read, or can read in too few places.
struct StandardNotPublished: Rule {
    static let description = RuleDescription(
        id: "standard.not-published",
        area: .standards,
        title: LocalizedText(id: "Standar pelayanan tidak dipublikasikan", en: "Service standard not published"),
        explanation: LocalizedText(
            id: "Prinsip transparansi: komponen penyampaian pelayanan dari standar harus mudah diakses masyarakat. Instrumen PEKPPP menilai jumlah media publikasi: 0 bila tidak dipublikasikan, 2 bila pada 2 media atau lebih, dan 3–5 bila juga pada SIPP Nasional dengan 2, 3, atau 4+ media. Aturan ini menemukan standar yang tidak dipublikasikan (tingkat `unpublished_severity`) dan standar yang dipublikasikan pada lebih sedikit media daripada `min_media` (bawaan 2, ambang nilai 2 PEKPPP) atau tanpa media yang diwajibkan `required_media` (mis. `[SIPP Nasional]`). Media dihitung dari `published_in`, tanpa memperhatikan huruf besar-kecil.",
            en: "Transparency: the service-delivery components of a standard must be easy for the public to read. The PEKPPP instrument scores the number of media: 0 when unpublished, 2 for 2 or more media, 3–5 when also on SIPP Nasional with 2, 3 or 4+ media. The rule finds standards that are not published (at `unpublished_severity`), and standards published in fewer media than `min_media` (default 2, the PEKPPP score-2 line) or without a medium `required_media` asks for (e.g. `[SIPP Nasional]`). Media are counted from `published_in`, regardless of case."),
        regulation: "PermenPAN-RB 15/2014; PermenPAN-RB 29/2022 (PEKPPP, indikator publikasi SP)",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "min_media", .integer(1...7), default: .integer(2),
                help: LocalizedText(
                    id: "Jumlah media publikasi paling sedikit (website, papan informasi, media sosial, SIPP Nasional, …).",
                    en: "The fewest media a standard is published in (website, information board, social media, SIPP Nasional, …).")),
            RuleParameter(
                "required_media", .words, default: .words([]),
                help: LocalizedText(
                    id: "Media yang wajib ada di antara media publikasi, mis. `[SIPP Nasional]`; bawaan tidak ada.",
                    en: "Media that must be among those a standard is published in, e.g. `[SIPP Nasional]`; none by default.")),
            RuleParameter(
                "unpublished_severity", .choice(Finding.Severity.allCases.map(\.rawValue)), default: .word("major"),
                help: LocalizedText(
                    id: "Tingkat temuan bila standar sama sekali tidak dipublikasikan.",
                    en: "The severity when a standard is not published at all.")),
        ],
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(
                    id: "Standar KTP-el dipublikasikan di website dan papan informasi.",
                    en: "The KTP-el standard is published on the website and an information board."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()])),
            .triggers(
                LocalizedText(id: "Standar Akta Kelahiran tidak dipublikasikan.", en: "The Akta Kelahiran standard is not published."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "AKTA") {
                    $0.published = false
                    $0.publishedIn = []
                },
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
            .triggers(
                LocalizedText(
                    id: "Standar PBG hanya dipasang di papan informasi: satu media, kurang dari dua.",
                    en: "The PBG standard is only on an information board: one medium, fewer than two."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).changing(standard: "PBG") {
                    $0.publishedIn = ["papan informasi"]
                },
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg)]),
            .passes(
                LocalizedText(
                    id: "Dengan `min_media: 1`, satu papan informasi cukup.", en: "With `min_media: 1`, one information board is enough."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()]).changing(standard: "KTP") {
                    $0.publishedIn = ["Papan Informasi"]
                },
                parameters: ["min_media": .integer(1)]),
            .triggers(
                LocalizedText(
                    id: "Dengan `required_media: [SIPP Nasional]`, standar yang hanya ada di website dan papan informasi belum cukup.",
                    en: "With `required_media: [SIPP Nasional]`, a standard only on the website and an information board falls short."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()]),
                parameters: ["required_media": .words(["SIPP Nasional"])],
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
        ])

    let minimum: Int
    let required: [String]
    let unpublishedSeverity: Finding.Severity

    init(settings: RuleSettings) {
        minimum = settings.integer("min_media")
        required = settings.words("required_media")
        unpublishedSeverity = Finding.Severity(rawValue: settings.word("unpublished_severity")) ?? .major
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.compactMap { standard in
            let subject = records.subject(of: standard)
            guard standard.published else {
                return RuleFinding(
                    subject: subject,
                    message: LocalizedText(
                        id: "Standar pelayanan tidak dipublikasikan: masyarakat tidak dapat membaca janji layanannya.",
                        en: "The service standard is not published: the public cannot read what the service promises."),
                    action: LocalizedText(
                        id: "Publikasikan komponen penyampaian pelayanan pada paling sedikit \(minimum) media (mis. website, papan informasi, SIPP Nasional).",
                        en: "Publish the service-delivery components in at least \(englishCount(minimum, "medium", "media")) (e.g. the website, an information board, SIPP Nasional)."),
                    evidence: [.init("media", 0), .init("min_media", minimum)],
                    records: [standard.source.description],
                    severity: unpublishedSeverity)
            }
            var seen: Set<String> = []
            let media = standard.publishedIn.filter { seen.insert(RecordWords.key($0)).inserted }
            let absent = required.filter { !seen.contains(RecordWords.key($0)) }
            guard media.count < minimum || !absent.isEmpty else { return nil }
            let place = media.isEmpty
                ? LocalizedText(id: "tanpa media yang tercatat", en: "with no medium recorded")
                : LocalizedText(id: "di \(media.count) media (\(media.joined(separator: ", ")))", en: "in \(englishCount(media.count, "medium", "media")) (\(media.joined(separator: ", ")))")
            var shortfalls: [LocalizedText] = []
            if media.count < minimum {
                shortfalls.append(LocalizedText(id: "kurang dari \(minimum) media", en: "fewer than \(englishCount(minimum, "medium", "media"))"))
            }
            if !absent.isEmpty {
                let names = absent.joined(separator: ", ")
                shortfalls.append(LocalizedText(id: "tidak di \(names)", en: "not on \(names)"))
            }
            let short = LocalizedText(
                id: shortfalls.map(\.indonesian).joined(separator: " dan "), en: shortfalls.map(\.english).joined(separator: " and "))
            var evidence: [RuleFinding.Evidence] = [.init("media", media.count), .init("min_media", minimum)]
            if !absent.isEmpty { evidence.append(.init("missing_media", absent.joined(separator: ", "))) }
            return RuleFinding(
                subject: subject,
                message: LocalizedText(
                    id: "Standar pelayanan dipublikasikan \(place.indonesian): \(short.indonesian).",
                    en: "The service standard is published \(place.english): \(short.english)."),
                action: LocalizedText(
                    id: "Tambah media publikasi standar hingga paling sedikit \(minimum)\(absent.isEmpty ? "" : ", termasuk \(absent.joined(separator: ", "))"), lalu catat di `published_in`.",
                    en: "Publish the standard in more media, at least \(minimum)\(absent.isEmpty ? "" : ", including \(absent.joined(separator: ", "))"), and record them in `published_in`."),
                evidence: evidence,
                records: [standard.source.description])
        }
    }
}
