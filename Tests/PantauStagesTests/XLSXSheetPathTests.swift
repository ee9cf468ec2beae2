import Foundation
import PantauCore
import PantauYAML
import Testing
@testable import PantauStages

/// A pipeline names a sheet of a workbook with `#`: the file before it is checked, the sheet is read.
@Test("a path such as rekap.xlsx#Responden reads that sheet of the workbook")
func sheetNamedInThePath() async throws {
    let directory = try TemporaryDirectory()
    var fixture = XLSXFixture.typedIn([["opd", "layanan", "tgl_survei", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"],
        ["Dinas Sosial", "DTKS", "2026-01-05", "3", "3", "3", "3", "3", "3", "3", "3", "3"]], dateColumns: [2])
    fixture.sheets[0].name = "Responden"
    fixture.sheets.insert(.init(name: "Ringkasan", rows: ""), at: 0)
    try fixture.write(to: directory.file("rekap.xlsx"))
    let yaml = """
        path: "rekap.xlsx#Responden"
        columns: {unit: opd, service: layanan, date: tgl_survei, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
        """
    let stage = try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: directory.path))
    let imported = try await run(stage)
    #expect(try imported.one(SurveyResponses.self).count == 1)
    #expect(try imported.one(ImportAccount.self).files.map(\.file) == ["rekap.xlsx#Responden"])
    let bad = yaml.replacingOccurrences(of: "#Responden", with: "#Respondn")
    let problems = try initProblems(ImportSurvey.self, bad, baseDirectory: directory.path)
    #expect(problems.map(\.code) == ["input.unknown-sheet"])
}
