import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// A small survey export with the sample's header: good rows, and one of each common fault.
private let surveyHeader = [
    "no", "tgl_survei", "jam_survei", "opd", "layanan", "jenis_kelamin", "usia", "pendidikan", "pekerjaan",
    "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "saran",
]

private let surveyRows: [[String]] = [
    ["1", "2026-01-05", "08:00", "Dinas Sosial", "DTKS", "L", "30", "SMA", "PNS", "3", "3", "3", "3", "3", "3", "3", "4", "2", ""],
    ["2", "2026-01-06", "08:10", "Dinas Sosial", "DTKS", "P", "41", "S1", "Swasta", "3", "3", "9", "3", "3", "3", "3", "3", "3", "Antrean, lama"],
    ["3", "05/02/2026", "09:00", "RSUD Kota", "Rawat Jalan", "P", "25", "D3", "Wiraswasta", "4", "4", "4", "4", "Lumayan", "4", "4", "4", "4", "Petugas \"ramah\""],
    ["4", "2026-02-30", "09:30", "RSUD Kota", "Rawat Jalan", "L", "52", "SD", "Petani", "2", "3", "3", "3", "3", "3", "3", "3", "3", ""],
    ["5", "2026-03-01", "10:00", "", "Rawat Jalan", "L", "33", "SMA", "PNS", "3", "3", "3", "3", "3", "3", "3", "3", "3", ""],
    ["6", "12 Januari 2026", "10:30", "Dinas Sosial", "KIS", "P", "29", "S2", "PNS", "3.5", "4", "4", "4", "4", "4", "4", "4", "4", ""],
    ["7", "2026-03-15", "11:00", "Dinas Kependudukan", "KTP-el", "L", "60", "SMP", "Pensiunan", "1", "2", "3", "4", "1", "2", "3", "4", "1",
     "baris satu\nbaris dua"],
    ["8", "2026-04-01", "11:30", "Dinas Kependudukan", "KTP-el", "P", "19", "SMA", "Pelajar", "4", "3", "2", "1", "4", "3", "2", "1", "", ""],
]

/// The spreadsheet row (header = 1) before which the exports have an empty row.
private let blankRow = 8

