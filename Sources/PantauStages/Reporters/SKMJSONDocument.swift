import PantauCore
import PantauYAML

/// The JSON form of an SKM evaluation, version 1 of the schema documented in
/// `docs/report-json.md` (JSON Schema: `docs/schemas/skm-report-v1.schema.json`).
///
/// Figures come twice: as numbers rounded for display (`score`: 2 places, `ikm` and `nrr`:
/// 4 places) and as exact fractions (`score_exact`: "num/den"), with the sums behind them, so a
/// consumer can check or re-aggregate without rounding error. Keys are sorted, so the same
/// evaluation always gives the same bytes.
struct SKMJSONDocument: Encodable {
    static let schemaName = "pantau.skm-report"
    static let schemaVersion = 1

    struct PeriodInfo: Encodable {
        var id: String
        var label: String
        var start: String
        var end: String
    }

    struct ElementInfo: Encodable {
        var code: String
        var name: String
        var weight: String
    }

    struct SchemeInfo: Encodable {
        var id: String
        var title: String
        var regulation: String
        var elements: [ElementInfo]
        var answer_min: Int
        var answer_max: Int
        var conversion_factor: String
    }

    struct ElementFigures: Encodable {
        var code: String
        var sum: Int
        var nrr: Double
        var nrr_exact: String
        var score: Double
        var grade: String
        /// How many respondents gave each answer value, from `answer_min` up.
        var distribution: [Int]
    }

    struct Figures: Encodable {
        var respondents: Int
        var ikm: Double
        var ikm_exact: String
        var score: Double
        var score_exact: String
        var grade: String
        var quality: String
        var elements: [ElementFigures]
        var weakest: [String]
    }

    struct SampleInfo: Encodable {
        /// `sufficient`, `insufficient` or `population-unknown`.
        var status: String
        var population: Int?
        var minimum: Int?
    }

    struct ServiceEntry: Encodable {
        var name: String
        var figures: Figures?
    }

    struct UnitEntry: Encodable {
        var name: String
        var rank: Int?
        var figures: Figures?
        var sample: SampleInfo
        var services: [ServiceEntry]
        /// Absent when no response states a respondent profile.
        var profile: ProfileInfo?
    }

    struct AgeBandCount: Encodable {
        var band: String
        var min: Int
        /// Absent for the open top band.
        var max: Int?
        var count: Int
    }

    struct ProfileInfo: Encodable {
        var respondents: Int
        /// `value` and `count` each.
        var gender: [RespondentProfileSummary.Count]
        var age: [AgeBandCount]
        var education: [RespondentProfileSummary.Count]
        var occupation: [RespondentProfileSummary.Count]
        /// `gender`, `age`, `education` and `occupation`.
        var not_stated: RespondentProfileSummary.NotStated

        init(_ summary: RespondentProfileSummary) {
            respondents = summary.respondents
            gender = summary.genders
            age = summary.ages.map { AgeBandCount(band: $0.band.label, min: $0.band.lowest, max: $0.band.highest, count: $0.count) }
            education = summary.educations
            occupation = summary.occupations
            not_stated = summary.notStated
        }
    }

    struct CoverageInfo: Encodable {
        var in_period: Int
        var outside_period: Int
        var undated: Int
    }

    struct FileInfo: Encodable {
        var file: String
        var read: Int
        var accepted: Int
        var rejected: Int
    }

    struct ImportInfo: Encodable {
        var stage: String
        var records: String
        var read: Int
        var accepted: Int
        var rejected: Int
        var reconciles: Bool
        var files: [FileInfo]
        var rejects_file: String?
        var reasons: [String: Int]
    }

    var schema = schemaName
    var schema_version = schemaVersion
    var language: String
    var pipeline: String
    var generated_on: String
    var period: PeriodInfo
    var scheme: SchemeInfo
    var region: Figures?
    var units: [UnitEntry]
    var coverage: CoverageInfo
    var data_quality: [ImportInfo]
    /// Who answered, over the region; absent when no response states a profile.
    var profile: ProfileInfo?
    // Present when the pipeline evaluated rules or made recommendations.
    var findings: MonevJSONSections.FindingEntries?
    var rules_not_evaluated: [MonevJSONSections.RuleNotRun]?
    var recommendations: MonevJSONSections.RecommendationEntries?
    /// The performance index (PEKPPP), when the pipeline computes one; absent otherwise.
    var performance_index: PerformanceIndexJSONSection?

