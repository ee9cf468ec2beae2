import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The SKM app exports kept beside the repository (`../shared/reference/real-exports/skm`), when they are there.
private let skmReference = URL(fileURLWithPath: repositoryFile("../shared/reference/real-exports/skm")).standardizedFileURL.path
private let hasSKMReference = FileManager.default.fileExists(atPath: skmReference + "/mpp-pangkep/jawaban_long.csv")

/// Imports `with:` (paths relative to the reference folder) and evaluates `period`.
private func importAndEvaluate(_ yaml: String, period id: String) async throws -> (imported: StageRun, evaluation: SKMEvaluation) {
    let importer = try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: skmReference))
    let imported = try await run(importer)
    let evaluate = try EvaluateSKM(configuration: configuration(EvaluateSKM.self, nil))
    let evaluated = try await run(evaluate, inputs: imported.datasets, period: period(id))
    return (imported, try evaluated.one(SKMEvaluation.self))
}

/// A unit's figures as computed by hand (python `fractions`) from the export.
fileprivate struct HandFigures {
    var respondents: Int
    var sums: [Int]
    var ikm: Rational
    var score: Rational
}

fileprivate func check(_ group: SKMGroup, _ expected: HandFigures, _ comment: Comment) throws {
    let result = try #require(group.result, comment)
    #expect(group.tally.respondents == expected.respondents, comment)
    #expect(group.tally.sums == expected.sums, comment)
    #expect(result.ikm == expected.ikm, comment)
    #expect(result.score == expected.score, comment)
    // The score is IKM × 25 exactly, and IKM the mean of the nine NRR (weight exactly 1/9).
    #expect(result.score == expected.ikm * Rational(25), comment)
    #expect(expected.ikm == Rational(expected.sums.reduce(0, +), 9 * expected.respondents), comment)
}

/// MPP Kabupaten Pangkep (NyomanWahyu01/Survai-Kepuasan-MPP): answers in `jawaban_long.csv`
/// (one per row, `point_jawaban` 1–4, `status` selesai), respondents with their agency, date and
/// profile in `responden.csv`, agencies by id in `instansi.csv`, questions in `pertanyaan.csv`.
///
/// Questions map to elements by what they ask, not by their number: there is no question 3;
/// question 9 is filed under the category "MATLUMAN PELAYANAN" but asks about "sarana dan
/// prasana", so it is U9 Sarana; question 10 is Penanganan Pengaduan, U8.
private let mppYAML = """
    layout: long
    path: mpp-pangkep/jawaban_long.csv
    columns: {respondent: id_responden, question: id_pertanyaan, answer: point_jawaban, status: status}
    elements: {"1": U1, "2": U2, "4": U3, "5": U4, "6": U5, "7": U6, "8": U7, "10": U8, "9": U9}
    respondents:
      path: mpp-pangkep/responden.csv
      columns: {respondent: id_responden, unit: id_instansi, date: tgl_responden, gender: jkel, education: pendidikan, occupation: pekerjaan}
    units:
      "1": DPMPTSP
      "2": DISDUKCAPIL
      "4": DINSOS
      "5": BAPENDA
      "6": Polres Pangkep
      "8": SAMSAT
      "9": ATR/BPN
      "10": BPJS Kesehatan
      "11": BPJS Ketenagakerjaan
      "13": PTSP Kemenag
      "15": PDAM
      "16": PT. TASPEN
      "17": UKPBJ
    """

