import PantauYAML

// Konsultasi dan Pengaduan from complaints, and Inovasi from the innovation register.

extension RecordScorer {
    /// 28.e.Ak: complaints received in the period, except those archived or outside the unit's
    /// authority, finished by the end of the period. Through SP4N-LAPOR!: ≥ 90 % 5, ≥ 50 % 4,
    /// fewer 3; through other channels only: ≥ 50 % 2, fewer 1; none finished 0. With both,
    /// the higher reading counts. No complaint at all gives no score: nothing shows either way.
    func complaintScore(_ complaints: [Complaint]) -> RecordScore {
        // Counted in one pass, by position: a unit may have thousands of complaints, and
        // filtering them into lists copied each one several times.
        var counted: [String] = []
        var lapor = 0, laporFinished = 0, other = 0, otherFinished = 0
        for position in complaints.indices {
            let status = complaints[position].status
            guard period.contains(complaints[position].received), status != .archived, status != .notInAuthority else { continue }
            counted.append(complaints[position].id)
            let isFinished = status == .finished && (complaints[position].finished.map { $0 <= period.end } ?? true)
            if isLapor(complaints[position].channel) {
                lapor += 1
                if isFinished { laporFinished += 1 }
            } else {
                other += 1
                if isFinished { otherFinished += 1 }
            }
        }
        guard !counted.isEmpty else { return RecordScore(nil, .noComplaints) }
        let laporLevel: Int? =
            laporFinished == 0 ? nil
            : Rational(laporFinished, lapor) >= Rational(9, 10) ? 5 : Rational(laporFinished, lapor) >= Rational(1, 2) ? 4 : 3
        let otherLevel: Int? = otherFinished == 0 ? nil : Rational(otherFinished, other) >= Rational(1, 2) ? 2 : 1
        let score = [laporLevel, otherLevel].compactMap { $0 }.max() ?? 0
        let basis = ScoreBasis.complaints(lapor: lapor, laporFinished: laporFinished, other: other, otherFinished: otherFinished)
        return RecordScore(score, basis, records: counted)
    }

    /// 29.f.B: innovations started by the period's year. None 0; only ideas, or none still
    /// running, 1 (still learning); one running (tried out or in use) 2; running since before
    /// the period's year, so for about a year or more, 3. Competitions are not recorded.
    func innovationScore(_ innovations: [Innovation]) -> RecordScore {
        let year = period.end.year
        let started = innovations.filter { $0.year <= year }
        let running = started.filter { $0.sustained && $0.stage != .idea }
        let older = running.filter { $0.year < year }
        let score = started.isEmpty ? 0 : !older.isEmpty ? 3 : !running.isEmpty ? 2 : 1
        let basis = ScoreBasis.innovations(total: started.count, running: running.count, runningOverAYear: older.count)
        return RecordScore(score, basis, records: started.map { $0.id ?? $0.source.description })
    }
}
