import PantauYAML

/// Respondents of one unit (and service) who all gave the same answers, for survey examples.
struct ExampleRespondents {
    var unit: String
    var service: String?
    /// One answer per element of PermenPAN-RB 14/2017, U1…U9.
    var answers: [Int]
    var count: Int

    init(_ count: Int, of unit: String, _ service: String? = nil, answering answers: [Int]) {
        self.unit = unit
        self.service = service
        self.answers = answers
        self.count = count
    }

    /// Every element answered 4 (*sangat baik*).
    static let fours = [Int](repeating: 4, count: 9)
    /// Every element answered 3 (*baik*).
    static let threes = [Int](repeating: 3, count: 9)
}

extension ExampleRegion {
    /// A survey of the example region: the responses, dated on the period's first day, evaluated
    /// as `evaluate.skm` evaluates them, with the service users of each unit (by name) for the
    /// minimum-sample check.
    static func skm(_ groups: [ExampleRespondents], period: Period = period, users: [String: Int] = [:]) -> SKMEvaluation {
        var responses = SurveyResponses(scheme: .permenpan14_2017)
        var row = 2
        for group in groups {
            for _ in 0..<group.count {
                responses.append(
                    unit: group.unit, service: group.service, date: period.start, answers: group.answers,
                    source: source(row, file: "skm-\(period).csv"))
                row += 1
            }
        }
        let populations = users.sorted { $0.key < $1.key }.enumerated().map { offset, entry in
            ServicePopulation(unit: entry.key, period: period, users: entry.value, source: source(offset + 2, file: "populasi.csv"))
        }
        return SKMEvaluator().evaluate(responses, populations: populations, period: period)
    }

    /// Ten respondents answering 4 and ten answering 3 to every element of a service: each
    /// element's NRR is 3.5 and the score 87.50, grade B, above every default target.
    static func soundRespondents(_ unit: String, _ service: String) -> [ExampleRespondents] {
        [ExampleRespondents(10, of: unit, service, answering: ExampleRespondents.fours),
         ExampleRespondents(10, of: unit, service, answering: ExampleRespondents.threes)]
    }

    /// A unit's sound respondents: twenty per service of the register.
    static func unitRespondents(_ unit: String) -> [ExampleRespondents] {
        let id = register.unit(named: unit)?.id ?? unit
        return register.services(ofUnit: id).flatMap { soundRespondents(unit, $0.name) }
    }

    /// Both units heard forty users each, twenty per service, all scoring 87.50; each unit served
    /// 40 users, so its minimum sample is 36.
    static func soundSKM(period: Period = period) -> SKMEvaluation {
        skm(unitRespondents(disdukcapil) + unitRespondents(dpmptsp), period: period, users: [disdukcapil: 40, dpmptsp: 40])
    }

    /// Respondents whose weakest elements are U3 Waktu Penyelesaian and U9 Sarana (NRR 2.5, score
    /// 62.50), then U8 Pengaduan (NRR 3, score 75.00); every other element scores 87.50.
    static func weakRespondents(_ unit: String, _ service: String? = nil, count: Int = 10) -> [ExampleRespondents] {
        [ExampleRespondents(count, of: unit, service, answering: [4, 4, 3, 4, 4, 4, 4, 3, 3]),
         ExampleRespondents(count, of: unit, service, answering: [3, 3, 2, 3, 3, 3, 3, 3, 2])]
    }

    /// The semester before the example period: 2025-S2.
    static var lastSemester: Period { period.previous }

    /// An item of the follow-up plan answering to an SKM element, planned for the end of March.
    static func skmFollowUp(
        _ id: String, unit: String = disdukcapil, element: String, surveyed: Period = lastSemester, planned: String = "2026-03-31",
        done: String? = nil, status: ActionStatus = .open, row: Int = 2
    ) -> FollowUpItem {
        FollowUpItem(
            id: id, unit: unit, origin: .skm(period: surveyed, element: element), action: "Perbaiki unsur \(element)",
            planned: date(planned), done: done.map(date), status: status, source: source(row, file: "rtl-skm.csv"))
    }

    /// Records of this semester's sound survey and last semester's, in which both units were
    /// weakest on U3, U9 and U8 (`weakRespondents`).
    static var weakRecords: EvaluationRecords {
        records.with(skm: soundSKM(), previous: skm(weakRespondents(disdukcapil) + weakRespondents(dpmptsp), period: lastSemester))
    }

    /// Follow-up items of last semester's SKM on U3, U9 and U8 for each unit, all open.
    static func followUpsOnWeakest(_ units: String...) -> [FollowUpItem] {
        units.enumerated().flatMap { index, unit in
            ["U3", "U9", "U8"].enumerated().map { offset, element in
                let number = index * 3 + offset + 1
                return skmFollowUp("RTL-\(number)", unit: unit, element: element, planned: "2026-09-30", row: number + 1)
            }
        }
    }

    /// Records of both semesters' sound surveys with these publications.
    static func publishedRecords(_ publications: [SurveyPublication]) -> EvaluationRecords {
        records.with(skm: soundSKM(), previous: soundSKM(period: lastSemester)).with(publications: publications)
    }

    /// A publication of a unit's survey results or follow-up plan for the period before.
    static func publication(
        _ content: SurveyPublication.Content, unit: String = disdukcapil, surveyed: Period = lastSemester, on day: String = "2026-01-20",
        row: Int = 2
    ) -> SurveyPublication {
        SurveyPublication(
            unit: unit, period: surveyed, content: content, date: date(day), media: ["website", "papan informasi"],
            source: source(row, file: "publikasi-skm.csv"))
    }
}

extension EvaluationRecords {
    /// The records with this period's survey and, when given, the previous period's.
    func with(skm survey: SKMEvaluation, previous: SKMEvaluation? = nil) -> EvaluationRecords {
        var copy = self
        copy.survey = survey
        copy.previousSurvey = previous
        return copy
    }

    /// The records with these follow-up plan items (and no others).
    func with(rtl followUps: [FollowUpItem]) -> EvaluationRecords {
        var copy = self
        copy.followUps = FollowUpPlan(followUps)
        return copy
    }

    /// The records with these publications of survey results and plans (and no others).
    func with(publications: [SurveyPublication]) -> EvaluationRecords {
        var copy = self
        copy.surveyPublications = SurveyPublications(publications)
        return copy
    }
}