private func csvText(_ table: [[String]], blankBefore: Int) -> String {
    var lines = table.map { record in
        record.map { field in
            field.contains(where: { ",\"\n".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
    lines.insert("", at: blankBefore - 1)
    return lines.joined(separator: "\n") + "\n"
}

private struct RejectLine: Equatable {
    var row: Int
    var field: String
    var value: String
    var reason: String
    var code: String
}

/// The rejects file's lines without the file name, and the line column on its own.
private func rejectLines(_ text: String) -> (rows: [RejectLine], lines: [String]) {
    let records = parseCSV(text).dropFirst()
    return (records.map { RejectLine(row: Int($0[1]) ?? -1, field: $0[3], value: $0[4], reason: $0[5], code: $0[6]) }, records.map { $0[2] })
}

private func importer(path: String, in directory: TemporaryDirectory, population: String? = nil) throws -> ImportSurvey {
    let yaml = """
        path: \(path)
        columns: {unit: opd, service: layanan, date: tgl_survei, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
        \(population.map { "population: \($0)" } ?? "")
        """
    return try ImportSurvey(configuration: configuration(ImportSurvey.self, yaml, stageID: "skm", baseDirectory: directory.path))
}

@Suite("import.survey on Excel workbooks")
struct XLSXImportSurveyTests {
    @Test("an .xlsx version of a survey gives the same responses, accounts and rejects as its CSV version")
    func sameAsCSV() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("skm.csv", csvText([surveyHeader] + surveyRows, blankBefore: blankRow))
        try XLSXFixture.typedIn([surveyHeader] + surveyRows, dateColumns: [1], blankRows: [blankRow]).write(to: directory.file("skm.xlsx"))
        let populations = [["opd", "periode", "jumlah_pengguna"], ["Dinas Sosial", "2026-S1", "1250"], ["RSUD Kota", "2026-S1", "980"], ["", "2026-S1", "9"]]
        try directory.write("populasi.csv", csvText(populations, blankBefore: 3))
        try XLSXFixture.typedIn(populations, blankRows: [3]).write(to: directory.file("populasi.xlsx"))

        let fromCSV = try await run(try importer(path: "skm.csv", in: directory, population: "populasi.csv"))
        let fromXLSX = try await run(try importer(path: "skm.xlsx", in: directory, population: "populasi.xlsx"))

        let csvResponses = try fromCSV.one(SurveyResponses.self), xlsxResponses = try fromXLSX.one(SurveyResponses.self)
        #expect(csvResponses.count == 2)
        #expect(xlsxResponses.count == csvResponses.count)
        for index in 0..<min(csvResponses.count, xlsxResponses.count) {
            let a = csvResponses[index], b = xlsxResponses[index]
            #expect(a.unit == b.unit)
            #expect(a.service == b.service)
            #expect(a.date == b.date)
            #expect(a.answers == b.answers)
            #expect(a.source.row == b.source.row)
            #expect(b.source.file.hasSuffix("skm.xlsx"))
        }
        #expect(xlsxResponses.count == 2 && xlsxResponses[1].date == CalendarDate(year: 2026, month: 3, day: 15))
        #expect(xlsxResponses.count == 2 && xlsxResponses[1].source.row == 9)
        #expect(try fromCSV.one(ServicePopulations.self).items.map(\.users) == [1250, 980])
        #expect(try fromXLSX.one(ServicePopulations.self).items.map(\.users) == [1250, 980])

        let csvAccounts = fromCSV.all(ImportAccount.self), xlsxAccounts = fromXLSX.all(ImportAccount.self)
        #expect(csvAccounts.flatMap { $0.files.map(\.counts) } == [[8, 2, 6], [3, 2, 1]])
        #expect(xlsxAccounts.flatMap { $0.files.map(\.counts) } == csvAccounts.flatMap { $0.files.map(\.counts) })
        #expect(xlsxAccounts.flatMap { $0.files.map(\.file) } == ["skm.xlsx", "populasi.xlsx"])

        let csvRejects = rejectLines(try fromCSV.text("rejects-skm.csv"))
        let xlsxRejects = rejectLines(try fromXLSX.text("rejects-skm.csv"))
        #expect(xlsxRejects.rows == csvRejects.rows)
        // Responses first (row 8 is the empty one), then the population file's.
        #expect(csvRejects.rows.map(\.row) == [3, 4, 5, 6, 7, 10, 5])
        #expect(csvRejects.rows.map(\.code) == [
            "record.answer-out-of-range", "record.answer-not-integer", "record.invalid-date", "record.value-missing",
            "record.answer-not-integer", "record.value-missing", "record.value-missing",
        ])
        #expect(csvRejects.rows.map(\.value) == ["9", "Lumayan", "2026-02-30", "", "3.5", "", ""])
        // A workbook has rows but no text lines: its rejects leave the line empty.
        #expect(xlsxRejects.lines.allSatisfy { $0.isEmpty })
        #expect(csvRejects.lines.allSatisfy { !$0.isEmpty })
    }

    @Test("answers and dates stored as text, as many exports write numbers, read as answers")
    func numbersStoredAsText() async throws {
        let directory = try TemporaryDirectory()
        try XLSXFixture.typedIn([surveyHeader] + surveyRows, numbersAsText: true).write(to: directory.file("skm.xlsx"))
        let imported = try await run(try importer(path: "skm.xlsx", in: directory))
        let responses = try imported.one(SurveyResponses.self)
        #expect(responses.count == 2)
        #expect(responses[0].answers == [3, 3, 3, 3, 3, 3, 3, 2, 4])
        #expect(responses[0].date == CalendarDate(year: 2026, month: 1, day: 5))
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[8, 2, 6]])
    }

    @Test("a reject names the row Excel shows, after empty rows and rows Excel left out")
    func rowNumbers() async throws {
        let directory = try TemporaryDirectory()
        let bad = surveyRows[1]
        try XLSXFixture.typedIn([surveyHeader, surveyRows[0], bad], blankRows: [2, 3, 4, 5, 6]).write(to: directory.file("skm.xlsx"))
        let imported = try await run(try importer(path: "skm.xlsx", in: directory))
        #expect(try imported.one(ImportAccount.self).files.map(\.counts) == [[2, 1, 1]])
        let rejects = rejectLines(try imported.text("rejects-skm.csv"))
        #expect(rejects.rows.map(\.row) == [8])
        #expect(try imported.one(SurveyResponses.self)[0].source.row == 7)
    }

    @Test("a misspelt column in a workbook is found when the stage is configured, naming the workbook")
    func columnMissing() throws {
        let directory = try TemporaryDirectory()
        var header = surveyHeader
        header[1] = "tgl_survey"
        try XLSXFixture.typedIn([header] + surveyRows).write(to: directory.file("skm.xlsx"))
        let yaml = """
            path: skm.xlsx
            columns: {unit: opd, service: layanan, date: tgl_survei, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            """
        let problems = try initProblems(ImportSurvey.self, yaml, baseDirectory: directory.path)
        #expect(problems == [
            .error(
                at: SourceLocation(file: "skm.xlsx", line: 1, column: 1),
                StageMessage.columnMissing(column: "tgl_survei", file: "skm.xlsx", found: header, suggestion: "tgl_survey")),
        ])
    }

    @Test("a damaged workbook is reported when the stage is configured, at the path")
    func damagedAtConfiguration() throws {
        let directory = try TemporaryDirectory()
        try directory.write("skm.xlsx", csvText([surveyHeader] + surveyRows, blankBefore: 2))
        let yaml = """
            path: skm.xlsx
            columns: {unit: opd, service: layanan, date: tgl_survei, U1: u1, U2: u2, U3: u3, U4: u4, U5: u5, U6: u6, U7: u7, U8: u9, U9: u8}
            """
        let problems = try initProblems(ImportSurvey.self, yaml, baseDirectory: directory.path)
        #expect(problems == [.error(at: at(1, 7), StageMessage.workbookNotXLSX(file: "skm.xlsx"))])
    }

    @Test("the reading loop reads the sheet named after # in the path")
    func namedSheet() throws {
        let directory = try TemporaryDirectory()
        let summary = XLSXFixture.Sheet(name: "Ringkasan", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>total</t></is></c></row>"#)
        var fixture = XLSXFixture.typedIn([surveyHeader] + surveyRows)
        fixture.sheets[0].name = "Responden"
        fixture.sheets.insert(summary, at: 0)
        let path = try fixture.write(to: directory.file("rekap.xlsx"))
        let file = InputFile(path: path + "#Responden", displayName: "rekap.xlsx#Responden")
        var log = RejectLog()
        var units: [String] = []
        try TableImport.read(file, columns: ["opd", "u1"], delimiter: .auto, log: &log) { row, _ in units.append(row.text(0)) }
        #expect(units == surveyRows.map { $0[3] })
        #expect(log.files.map(\.file) == ["rekap.xlsx#Responden"])
        #expect(try TableFile.header(of: file, delimiter: .auto).headers == surveyHeader)
    }
}