@Suite("import.survey, long layout: the MPP Pangkep export", .enabled(if: hasSKMReference))
struct MPPPangkepLongTests {
    /// Computed by hand from the export (python `fractions`, the U1…U9 sums of each agency's
    /// accepted respondents): 55 respondents answered 9 questions each, but respondent 30 (PDAM)
    /// submitted twice (rows 101–118, answers differing for questions 6 and 10), so it is
    /// rejected and 54 respondents remain. Every date is in November or December 2024.
    fileprivate static let expected: [String: HandFigures] = [
        "ATR/BPN": HandFigures(respondents: 3, sums: [12, 12, 12, 12, 12, 11, 12, 11, 12], ikm: Rational(106, 27), score: Rational(2650, 27)),
        "BAPENDA": HandFigures(respondents: 6, sums: [24, 23, 24, 23, 22, 22, 21, 24, 21], ikm: Rational(34, 9), score: Rational(850, 9)),
        "BPJS Kesehatan": HandFigures(respondents: 3, sums: [12, 12, 12, 12, 11, 11, 11, 12, 12], ikm: Rational(35, 9), score: Rational(875, 9)),
        "BPJS Ketenagakerjaan": HandFigures(respondents: 4, sums: [16, 15, 16, 13, 14, 15, 16, 14, 16], ikm: Rational(15, 4), score: Rational(375, 4)),
        "DINSOS": HandFigures(respondents: 4, sums: [15, 15, 14, 16, 16, 15, 15, 15, 15], ikm: Rational(34, 9), score: Rational(850, 9)),
        "DISDUKCAPIL": HandFigures(respondents: 5, sums: [18, 18, 17, 18, 18, 19, 17, 17, 18], ikm: Rational(32, 9), score: Rational(800, 9)),
        "DPMPTSP": HandFigures(respondents: 5, sums: [20, 20, 20, 20, 20, 18, 19, 19, 19], ikm: Rational(35, 9), score: Rational(875, 9)),
        "PDAM": HandFigures(respondents: 3, sums: [12, 11, 11, 11, 11, 11, 11, 10, 11], ikm: Rational(11, 3), score: Rational(275, 3)),
        "PT. TASPEN": HandFigures(respondents: 4, sums: [16, 16, 15, 15, 15, 13, 14, 14, 16], ikm: Rational(67, 18), score: Rational(1675, 18)),
        "PTSP Kemenag": HandFigures(respondents: 4, sums: [14, 14, 13, 14, 15, 14, 15, 15, 16], ikm: Rational(65, 18), score: Rational(1625, 18)),
        "Polres Pangkep": HandFigures(respondents: 5, sums: [20, 19, 18, 18, 16, 17, 19, 20, 19], ikm: Rational(166, 45), score: Rational(830, 9)),
        "SAMSAT": HandFigures(respondents: 5, sums: [20, 19, 20, 19, 19, 18, 20, 18, 19], ikm: Rational(172, 45), score: Rational(860, 9)),
        "UKPBJ": HandFigures(respondents: 3, sums: [12, 11, 11, 10, 12, 11, 10, 10, 11], ikm: Rational(98, 27), score: Rational(2450, 27)),
    ]
    /// All 54 pooled: Σ sums = 1820 over 54 × 9 answers, IKM 910/243 ≈ 3.7449, score ≈ 93.62 (A).
    fileprivate static let region = HandFigures(
        respondents: 54, sums: [211, 205, 203, 201, 201, 195, 200, 199, 205], ikm: Rational(910, 243), score: Rational(22750, 243))

    @Test("every answer row is accounted for: 504 read, 486 accepted, the 18 rows of the twice-submitted respondent rejected")
    func reconciliation() async throws {
        let (imported, _) = try await importAndEvaluate(mppYAML, period: "2024-Q4")
        let accounts = imported.all(ImportAccount.self)
        let answers = try #require(accounts.first { $0.records == "survey-answer-rows" })
        #expect(answers.files.map(\.counts) == [[504, 486, 18]])
        #expect(answers.reconciles)
        #expect(answers.reasons == ["record.duplicate-answer": 9, "record.respondent-rejected": 9])
        let respondents = try #require(accounts.first { $0.records == "survey-respondents" })
        #expect(respondents.files.map(\.counts) == [[55, 55, 0]])
        #expect(try imported.one(SurveyResponses.self).count == 54)
    }

    @Test("the repeated submission: each repeated answer names the first, the first nine point at the first repeat")
    func duplicateRespondent() async throws {
        let (imported, _) = try await importAndEvaluate(mppYAML, period: "2024-Q4")
        let rows = parseCSV(try imported.text("rejects-skm.csv")).dropFirst()
        #expect(rows.count == 18)
        #expect(rows.map { Int($0[1])! } == Array(101...118))
        #expect(rows.allSatisfy { $0[0].hasSuffix("mpp-pangkep/jawaban_long.csv") })
        let first = try #require(rows.first)
        #expect(first[3] == "id_responden" && first[4] == "30" && first[6] == "record.respondent-rejected")
        #expect(first[5] == "ditolak bersama jawaban lain responden '30' (lihat baris 110)")
        let repeatOfQ9 = try #require(rows.first { $0[1] == "117" })
        #expect(repeatOfQ9[3] == "id_pertanyaan" && repeatOfQ9[4] == "9" && repeatOfQ9[6] == "record.duplicate-answer")
        #expect(repeatOfQ9[5] == "responden '30' menjawab U9 (Sarana dan Prasarana) lagi (pertama di baris 108)")
    }

