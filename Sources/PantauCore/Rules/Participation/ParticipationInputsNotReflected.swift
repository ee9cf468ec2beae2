import PantauYAML

/// `participation.inputs-not-reflected`: what the public said was adopted but never reached the
/// standard, or was all set aside.
struct ParticipationInputsNotReflected: Rule {
    static let description = RuleDescription(
        id: "participation.inputs-not-reflected",
        area: .participation,
        title: LocalizedText(id: "Masukan masyarakat tidak ditindaklanjuti dalam standar", en: "Public inputs not carried into the standard"),
        explanation: LocalizedText(
            id: "Konsultasi bermakna bila masukannya sampai ke standar (prinsip partisipatif dan berkelanjutan). Aturan ini menemukan dua hal. (1) Kegiatan partisipasi apa pun yang mencatat masukan diadopsi, tetapi standar layanannya (atau, untuk kegiatan tingkat unit, standar mana pun dari unit itu) tidak ditetapkan atau ditinjau ulang setelah kegiatan itu, padahal `window_months` bulan sudah lewat pada tanggal acuan. Temuan ini bertahan dari periode ke periode sampai standar ditinjau; peninjauan yang terlambat tetap menutupnya. Tidak ada peraturan yang menetapkan jangka itu; bawaan 6 bulan adalah satu siklus monev semesteran. (2) Bila `flag_none_adopted` aktif, konsultasi (`consultation_kinds`) dalam periode yang menerima masukan tetapi tidak mengadopsi satu pun: masukan yang seluruhnya ditolak perlu alasan yang disampaikan kembali kepada peserta. Kegiatan tentang layanan tanpa standar tidak dinilai di sini (`standard.missing`).",
            en: "A consultation means something when its inputs reach the standard (the participation and continuous-improvement principles). The rule finds two things. (1) Any participation event that records inputs adopted while the standard of its service (or, for a unit-wide event, any standard of the unit) was not established or reviewed after it, although `window_months` months have passed by the evaluation date. Such a finding stays period after period until the standard is reviewed; a late review still closes it. No regulation fixes that time; the default 6 months is one semester's monitoring cycle. (2) With `flag_none_adopted`, consultations (`consultation_kinds`) in the period that received inputs and adopted none: inputs all set aside need reasons given back to those who gave them. Events about a service with no standard are not judged here (`standard.missing`)."),
        regulation: "UU 25/2009 pasal 20 ayat (2); PermenPAN-RB 16/2017; PermenPAN-RB 15/2014",
        defaultSeverity: .minor,
        parameters: [
            RuleParameter(
                "window_months", .integer(1...24), default: .integer(6),
                help: LocalizedText(
                    id: "Berapa bulan setelah kegiatan masukan yang diadopsi harus sudah tercermin dalam standar yang ditetapkan atau ditinjau.",
                    en: "How many months after an event its adopted inputs must be in an established or reviewed standard.")),
            RuleParameter(
                "flag_none_adopted", .boolean, default: .boolean(true),
                help: LocalizedText(
                    id: "Temukan juga konsultasi dalam periode yang menerima masukan tetapi tidak mengadopsi satu pun.",
                    en: "Also find consultations in the period that received inputs and adopted none.")),
            Consultations.kindsParameter,
        ],
        requires: [.standards, .participation],
        examples: [
            .passes(
                LocalizedText(
                    id: "Masukan FKP 10 Desember 2025 tercermin dalam peninjauan keempat standar pada 20 Januari 2026.",
                    en: "The inputs of the FKPs on 10 December 2025 are in all four standards as reviewed on 20 January 2026."),
                records: ExampleRegion.soundRecords),
            .triggers(
                LocalizedText(
                    id: "FKP PBG 15 Oktober 2025 mengadopsi 6 masukan; standar PBG terakhir ditinjau 20 Maret 2025 dan tenggat 6 bulan (15 April 2026) sudah lewat.",
                    en: "The PBG FKP on 15 October 2025 adopted 6 inputs; the PBG standard was last reviewed on 20 March 2025 and the 6-month deadline (15 April 2026) has passed."),
                records: pbgConsulted(on: "2025-10-15"),
                subjects: [ExampleRegion.subject(ExampleRegion.dpmptsp, ExampleRegion.pbg)]),
            .passes(
                LocalizedText(
                    id: "FKP yang sama pada 30 Desember 2025: tenggatnya 30 Juni 2026, hari acuan itu sendiri, belum lewat.",
                    en: "The same FKP on 30 December 2025: its deadline is 30 June 2026, the evaluation date itself, not yet passed."),
                records: pbgConsulted(on: "2025-12-30")),
            .triggers(
                LocalizedText(
                    id: "Dengar pendapat Disdukcapil (seluruh layanan) pada Maret 2026 menerima 9 masukan dan tidak mengadopsi satu pun.",
                    en: "A Disdukcapil hearing on all its services in March 2026 received 9 inputs and adopted none."),
                records: hearingAdoptingNothing,
                subjects: [ExampleRegion.subject(ExampleRegion.disdukcapil)]),
            .passes(
                LocalizedText(
                    id: "Dengan `flag_none_adopted: false`, dengar pendapat itu tidak ditemukan.",
                    en: "With `flag_none_adopted: false`, that hearing is not found."),
                records: hearingAdoptingNothing,
                parameters: ["flag_none_adopted": .boolean(false)]),
        ])

    /// The PBG standard, last reviewed on 20 March 2025, and an FKP on it adopting 6 inputs.
    private static func pbgConsulted(on date: String) -> EvaluationRecords {
        ExampleRegion.records.with(standards: [
            ExampleRegion.standard(unit: "DPMPTSP", service: "PBG").changing { $0.lastReviewed = ExampleRegion.date("2025-03-20") }
        ]).with(participation: [ExampleRegion.event(unit: "DPMPTSP", service: "PBG", date: date)])
    }

