import PantauYAML

/// `meeting.action-without-owner`: outstanding meeting action items that name no owner unit, or
/// no due date.
struct ActionItemWithoutOwner: Rule {
    static let description = RuleDescription(
        id: "meeting.action-without-owner",
        area: .meetings,
        title: LocalizedText(
            id: "Tindak lanjut rapat tanpa penanggung jawab atau batas waktu", en: "Meeting action items without an owner or a due date"),
        explanation: LocalizedText(
            id: """
                Tindak lanjut rapat hanya dapat dipantau bila menyebut OPD penanggung jawab dan batas waktunya. Aturan ini menemukan \
                tindak lanjut yang masih terbuka atau berjalan pada tanggal evaluasi (menurut rapat terakhir yang mencatatnya sampai \
                tanggal itu) tanpa OPD, dengan OPD yang tidak ada dalam daftar unit, atau tanpa batas waktu. Tindak lanjut tanpa OPD \
                (atau dengan OPD yang tidak terdaftar) adalah kekurangan rapat itu sendiri: temuannya untuk daerah, yaitu Bagian \
                Organisasi yang menyusun notulen, bukan untuk OPD mana pun. Tindak lanjut dengan OPD tetapi tanpa batas waktu dicatat \
                untuk OPD tersebut, yang perlu menyepakati batasnya. Bila pipeline mengimpor daftar unit, `import.meetings` sudah \
                menolak OPD yang tidak dikenal sebagai salah tulis (dengan nama terdekat); aturan ini menangkap yang datang dari sumber lain.
                """,
            en: """
                An action item can be followed up only if it names the unit responsible and a due date. The rule finds items still \
                open or in progress on the evaluation day (as the latest meeting held by then records them) that name no owner \
                unit, an owner the register does not know, or no due date. An item without an owner (or with an unregistered one) \
                is a shortcoming of the meeting itself: the finding is the region's, that is the organisational bureau's that keeps \
                the minutes, not any unit's. An item with an owner but no due date is the owner unit's, which has to agree one. \
                When the pipeline imports a register, `import.meetings` already rejects an unknown owner as a slip (with the closest \
                name); the rule catches those that come from other sources.
                """),
        regulation: "Keputusan Rakor (notulen rapat koordinasi)",
        defaultSeverity: .minor,
        requires: [.meetings],
        examples: [
            .passes(
                LocalizedText(
                    id: "Setiap tindak lanjut menyebut OPD dan batas waktunya.", en: "Every action item names its owner unit and due date."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting(
                        "rakor-2026-02", on: "2026-02-12",
                        items: [ExampleRegion.actionItem("TL-01"), ExampleRegion.actionItem("TL-02", owner: ExampleRegion.dpmptsp)])
                ])),
            .passes(
                LocalizedText(
                    id: "Tindak lanjut tanpa OPD sudah selesai: tidak ada lagi yang perlu dipantau.",
                    en: "An item without an owner is done already: nothing is left to follow up."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01", owner: nil, status: .done)])
                ])),
            .triggers(
                LocalizedText(
                    id: "Rakor Februari 2026 mencatat satu tindak lanjut tanpa OPD, dan satu tindak lanjut DPMPTSP tanpa batas waktu.",
                    en: "The February 2026 Rakor records one item without an owner, and one of DPMPTSP's without a due date."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting(
                        "rakor-2026-02", on: "2026-02-12",
                        items: [
                            ExampleRegion.actionItem("TL-01"), ExampleRegion.actionItem("TL-02", owner: ExampleRegion.dpmptsp, due: nil),
                            ExampleRegion.actionItem("TL-03", owner: nil),
                        ])
                ]),
                subjects: [Finding.Subject(), ExampleRegion.subject(ExampleRegion.dpmptsp)]),
            .triggers(
                LocalizedText(
                    id: "Tindak lanjut menyebut 'Dinas Pariwisata', yang tidak ada dalam daftar unit: temuannya untuk daerah.",
                    en: "An item names 'Dinas Pariwisata', which is not in the register: the finding is the region's."),
                records: ExampleRegion.records.with(meetings: [
                    ExampleRegion.meeting("rakor-2026-02", on: "2026-02-12", items: [ExampleRegion.actionItem("TL-01", owner: "Dinas Pariwisata")])
                ]),
                subjects: [Finding.Subject()]),
        ])

    init(settings: RuleSettings) {}

    /// What an outstanding item lacks.
    struct Gap {
        var track: Meetings.ActionItemTrack
        /// No owner, or one the register does not know.
        var ownerless: Bool
        var undated: Bool
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        let gaps = records.actionItemTracksAsOf.compactMap { track -> Gap? in
            guard track.item.status.isOutstanding else { return nil }
            let ownerless = track.item.owner.map { owner in records.register.map { $0.unit(named: owner) == nil } ?? false } ?? true
            let gap = Gap(track: track, ownerless: ownerless, undated: track.item.due == nil)
            return gap.ownerless || gap.undated ? gap : nil
        }
        let groups = FirstSeenGroups(gaps, by: { $0.ownerless ? Finding.Subject() : records.subject(of: $0.track.item) }).groups
        // The region's finding first, then the units' in the order their items were set.
        return (groups.filter { $0.key.unit == nil } + groups.filter { $0.key.unit != nil }).map { finding($0.key, $0.elements) }
    }

    private func finding(_ subject: Finding.Subject, _ gaps: [Gap]) -> RuleFinding {
        let listed = LocalizedText(
            id: gaps.map { "\($0.track.item.id) (\($0.track.meetingIDs[0]): \(lacks($0).indonesian))" }.joined(separator: ", "),
            en: gaps.map { "\($0.track.item.id) (\($0.track.meetingIDs[0]): \(lacks($0).english))" }.joined(separator: ", "))
        let ids = gaps.map(\.track.item.id).joined(separator: ", ")
        let ownerless = gaps.filter(\.ownerless).count, undated = gaps.filter(\.undated).count
        let action =
            subject.unit == nil
            ? LocalizedText(
                id: "Tetapkan OPD penanggung jawab (yang terdaftar) dan batas waktu untuk tindak lanjut \(ids) pada Rakor berikutnya, dan catat dalam notulen.",
                en: "Name a registered owner unit and a due date for action items \(ids) at the next Rakor, and record them in the minutes.")
            : LocalizedText(
                id: "Sepakati batas waktu tindak lanjut \(ids) pada Rakor berikutnya dan catat dalam notulen.",
                en: "Agree due dates for action items \(ids) at the next Rakor and record them in the minutes.")
        return RuleFinding(
            subject: subject,
            message: LocalizedText(
                id: "\(gaps.count) tindak lanjut rapat yang masih terbuka tidak lengkap: \(listed.indonesian).",
                en: "\(gaps.count) open meeting action \(gaps.count == 1 ? "item is" : "items are") incomplete: \(listed.english)."),
            action: action,
            evidence: [.init("items", gaps.count), .init("without_owner", ownerless), .init("without_due_date", undated)],
            records: gaps.map(\.track.item.id))
    }

    /// What one item lacks, in words.
    private func lacks(_ gap: Gap) -> LocalizedText {
        let owner =
            gap.track.item.owner.map { LocalizedText(id: "OPD '\($0)' tidak terdaftar", en: "owner '\($0)' not registered") }
            ?? LocalizedText(id: "tanpa OPD", en: "no owner unit")
        switch (gap.ownerless, gap.undated) {
        case (true, true): return LocalizedText(id: owner.indonesian + ", tanpa batas waktu", en: owner.english + ", no due date")
        case (true, false): return owner
        default: return LocalizedText(id: "tanpa batas waktu", en: "no due date")
        }
    }
}
