import PantauYAML

// Konsultasi dan Pengaduan from complaints, and Inovasi from the innovation register.

extension RecordScorer {
    /// 28.e.Ak: complaints received in the period, except those archived or outside the unit's
    /// authority, finished by the end of the period. Through SP4N-LAPOR!: ≥ 90 % 5, ≥ 50 % 4,
    /// fewer 3; through other channels only: ≥ 50 % 2, fewer 1; none finished 0. With both,
    /// the higher reading counts. No complaint at all gives no score: nothing shows either way.
    func complaintScore(_ complaints: [Complaint]) -> RecordScore {
        let counted = complaints.filter { period.contains($0.received) && $0.status != .archived && $0.status != .notInAuthority }
        guard !counted.isEmpty else { return RecordScore(nil, .noComplaints) }
        let isFinished = { (complaint: Complaint) in
            complaint.status == .finished && (complaint.finished.map { $0 <= period.end } ?? true)
        }
        let lapor = counted.filter { isLapor($0.channel) }, other = counted.filter { !isLapor($0.channel) }
        let laporFinished = lapor.filter(isFinished).count, otherFinished = other.filter(isFinished).count
        let laporLevel: Int? =
            laporFinished == 0 ? nil
            : Rational(laporFinished, lapor.count) >= Rational(9, 10) ? 5 : Rational(laporFinished, lapor.count) >= Rational(1, 2) ? 4 : 3
        let otherLevel: Int? = otherFinished == 0 ? nil : Rational(otherFinished, other.count) >= Rational(1, 2) ? 2 : 1
        let score = [laporLevel, otherLevel].compactMap { $0 }.max() ?? 0
        let basis = ScoreBasis.complaints(lapor: lapor.count, laporFinished: laporFinished, other: other.count, otherFinished: otherFinished)
        return RecordScore(score, basis, records: counted.map(\.id))
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