    @Test("NRR, IKM and score of every agency and the region equal the figures computed by hand")
    func figures() async throws {
        let (_, evaluation) = try await importAndEvaluate(mppYAML, period: "2024-Q4")
        #expect(evaluation.units.map(\.name).sorted() == Self.expected.keys.sorted())
        for unit in evaluation.units {
            try check(unit.summary, try #require(Self.expected[unit.name]), "\(unit.name)")
        }
        try check(evaluation.region, Self.region, "region")
        #expect(evaluation.region.result?.grade.grade == "A")
        #expect(evaluation.coverage == SKMCoverage(inPeriod: 54, outsidePeriod: 0, undated: 0))
        // Respondent 19 answered on 2024-11-09, the others in December: one month holds 53.
        let december = try await importAndEvaluate(mppYAML, period: "2024-12").evaluation
        #expect(december.coverage == SKMCoverage(inPeriod: 53, outsidePeriod: 1, undated: 0))
    }

    @Test("the respondents' profile is counted per agency from the respondents file")
    func profile() async throws {
        let (_, evaluation) = try await importAndEvaluate(mppYAML, period: "2024-Q4")
        let region = try #require(evaluation.profile)
        #expect(region.respondents == 54)
        #expect(region.genders == [.init(value: "Laki-laki", count: 30), .init(value: "Perempuan", count: 24)])
        #expect(region.educations.map(\.value) == ["S1", "S2 Keatas", "SMA", "SD Kebawah", "SMP"])
        #expect(region.educations.map(\.count) == [19, 12, 11, 7, 5])
        #expect(region.occupations.map(\.count) == [15, 11, 10, 10, 8])
        // No age column: every respondent's age is not stated.
        #expect(region.notStated.age == 54 && region.notStated.gender == 0)
        let samsat = try #require(evaluation.units.first { $0.name == "SAMSAT" }?.profile)
        #expect(samsat.genders == [.init(value: "Laki-laki", count: 5)])
    }
}

/// contohprogramweb/survey_kepuasan_masyarakat: answers in `jawaban_long.csv` with the unit on
/// every row and the element as `unsur_code`; the app's own wide export of the same answers
/// (with the profile) in `responses_wide.csv`; its index per unit in `rekap_ikm_claimed.csv`;
/// units by id in `unit_layanan.csv`. No answer is dated (the period is an id), so every
/// response counts as undated.
private let contohYAML = """
    layout: long
    path: contohprogramweb-ikm/jawaban_long.csv
    columns: {respondent: id_responden, question: unsur_code, answer: nilai, unit: id_unit}
    # The app's codes follow the regulation (kuesioner_unsur.csv: U8 Penanganan Pengaduan, U9 Sarana).
    elements: {U1: U1, U2: U2, U3: U3, U4: U4, U5: U5, U6: U6, U7: U7, U8: U8, U9: U9}
    respondents:
      path: contohprogramweb-ikm/responses_wide.csv
      columns: {respondent: id_responden, gender: jenis_kelamin, age: usia, education: pendidikan, occupation: pekerjaan}
    units: {"1": Dinas Kependudukan dan Pencatatan Sipil, "2": Dinas Kesehatan, "3": Dinas Pendidikan}
    """

@Suite("import.survey, long layout: the contohprogramweb export", .enabled(if: hasSKMReference))
struct ContohProgramWebLongTests {
    /// By hand from `jawaban_long.csv`, per unit id.
    fileprivate static let expected: [String: (id: String, figures: HandFigures)] = [
        "Dinas Kependudukan dan Pencatatan Sipil": ("1", HandFigures(
            respondents: 5, sums: [18, 18, 18, 19, 18, 19, 19, 18, 18], ikm: Rational(11, 3), score: Rational(275, 3))),
        "Dinas Kesehatan": ("2", HandFigures(
            respondents: 3, sums: [11, 11, 11, 11, 11, 11, 11, 12, 11], ikm: Rational(100, 27), score: Rational(2500, 27))),
        "Dinas Pendidikan": ("3", HandFigures(
            respondents: 2, sums: [7, 8, 7, 7, 8, 8, 7, 7, 8], ikm: Rational(67, 18), score: Rational(1675, 18))),
    ]