    init(evaluation: SKMEvaluation, accounts: [ImportAccount], pipelineName: String, generatedOn: CalendarDate, language: Language) {
        let scheme = evaluation.scheme
        self.language = language.rawValue
        self.pipeline = pipelineName
        self.generated_on = generatedOn.description
        self.period = Self.period(evaluation.period, language: language)
        self.scheme = SchemeInfo(
            id: scheme.id, title: scheme.title, regulation: scheme.regulation,
            elements: zip(scheme.elements, scheme.weights).map { ElementInfo(code: $0.code, name: $0.localizedName(language), weight: $1.description) },
            answer_min: scheme.answerRange.lowerBound, answer_max: scheme.answerRange.upperBound,
            conversion_factor: scheme.conversionFactor.description)
        let figures = { (group: SKMGroup) in Self.figures(group, scheme: scheme, language: language) }
        self.region = figures(evaluation.region)
        self.units = evaluation.units.map { unit in
            UnitEntry(
                name: unit.name, rank: unit.rank, figures: figures(unit.summary), sample: Self.sample(unit.sample),
                services: unit.services.map { ServiceEntry(name: $0.name, figures: figures($0)) }, profile: unit.profile.map(ProfileInfo.init))
        }
        self.profile = evaluation.profile.map(ProfileInfo.init)
        self.coverage = CoverageInfo(
            in_period: evaluation.coverage.inPeriod, outside_period: evaluation.coverage.outsidePeriod, undated: evaluation.coverage.undated)
        self.data_quality = Self.dataQuality(accounts)
    }

    static func dataQuality(_ accounts: [ImportAccount]) -> [ImportInfo] {
        accounts.map { account in
            ImportInfo(
                stage: account.stage, records: account.records, read: account.read, accepted: account.accepted, rejected: account.rejected,
                reconciles: account.reconciles,
                files: account.files.map { FileInfo(file: $0.file, read: $0.read, accepted: $0.accepted, rejected: $0.rejected) },
                rejects_file: account.rejectsFile, reasons: account.reasons)
        }
    }

    /// Adds the findings, the rules that did not run and the recommendations.
    mutating func add(_ sections: MonevJSONSections) {
        findings = sections.findings
        rules_not_evaluated = sections.rules_not_evaluated
        recommendations = sections.recommendations
    }

    static func period(_ period: Period, language: Language) -> PeriodInfo {
        PeriodInfo(id: period.description, label: period.label(language), start: period.start.description, end: period.end.description)
    }

    static func figures(_ group: SKMGroup, scheme: SurveyScheme, language: Language) -> Figures? {
        guard let result = group.result else { return nil }
        let elements = result.elements.enumerated().map { index, element in
            ElementFigures(
                code: element.code, sum: group.tally.sums[index], nrr: element.nrr.rounded(toPlaces: 4).doubleValue,
                nrr_exact: exact(element.nrr), score: scheme.displayedScore(element.score, places: 2).doubleValue, grade: element.grade.grade,
                distribution: group.tally.distribution[index])
        }
        return Figures(
            respondents: result.respondents, ikm: scheme.displayedIKM(result.ikm, places: 4).doubleValue, ikm_exact: exact(result.ikm),
            score: scheme.displayedScore(result.score, places: 2).doubleValue, score_exact: exact(result.score), grade: result.grade.grade,
            quality: result.grade.localizedQuality(language), elements: elements, weakest: result.weakest.map(\.code))
    }

    /// An exact figure as `"num/den"`, always with both parts (`"65/1"`), so consumers can split it.
    static func exact(_ value: Rational) -> String { "\(value.numerator)/\(value.denominator)" }

