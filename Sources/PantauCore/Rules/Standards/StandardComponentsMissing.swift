import PantauYAML

/// `standard.components-missing`: a standard that lacks some of the fourteen components.
struct StandardComponentsMissing: Rule {
    static let description = RuleDescription(
        id: "standard.components-missing",
        area: .standards,
        title: LocalizedText(id: "Komponen standar pelayanan tidak lengkap", en: "Service standard components missing"),
        explanation: LocalizedText(
            id: "Standar pelayanan memuat 14 komponen: 6 komponen penyampaian pelayanan dan 8 komponen pengelolaan. Aturan ini menemukan standar yang tidak memuat satu komponen atau lebih; kekurangan komponen penyampaian (yang dilihat masyarakat) dinaikkan ke tingkat `delivery_severity`.",
            en: "A service standard has 14 components: 6 on service delivery and 8 on how the provider runs it. The rule finds standards lacking one or more; a missing delivery component (what the public sees) raises the severity to `delivery_severity`."),
        regulation: "UU 25/2009 pasal 21; PermenPAN-RB 15/2014",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "delivery_severity", .choice(Finding.Severity.allCases.map(\.rawValue)), default: .word("major"),
                help: LocalizedText(
                    id: "Tingkat temuan bila yang hilang termasuk komponen penyampaian pelayanan.",
                    en: "The severity when a missing component is one of the service-delivery components.")),
        ],
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(id: "Standar KTP-el memuat keempat belas komponen.", en: "The KTP-el standard states all fourteen components."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard()])),
            .triggers(
                LocalizedText(
                    id: "Standar KTP-el tidak memuat komponen pengawasan internal dan jumlah pelaksana.",
                    en: "The KTP-el standard lacks internal supervision and staff count."),
                records: ExampleRegion.records.with(standards: [
                    ExampleRegion.standard().removing(.internalSupervision, .staffCount)
                ]),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
        ])

    let deliverySeverity: Finding.Severity

    init(settings: RuleSettings) {
        deliverySeverity = Finding.Severity(rawValue: settings.word("delivery_severity")) ?? .major
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.compactMap { standard in
            let missing = standard.missingComponents
            guard !missing.isEmpty else { return nil }
            let names = LocalizedText(
                id: missing.map { $0.localizedName(.indonesian) }.joined(separator: ", "),
                en: missing.map { $0.localizedName(.english) }.joined(separator: ", "))
            let delivery = missing.contains { $0.part == .delivery }
            return RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Standar pelayanan tidak memuat \(missing.count) dari 14 komponen: \(names.indonesian).",
                    en: "The service standard lacks \(missing.count) of its 14 components: \(names.english)."),
                action: LocalizedText(
                    id: "Lengkapi standar pelayanan dengan komponen \(names.indonesian), lalu tetapkan ulang.",
                    en: "Complete the service standard with \(names.english), then establish it again."),
                evidence: [.init("missing_components", missing.count), .init("components", missing.map(\.key).joined(separator: ", "))],
                records: [standard.source.description],
                severity: delivery ? deliverySeverity : nil)
        }
    }
}

extension ServiceStandard {
    /// The standard without some components: for examples.
    func removing(_ components: StandardComponent...) -> ServiceStandard {
        var copy = self
        for component in components { copy.components[component] = nil }
        return copy
    }
}
