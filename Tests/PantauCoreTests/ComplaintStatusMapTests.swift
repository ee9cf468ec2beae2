import Foundation
import Testing
@testable import PantauCore

/// The reference material kept beside the repository (`../shared/reference`), when it is there.
private let laporReference: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("../shared/reference/real-exports/lapor/laporaa-tindakan-enums.json").standardizedFileURL
}()

@Suite("Complaint statuses and the shipped LAPOR! status map")
struct ComplaintStatusMapTests {
    /// Every SP4N-LAPOR! status label found in public material (the public complaint card, the
    /// v3 administrator's actions, a regional desk's SP4N and internal statuses), with the
    /// lifecycle status each stands for.
    static let referenceLabels: [(String, ComplaintStatus)] = [
        ("Ditindaklanjuti oleh Instansi", .inProgress),
        ("A1 VERIFIKASI", .verified), ("A2 TUNDA", .delayed), ("A3 BUKAN WEWENANG", .notInAuthority), ("A4 ARSIPKAN", .archived),
        ("Menunggu Diproses OPD Terkait", .verified), ("Sedang Diproses OPD Terkait", .inProgress),
        ("Telah Diproses OPD Terkait", .finished), ("Selesai", .finished),
        ("Perlu Verifikasi", .received), ("Verifikasi Situasi", .received), ("Verifikasi Kelengkapan Berkas", .received),
        ("Proses OPD Terkait", .inProgress), ("Selesai Penanganan", .finished), ("Selesai Pengaduan", .finished),
        ("Ditutup", .archived), ("Belum Ditindaklanjuti", .received),
        // Not confirmed as SP4N strings, but plain words for the lifecycle.
        ("Belum Terverifikasi", .received), ("Terverifikasi", .verified), ("Diarsipkan", .archived),
    ]

    @Test("every reference label maps to its lifecycle status", arguments: referenceLabels)
    func referenceLabel(_ label: String, _ status: ComplaintStatus) {
        #expect(ComplaintStatusMap.lapor.status(for: label) == status)
    }

    @Test("every status label in the regional desk's enumerations is mapped", .enabled(if: FileManager.default.fileExists(atPath: laporReference.path)))
    func referenceFile() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: laporReference)) as? [String: Any]
        let lists = ["status_laporan_sp4n", "status_internal"].compactMap { json?[$0] as? [String] }
        let labels = lists.flatMap { $0 } + [json?["user_profile_default_status_when_no_tindakan"] as? String].compactMap { $0 }
            + ((json?["status_laporan_sp4n_ui_labels"] as? [String: String])?.values.map { $0 } ?? [])
        #expect(labels.count >= 11)
        for label in labels {
            #expect(ComplaintStatusMap.lapor.status(for: label) != nil, "\(label)")
        }
    }

    @Test("labels match without regard to case or blanks")
    func looseMatch() {
        let map = ComplaintStatusMap.lapor
        #expect(map.status(for: "  sedang   diproses opd TERKAIT ") == .inProgress)
        #expect(map.status(for: "a3 bukan\twewenang") == .notInAuthority)
        #expect(map.status(for: "Selesai otomatis dalam 10 hari") == nil)
        #expect(map.status(for: "") == nil)
    }

    @Test("configuration adds labels and overrides the shipped ones, keeping the first spelling's place")
    func merging() {
        let merged = ComplaintStatusMap.lapor.merging([
            .init("Menunggu Kelengkapan Data", .delayed), .init("DITUTUP", .finished),
        ])
        #expect(merged.status(for: "menunggu kelengkapan data") == .delayed)
        #expect(merged.status(for: "Ditutup") == .finished)
        #expect(merged.labels.count == ComplaintStatusMap.lapor.labels.count + 1)
        #expect(merged.labels.last == "Menunggu Kelengkapan Data")
        #expect(merged.labels.contains("Ditutup"))
        // The shipped map is a value: merging leaves it as it was.
        #expect(ComplaintStatusMap.lapor.status(for: "Ditutup") == .archived)
    }

    @Test("the shipped map lists each label once")
    func labelsOnce() {
        let keys = ComplaintStatusMap.lapor.labels.map { ComplaintStatusMap.key($0) }
        #expect(Set(keys).count == keys.count)
    }

    @Test("statuses are named in English or Indonesian in configuration", arguments: [
        ("in_progress", ComplaintStatus.inProgress), ("in-progress", .inProgress), ("tindak_lanjut", .inProgress),
        ("Tindak Lanjut", .inProgress), ("not_in_authority", .notInAuthority), ("bukan wewenang", .notInAuthority),
        ("TUNDA", .delayed), ("diarsipkan", .archived), ("finished", .finished), ("diterima", .received),
    ])
    func statusNamed(_ text: String, _ expected: ComplaintStatus) {
        #expect(ComplaintStatus.named(text) == expected)
    }

    @Test("unknown status names are refused")
    func unknownStatusName() {
        #expect(ComplaintStatus.named("done") == nil)
        #expect(ComplaintStatus.named("") == nil)
        #expect(ComplaintStatus.names.count == 14)
    }

    @Test("classifications as LAPOR! and exports write them", arguments: [
        ("Pengaduan", ComplaintClassification.complaint), ("aspirasi", .aspiration), ("Permintaan Informasi", .informationRequest),
        ("permintaan_informasi", .informationRequest), ("Whistle Blowing System", .whistleblowing), ("whistle-blowing", .whistleblowing),
        ("WBS", .whistleblowing), ("Complaint", .complaint),
    ])
    func classificationNamed(_ text: String, _ expected: ComplaintClassification) {
        #expect(ComplaintClassification.named(text) == expected)
    }

    @Test("an unknown classification is nil")
    func unknownClassification() {
        #expect(ComplaintClassification.named("Keluhan") == nil)
        #expect(ComplaintClassification.named("") == nil)
    }
}
