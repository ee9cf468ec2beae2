import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

// Helpers for the tests of the record importers (meetings, participation, follow-ups, innovations).

/// One line of a rejects file.
struct RecordReject: Equatable, CustomStringConvertible {
    var file: String
    var row: Int
    var line: Int
    var field: String
    var value: String
    var reason: String
    var code: String

    var description: String { "\(file):\(row)(\(line)) \(field)=\(value) \(code): \(reason)" }

    /// Where and why, without the reason's words: what most checks compare.
    var place: Place { Place(row: row, line: line, field: field, value: value, code: code) }

    struct Place: Equatable, CustomStringConvertible {
        var row: Int
        var line: Int
        var field: String
        var value: String
        var code: String

        init(row: Int, line: Int? = nil, field: String, value: String, code: String) {
            self.row = row
            self.line = line ?? row
            self.field = field
            self.value = value
            self.code = code
        }

        var description: String { "\(row)(\(line)) \(field)=\(value) \(code)" }
    }
}

extension StageRun {
    /// The rejects file's lines, after its header (checked to be the reader's language's).
    func rejects(_ name: String = "rejects-stage.csv", language: Language = .indonesian) throws -> [RecordReject] {
        let records = parseCSV(try text(name))
        #expect(records.first == RejectsHeader.columns(language))
        return try records.dropFirst().map { r in
            try #require(r.count == 7, "\(r)")
            return RecordReject(
                file: r[0], row: try #require(Int(r[1])), line: try #require(Int(r[2])), field: r[3], value: r[4], reason: r[5], code: r[6])
        }
    }

    /// The accounts the stage returned, in order.
    var accounts: [ImportAccount] { all(ImportAccount.self) }
}

/// The sample region's register: the units and services of the two SKM exports, with the
/// short names people write as aliases of two units.
func sampleRegister() throws -> ServiceRegister {
    var units: [ServiceRegister.Unit] = []
    var services: [ServiceRegister.Service] = []
    let aliases = ["Dinas Kependudukan dan Pencatatan Sipil": ["Disdukcapil"], "Dinas Perhubungan": ["Dishub"]]
    // Both semesters: an agency may have held no survey in one of them (Dinas Perhubungan in 2026-S1).
    for file in ["skm-2026-s1.csv", "skm-2025-s2.csv"] {
        let table = try CSVTable(contentsOf: repositoryFile("samples/kabupaten-contoh/skm/\(file)"))
        let columns = ColumnMap(table: table)
        let unitColumn = try #require(columns.index(of: "opd")), serviceColumn = try #require(columns.index(of: "layanan"))
        for record in 1..<table.recordCount {
            let unit = table.trimmedText(record: record, field: unitColumn), service = table.trimmedText(record: record, field: serviceColumn)
            guard !unit.isEmpty else { continue }
            if !units.contains(where: { $0.name == unit }) {
                units.append(.init(id: "U\(units.count + 1)", name: unit, aliases: aliases[unit] ?? []))
            }
            let unitID = units.first { $0.name == unit }!.id
            if !service.isEmpty, !services.contains(where: { $0.unitID == unitID && $0.name == service }) {
                services.append(.init(id: "S\(services.count + 1)", unitID: unitID, name: service))
            }
        }
    }
    return ServiceRegister(units: units, services: services)
}

/// Record files written into a scratch directory, and stages configured to read them there.
struct ScratchRecords {
    let directory: TemporaryDirectory

    init(_ files: [String: String]) throws {
        directory = try TemporaryDirectory()
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        let path = directory.file(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func stage<S: Stage>(_ type: S.Type, _ yaml: String) throws -> S {
        try S(configuration: configuration(S.self, yaml, baseDirectory: directory.path))
    }

    func problems<S: Stage>(_ type: S.Type, _ yaml: String) throws -> [Diagnostic] {
        try initProblems(S.self, yaml, baseDirectory: directory.path)
    }
}

/// Text as Windows-1252 bytes (the characters used in tests all have one-byte codes).
func windows1252(_ text: String) -> [UInt8] {
    let high: [Character: UInt8] = ["–": 0x96, "—": 0x97, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "€": 0x80]
    return text.map { character in
        if let byte = high[character] { return byte }
        let scalar = character.unicodeScalars.first!.value
        precondition(scalar < 0x100, "\(character) has no Windows-1252 code here")
        return UInt8(scalar)
    }
}
