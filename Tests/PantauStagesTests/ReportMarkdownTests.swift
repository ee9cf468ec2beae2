import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

/// The rows of the Markdown table that follows a heading, header and separator left out, cells split on unescaped `|`.
func tableRows(in markdown: String, after heading: String) throws -> [[String]] {
    // Any line end a Markdown renderer honours ends a table row, CRLF included (one Character in Swift).
    let lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
    let start = try #require(lines.firstIndex(of: heading), "no heading \(heading)")
    let table = lines[(start + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
    return table.dropFirst(2).map(cells)
}

/// The cells of one table line, split on `|` not escaped by a backslash.
func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var escaped = false
    for character in line.dropFirst().dropLast() {
        if escaped {
            current.append(character)
            escaped = false
        } else if character == "\\" {
            current.append(character)
            escaped = true
        } else if character == "|" {
            cells.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
        } else {
            current.append(character)
        }
    }
    cells.append(current.trimmingCharacters(in: .whitespaces))
    return cells
}

/// The Markdown report of the samples for a period.
private func sampleReport(_ periodID: String, language: Language = .indonesian, afresh: Bool = false) async throws -> (
    text: String, account: ImportAccount
) {
    let (evaluation, account) = try await afresh ? evaluateSamplesAfresh(period: periodID) : evaluateSamples(period: periodID)
    let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, "file: laporan-skm.md"))
    let report = try await run(stage, inputs: [evaluation, account], period: period(periodID), language: language)
    #expect(report.written == ["laporan-skm.md"])
    return (try report.text("laporan-skm.md"), account)
}

@Suite("report.markdown")
struct ReportMarkdownTests {
    @Test("the title names the period, in either language", arguments: [
        (Language.indonesian, "2026-S1", "# Laporan Survei Kepuasan Masyarakat — Semester I 2026"),
        (.english, "2026-S1", "# Community Satisfaction Survey Report — First half 2026"),
        (.indonesian, "2025-S2", "# Laporan Survei Kepuasan Masyarakat — Semester II 2025"),
    ])
    func title(_ language: Language, _ periodID: String, _ title: String) async throws {
        let text = try await sampleReport(periodID, language: language).text
        #expect(text.components(separatedBy: "\n").first == title)
        #expect(text.hasSuffix("\n"))
    }

    @Test("agencies are ranked best first with their scores and grades", arguments: samplePeriods)
    func ranking(_ periodID: String) async throws {
        let expected = try ExpectedSKM.load(periodID)
        let rows = try tableRows(in: await sampleReport(periodID).text, after: "## Hasil per perangkat daerah")
        let best = expected.agencies.sorted { fraction($0.score)! > fraction($1.score)! }
        #expect(rows.map { $0[1] } == best.map(\.opd))
        #expect(rows.map { $0[0] } == (1...expected.agencies.count).map(String.init))
        for (row, agency) in zip(rows, best) {
            #expect(row[2] == NumberStyle(language: .indonesian).integer(agency.respondents))
            #expect(row[4] == agency.score_rounded.replacingOccurrences(of: ".", with: ","), "\(agency.opd)")
            #expect(row[5] == agency.grade, "\(agency.opd)")
            #expect(row[6] == agency.kinerja, "\(agency.opd)")
            #expect(row[7] == (agency.sample.sufficient ? "cukup (≥ \(agency.sample.minimum))" : "**KURANG** (< \(agency.sample.minimum))"))
        }
    }

    @Test("Dinas Sosial shows 65,00 and grade C")
    func exactThreshold() async throws {
        let rows = try tableRows(in: await sampleReport("2026-S1").text, after: "## Hasil per perangkat daerah")
        let row = try #require(rows.first { $0[1] == "Dinas Sosial" })
        #expect(row[3] == "2,6000")
        #expect(row[4] == "65,00")
        #expect(row[5] == "C")
    }

