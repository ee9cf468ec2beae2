import Foundation
import Testing
@testable import PantauStages

/// Every record's fields as text.
private func records(_ table: CSVTable) -> [[String]] {
    (0..<table.recordCount).map { record in (0..<table.fieldCount(ofRecord: record)).map { table.text(record: record, field: $0) } }
}

private func table(_ text: String, delimiter: UInt8? = nil) -> CSVTable {
    CSVTable(data: Array(text.utf8), delimiter: delimiter)
}

@Suite("CSVTable: RFC 4180 reading")
struct CSVTableTests {
    @Test("quoted fields keep commas, doubled quotes and line breaks")
    func quotedFields() {
        let csv = table("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,\"\",\"\"\"\"\"\"\n")
        #expect(records(csv) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["plain", "", "\"\""]])
        #expect(csv.encoding == .utf8)
    }

    @Test("a line break inside quotes makes one record over two physical lines")
    func physicalLines() {
        let csv = table("h1,h2\n1,\"first\nsecond\"\n2,x\n3,\"a\r\nb\r\nc\"\n4,y\n")
        #expect(csv.recordCount == 5)
        #expect((0..<5).map(csv.line(ofRecord:)) == [1, 2, 4, 5, 8])
        #expect(csv.text(record: 3, field: 1) == "a\r\nb\r\nc")
        #expect(csv.text(record: 4, field: 0) == "4")
    }

    @Test("CRLF, LF and lone CR all end a record", arguments: ["\r\n", "\n", "\r"])
    func lineEnds(_ end: String) {
        let csv = table(["a,b", "1,2", "3,4"].joined(separator: end) + end)
        #expect(records(csv) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect((0..<3).map(csv.line(ofRecord:)) == [1, 2, 3])
    }

    @Test("a line break inside quotes counts as a physical line with every line end", arguments: ["\r\n", "\n", "\r"])
    func physicalLinesEveryLineEnd(_ end: String) {
        let csv = table(["h1,h2", "1,\"first", "second\"", "2,x"].joined(separator: end) + end)
        #expect(csv.recordCount == 3)
        #expect(csv.text(record: 1, field: 1) == "first" + end + "second")
        #expect((0..<3).map(csv.line(ofRecord:)) == [1, 2, 4])
    }

    @Test("the delimiter is detected from the header line alone, whatever ends it", arguments: ["\r\n", "\n", "\r"])
    func delimiterFromHeaderOnly(_ end: String) {
        // Decimal commas in the data must not outvote the header's semicolons.
        let csv = table(["a;b", "1,5;2,5", "3,5;4,5", "5,5;6,5"].joined(separator: end) + end)
        #expect(csv.delimiter == UInt8(ascii: ";"))
    }

    @Test("no final newline: the last record is complete")
    func noFinalNewline() {
        let csv = table("a,b\n1,2")
        #expect(records(csv) == [["a", "b"], ["1", "2"]])
        let quoted = table("a,b\n1,\"2\"")
        #expect(records(quoted) == [["a", "b"], ["1", "2"]])
    }

    @Test("a trailing delimiter adds an empty last field, with or without a newline")
    func trailingDelimiter() {
        #expect(records(table("a,b,\n1,2,\n")) == [["a", "b", ""], ["1", "2", ""]])
        #expect(records(table("a,b,\n1,2,")) == [["a", "b", ""], ["1", "2", ""]])
        #expect(table("a,b,\n1,2,").fieldCount(ofRecord: 1) == 3)
    }

    @Test("the delimiter is detected from the header line", arguments: [
        ("a;b;c\n1;2,5;3\n", UInt8(ascii: ";"), ["1", "2,5", "3"]),
        ("a\tb\tc\n1\t2;x\t3\n", UInt8(ascii: "\t"), ["1", "2;x", "3"]),
        ("a,b,c\n1,2;x,3\n", UInt8(ascii: ","), ["1", "2;x", "3"]),
        // Separators inside a quoted header name do not count.
        ("\"a;b;c;d\",e,f\n1,2,3\n", UInt8(ascii: ","), ["1", "2", "3"]),
    ])
    func delimiterDetection(_ text: String, _ delimiter: UInt8, _ second: [String]) {
        let csv = table(text)
        #expect(csv.delimiter == delimiter)
        #expect(records(csv)[1] == second)
    }

    @Test("a header without any separator is read as comma-separated; an explicit delimiter wins")
    func delimiterFallbackAndOverride() {
        #expect(table("single\nvalue\n").delimiter == UInt8(ascii: ","))
        let forced = table("a;b,c\n1;2,3\n", delimiter: UInt8(ascii: ","))
        #expect(records(forced) == [["a;b", "c"], ["1;2", "3"]])
    }

