import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
import ZIPFoundation
@testable import PantauStages

/// Writes a workbook into a scratch directory and returns it as the pipeline would name it.
private func workbook(_ fixture: XLSXFixture, in directory: TemporaryDirectory, name: String = "rekap.xlsx", sheet: String? = nil) throws -> InputFile {
    let path = try fixture.write(to: directory.file(name))
    let suffix = sheet.map { "#" + $0 } ?? ""
    return InputFile(path: path + suffix, displayName: name + suffix)
}

/// A sheet's records as its CSV text holds them: header first, blank rows as `[""]`.
private func records(_ fixture: XLSXFixture, sheet: String? = nil) throws -> [[String]] {
    let directory = try TemporaryDirectory()
    let file = try workbook(fixture, in: directory, sheet: sheet)
    let table = CSVTable(data: try SpreadsheetFile.csv(file), delimiter: UInt8(ascii: ","))
    return (0..<table.recordCount).map { record in (0..<table.fieldCount(ofRecord: record)).map { table.text(record: record, field: $0) } }
}

/// The diagnostic reading a workbook fails with.
private func readingError(_ file: InputFile) -> Diagnostic? {
    do {
        _ = try SpreadsheetFile.csv(file)
        return nil
    } catch {
        return error
    }
}

private func row(_ number: Int, _ cells: String...) -> String { #"<row r="\#(number)">"# + cells.joined() + "</row>" }
private func shared(_ reference: String, _ index: Int) -> String { #"<c r="\#(reference)" t="s"><v>\#(index)</v></c>"# }
private func number(_ reference: String, _ value: String, style: Int? = nil) -> String {
    #"<c r="\#(reference)"\#(style.map { #" s="\#($0)""# } ?? "")><v>\#(value)</v></c>"#
}
private func inline(_ reference: String, _ text: String) -> String { #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }

@Suite("Excel workbooks: cells")
struct XLSXCellTests {
    @Test("shared strings, rich text runs (phonetic guides left out), inline strings and Office escapes")
    func strings() throws {
        let fixture = XLSXFixture(
            rows: row(1, shared("A1", 0), shared("B1", 1), shared("C1", 2))
                + row(2, shared("A2", 3), #"<c r="B2" t="inlineStr"><is><r><t>Dinas </t></r><r><rPr><b/></rPr><t>Sosial</t></r></is></c>"#, inline("C2", "a &amp; b")),
            sharedStrings: [
                "<t>opd</t>", "<t>layanan</t>", "<t>catatan</t>",
                #"<r><t xml:space="preserve">RSUD </t></r><r><rPr><b/><sz val="11"/></rPr><t>Kota</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh>"#,
            ])
        #expect(try records(fixture) == [["opd", "layanan", "catatan"], ["RSUD Kota", "Dinas Sosial", "a & b"]])

        let escaped = XLSXFixture(rows: row(1, shared("A1", 0)), sharedStrings: ["<t>baris satu_x000D_\nbaris dua _x005F_x0041_</t>"])
        #expect(try records(escaped) == [["baris satu\r\nbaris dua _x0041_"]])
    }

    @Test("numbers read as written, without floating-point noise")
    func numbers() throws {
        let values = ["3", "1.5", "3.0", "1.50", "0.30000000000000004", "1E-3", "-2", "1234567.89", "3.20123456789012E+15", "12345678901234567890"]
        let cells = values.enumerated().map { number(XLSXFixture.columnName($0.offset) + "1", $0.element) }
        let fixture = XLSXFixture(rows: #"<row r="1">"# + cells.joined() + "</row>")
        #expect(try records(fixture) == [[
            "3", "1.5", "3", "1.5", "0.3", "0.001", "-2", "1234567.89", "3201234567890120", "12345678901234600000",
        ]])
    }

    @Test("booleans, errors, formula results and ISO dates written as text")
    func otherTypes() throws {
        let fixture = XLSXFixture(rows: row(
            1,
            #"<c r="A1" t="b"><v>1</v></c>"#, #"<c r="B1" t="b"><v>0</v></c>"#, #"<c r="C1" t="e"><v>#N/A</v></c>"#,
            #"<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>"#, #"<c r="E1" t="str"><f>A2&amp;"x"</f><v>Dinas x</v></c>"#,
            #"<c r="F1"><f>SUM(1,2)</f><v>3</v></c>"#, #"<c r="G1" t="d"><v>2026-01-01T08:30:00</v></c>"#,
            #"<c r="H1"><f>NOW()</f></c>"#, #"<c r="I1" s="0"/>"#, number("J1", "7")))
        #expect(try records(fixture) == [["TRUE", "FALSE", "#N/A", "#DIV/0!", "Dinas x", "3", "2026-01-01", "", "", "7"]])
    }

    @Test("numbers stored as text (t=\"s\" for \"3\", as many exports write them) read as the same text")
    func numbersAsStrings() throws {
        let fixture = XLSXFixture(rows: row(1, shared("A1", 0), shared("B1", 1)) + row(2, shared("A2", 2), shared("B2", 3)),
            sharedStrings: ["<t>u1</t>", "<t>u2</t>", "<t>3</t>", "<t> 4 </t>"])
        #expect(try records(fixture) == [["u1", "u2"], ["3", " 4 "]])
    }

    @Test("cell references place values when empty cells are omitted, in any order, and without references")
    func placement() throws {
        let fixture = XLSXFixture(rows: row(1, inline("A1", "a"), inline("B1", "b"), inline("C1", "c"), inline("D1", "d"))
            + row(2, number("D2", "4"), number("B2", "2"))
            + #"<row r="3"><c><v>1</v></c><c><v>2</v></c><c r="D3"><v>4</v></c></row>"#
            + #"<row><c r="c4"><v>3</v></c></row>"#)
        #expect(try records(fixture) == [["a", "b", "c", "d"], ["", "2", "", "4"], ["1", "2", "", "4"], ["", "", "3", ""]])
    }

    @Test("missing rows are blank records, so record n is still row n + 1")
    func missingRows() throws {
        let fixture = XLSXFixture(rows: row(1, inline("A1", "a"), inline("B1", "b")) + row(3, number("A3", "3")) + row(4)
            + row(6, inline("B6", "enam")))
        #expect(try records(fixture) == [["a", "b"], [""], ["3", ""], [""], [""], ["", "enam"]])
    }

    @Test("a sheet whose first row is row 3 has blank records before it")
    func leadingBlankRows() throws {
        #expect(try records(XLSXFixture(rows: row(3, inline("A3", "x")))) == [[""], [""], ["x"]])
    }

    @Test("every row has as many fields as the widest: a cell beside the table is one more column")
    func width() throws {
        let fixture = XLSXFixture(rows: row(1, inline("A1", "a"), inline("B1", "b")) + row(2, number("A2", "1"), inline("E2", "catatan")))
        #expect(try records(fixture) == [["a", "b", "", "", ""], ["1", "", "", "", "catatan"]])
    }

    @Test("commas, quotes and line breaks in cells survive the CSV text")
    func quoting() throws {
        let fixture = XLSXFixture(rows: row(1, inline("A1", "a, b"), inline("B1", "kata &quot;baik&quot;"), inline("C1", "satu\ndua"), inline("D1", "x")))
        #expect(try records(fixture) == [["a, b", "kata \"baik\"", "satu\ndua", "x"]])
    }

    @Test("a note of more line breaks than CSV reading allows keeps its row whole")
    func manyLineBreaks() throws {
        let note = Array(repeating: "baris", count: 150).joined(separator: "\n")
        let fixture = XLSXFixture(rows: row(1, inline("A1", "a"), inline("B1", "b")) + row(2, inline("A2", note), number("B2", "2")) + row(3, number("B3", "3")))
        let read = try records(fixture)
        #expect(read.count == 3)
        #expect(read[1][1] == "2")
        #expect(read[1][0].split(separator: "\n").count == 101)
        #expect(read[2] == ["", "3"])
    }
}

@Suite("Excel workbooks: dates")
struct XLSXDateTests {
    /// Numbers in column A of rows 1…, each shown with the cell style of its index in `styles`.
    private func read(_ values: [(String, Int)], formats: [Int], custom: [(Int, String)] = [], date1904: Bool = false) throws -> [String] {
        let rows = values.enumerated().map { row($0.offset + 1, number("A\($0.offset + 1)", $0.element.0, style: $0.element.1)) }.joined()
        var fixture = XLSXFixture(rows: rows, cellFormats: formats)
        fixture.numberFormats = custom
        fixture.date1904 = date1904
        return try records(fixture).map { $0[0] }
    }

    @Test("a date-formatted number reads as an ISO date: serial 46023 is 2026-01-01; a date-time loses its time")
    func builtInDates() throws {
        let read = try read(
            [("46023", 1), ("46023.75", 2), ("46023", 0), ("46053", 3), ("46023.999999", 1), ("46023.99999999999", 1)], formats: [0, 14, 22, 15])
        #expect(read == ["2026-01-01", "2026-01-01", "46023", "2026-01-31", "2026-01-01", "2026-01-02"])
    }

    @Test("custom formats with a day, month or year are dates; with hours and minutes only, times; others numbers")
    func customFormats() throws {
        let custom = [
            (164, "dd/mm/yyyy"), (165, #"[$-421]d\ mmmm\ yyyy;@"#), (166, "h:mm"), (167, "[h]:mm:ss"), (168, #"0.00" hari""#), (169, "mmm-yy"),
            (170, "yyyy-mm-dd hh:mm:ss"), (171, "#,##0"),
        ]
        let read = try read(
            [("46023", 1), ("46023", 2), ("0.75", 3), ("1.5", 4), ("46023", 5), ("46023", 6), ("46023.5", 7), ("46023", 8)],
            formats: [0, 164, 165, 166, 167, 168, 169, 170, 171], custom: custom)
        #expect(read == ["2026-01-01", "2026-01-01", "18:00:00", "36:00:00", "46023", "2026-01-01", "2026-01-01", "46023"])
    }

    @Test("the 1900 system's fake 1900-02-29 and its neighbours")
    func leapBug() throws {
        let read = try read([("1", 1), ("59", 1), ("60", 1), ("61", 1), ("0", 1), ("-1", 1)], formats: [0, 14])
        #expect(read == ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "1900-01-00", "-1"])
    }

    @Test("a workbook in the 1904 date system counts from 1904-01-01")
    func date1904() throws {
        let read = try read([("44561", 1), ("0", 1)], formats: [0, 14], date1904: true)
        #expect(read == ["2026-01-01", "1904-01-01"])
    }

    @Test("format codes are told apart as Excel reads them")
    func classification() {
        #expect(XLSXNumberFormat(code: "General") == .plain)
        #expect(XLSXNumberFormat(code: "0.00E+00") == .plain)
        #expect(XLSXNumberFormat(code: "@") == .plain)
        #expect(XLSXNumberFormat(code: #"[Red]#,##0;[Blue]-#,##0"#) == .plain)
        #expect(XLSXNumberFormat(code: #""Tanggal" 0"#) == .plain)
        #expect(XLSXNumberFormat(code: "d/m/yy") == .date)
        #expect(XLSXNumberFormat(code: "mmmm") == .date)
        #expect(XLSXNumberFormat(code: "mm") == .date)
        #expect(XLSXNumberFormat(code: "[$-F800]dddd, mmmm dd, yyyy") == .date)
        #expect(XLSXNumberFormat(code: "h:mm AM/PM") == .time(elapsed: false))
        #expect(XLSXNumberFormat(code: "mm:ss") == .time(elapsed: false))
        #expect(XLSXNumberFormat(code: "[mm]:ss") == .time(elapsed: true))
        #expect(XLSXNumberFormat(code: "[h]") == .time(elapsed: true))
        #expect(XLSXNumberFormat(builtIn: 14) == .date)
        #expect(XLSXNumberFormat(builtIn: 22) == .date)
        #expect(XLSXNumberFormat(builtIn: 20) == .time(elapsed: false))
        #expect(XLSXNumberFormat(builtIn: 46) == .time(elapsed: true))
        #expect(XLSXNumberFormat(builtIn: 2) == .plain)
        #expect(XLSXNumberFormat(builtIn: 49) == .plain)
    }
}

@Suite("Excel workbooks: sheets and damaged files")
struct XLSXWorkbookTests {
    private static let twoSheets = XLSXFixture(sheets: [
        .init(name: "Ringkasan", rows: row(1, inline("A1", "ringkasan"))),
        .init(name: "Responden", rows: row(1, inline("A1", "responden"))),
    ])

    @Test("the first sheet is read unless the path names another after #, compared without case")
    func sheetByName() throws {
        #expect(try records(Self.twoSheets) == [["ringkasan"]])
        #expect(try records(Self.twoSheets, sheet: "Responden") == [["responden"]])
        #expect(try records(Self.twoSheets, sheet: "responden") == [["responden"]])
    }

    @Test("a hidden first sheet is passed over for the first one Excel shows")
    func hiddenSheet() throws {
        var fixture = Self.twoSheets
        fixture.sheets[0].hidden = true
        #expect(try records(fixture) == [["responden"]])
    }

    @Test("an unknown sheet is one error naming the workbook, with the closest sheet suggested, in both languages")
    func unknownSheet() throws {
        let directory = try TemporaryDirectory()
        let file = try workbook(Self.twoSheets, in: directory, sheet: "Respondn")
        let error = try #require(readingError(file))
        #expect(error == .error(at: nil, StageMessage.unknownSheet(
            file: "rekap.xlsx", sheet: "Respondn", sheets: ["Ringkasan", "Responden"], suggestion: "Responden")))
        #expect(error.code == "input.unknown-sheet")
        #expect(error.message.text(.english) == "'rekap.xlsx' has no sheet 'Respondn'")
        #expect(error.message.hint(.english) == "did you mean 'Responden'? Sheets in the workbook: Ringkasan, Responden")
        #expect(error.message.text(.indonesian) == "'rekap.xlsx' tidak memiliki lembar 'Respondn'")
        #expect(error.message.hint(.indonesian) == "mungkin maksud Anda 'Responden'? Lembar dalam buku kerja: Ringkasan, Responden")
        // The header check at validation time says the same.
        #expect(throws: error) { try TableFile.header(of: file, delimiter: .auto) }
    }

    @Test("a workbook is chosen by its extension, without regard to case; .xlsm too")
    func extensions() throws {
        #expect(SpreadsheetFile.split("a/REKAP.XLSX")! == ("a/REKAP.XLSX", nil))
        #expect(SpreadsheetFile.split("rekap.xlsm")! == ("rekap.xlsm", nil))
        #expect(SpreadsheetFile.split("rekap.xlsx#Data Responden")! == ("rekap.xlsx", "Data Responden"))
        #expect(SpreadsheetFile.split("rekap.Xlsx#")! == ("rekap.Xlsx", nil))
        #expect(SpreadsheetFile.split("rekap.csv") == nil)
        #expect(SpreadsheetFile.split("rekap.xlsx.csv") == nil)
        let directory = try TemporaryDirectory()
        let file = try workbook(XLSXFixture(rows: row(1, inline("A1", "a"))), in: directory, name: "REKAP.XLSX")
        #expect(try TableFile.header(of: file, delimiter: .auto).headers == ["a"])
    }

    /// The error reading a file of these bytes named .xlsx gives, as a code and its English text.
    private func problem(bytes: [UInt8]) throws -> (code: String, text: String, hint: String?) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("rekap.xlsx", bytes: bytes)
        let error = try #require(readingError(InputFile(path: path, displayName: "rekap.xlsx")))
        // Every workbook problem is one error; the check at validation time gives the same.
        #expect(throws: error) { try TableFile.header(of: InputFile(path: path, displayName: "rekap.xlsx"), delimiter: .auto) }
        #expect(error.message.text(.indonesian).contains("'rekap.xlsx'"))
        return (error.code, error.message.text(.english), error.message.hint(.english))
    }

    private func bytes(_ fixture: XLSXFixture) throws -> [UInt8] {
        let directory = try TemporaryDirectory()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: try fixture.write(to: directory.file("x.xlsx")))))
    }

    @Test("a CSV or any other file named .xlsx is not taken for a workbook")
    func notAWorkbook() throws {
        let csv = try problem(bytes: Array("opd,layanan\nDinas Sosial,DTKS\n".utf8))
        #expect(csv.code == "input.workbook-not-xlsx")
        #expect(csv.text == "'rekap.xlsx' is named as an Excel workbook (.xlsx) but is not one")
        #expect(try problem(bytes: []).code == "input.workbook-not-xlsx")
    }

    @Test("an old .xls workbook and a password-protected workbook are told apart")
    func compoundFiles() throws {
        let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let filler = [UInt8](repeating: 0, count: 600)
        let xls = try problem(bytes: signature + filler + Array("Workbook".utf16).flatMap { [UInt8($0), 0] })
        #expect(xls.code == "input.workbook-legacy-xls")
        let encrypted = try problem(bytes: signature + filler + Array("EncryptedPackage".utf16).flatMap { [UInt8($0), 0] } + filler)
        #expect(encrypted.code == "input.workbook-encrypted")
        #expect(encrypted.text == "'rekap.xlsx' is protected with a password and cannot be read")
        #expect(encrypted.hint?.contains("Encrypt with Password") == true)
    }

    @Test("a truncated or damaged archive is one error naming the file")
    func damagedArchive() throws {
        let whole = try bytes(XLSXFixture(rows: row(1, inline("A1", "a"))))
        #expect(try problem(bytes: Array(whole.prefix(whole.count / 2))).code == "input.workbook-damaged")
        // The sheet's deflated bytes garbled: the checksum or the inflating fails.
        var garbled = whole
        let sheetName = Array("xl/worksheets/sheet1.xml".utf8)
        let at = try #require(garbled.firstRange(of: sheetName)).upperBound + 8
        for index in at..<(at + 40) { garbled[index] ^= 0x5A }
        let damaged = try problem(bytes: garbled)
        #expect(damaged.code == "input.workbook-damaged")
        #expect(damaged.text == "'rekap.xlsx' is damaged: it is not a readable .xlsx archive")
    }

    @Test("a missing part and a part that is not XML are named")
    func damagedParts() throws {
        var noWorkbook = XLSXFixture(rows: row(1, inline("A1", "a")))
        noWorkbook.replacedParts["xl/workbook.xml"] = .some(nil)
        let missing = try problem(bytes: try bytes(noWorkbook))
        #expect(missing.code == "input.workbook-part-missing")
        #expect(missing.text == "'rekap.xlsx' is damaged: its part 'xl/workbook.xml' is missing")

        var badSheet = XLSXFixture(rows: row(1, inline("A1", "a")))
        badSheet.replacedParts["xl/worksheets/sheet1.xml"] = "<worksheet>\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</c></row>\n</sheetData></worksheet>"
        let invalid = try problem(bytes: try bytes(badSheet))
        #expect(invalid.code == "input.workbook-part-invalid")
        #expect(invalid.text == "'rekap.xlsx' is damaged: its part 'xl/worksheets/sheet1.xml' is not well-formed XML (line 3)")

        let noStrings = XLSXFixture(rows: row(1, shared("A1", 0)))
        #expect(try problem(bytes: try bytes(noStrings)).text == "'rekap.xlsx' is damaged: its part 'xl/sharedStrings.xml' is missing")
        let outOfRange = XLSXFixture(rows: row(1, shared("A1", 5)), sharedStrings: ["<t>a</t>"])
        #expect(try problem(bytes: try bytes(outOfRange)).code == "input.workbook-damaged")
    }

    @Test("a file that cannot be opened is the usual unreadable-file error")
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        let error = try #require(readingError(InputFile(path: directory.file("hilang.xlsx"), displayName: "hilang.xlsx")))
        #expect(error.code == "input.file-unreadable")
        #expect(error.message.text(.english).hasPrefix("cannot read 'hilang.xlsx': "))
    }

    @Test("the header check reads the first row only, even of a sheet longer than one inflated chunk")
    func headerOfLongSheet() throws {
        var rows = row(1, inline("A1", "opd"), inline("B1", "u1"))
        for r in 2...4000 { rows += row(r, inline("A\(r)", "Dinas Sosial \(r)"), number("B\(r)", "3")) }
        let directory = try TemporaryDirectory()
        let file = try workbook(XLSXFixture(rows: rows), in: directory)
        #expect(try TableFile.header(of: file, delimiter: .auto).headers == ["opd", "u1"])
        let read = try XLSXWorkbook(path: file.path)
        var seen: [Int] = []
        try read.rows(of: read.sheets[0], firstRowOnly: true) { number, _ in
            seen.append(number)
            return false
        }
        #expect(seen == [1])
        // An empty sheet has no header row; a sheet whose row 1 is empty has an empty one.
        let empty = try workbook(XLSXFixture(rows: ""), in: directory, name: "kosong.xlsx")
        #expect(throws: Diagnostic.error(at: nil, StageMessage.fileEmpty(file: "kosong.xlsx"))) { try TableFile.header(of: empty, delimiter: .auto) }
        let late = try workbook(XLSXFixture(rows: row(2, inline("A2", "opd"))), in: directory, name: "telat.xlsx")
        #expect(try TableFile.header(of: late, delimiter: .auto).headers == [""])
    }
}
