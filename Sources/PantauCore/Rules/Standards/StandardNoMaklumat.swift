import PantauYAML

/// `standard.no-maklumat`: a standard no maklumat pelayanan backs.
struct StandardNoMaklumat: Rule {
    static let description = RuleDescription(
        id: "standard.no-maklumat",
        area: .standards,
        title: LocalizedText(id: "Standar tanpa maklumat pelayanan", en: "Standard without a maklumat pelayanan"),
        explanation: LocalizedText(
            id: "Penyelenggara wajib menyusun, menetapkan, dan mempublikasikan maklumat pelayanan: pernyataan kesanggupan melaksanakan pelayanan sesuai standar, perbaikan terus-menerus, dan kesediaan menerima sanksi bila melanggar. Aturan ini menemukan standar yang tidak didukung maklumat (`maklumat: tidak` atau tidak diisi).",
            en: "A provider must draw up, sign and publish a maklumat pelayanan: its declaration that it will serve as the standard says, keep improving, and accept sanctions when it does not. The rule finds standards no maklumat backs (`maklumat: tidak`, or not given)."),
        regulation: "UU 25/2009 pasal 22; PermenPAN-RB 15/2014",
        defaultSeverity: .major,
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(id: "Maklumat KTP-el ditandatangani 3 Februari 2025.", en: "The KTP-el maklumat was signed on 3 February 2025."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()])),
            .triggers(
                LocalizedText(
                    id: "Standar Izin Usaha Mikro dan PBG tidak didukung maklumat.",
                    en: "No maklumat backs the Izin Usaha Mikro and PBG standards."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards.map { standard in
                    var changed = standard
                    if standard.unitID == "DPMPTSP" { (changed.maklumat, changed.maklumatDate) = (false, nil) }
                    return changed
                }),
                subjects: [
                    ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.izinUsaha), ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg),
                ]),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.filter { !$0.maklumat }.map { standard in
            RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Tidak ada maklumat pelayanan yang mendukung standar ini.",
                    en: "No maklumat pelayanan backs this standard."),
                action: LocalizedText(
                    id: "Susun dan tandatangani maklumat pelayanan untuk standar ini, lalu publikasikan di ruang layanan dan media elektronik.",
                    en: "Draw up and sign a maklumat pelayanan for this standard, then publish it in the service hall and online."),
                records: [standard.source.description])
        }
    }
}