    @Test("a UTF-8 byte-order mark is skipped, so the first header is found by name")
    func byteOrderMark() {
        let csv = CSVTable(data: [0xEF, 0xBB, 0xBF] + Array("opd,u1\nDinas,3\n".utf8))
        #expect(csv.text(record: 0, field: 0) == "opd")
        #expect(ColumnMap(table: csv).index(of: "opd") == 0)
        #expect(csv.encoding == .utf8)
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252")
    func windows1252() {
        // "Café",“kutip” , €5 and a non-breaking space, as Excel saves them.
        let bytes: [UInt8] = Array("opd,saran\nCaf".utf8) + [0xE9] + Array(",".utf8) + [0x93] + Array("kutip".utf8) + [0x94]
            + Array(" ".utf8) + [0x80] + Array("5".utf8) + [0xA0] + Array("\n".utf8)
        let csv = CSVTable(data: bytes)
        #expect(csv.encoding == .windows1252)
        #expect(csv.text(record: 1, field: 0) == "Café")
        #expect(csv.text(record: 1, field: 1) == "\u{201C}kutip\u{201D} €5\u{00A0}")
        // Converted to UTF-8 once: the stored bytes are valid UTF-8 now.
        #expect(String(validating: csv.bytes, as: UTF8.self) != nil)
    }

    @Test("valid UTF-8 is never reinterpreted as Windows-1252")
    func utf8Stays() {
        let csv = table("opd\nDinas Sosial — é “x”\n")
        #expect(csv.encoding == .utf8)
        #expect(csv.text(record: 1, field: 0) == "Dinas Sosial — é “x”")
    }

    @Test("blank lines are blank records, which importers skip with rows still counted")
    func blankLines() {
        let csv = table("a,b\n1,2\n\n,\n3,4\n")
        #expect(csv.recordCount == 5)
        #expect(csv.isBlank(record: 2))
        #expect(csv.isBlank(record: 3))
        #expect(!csv.isBlank(record: 1))
        let data = (1..<csv.recordCount).filter { !csv.isBlank(record: $0) }.map { [$0, $0 + 1] }
        #expect(data == [[1, 2], [4, 5]])
        // A quoted empty field is not data either, but a quoted blank is.
        #expect(table("a\n\"\"\n").isBlank(record: 1))
        #expect(!table("a\n\" \"\n").isBlank(record: 1))
    }

    @Test("a file with only a header has no data records")
    func headerOnly() {
        #expect(table("a,b\n").recordCount == 1)
        #expect(table("").recordCount == 0)
    }

    @Test("a field past the end of a short record reads as empty")
    func missingField() {
        let csv = table("a,b,c\n1\n")
        #expect(csv.fieldCount(ofRecord: 1) == 1)
        #expect(csv.text(record: 1, field: 2) == "")
        #expect(csv.smallInteger(record: 1, field: 2) == nil)
    }

    @Test("text after a closing quote is kept out of the value")
    func textAfterClosingQuote() {
        let csv = table("a,b\n\"x\"junk,2\n")
        #expect(records(csv)[1] == ["x", "2"])
    }

    @Test("smallInteger reads answers straight from bytes", arguments: [
        ("3", 3), (" 3 ", 3), ("04", 4), ("\"2\"", 2), ("123456789", 123_456_789),
        ("3.5", nil), ("", nil), (" ", nil), ("12345678901", nil), ("1234567890", nil), ("-1", nil), ("+3", nil), ("3a", nil),
        ("a3", nil), ("3 4", nil),
    ] as [(String, Int?)])
    func smallInteger(_ field: String, _ value: Int?) {
        let csv = table("u1,x\n\(field),end\n")
        #expect(csv.smallInteger(record: 1, field: 0) == value)
    }

    @Test("the sample export: records, physical lines and the multi-line saran", arguments: samplePeriods)
    func sampleFile(_ periodID: String) throws {
        let expected = try #require(try ExpectedSKM.load(periodID).files.first { $0.period == periodID })
        let csv = try CSVTable(contentsOf: repositoryFile("samples/kabupaten-contoh/\(expected.file)"))
        #expect(csv.encoding == .utf8)
        #expect(csv.delimiter == UInt8(ascii: ","))
        #expect(csv.recordCount == expected.records_read + 1)
        // Records are numbered with the header as 1; `line(ofRecord:)` counts from 0 = header.
        for rejected in expected.rejected_records {
            #expect(csv.line(ofRecord: rejected.record - 1) == rejected.line, "record \(rejected.record)")
        }
        for multiline in expected.multiline_records {
            #expect(csv.line(ofRecord: multiline.record - 1) == multiline.lines.first)
            #expect(csv.line(ofRecord: multiline.record) == multiline.lines.last! + 1)
            let saran = csv.text(record: multiline.record - 1, field: 18)
            #expect(saran.contains("\n"))
        }
        #expect(csv.line(ofRecord: csv.recordCount - 1) == expected.physical_lines)
    }
}
