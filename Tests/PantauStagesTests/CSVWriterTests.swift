import Foundation
import Testing
@testable import PantauStages

@Suite("CSVWriter: quoting and formula neutralisation")
struct CSVWriterTests {
    @Test("fields are quoted per RFC 4180 only when needed", arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("semi;colon", "\"semi;colon\""),
        ("lone\rcr", "\"lone\rcr\""),
        ("Dinas Sosial — é", "Dinas Sosial — é"),
    ])
    func quoting(_ value: String, _ written: String) {
        #expect(CSVWriter.field(value) == written)
    }

    @Test("a field containing CRLF is quoted (CRLF is one Character in Swift)")
    func crlfInsideField() {
        // "\r\n" is a single grapheme, so a per-Character test for "\n" or "\r" misses it.
        #expect(CSVWriter.field("two\r\nlines") == "\"two\r\nlines\"")
    }

    @Test("a field a spreadsheet would run as a formula gets a leading apostrophe", arguments: [
        ("=1+1", "'=1+1"),
        ("+62 812", "'+62 812"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("a=b", "a=b"),
        ("1-2", "1-2"),
    ])
    func neutralisation(_ value: String, _ written: String) {
        #expect(CSVWriter.field(value) == written)
    }

    @Test("a hostile formula reads back as text starting with an apostrophe")
    func formulaRoundTrip() {
        var csv = CSVWriter(header: ["kolom", "nilai"])
        csv.append(["saran", "=HYPERLINK(\"http://x\",\"y\")"])
        let back = parseCSV(csv.text)
        #expect(back == [["kolom", "nilai"], ["saran", "'=HYPERLINK(\"http://x\",\"y\")"]])
        #expect(back[1][1].hasPrefix("'"))
    }

    @Test("the file has a byte-order mark and CRLF after every line, the last included")
    func fileLayout() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.append(["1", "x,y"])
        csv.append(["2", ""])
        #expect(csv.text == "\u{FEFF}a,b\r\n1,\"x,y\"\r\n2,\r\n")
        #expect(Array(csv.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test("what CSVWriter writes, CSVTable reads back unchanged")
    func roundTrip() {
        let rows = [["berkas", "nilai"], ["a.csv", "koma, \"kutip\"\nbaris baru"], ["b.csv", "Café ✓"]]
        var csv = CSVWriter(header: rows[0])
        for row in rows.dropFirst() { csv.append(row) }
        let table = CSVTable(data: Array(csv.text.utf8))
        let back = (0..<table.recordCount).map { r in (0..<table.fieldCount(ofRecord: r)).map { table.text(record: r, field: $0) } }
        #expect(back == rows)
    }
}