    static func sample(_ check: SampleCheck) -> SampleInfo {
        switch check {
        case .populationUnknown: SampleInfo(status: "population-unknown", population: nil, minimum: nil)
        case .sufficient(let population, let minimum, _): SampleInfo(status: "sufficient", population: population, minimum: minimum)
        case .insufficient(let population, let minimum, _): SampleInfo(status: "insufficient", population: population, minimum: minimum)
        }
    }
}

// Each part writes its keys in sorted order, as `JSONEncoder` with `.sortedKeys` does (see `JSONWriter`).

extension SKMJSONDocument: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("coverage", coverage)
            json.field("data_quality", data_quality)
            json.field("findings", findings)
            json.field("generated_on", generated_on)
            json.field("language", language)
            json.field("performance_index", performance_index)
            json.field("period", period)
            json.field("pipeline", pipeline)
            json.field("profile", profile)
            json.field("recommendations", recommendations)
            json.field("region", region)
            json.field("rules_not_evaluated", rules_not_evaluated)
            json.field("schema", schema)
            json.field("schema_version", schema_version)
            json.field("scheme", scheme)
            json.field("units", units)
        }
    }
}

extension SKMJSONDocument.PeriodInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("end", end)
            json.field("id", id)
            json.field("label", label)
            json.field("start", start)
        }
    }
}

extension SKMJSONDocument.ElementInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("name", name)
            json.field("weight", weight)
        }
    }
}

extension SKMJSONDocument.SchemeInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("answer_max", answer_max)
            json.field("answer_min", answer_min)
            json.field("conversion_factor", conversion_factor)
            json.field("elements", elements)
            json.field("id", id)
            json.field("regulation", regulation)
            json.field("title", title)
        }
    }
}

extension SKMJSONDocument.ElementFigures: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("distribution", distribution)
            json.field("grade", grade)
            json.field("nrr", nrr)
            json.field("nrr_exact", nrr_exact)
            json.field("score", score)
            json.field("sum", sum)
        }
    }
}

extension SKMJSONDocument.Figures: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("elements", elements)
            json.field("grade", grade)
            json.field("ikm", ikm)
            json.field("ikm_exact", ikm_exact)
            json.field("quality", quality)
            json.field("respondents", respondents)
            json.field("score", score)
            json.field("score_exact", score_exact)
            json.field("weakest", weakest)
        }
    }
}

extension SKMJSONDocument.SampleInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("minimum", minimum)
            json.field("population", population)
            json.field("status", status)
        }
    }
}

extension SKMJSONDocument.ServiceEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("figures", figures)
            json.field("name", name)
        }
    }
}

extension SKMJSONDocument.UnitEntry: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("figures", figures)
            json.field("name", name)
            json.field("profile", profile)
            json.field("rank", rank)
            json.field("sample", sample)
            json.field("services", services)
        }
    }
}

extension SKMJSONDocument.AgeBandCount: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("band", band)
            json.field("count", count)
            json.field("max", max)
            json.field("min", min)
        }
    }
}

extension SKMJSONDocument.ProfileInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("age", age)
            json.field("education", education)
            json.field("gender", gender)
            json.field("not_stated", not_stated)
            json.field("occupation", occupation)
            json.field("respondents", respondents)
        }
    }
}

extension RespondentProfileSummary.Count: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("count", count)
            json.field("value", value)
        }
    }
}

extension RespondentProfileSummary.NotStated: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("age", age)
            json.field("education", education)
            json.field("gender", gender)
            json.field("occupation", occupation)
        }
    }
}

extension SKMJSONDocument.CoverageInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("in_period", in_period)
            json.field("outside_period", outside_period)
            json.field("undated", undated)
        }
    }
}

extension SKMJSONDocument.FileInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("accepted", accepted)
            json.field("file", file)
            json.field("read", read)
            json.field("rejected", rejected)
        }
    }
}

extension SKMJSONDocument.ImportInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("accepted", accepted)
            json.field("files", files)
            json.field("read", read)
            json.field("reasons", reasons)
            json.field("reconciles", reconciles)
            json.field("records", records)
            json.field("rejected", rejected)
            json.field("rejects_file", rejects_file)
            json.field("stage", stage)
        }
    }
}
