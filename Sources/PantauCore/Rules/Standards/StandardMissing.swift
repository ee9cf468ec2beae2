import PantauYAML

/// `standard.missing`: a registered service without a service standard.
struct StandardMissing: Rule {
    static let description = RuleDescription(
        id: "standard.missing",
        area: .standards,
        title: LocalizedText(id: "Layanan tanpa standar pelayanan", en: "Service without a service standard"),
        explanation: LocalizedText(
            id: "Setiap layanan yang terdaftar wajib memiliki standar pelayanan (UU 25/2009 pasal 20). Aturan ini menemukan layanan dalam daftar yang tidak memiliki standar dalam berkas standar yang diimpor.",
            en: "Every registered service must have a service standard (UU 25/2009 art. 20). The rule finds services in the register with no standard in the imported standards."),
        regulation: "UU 25/2009 pasal 20; PermenPAN-RB 15/2014",
        defaultSeverity: .critical,
        requires: [.register, .standards],
        examples: [
            .passes(
                LocalizedText(id: "Keempat layanan memiliki standar.", en: "All four services have a standard."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards)),
            .triggers(
                LocalizedText(
                    id: "Akta Kelahiran terdaftar di Disdukcapil tetapi tidak ada standarnya.",
                    en: "Akta Kelahiran is registered under Disdukcapil but has no standard."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards.filter { $0.serviceID != "AKTA" }),
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
        ])

    init(settings: RuleSettings) {}

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let register = records.register, let standards = records.standards else { return [] }
        return register.services.compactMap { service in
            guard standards.standard(unitID: service.unitID, serviceID: service.id) == nil else { return nil }
            let unit = records.unitName(service.unitID)
            return RuleFinding(
                subject: Finding.Subject(unit: unit, service: service.name),
                message: LocalizedText(
                    id: "Layanan \(service.name) tidak memiliki standar pelayanan.",
                    en: "The service \(service.name) has no service standard."),
                action: LocalizedText(
                    id: "Susun standar pelayanan \(service.name) bersama masyarakat (FKP), tetapkan, dan publikasikan.",
                    en: "Draft the service standard of \(service.name) with the public (FKP), establish it and publish it."),
                evidence: [.init("service_id", service.id)])
        }
    }
}