    @Test("equal scores share a rank, and the next rank skips")
    func tiedRanks() async throws {
        let evaluation = madeUpEvaluation([
            ("Dinas C", "L", Array(repeating: 3, count: 9), 2), ("Dinas B", "L", Array(repeating: 4, count: 9), 1),
            ("Dinas A", "L", Array(repeating: 4, count: 9), 3), ("Dinas D", "L", Array(repeating: 1, count: 9), 1),
        ])
        let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil))
        let text = try await run(stage, inputs: [evaluation]).text("laporan-skm.md")
        let rows = try tableRows(in: text, after: "## Hasil per perangkat daerah")
        #expect(rows.map { [$0[0], $0[1], $0[4], $0[5]] } == [
            ["1", "Dinas A", "100,00", "A"], ["1", "Dinas B", "100,00", "A"], ["3", "Dinas C", "75,00", "C"], ["4", "Dinas D", "25,00", "D"],
        ])
    }

    @Test("the summary uses Indonesian number style")
    func indonesianNumbers() async throws {
        let text = try await sampleReport("2026-S1").text
        let summary = try tableRows(in: text, after: "## Ringkasan")
        #expect(summary[0] == ["Responden", "1.645"])
        #expect(summary[1] == ["IKM", "3,1678"])
        #expect(summary[2] == ["Nilai SKM", "**79,20**"])
        #expect(summary[3] == ["Mutu", "**B** (Baik)"])
        #expect(summary[4][1].hasPrefix("U3 Waktu Penyelesaian (2,79)"))
        #expect(text.contains("(1 Januari 2026 – 30 Juni 2026)"))
        #expect(text.contains("15 Juli 2026"))
    }

    @Test("language: english gives English words and number style")
    func englishNumbers() async throws {
        let text = try await sampleReport("2026-S1", language: .english).text
        let summary = try tableRows(in: text, after: "## Summary")
        #expect(summary[0] == ["Respondents", "1,645"])
        #expect(summary[2] == ["SKM score", "**79.20**"])
        #expect(summary[3] == ["Grade", "**B** (Good)"])
        let rows = try tableRows(in: text, after: "## Results per agency")
        #expect(rows.first { $0[1] == "Dinas Sosial" }?[7] == "**TOO FEW** (< 278)")
        #expect(rows.first { $0[1] == "Kecamatan Sukamaju" }?[7] == "sufficient (≥ 60)")
        let quality = try tableRows(in: text, after: "## Data quality")
        #expect(quality.last == ["**Total**", "3,469", "3,449", "20", "✓"])
        #expect(!text.contains("Laporan"))
    }

    @Test("the data-quality table reconciles every file and names the rejects file", arguments: samplePeriods)
    func dataQuality(_ periodID: String) async throws {
        let (text, account) = try await sampleReport(periodID)
        let rows = try tableRows(in: text, after: "## Kualitas data")
        #expect(rows.map { $0[0] } == account.files.map(\.file) + ["**Jumlah**"])
        #expect(text.contains("\n### Tahap `skm`: jawaban survei\n"))
        let files = try ExpectedSKM.load(periodID).files
        for file in files {
            let row = try #require(rows.first { $0[0].hasSuffix(file.file) })
            let style = NumberStyle(language: .indonesian)
            #expect(Array(row[1...]) == [style.integer(file.records_read), style.integer(file.accepted), style.integer(file.rejected), "✓"])
        }
        #expect(rows.last == ["**Jumlah**", "3.469", "3.449", "20", "✓"])
        #expect(text.contains("\nBerkas penolakan: `rejects-skm.csv`\n"))
        #expect(text.contains("\n- `record.invalid-date`: 4\n"))
        let (inPeriod, outside) = periodID == "2026-S1" ? ("1.645", "1.804") : ("1.804", "1.645")
        #expect(text.contains("\n- Jawaban dalam periode yang dievaluasi: \(inPeriod)\n"))
        #expect(text.contains("\n- Jawaban sah di luar periode (tidak dievaluasi di laporan ini): \(outside)\n"))
    }

    @Test("the element table is in regulation order with each element's own name")
    func elementTable() async throws {
        let rows = try tableRows(in: await sampleReport("2026-S1").text, after: "## Nilai per unsur (seluruh daerah)")
        #expect(rows.map { $0[0] } == (1...9).map { "U\($0)" })
        #expect(rows[7][1] == "Penanganan Pengaduan, Saran dan Masukan")
        #expect(rows[8][1] == "Sarana dan Prasarana")
        // Region 2026-S1: U8 = 4812/1645, U9 = 4905/1645.
        #expect(rows[7][2] == "2,9252")
        #expect(rows[8][2] == "2,9818")
    }

    @Test("unit and service names with Markdown or HTML are escaped")
    func escaping() async throws {
        let hostile = "<script>alert(1)</script> | *tebal* [x](http://y) _m_ `k` ~s~ & \\"
        let evaluation = madeUpEvaluation([(hostile, "Layanan | <b>x</b>", Array(repeating: 3, count: 9), 2)])
        let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil))
        let text = try await run(stage, inputs: [evaluation], pipelineName: "Pipa *x*").text("laporan-skm.md")
        #expect(!text.contains("<script>"))
        #expect(!text.contains("<b>"))
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*tebal\\* \\[x\\](http://y) \\_m\\_ \\`k\\` \\~s\\~ &amp; \\\\"
        let rows = try tableRows(in: text, after: "## Hasil per perangkat daerah")
        #expect(rows.count == 1)
        #expect(rows.first?.count == 8)
        #expect(rows.first?[1] == escaped)
        #expect(text.contains("\n### \(escaped)\n"))
        let services = text.components(separatedBy: "\n").filter { $0.hasPrefix("| Layanan \\| &lt;b&gt;x&lt;/b&gt; |") }
        #expect(services.count == 1)
        #expect(text.contains("**Pipeline**: Pipa \\*x\\*"))
    }

    @Test("a line break in a name does not break the table", arguments: ["Dinas\nSosial", "Dinas\r\nSosial", "Dinas\rSosial"])
    func lineBreaksInNames(_ name: String) async throws {
        #expect(MarkdownText.escape(name) == "Dinas Sosial")
        let evaluation = madeUpEvaluation([(name, "L", Array(repeating: 3, count: 9), 1)])
        let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil))
        let text = try await run(stage, inputs: [evaluation]).text("laporan-skm.md")
        let rows = try tableRows(in: text, after: "## Hasil per perangkat daerah")
        #expect(rows.map { $0[1] } == ["Dinas Sosial"])
    }

    @Test("a period without responses says so instead of a table")
    func noResponses() async throws {
        let (evaluation, account) = try await evaluateSamples(period: "2024-S1")
        let stage = try ReportMarkdown(configuration: configuration(ReportMarkdown.self, nil))
        let text = try await run(stage, inputs: [evaluation, account], period: period("2024-S1")).text("laporan-skm.md")
        #expect(text.contains("## Ringkasan\n\nTidak ada jawaban dalam periode ini.\n"))
        #expect(try tableRows(in: text, after: "## Hasil per perangkat daerah").isEmpty)
    }

    @Test("the same inputs give the same bytes")
    func deterministic() async throws {
        let first = try await sampleReport("2026-S1").text
        let second = try await sampleReport("2026-S1", afresh: true).text
        #expect(first == second)
    }

    @Test("the file name is checked when the stage is configured")
    func fileOption() throws {
        #expect(try initProblems(ReportMarkdown.self, "file: [a, b]").map(\.code) == ["yaml.expected-kind"])
    }
}

