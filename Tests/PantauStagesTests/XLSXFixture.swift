import Foundation
import ZIPFoundation

/// A small .xlsx workbook written by hand: the minimal parts Excel writes
/// (`[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`, one
/// `xl/worksheets/sheetN.xml` per sheet, and optionally `xl/sharedStrings.xml` and
/// `xl/styles.xml`), zipped with ZIPFoundation.
struct XLSXFixture {
    struct Sheet {
        var name: String
        /// The `<row>` elements of `<sheetData>`.
        var rows: String
        var hidden = false
    }

    var sheets: [Sheet]
    /// Each `<si>`'s inner XML (`<t>text</t>`, or rich-text runs); nil for no shared strings part.
    var sharedStrings: [String]?
    /// Custom number formats (`<numFmt>`), by id.
    var numberFormats: [(id: Int, code: String)] = []
    /// The number format of each cell style (`<cellXfs>`); nil for no styles part.
    var cellFormats: [Int]?
    var date1904 = false
    /// Parts to leave out, or to replace with other text, for damaged workbooks.
    var replacedParts: [String: String?] = [:]

    init(sheets: [Sheet], sharedStrings: [String]? = nil, cellFormats: [Int]? = nil) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
        self.cellFormats = cellFormats
    }

    /// One sheet named "Sheet1".
    init(rows: String, sharedStrings: [String]? = nil, cellFormats: [Int]? = nil) {
        self.init(sheets: [Sheet(name: "Sheet1", rows: rows)], sharedStrings: sharedStrings, cellFormats: cellFormats)
    }

    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    var parts: [(name: String, text: String)] {
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        var parts: [(String, String)] = []
        var overrides = #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in sheets.indices {
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        parts.append(("[Content_Types].xml", header + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\(overrides)</Types>
            """))
        parts.append(("_rels/.rels", header + """
            <Relationships xmlns="\(Self.packageRelNS)">\
            <Relationship Id="rId1" Type="\(Self.relNS)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let sheetList = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)"\#(sheet.hidden ? #" state="hidden""# : "") r:id="rId\#(index + 1)"/>"#
        }.joined()
        parts.append(("xl/workbook.xml", header + """
            <workbook xmlns="\(Self.mainNS)" xmlns:r="\(Self.relNS)">\
            \(date1904 ? #"<workbookPr date1904="1"/>"# : "<workbookPr/>")<sheets>\(sheetList)</sheets></workbook>
            """))
        var relationships = sheets.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(Self.relNS)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        if sharedStrings != nil {
            relationships.append(#"<Relationship Id="rIdS" Type="\#(Self.relNS)/sharedStrings" Target="sharedStrings.xml"/>"#)
        }
        if cellFormats != nil { relationships.append(#"<Relationship Id="rIdT" Type="\#(Self.relNS)/styles" Target="styles.xml"/>"#) }
        parts.append(("xl/_rels/workbook.xml.rels", header + #"<Relationships xmlns="\#(Self.packageRelNS)">"# + relationships.joined() + "</Relationships>"))
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", header + """
                <worksheet xmlns="\(Self.mainNS)" xmlns:r="\(Self.relNS)"><sheetData>\(sheet.rows)</sheetData>\
                <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
                """))
        }
        if let sharedStrings {
            let items = sharedStrings.map { "<si>\($0)</si>" }.joined()
            parts.append(("xl/sharedStrings.xml", header + #"<sst xmlns="\#(Self.mainNS)" count="\#(sharedStrings.count)" uniqueCount="\#(sharedStrings.count)">\#(items)</sst>"#))
        }
        if let cellFormats {
            let custom = numberFormats.map { #"<numFmt numFmtId="\#($0.id)" formatCode="\#(Self.escape($0.code))"/>"# }.joined()
            let xfs = cellFormats.map { #"<xf numFmtId="\#($0)" fontId="0" fillId="0" borderId="0" xfId="0"\#($0 == 0 ? "" : #" applyNumberFormat="1""#)/>"# }.joined()
            parts.append(("xl/styles.xml", header + """
                <styleSheet xmlns="\(Self.mainNS)">\
                \(numberFormats.isEmpty ? "" : #"<numFmts count="\#(numberFormats.count)">\#(custom)</numFmts>"#)\
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                <borders count="1"><border/></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="\(cellFormats.count)">\(xfs)</cellXfs></styleSheet>
                """))
        }
        var result: [(name: String, text: String)] = []
        for (name, text) in parts {
            if let replacement = replacedParts[name] {
                if let replacement { result.append((name, replacement)) }
            } else {
                result.append((name, text))
            }
        }
        return result
    }

    /// Writes the workbook, its parts deflated as Excel stores them.
    @discardableResult
    func write(to path: String) throws -> String {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return path
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: - Building a sheet from a table of texts

    /// A workbook holding `table` as Excel would after typing it in: texts as shared strings,
    /// numbers as numbers, and in `dateColumns` every valid ISO date as a date serial shown
    /// with the built-in short-date format (style 1).
    /// With `numbersAsText`, numbers are shared strings too, as many exporting applications write them.
    static func typedIn(_ table: [[String]], dateColumns: Set<Int> = [], blankRows: Set<Int> = [], numbersAsText: Bool = false) -> XLSXFixture {
        var strings: [String] = []
        var index: [String: Int] = [:]
        var rows = ""
        var rowNumber = 0
        for record in table {
            rowNumber += 1
            while blankRows.contains(rowNumber) { rowNumber += 1 }
            var cells = ""
            for (column, text) in record.enumerated() where !text.isEmpty {
                let reference = columnName(column) + String(rowNumber)
                if rowNumber > 1, dateColumns.contains(column), let serial = serial(iso: text) {
                    cells += #"<c r="\#(reference)" s="1"><v>\#(serial)</v></c>"#
                } else if rowNumber > 1, !numbersAsText, Double(text) != nil, !text.contains(where: { $0 == " " }) {
                    cells += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
                } else {
                    let position = index[text] ?? strings.count
                    if position == strings.count {
                        strings.append(text)
                        index[text] = position
                    }
                    cells += #"<c r="\#(reference)" t="s"><v>\#(position)</v></c>"#
                }
            }
            rows += #"<row r="\#(rowNumber)">\#(cells)</row>"#
        }
        let items = strings.map { text in
            #"<t\#(text.first == " " || text.last == " " ? #" xml:space="preserve""# : "")>\#(escape(text))</t>"#
        }
        return XLSXFixture(rows: rows, sharedStrings: items, cellFormats: [0, 14])
    }

    /// `A` for 0, `AA` for 26.
    static func columnName(_ column: Int) -> String {
        var column = column + 1
        var name = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            column = (column - 1) / 26
        }
        return name
    }

    /// The Excel (1900 system) serial of a valid ISO date, counted independently of the reader.
    static func serial(iso text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components),
            let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))
        else { return nil }
        return Int((date.timeIntervalSince(origin) / 86_400).rounded())
    }
}
