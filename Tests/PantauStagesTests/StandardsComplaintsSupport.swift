import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

// Helpers for the tests of import.standards and import.complaints: the sample files, what
// the generator says an importer must find in them, and reading rejects files back.

let sampleStandardsPath = "samples/kabupaten-contoh/standar-pelayanan.yaml"
let sampleComplaintsPath = "samples/kabupaten-contoh/pengaduan-lapor.csv"

/// `samples/kabupaten-contoh/expected/standards-complaints.json`.
struct ExpectedStandardsComplaints: Decodable {
    struct Standards: Decodable {
        struct Rejected: Decodable {
            var line: Int
            var service: String
            var field: String
            var value: String
            var code: String
            var suggestion: String?
        }

        struct Shortfalls: Decodable {
            var no_standard: [String]
            var missing_components: [String: [String]]
            var not_established: [String]
            var unpublished: [String]
            var few_media: [String]
            var no_maklumat: [String]
            var no_consultation: [String]
            var review_overdue: [String]
            var time_limit_text_only: [String]
            var rejected_standard: [String]
        }

        var file: String
        var units: Int
        var services: Int
        var standards: Int
        var records_read: Int
        var accepted: Int
        var rejected: Int
        var rejected_records: [Rejected]
        var shortfalls: Shortfalls
    }

    struct Complaints: Decodable {
        struct Counts: Decodable {
            var accepted: Int
            var rejected: Int
        }

        struct Rejected: Decodable {
            var row: Int
            var line: Int
            var kind: String
            var field: String
            var value: String
            var code: String
            var needs_register: Bool
        }

        var file: String
        var records_read: Int
        var physical_lines: Int
        var with_register: Counts
        var without_register: Counts
        var rejected_records: [Rejected]
        var accepted_by_period: [String: Int]
        var status_labels: [String: Int]
        var compensation_claims: Int
        var anonymous: Int
        var distinct_reporters: Int
    }

    var standards: Standards
    var complaints: Complaints

    static func load() throws -> ExpectedStandardsComplaints {
        let path = repositoryFile("samples/kabupaten-contoh/expected/standards-complaints.json")
        return try JSONDecoder().decode(Self.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// One row of a rejects file.
struct RejectsFileRow: Equatable, CustomStringConvertible {
    var file: String
    var row: Int
    var line: Int
    var field: String
    var value: String
    var reason: String
    var code: String

    var description: String { "\(file):\(row) (line \(line)) \(field)='\(value)' \(code): \(reason)" }
}

/// The rows of a rejects file written by a stage run; none when it wrote no rejects file.
func rejectsRows(_ run: StageRun, _ name: String = "rejects-stage.csv") throws -> [RejectsFileRow] {
    guard run.files[name] != nil else { return [] }
    let records = parseCSV(try run.text(name))
    return try records.dropFirst().map { r in
        try #require(r.count == 7, "\(r)")
        return RejectsFileRow(
            file: r[0], row: try #require(Int(r[1])), line: try #require(Int(r[2])), field: r[3], value: r[4], reason: r[5], code: r[6])
    }
}

/// The `with:` of an `import.complaints` stage for the sample export.
func sampleComplaintsYAML(path: String = sampleComplaintsPath, extra: String = "") -> String {
    """
    path: \(path)
    columns:
      id: no_tiket
      channel: kanal
      classification: klasifikasi
      category: kategori
      unit: instansi_tujuan
      service: layanan
      received: tanggal_laporan
      verified: tanggal_verifikasi
      followed_up: tanggal_tindak_lanjut
      finished: tanggal_selesai
      status: status
      compensation: ganti_rugi
    \(extra)
    """
}

/// The sample standards imported as a pipeline would, from the repository root.
func importSampleStandards(language: Language = .indonesian) async throws -> StageRun {
    let stage = try ImportStandards(configuration: configuration(ImportStandards.self, "path: \(sampleStandardsPath)"))
    return try await run(stage, language: language)
}

/// The sample complaints, with the sample register when `register` is true.
func importSampleComplaints(register: Bool = true, extra: String = "", language: Language = .indonesian) async throws -> StageRun {
    let stage = try ImportComplaints(configuration: configuration(ImportComplaints.self, sampleComplaintsYAML(extra: extra)))
    let inputs: [any Dataset] = register ? [try await importSampleStandards().one(ServiceRegister.self)] : []
    return try await run(stage, inputs: inputs, language: language)
}

/// The diagnostics a stage's initialiser throws for a configuration read from a directory.
func initProblems<S: Stage>(_ stage: S.Type, _ yaml: String, in directory: TemporaryDirectory) throws -> [Diagnostic] {
    try initProblems(stage, yaml, baseDirectory: directory.path)
}
