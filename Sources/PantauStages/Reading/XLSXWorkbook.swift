import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An .xlsx workbook opened for reading: its worksheets in tab order with the parts that hold
/// them (`xl/workbook.xml` and its relationships), the date system, and where the shared strings
/// and the cell styles are. Reading one sheet's rows is `rows(of:)`.
struct XLSXWorkbook {
    struct Sheet: Equatable {
        var name: String
        /// The worksheet part, such as `xl/worksheets/sheet1.xml`.
        var part: String
        /// False for sheets hidden in Excel.
        var visible: Bool
    }

    let archive: XLSXArchive
    /// Worksheets only: chart sheets and the like have no rows.
    let sheets: [Sheet]
    /// `workbookPr date1904="1"`: serial 0 is 1904-01-01 rather than Excel's 1900-01-00.
    let date1904: Bool
    private let sharedStringsPart: String
    private let stylesPart: String

    init(path: String) throws(XLSXError) {
        archive = try XLSXArchive(path: path)
        // The package's relationships name the workbook part; Excel always calls it xl/workbook.xml.
        var workbookPart = "xl/workbook.xml"
        if let data = try archive.data("_rels/.rels") {
            let relationships = try Self.relationships(data, part: "_rels/.rels", base: "")
            if let main = relationships.first(where: { $0.type.hasSuffix("/officeDocument") }) { workbookPart = main.target }
        }
        guard let workbookData = try archive.data(workbookPart) else { throw .partMissing(workbookPart) }
        let workbook = WorkbookReader()
        try XLSXXML.parse(workbookData, part: workbookPart, with: workbook)

        let directory = (workbookPart as NSString).deletingLastPathComponent
        let relsPart = Self.join(directory, "_rels/" + (workbookPart as NSString).lastPathComponent + ".rels")
        guard let relsData = try archive.data(relsPart) else { throw .partMissing(relsPart) }
        let relationships = try Self.relationships(relsData, part: relsPart, base: directory)
        var targets: [String: Relationship] = [:]
        for relationship in relationships where targets[relationship.id] == nil { targets[relationship.id] = relationship }

        var sheets: [Sheet] = []
        for entry in workbook.sheets {
            guard let relationship = targets[entry.relationship], relationship.type.hasSuffix("/worksheet") else { continue }
            sheets.append(Sheet(name: entry.name, part: relationship.target, visible: entry.visible))
        }
        guard !sheets.isEmpty else { throw .damaged }
        self.sheets = sheets
        date1904 = workbook.date1904
        sharedStringsPart = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? Self.join(directory, "sharedStrings.xml")
        stylesPart = relationships.first { $0.type.hasSuffix("/styles") }?.target ?? Self.join(directory, "styles.xml")
    }

    /// The sheet with `name` (without regard to case, as Excel compares sheet names), or the
    /// first sheet Excel shows when `name` is nil.
    func sheet(named name: String?) throws(XLSXError) -> Sheet {
        guard let name else { return sheets.first(where: \.visible) ?? sheets[0] }
        let wanted = name.trimmingCharacters(in: .whitespaces)
        if let sheet = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: {
            $0.name.compare(wanted, options: [.caseInsensitive]) == .orderedSame
        }) {
            return sheet
        }
        throw .unknownSheet(name, sheets: sheets.map(\.name))
    }

    /// Reads a sheet's rows in order, each with its spreadsheet row number and the cells that
    /// hold a value, as text. `body` returns false to stop. With `firstRowOnly` the sheet is
    /// inflated only as far as its first row, for header checks.
    func rows(of sheet: Sheet, firstRowOnly: Bool = false, _ body: @escaping (_ row: Int, _ cells: [XLSXCell]) -> Bool) throws(XLSXError) {
        let strings = try sharedStrings()
        let styles = try cellFormats()
        let reader = XLSXSheetReader(
            sharedStrings: strings, sharedStringsPart: sharedStringsPart, formats: styles, date1904: date1904, onRow: body)
        if firstRowOnly, let prefix = try archive.prefix(sheet.part, endingAfterAnyOf: [Array("/row>".utf8), Array(":row>".utf8)]) {
            do {
                try XLSXXML.parse(prefix, part: sheet.part, with: reader)
                return
            } catch {
                // The prefix was cut before the first row ended, or the part is damaged: read it
                // whole, which says which.
                reader.reset()
            }
        }
        guard let data = try archive.data(sheet.part) else { throw .partMissing(sheet.part) }
        try XLSXXML.parse(data, part: sheet.part, with: reader)
    }

    /// The shared string table; none when the workbook has no such part.
    private func sharedStrings() throws(XLSXError) -> [String]? {
        guard let data = try archive.data(sharedStringsPart) else { return nil }
        let reader = XLSXSharedStringsReader()
        try XLSXXML.parse(data, part: sharedStringsPart, with: reader)
        return reader.strings
    }

    /// How each cell style shows numbers; every number is plain when the workbook has no styles part.
    private func cellFormats() throws(XLSXError) -> [XLSXNumberFormat] {
        guard let data = try archive.data(stylesPart) else { return [] }
        let reader = XLSXStylesReader()
        try XLSXXML.parse(data, part: stylesPart, with: reader)
        return reader.cellFormats
    }

    // MARK: - Relationships

    struct Relationship {
        var id: String
        var type: String
        /// The part the relationship points to, as an archive path.
        var target: String
    }

    static func relationships(_ data: Data, part: String, base: String) throws(XLSXError) -> [Relationship] {
        let reader = RelationshipsReader(base: base)
        try XLSXXML.parse(data, part: part, with: reader)
        return reader.relationships
    }

    /// A target relative to `base` (the folder of the part that names it) as an archive path;
    /// a target starting with `/` is relative to the archive's root.
    static func join(_ base: String, _ target: String) -> String {
        var components = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    private final class RelationshipsReader: XLSXPartReader {
        let base: String
        var relationships: [Relationship] = []

        init(base: String) { self.base = base }

        override func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard XLSXXML.localName(elementName) == "Relationship", attributes["TargetMode"] != "External",
                let id = attributes["Id"], let target = attributes["Target"]
            else { return }
            relationships.append(Relationship(id: id, type: attributes["Type"] ?? "", target: XLSXWorkbook.join(base, target)))
        }
    }

    private final class WorkbookReader: XLSXPartReader {
        var sheets: [(name: String, relationship: String, visible: Bool)] = []
        var date1904 = false

        override func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch XLSXXML.localName(elementName) {
            case "workbookPr":
                if let value = attributes["date1904"] { date1904 = value == "1" || value.lowercased() == "true" }
            case "sheet":
                guard let name = attributes["name"], let id = XLSXXML.relationshipID(attributes) else { return }
                let state = attributes["state"] ?? "visible"
                sheets.append((name, id, state == "visible"))
            default: break
            }
        }
    }
}