@Suite("Report support: MarkdownText and NumberStyle")
struct ReportSupportTests {
    @Test("Markdown escaping", arguments: [
        ("plain text, 1-2 #3 +4", "plain text, 1-2 #3 +4"),
        ("a|b", "a\\|b"), ("*x*", "\\*x\\*"), ("_x_", "\\_x\\_"), ("[x](y)", "\\[x\\](y)"), ("`x`", "\\`x\\`"), ("~x~", "\\~x\\~"),
        ("\\", "\\\\"), ("<i>", "&lt;i&gt;"), ("&amp;", "&amp;amp;"), ("a\nb", "a b"),
    ])
    func escape(_ text: String, _ escaped: String) {
        #expect(MarkdownText.escape(text) == escaped)
    }

    @Test("ASCII text and any other escape alike, CR LF as one blank", arguments: ["", "é", "—"])
    func escapeAnyText(prefix: String) {
        let text = prefix + "a_b*c\r\nd\re\nf\r\r\ng<&>|[`~]\\"
        #expect(MarkdownText.escape(text) == prefix + "a\\_b\\*c d e f  g&lt;&amp;&gt;\\|\\[\\`\\~\\]\\\\")
    }

    @Test("integers are grouped by thousands", arguments: [
        (Language.indonesian, 0, "0"), (.indonesian, 999, "999"), (.indonesian, 1730, "1.730"), (.indonesian, 1_234_567, "1.234.567"),
        (.indonesian, -12480, "-12.480"), (.english, 1730, "1,730"), (.english, 100_000, "100,000"),
    ])
    func integers(_ language: Language, _ value: Int, _ text: String) {
        #expect(NumberStyle(language: language).integer(value) == text)
    }

    @Test("decimals are rounded half up with the language's separator", arguments: [
        (Language.indonesian, Rational(27215, 346), 2, "78,66"), (.english, Rational(27215, 346), 2, "78.66"),
        (.indonesian, Rational(65), 2, "65,00"), (.indonesian, Rational(88305, 1000), 2, "88,31"), (.english, Rational(5443, 1730), 4, "3.1462"),
    ])
    func decimals(_ language: Language, _ value: Rational, _ places: Int, _ text: String) {
        #expect(NumberStyle(language: language).decimal(value, places: places) == text)
    }

    @Test("dates are written in words", arguments: [
        (Language.indonesian, CalendarDate(year: 2026, month: 6, day: 30)!, "30 Juni 2026"),
        (.english, CalendarDate(year: 2026, month: 6, day: 30)!, "30 June 2026"),
        (.indonesian, CalendarDate(year: 2025, month: 8, day: 17)!, "17 Agustus 2025"),
    ])
    func dates(_ language: Language, _ date: CalendarDate, _ text: String) {
        #expect(NumberStyle(language: language).date(date) == text)
    }
}