    /// The sound records and a hearing on all of Disdukcapil's services that adopted none of its 9 inputs.
    private static var hearingAdoptingNothing: EvaluationRecords {
        ExampleRegion.soundRecords.with(
            participation: ExampleRegion.soundParticipation + [
                ExampleRegion.event(service: nil, id: "DP-DUKCAPIL-2026", date: "2026-03-12", kind: .dengarPendapat, received: 9, adopted: 0)
            ])
    }

    let months: Int
    let flagNoneAdopted: Bool
    let kinds: Set<ParticipationKind>

    init(settings: RuleSettings) {
        months = settings.integer("window_months")
        flagNoneAdopted = settings.boolean("flag_none_adopted")
        kinds = Consultations.kinds(settings)
    }

    /// What one subject's events left undone.
    private struct Shortfall {
        var subject: Finding.Subject
        var lastSettled: CalendarDate?
        var unreflected: [ParticipationEvent] = []
        var noneAdopted: [ParticipationEvent] = []
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        guard let standards = records.standards, let log = records.participation else { return [] }
        var shortfalls: [Shortfall] = []
        var shortfallOfSubject: [Finding.Subject: Int] = [:]
        for (position, event) in log.items.enumerated() where event.date <= records.asOf {
            // The standards the event's inputs were meant for: its service's, or its unit's.
            let meant = records.standardPositions(aboutEventAt: position)
            guard let first = meant.first.map({ standards.items[$0] }) else { continue }
            let settled = meant.compactMap { standards.items[$0].lastSettled }.max()
            let adopted = event.inputsAdopted ?? 0
            let unreflected = adopted > 0 && event.date.adding(months: months) < records.asOf && !(settled.map { $0 > event.date } ?? false)
            let noneAdopted = flagNoneAdopted && kinds.contains(event.kind) && (event.inputsReceived ?? 0) > 0 && event.inputsAdopted == 0
                && records.period.start <= event.date
            guard unreflected || noneAdopted else { continue }
            let subject = event.service == nil ? Finding.Subject(unit: records.unitName(first.unitID)) : records.subject(of: first)
            let index = shortfallOfSubject[subject] ?? shortfalls.count
            if index == shortfalls.count {
                shortfallOfSubject[subject] = index
                shortfalls.append(Shortfall(subject: subject, lastSettled: settled))
            }
            if unreflected { shortfalls[index].unreflected.append(event) }
            if noneAdopted { shortfalls[index].noneAdopted.append(event) }
        }
        return shortfalls.sorted { $0.subject < $1.subject }.map(finding)
    }

    private func finding(_ shortfall: Shortfall) -> RuleFinding {
        var messages: [LocalizedText] = []
        var actions: [LocalizedText] = []
        var evidence: [RuleFinding.Evidence] = []
        if !shortfall.unreflected.isEmpty {
            let adopted = shortfall.unreflected.reduce(0) { $0 + ($1.inputsAdopted ?? 0) }
            let events = shortfall.unreflected.map(Consultations.reference).joined(separator: ", ")
            let settled = shortfall.lastSettled.map {
                LocalizedText(id: "standarnya terakhir ditetapkan atau ditinjau pada \($0)", en: "the standard was last established or reviewed on \($0)")
            } ?? LocalizedText(id: "standarnya tidak bertanggal", en: "the standard has no date")
            messages.append(LocalizedText(
                id: "\(adopted) masukan yang diadopsi dari \(events) belum masuk ke standar setelah \(months) bulan: \(settled.indonesian).",
                en: "\(englishCount(adopted, "input", "inputs")) adopted at \(events) \(adopted == 1 ? "has" : "have") not reached the standard after \(englishCount(months, "month", "months")): \(settled.english)."))
            actions.append(LocalizedText(
                id: "Masukkan masukan yang diadopsi ke dalam standar, tinjau dan tetapkan ulang, lalu umumkan hasilnya kepada peserta.",
                en: "Write the adopted inputs into the standard, review and establish it again, and tell the participants."))
            evidence += [.init("adopted_not_reflected", adopted), .init("events_not_reflected", shortfall.unreflected.count)]
            if let settled = shortfall.lastSettled { evidence.append(.init("last_settled", settled.description)) }
        }
        if !shortfall.noneAdopted.isEmpty {
            let received = shortfall.noneAdopted.reduce(0) { $0 + ($1.inputsReceived ?? 0) }
            let events = shortfall.noneAdopted.map(Consultations.reference).joined(separator: ", ")
            messages.append(LocalizedText(
                id: "\(events) menerima \(received) masukan dan tidak mengadopsi satu pun.",
                en: "\(events) received \(englishCount(received, "input", "inputs")) and adopted none."))
            actions.append(LocalizedText(
                id: "Sampaikan kepada peserta alasan setiap masukan tidak diadopsi, dan catat tindak lanjutnya.",
                en: "Tell the participants why each input was not adopted, and record the follow-up."))
            evidence += [.init("inputs_none_adopted", received), .init("events_none_adopted", shortfall.noneAdopted.count)]
        }
        func joined(_ texts: [LocalizedText]) -> LocalizedText {
            LocalizedText(id: texts.map(\.indonesian).joined(separator: " "), en: texts.map(\.english).joined(separator: " "))
        }
        return RuleFinding(
            subject: shortfall.subject, message: joined(messages), action: joined(actions), evidence: evidence,
            records: (shortfall.unreflected + shortfall.noneAdopted).map(Consultations.reference))
    }
}
