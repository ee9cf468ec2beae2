import PantauYAML

/// Meetings of the example region: Rakor the bureau holds with both units, and their action items.
extension ExampleRegion {
    /// An action item of Disdukcapil's, open, due at the end of March 2026; examples change what
    /// their situation needs.
    static func actionItem(
        _ id: String, owner: String? = disdukcapil, due: String? = "2026-03-31", status: ActionStatus = .open, row: Int = 20
    ) -> ActionItem {
        ActionItem(
            id: id, action: "perbarui standar pelayanan", owner: owner, due: due.map(date), status: status,
            source: source(row, file: "rapat.md"))
    }

    /// A meeting both units were invited to, attended by both but the absent ones.
    static func meeting(
        _ id: String, on day: String, kind: MeetingKind = .rakor, absent: [String] = [], items: [ActionItem] = []
    ) -> Meeting {
        let invited = [disdukcapil, dpmptsp]
        return Meeting(
            id: id, title: "Rapat Koordinasi Pelayanan Publik", date: date(day), kind: kind, chair: "Asisten Administrasi Umum",
            invited: invited,
            attendees: invited.filter { !absent.contains($0) }.map { Meeting.Attendee(name: nil, role: "Sekretaris Dinas", organisation: $0) },
            actionItems: items, source: source(1, file: "\(id).md"))
    }
}

extension EvaluationRecords {
    /// The records with these meetings (and no others).
    func with(meetings: [Meeting]) -> EvaluationRecords {
        var copy = self
        copy.meetings = Meetings(meetings)
        return copy
    }
}