    @Test("90 answer rows, all accepted, make 10 undated responses; figures equal those computed by hand")
    func figures() async throws {
        let (imported, evaluation) = try await importAndEvaluate(contohYAML, period: "2024-Q1")
        let accounts = imported.all(ImportAccount.self)
        #expect(accounts.first { $0.records == "survey-answer-rows" }?.files.map(\.counts) == [[90, 90, 0]])
        #expect(accounts.first { $0.records == "survey-respondents" }?.files.map(\.counts) == [[10, 10, 0]])
        #expect(evaluation.coverage == SKMCoverage(inPeriod: 10, outsidePeriod: 0, undated: 10))
        #expect(evaluation.units.count == 3)
        for unit in evaluation.units {
            try check(unit.summary, try #require(Self.expected[unit.name]).figures, "\(unit.name)")
        }
        // Region: Σ sums 332 over 10 × 9 answers.
        try check(evaluation.region, HandFigures(
            respondents: 10, sums: [36, 37, 36, 37, 37, 38, 37, 37, 37], ikm: Rational(166, 45), score: Rational(830, 9)), "region")
    }

    /// `rekap_ikm_claimed.csv` claims, per unit: respondents 5, 3, 2; `nilai_ikm_mentah` 3.67,
    /// 3.70, 3.72; `nilai_ikm_final` 91.67, 92.59, 93.06; grade A. These agree with the exact
    /// figures once rounded: `mentah` is the IKM rounded to two places, and `final` is the exact
    /// score rounded (not `mentah` × 25, which would give 91.75, 92.50 and 93.00). The app's
    /// weights are 1.00 per element (`kuesioner_unsur.csv`), i.e. a plain mean: exactly 1/9.
    @Test("the app's own figures agree with the exact ones once rounded to two places")
    func claimedFigures() async throws {
        let (_, evaluation) = try await importAndEvaluate(contohYAML, period: "2024-Q1")
        let claimed = parseCSV(try String(contentsOfFile: skmReference + "/contohprogramweb-ikm/rekap_ikm_claimed.csv", encoding: .utf8))
        #expect(claimed.first == ["id_unit", "id_periode", "jumlah_responden", "nilai_ikm_mentah", "nilai_ikm_final", "mutu_layanan"])
        let scheme = evaluation.scheme
        for row in claimed.dropFirst() where row.count == 6 {
            let unit = try #require(evaluation.units.first { Self.expected[$0.name]?.id == row[0] }, "unit \(row[0])")
            let result = try #require(unit.summary.result)
            #expect(String(result.respondents) == row[2])
            #expect(Self.twoPlaces(scheme.displayedIKM(result.ikm, places: 2)) == row[3])
            #expect(Self.twoPlaces(scheme.displayedScore(result.score, places: 2)) == row[4])
            #expect(result.grade.grade == row[5])
            // Not the score of the rounded index.
            #expect(Self.twoPlaces((scheme.displayedIKM(result.ikm, places: 2) * Rational(25)).rounded(toPlaces: 2)) != row[4])
        }
    }

    @Test("the long export and the app's own wide export of the same answers give the same tallies and profiles")
    func sameAsWide() async throws {
        let long = try await importAndEvaluate(contohYAML, period: "2024-Q1").evaluation
        let wideYAML = """
            path: contohprogramweb-ikm/responses_wide.csv
            columns: {unit: id_unit, respondent: id_responden, gender: jenis_kelamin, age: usia, education: pendidikan, occupation: pekerjaan, U1: U1, U2: U2, U3: U3, U4: U4, U5: U5, U6: U6, U7: U7, U8: U8, U9: U9}
            """
        let wide = try await importAndEvaluate(wideYAML, period: "2024-Q1").evaluation
        #expect(wide.units.map(\.name) == ["1", "2", "3"])
        for unit in wide.units {
            let same = try #require(long.units.first { Self.expected[$0.name]?.id == unit.name })
            #expect(same.summary.tally == unit.summary.tally, "unit \(unit.name)")
            #expect(same.profile == unit.profile, "unit \(unit.name)")
        }
        #expect(long.region.tally == wide.region.tally)
        let profile = try #require(long.profile)
        // L and P are read as the questionnaire's words; ages 28–45 fall in three bands.
        #expect(profile.genders == [.init(value: "Laki-laki", count: 5), .init(value: "Perempuan", count: 5)])
        #expect(profile.ages.map(\.count) == [0, 2, 5, 3, 0, 0])
        #expect(profile.notStated == RespondentProfileSummary.NotStated())
    }

    private static func twoPlaces(_ value: Rational) -> String {
        let hundredths = (value * Rational(100)).rounded(toPlaces: 0).numerator
        return "\(hundredths / 100).\(String(format: "%02d", hundredths % 100))"
    }
}
