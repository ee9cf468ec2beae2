import PantauYAML

/// How long one step of a complaint's handling took (verification, follow-up, completion), in
/// working days, against the step's limit.
struct StepTime: Sendable, Hashable {
    /// Working days from the step's start to its end, or to the day the evaluation stands on
    /// when the step had not ended by then.
    var days: Int
    var limit: Int
    /// The step had not ended on the day the evaluation stands on.
    var open: Bool

    init(from start: CalendarDate, to end: CalendarDate?, limit: Int, in records: EvaluationRecords) {
        self.init(from: start, to: end, limit: limit, asOf: records.asOf, workingDays: records.workingDayTable)
    }

    private init(from start: CalendarDate, to end: CalendarDate?, limit: Int, asOf: CalendarDate, workingDays: borrowing WorkingDayTable) {
        // An end after the evaluation date (an export taken later) is not known on that date.
        let ended = end.flatMap { $0 <= asOf ? $0 : nil }
        self.days = workingDays.workingDays(from: start, to: ended ?? asOf)
        self.limit = limit
        self.open = ended == nil
    }

    var isLate: Bool { days > limit }
}

/// The complaints of one subject judged on one step: how many could be judged, which were late
/// and by how much.
struct StepTally: Sendable {
    /// Complaints whose step could be judged (the others lack the dates to judge them).
    private(set) var judged = 0
    private(set) var late: [(complaint: Complaint, time: StepTime)] = []

    /// Counts a complaint: judged when its step's time is known, late when that is over the limit.
    mutating func add(_ complaint: Complaint, time: StepTime?) {
        guard let time else { return }
        judged += 1
        if time.isLate { late.append((complaint, time)) }
    }

    var isEmpty: Bool { late.isEmpty }
    /// Late complaints whose step had still not ended.
    var lateOpen: Int { late.filter(\.time.open).count }
    var longest: Int { late.map(\.time.days).max() ?? 0 }
    var mostOverLimit: Int { late.map { $0.time.days - $0.time.limit }.max() ?? 0 }
    var records: [String] { late.map(\.complaint.id) }

    /// The figures every step rule reports, in the order a reader should see them.
    var evidence: [RuleFinding.Evidence] {
        [
            .init("complaints", judged), .init("late", late.count), .init("late_open", lateOpen),
            .init("longest_working_days", longest), .init("most_days_over_limit", mostOverLimit),
        ]
    }
}

/// Working days in English: `1 working day`, `3 working days`.
enum WorkingDays {
    static func english(_ count: Int) -> String { count == 1 ? "1 working day" : "\(count) working days" }
}

extension EvaluationRecords {
    /// One finding per unit with complaints late on a step, of the complaints received as
    /// `received` says and `included`: the step rules' common shape.
    func lateStepFindings(
        received: Received = .inPeriod, where included: (Complaint) -> Bool = { _ in true }, time: (Complaint) -> StepTime?,
        finding: (Finding.Subject, StepTally) -> RuleFinding
    ) -> [RuleFinding] {
        // Each complaint is judged as it is met and counted in its unit's tally: judging them unit
        // by unit afterwards would read them all again, out of order.
        var tallies: [StepTally] = []
        let firsts = forEachSelected(by: complaintGroups.byUnit, received: received, included) { group, _, complaint in
            if group == tallies.count { tallies.append(StepTally()) }
            tallies[group].add(complaint, time: time(complaint))
        }
        return zip(firsts, tallies).compactMap { first, tally in
            tally.isEmpty ? nil : finding(subject(ofComplaintAt: first, byService: false), tally)
        }
    }
}

/// How a step rule words its finding: `<heading>: 2 of 3 (<limit>), 1 <open>; <tail>`.
struct StepWording: Sendable {
    /// `Pengaduan terlambat diverifikasi` / `Complaints verified late`.
    var heading: LocalizedText
    /// What the late complaints still open are: `belum diverifikasi` / `not verified yet`.
    var open: LocalizedText

    /// The message; without a tail, the longest time taken closes it.
    func message(_ tally: StepTally, limit: LocalizedText, tail: LocalizedText? = nil) -> LocalizedText {
        let tail = tail ?? LocalizedText(
            id: "paling lama \(tally.longest) hari kerja", en: "the longest took \(WorkingDays.english(tally.longest))")
        func text(_ language: Language) -> String {
            let open = tally.lateOpen > 0 ? ", \(tally.lateOpen) \(self.open.text(language))" : ""
            let of = language == .indonesian ? "dari" : "of"
            return "\(heading.text(language)): \(tally.late.count) \(of) \(tally.judged) (\(limit.text(language)))\(open); \(tail.text(language))."
        }
        return LocalizedText(id: text(.indonesian), en: text(.english))
    }
}

/// A step rule with one limit in working days, `limit_days`, over the complaints received in
/// the period: verification and follow-up.
protocol SingleLimitStepRule: Rule {
    static var wording: StepWording { get }
    var limit: Int { get }
    init(limit: Int)
    /// The limit as the message states it: `batas 3 hari kerja sejak diterima`.
    var limitText: LocalizedText { get }
    var action: LocalizedText { get }
    /// The step's time, or nil when the complaint lacks the dates to judge it.
    func time(of complaint: Complaint, in records: EvaluationRecords) -> StepTime?
}

extension SingleLimitStepRule {
    init(settings: RuleSettings) {
        self.init(limit: settings.integer("limit_days"))
    }

    func evaluate(_ records: EvaluationRecords) -> [RuleFinding] {
        records.lateStepFindings(time: { time(of: $0, in: records) }) { subject, tally in
            RuleFinding(
                subject: subject, message: Self.wording.message(tally, limit: limitText), action: action,
                evidence: tally.evidence + [.init("limit_days", limit)], records: tally.records)
        }
    }
}
