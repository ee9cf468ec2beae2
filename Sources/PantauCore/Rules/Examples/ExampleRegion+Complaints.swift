import PantauYAML

/// Complaints for rule examples: one builder with the values most examples share (a Disdukcapil
/// complaint about KTP-el, finished), and the records that hold them.
extension ExampleRegion {
    /// A complaint as the importer keeps it: unit and service as the register writes them, no
    /// personal data. Dates are ISO text.
    static func complaint(
        _ id: String, unit: String = disdukcapil, service: String? = ktp, category: String? = "Kependudukan",
        received: String, verified: String? = nil, followedUp: String? = nil, finished: String? = nil,
        status: ComplaintStatus = .finished, compensation: Bool = false
    ) -> Complaint {
        Complaint(
            id: id, channel: "Website", classification: .complaint, category: category, unit: unit, service: service,
            received: date(received), verified: verified.map(date), followedUp: followedUp.map(date), finished: finished.map(date),
            status: status, statusLabel: status.indonesianName, compensationClaim: compensation,
            source: source((Int(id.suffix(3)) ?? 0) + 2, file: "pengaduan.csv"))
    }

    /// `count` complaints about KTP-el received on one day, with ids from `first` up: for shares
    /// and recurrences.
    static func complaints(
        _ count: Int, from first: Int, unit: String = disdukcapil, service: String? = ktp, category: String? = "Kependudukan",
        received: String = "2026-02-02", status: ComplaintStatus = .finished
    ) -> [Complaint] {
        (first..<first + count).map { number in
            complaint(
                "5400\(number)", unit: unit, service: service, category: category, received: received,
                finished: status == .finished ? "2026-02-20" : nil, status: status)
        }
    }
}

extension EvaluationRecords {
    /// The records with these complaints (and no others).
    func with(complaints: [Complaint]) -> EvaluationRecords {
        var copy = self
        copy.complaints = Complaints(complaints)
        return copy
    }

    /// The records looked at from another day.
    func asOf(_ iso: String) -> EvaluationRecords {
        var copy = self
        copy.asOf = ExampleRegion.date(iso)
        return copy
    }
}
