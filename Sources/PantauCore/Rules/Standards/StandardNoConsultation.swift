import PantauYAML

/// `standard.no-consultation`: a standard with no evidence that the public helped draft it.
struct StandardNoConsultation: Rule {
    static let description = RuleDescription(
        id: "standard.no-consultation",
        area: .standards,
        title: LocalizedText(id: "Standar disusun tanpa partisipasi masyarakat", en: "Standard drafted without public participation"),
        explanation: LocalizedText(
            id: "Prinsip partisipatif: penyelenggara wajib mengikutsertakan masyarakat dan pihak terkait dalam menyusun standar, lazimnya melalui Forum Konsultasi Publik (FKP). Aturan ini menemukan standar yang tidak menyebut konsultasinya (`consultation`). Bila log partisipasi diimpor, standar juga ditemukan bila konsultasi yang disebut tidak ada dalam log (dicari menurut id kegiatan), diadakan unit lain atau untuk layanan lain, atau jenis kegiatannya bukan konsultasi (`consultation_kinds`; sosialisasi memberi tahu, bukan meminta pendapat). Log yang diimpor harus memuat FKP yang melatarbelakangi standar: itulah bukti dukung yang diminta PEKPPP.",
            en: "Participation: a provider must involve the public and stakeholders in drafting a standard, usually in a public consultation forum (FKP). The rule finds standards that name no consultation (`consultation`). When the participation log is imported, it also finds standards whose named consultation is not in the log (looked up by event id), was held by another unit or about another service, or was not a consultation (`consultation_kinds`; a socialisation informs, it does not consult). The imported log should hold the FKPs behind the standards: that is the evidence PEKPPP asks for."),
        regulation: "UU 25/2009 pasal 20 ayat (2); PermenPAN-RB 16/2017",
        defaultSeverity: .major,
        parameters: [Consultations.kindsParameter],
        requires: [.standards],
        examples: [
            .passes(
                LocalizedText(
                    id: "Keempat standar menyebut FKP-nya, dan log partisipasi mencatat setiap FKP itu.",
                    en: "All four standards name their FKP, and the participation log records each of them."),
                records: ExampleRegion.soundRecords),
            .passes(
                LocalizedText(
                    id: "Tanpa log partisipasi, rujukan FKP pada standar diterima apa adanya.",
                    en: "Without a participation log, a standard's FKP reference is taken as it is."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards)),
            .triggers(
                LocalizedText(
                    id: "Standar Akta Kelahiran tidak menyebut konsultasi; standar PBG menyebut FKP yang tidak ada dalam log.",
                    en: "The Akta Kelahiran standard names no consultation; the PBG standard names an FKP the log does not hold."),
                records: ExampleRegion.soundRecords
                    .changing(standard: "AKTA") { $0.consultation = nil }
                    .changing(standard: "PBG") { $0.consultation = "FKP-DPMPTSP-2019" },
                subjects: [
                    ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta), ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg),
                ]),
            .triggers(
                LocalizedText(
                    id: "Kegiatan yang disebut standar KTP-el ternyata sosialisasi, bukan konsultasi.",
                    en: "The event the KTP-el standard names was a socialisation, not a consultation."),
                records: socialisedKTP,
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.ktp)]),
            .passes(
                LocalizedText(
                    id: "Dengan `consultation_kinds: [fkp, sosialisasi]`, sosialisasi itu dihitung sebagai konsultasi.",
                    en: "With `consultation_kinds: [fkp, sosialisasi]`, that socialisation counts as a consultation."),
                records: socialisedKTP,
                parameters: ["consultation_kinds": .words(["fkp", "sosialisasi"])]),
            .triggers(
                LocalizedText(
                    id: "Standar Akta Kelahiran menyebut FKP yang diadakan untuk Izin Usaha Mikro di DPMPTSP.",
                    en: "The Akta Kelahiran standard names the FKP DPMPTSP held on Izin Usaha Mikro."),
                records: ExampleRegion.soundRecords.changing(standard: "AKTA") { $0.consultation = "FKP-DPMPTSP-IUM" },
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
        ])

    /// The sound records, but the event the KTP-el standard names was a socialisation.
    private static var socialisedKTP: EvaluationRecords {
        ExampleRegion.soundRecords.changing(event: "FKP-DUKCAPIL-KTP") { $0.kind = .sosialisasi }
    }

    let kinds: Set<ParticipationKind>

    init(settings: RuleSettings) { kinds = Consultations.kinds(settings) }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        return standards.items.compactMap { standard in
            guard let shortfall = shortfall(of: standard, in: records) else { return nil }
            var evidence: [RuleFinding.Evidence] = []
            if let reference = standard.consultation { evidence.append(.init("consultation", reference)) }
            var cited = [standard.source.description]
            if let event = records.namedConsultation(of: standard) {
                evidence.append(.init("event_kind", event.kind.rawValue))
                cited.append(event.source.description)
            }
            return RuleFinding(
                subject: records.subject(of: standard), message: shortfall,
                action: LocalizedText(
                    id: "Adakan FKP atas standar ini bersama pengguna layanan dan pihak terkait, catat di log partisipasi, dan sebut id kegiatannya di `consultation`.",
                    en: "Hold an FKP on this standard with its users and stakeholders, record it in the participation log, and name its event id in `consultation`."),
                evidence: evidence, records: cited)
        }
    }

    /// What is wrong with the standard's evidence of consultation, or nil when nothing is.
    private func shortfall(of standard: ServiceStandard, in records: EvaluationRecords) -> LocalizedText? {
        guard let reference = standard.consultation else {
            return LocalizedText(
                id: "Standar pelayanan tidak menyebut konsultasi publik (FKP) yang menyusunnya.",
                en: "The service standard names no public consultation (FKP) that drafted it.")
        }
        guard records.participation != nil else { return nil }
        guard let event = records.namedConsultation(of: standard) else {
            return LocalizedText(
                id: "Konsultasi '\(reference)' yang disebut standar tidak ada dalam log partisipasi.",
                en: "The consultation '\(reference)' the standard names is not in the participation log.")
        }
        guard records.isAbout(event, unitID: standard.unitID, serviceID: standard.serviceID) else {
            let about = event.service.map { "\(event.unit) — \($0)" } ?? event.unit
            return LocalizedText(
                id: "Konsultasi '\(reference)' yang disebut standar membahas layanan lain (\(about)).",
                en: "The consultation '\(reference)' the standard names was about another service (\(about)).")
        }
        guard kinds.contains(event.kind) else {
            return LocalizedText(
                id: "Kegiatan '\(reference)' yang disebut standar adalah \(event.kind.rawValue), bukan konsultasi (\(Consultations.kindList(kinds))).",
                en: "The event '\(reference)' the standard names was a \(event.kind.rawValue), not a consultation (\(Consultations.kindList(kinds))).")
        }
        return nil
    }
}
