import PantauYAML

/// `standard.groups-missing`: consultations on a standard that left out the people it serves.
struct StandardGroupsMissing: Rule {
    static let description = RuleDescription(
        id: "standard.groups-missing",
        area: .standards,
        title: LocalizedText(id: "Kelompok sasaran tidak dilibatkan dalam konsultasi", en: "Groups concerned left out of consultations"),
        explanation: LocalizedText(
            id: "Prinsip keadilan: standar harus menjangkau setiap kelompok masyarakat, dan pengikutsertaan masyarakat harus tidak diskriminatif, terkait langsung dengan jenis pelayanan, dan memperhatikan keberagaman (UU 25/2009 pasal 20 ayat (4)). Kelompok yang menjadi sasaran layanan diambil dari `target_groups` standarnya; bila tidak diisi, dari `default_groups` (bawaan: pengguna layanan — unsur pertama dari lima unsur masyarakat dalam FKP: pengguna layanan, ahli/akademisi, instansi terkait, organisasi masyarakat sipil, media). Selain itu paling sedikit satu kelompok rentan yang berhak atas perlakuan khusus (`vulnerable_groups`, bawaan penyandang disabilitas dan lansia; UU 25/2009 pasal 29) harus hadir. Yang dibaca adalah semua konsultasi (`consultation_kinds`) tentang layanan itu atau unitnya secara keseluruhan sampai tanggal acuan. Layanan tanpa konsultasi sama sekali ditemukan oleh `standard.no-consultation`, bukan di sini. Nama kelompok dibandingkan menurut kosakata kelompok bawaan (`disabilitas` = `penyandang disabilitas`).",
            en: "Fairness: a standard must reach every group of society, and public involvement must be non-discriminatory, directly related to the service, and mindful of diversity (UU 25/2009 art. 20(4)). The groups a service concerns come from its standard's `target_groups`; when not given, from `default_groups` (default: the service's users — the first of the five elements of society in an FKP: users, experts/academics, related agencies, civil-society organisations, media). Besides, at least one vulnerable group entitled to special treatment (`vulnerable_groups`, by default people with disabilities and the elderly; UU 25/2009 art. 29) must be present. The rule reads every consultation (`consultation_kinds`) about the service or its unit as a whole up to the evaluation date. A service with no consultation at all is for `standard.no-consultation`, not this rule. Group names are compared through the shipped group vocabulary (`disabilitas` = `penyandang disabilitas`)."),
        regulation: "UU 25/2009 pasal 20 ayat (4) dan pasal 29; PermenPAN-RB 16/2017",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "default_groups", .words, default: .words(["pengguna layanan"]),
                help: LocalizedText(
                    id: "Kelompok sasaran layanan yang standarnya tidak mengisi `target_groups`.",
                    en: "The groups a service concerns when its standard gives no `target_groups`.")),
            RuleParameter(
                "vulnerable_groups", .words, default: .words(["penyandang disabilitas", "lansia"]),
                help: LocalizedText(
                    id: "Kelompok rentan; paling sedikit satu harus hadir dalam konsultasi setiap layanan.",
                    en: "Vulnerable groups; at least one must take part in each service's consultations.")),
            Consultations.kindsParameter,
        ],
        requires: [.standards, .participation],
        examples: [
            .passes(
                LocalizedText(
                    id: "FKP setiap layanan menghadirkan pengguna layanan, penyandang disabilitas, dan tokoh masyarakat.",
                    en: "Each service's FKP had its users, people with disabilities and community figures."),
                records: ExampleRegion.soundRecords),
            .triggers(
                LocalizedText(
                    id: "FKP Akta Kelahiran hanya menghadirkan perangkat desa dan kelompok perempuan: tanpa pengguna layanan dan tanpa kelompok rentan.",
                    en: "The Akta Kelahiran FKP had only village officials and a women's group: no users and no vulnerable group."),
                records: ExampleRegion.soundRecords.changing(event: "FKP-DUKCAPIL-AKTA") { $0.groups = ["perangkat desa", "kelompok perempuan"] },
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil, ExampleRegion.akta)]),
            .triggers(
                LocalizedText(
                    id: "Standar Izin Usaha Mikro menyebut sasarannya pelaku usaha mikro dan pendamping lapangan; FKP-nya tidak menghadirkan pendamping lapangan.",
                    en: "The Izin Usaha Mikro standard names micro-business owners and field facilitators as its groups; its FKP had no field facilitators."),
                records: ExampleRegion.soundRecords
                    .changing(standard: "IUM") { $0.targetGroups = ["pelaku usaha mikro", "pendamping lapangan"] }
                    .changing(event: "FKP-DPMPTSP-IUM") { $0.groups = ["UMKM", "difabel"] },
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.izinUsaha)]),
            .passes(
                LocalizedText(
                    id: "Sosialisasi PBG bersama lansia melengkapi FKP yang hanya menghadirkan dunia usaha; dengan `default_groups: [dunia usaha]` dan `consultation_kinds: [fkp, sosialisasi]` keduanya cukup.",
                    en: "A PBG socialisation with the elderly completes an FKP that had only businesses; with `default_groups: [dunia usaha]` and `consultation_kinds: [fkp, sosialisasi]` together they suffice."),
                records: ExampleRegion.records.with(standards: [ExampleRegion.standard(unit: "DPMPTSP", service: "PBG")]).with(participation: [
                    ExampleRegion.event(unit: "DPMPTSP", service: "PBG", groups: ["dunia usaha"]),
                    ExampleRegion.event(unit: "DPMPTSP", service: nil, id: "SOS-DPMPTSP", date: "2026-02-02", kind: .sosialisasi, groups: ["lanjut usia"]),
                ]),
                parameters: ["default_groups": .words(["dunia usaha"]), "consultation_kinds": .words(["fkp", "sosialisasi"])]),
            .passes(
                LocalizedText(
                    id: "Layanan yang belum pernah dikonsultasikan tidak dinilai di sini.",
                    en: "A service never consulted on is not judged here."),
                records: ExampleRegion.records.with(standards: ExampleRegion.soundStandards).with(participation: [])),
        ])

    let defaultGroups: [String]
    let vulnerableGroups: [String]
    let kinds: Set<ParticipationKind>

    init(settings: RuleSettings) {
        defaultGroups = settings.words("default_groups")
        vulnerableGroups = settings.words("vulnerable_groups")
        kinds = Consultations.kinds(settings)
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards else { return [] }
        // A few dozen group names, written again in every consultation: each is keyed once.
        var key = Memo(Consultations.groupKey)
        return standards.items.compactMap { standard in
            let consultations = records.consultations(of: standard, kinds: kinds)
            guard !consultations.isEmpty else { return nil }
            var reached: Set<String> = []
            let present = consultations.flatMap(\.groups).filter { reached.insert(key($0)).inserted }
            let targets = standard.targetGroups.isEmpty ? defaultGroups : standard.targetGroups
            let missing = targets.filter { !reached.contains(key($0)) }
            let vulnerableReached = vulnerableGroups.contains { reached.contains(key($0)) }
            guard !missing.isEmpty || !vulnerableReached else { return nil }

            let vulnerable = vulnerableGroups.joined(separator: ", ")
            let names = missing.joined(separator: ", ")
            let absent: LocalizedText =
                switch (missing.isEmpty, vulnerableReached) {
                case (false, true):
                    LocalizedText(id: "tidak menghadirkan kelompok sasarannya (\(names))", en: "did not include the groups it concerns (\(names))")
                case (true, false):
                    LocalizedText(id: "tidak menghadirkan satu pun kelompok rentan (\(vulnerable))", en: "included no vulnerable group (\(vulnerable))")
                default:
                    LocalizedText(
                        id: "tidak menghadirkan kelompok sasarannya (\(names)) maupun satu pun kelompok rentan (\(vulnerable))",
                        en: "included neither the groups it concerns (\(names)) nor any vulnerable group (\(vulnerable))")
                }
            let invite = (missing + (vulnerableReached ? [] : Array(vulnerableGroups.prefix(1)))).joined(separator: ", ")
            var evidence: [RuleFinding.Evidence] = [
                .init("consultations", consultations.count), .init("target_groups", targets.joined(separator: ", ")),
                .init("groups_present", present.joined(separator: ", ")),
            ]
            if !missing.isEmpty { evidence.append(.init("missing_groups", names)) }
            evidence.append(.init("vulnerable_groups_present", vulnerableGroups.filter { reached.contains(key($0)) }.count))
            return RuleFinding(
                subject: records.subject(of: standard),
                message: LocalizedText(
                    id: "Konsultasi tentang layanan ini (\(consultations.count) kegiatan) \(absent.indonesian).",
                    en: "Consultations about this service (\(englishCount(consultations.count, "event", "events"))) \(absent.english)."),
                action: LocalizedText(
                    id: "Undang \(invite) pada konsultasi berikutnya atas standar ini, dan catat kehadirannya di log partisipasi.",
                    en: "Invite \(invite) to the next consultation on this standard, and record their presence in the participation log."),
                evidence: evidence,
                records: consultations.map(Consultations.reference))
        }
    }
}
