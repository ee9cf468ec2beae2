import Foundation
import PantauCore
import PantauPipeline
import PantauYAML
import Testing
@testable import PantauStages

private func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

@Suite("import.complaints on the sample region")
struct ImportComplaintsSampleTests {
    @Test("with the sample register: read = accepted + rejected, and exactly the deliberate rows are rejected")
    func withRegister() async throws {
        let expected = try ExpectedStandardsComplaints.load().complaints
        let imported = try await importSampleComplaints()
        let account = try imported.one(ImportAccount.self)
        #expect(account.records == "complaints")
        #expect(account.files.map(\.file) == [sampleComplaintsPath])
        #expect(account.files.first?.counts == [expected.records_read, expected.with_register.accepted, expected.with_register.rejected])
        #expect(account.files.first?.counts == [300, 292, 8])
        #expect(account.reconciles)
        let rows = try rejectsRows(imported)
        #expect(rows.map(\.row) == expected.rejected_records.map(\.row))
        #expect(rows.map(\.line) == expected.rejected_records.map(\.line))
        #expect(rows.map(\.field) == expected.rejected_records.map(\.field))
        #expect(rows.map(\.value) == expected.rejected_records.map(\.value))
        #expect(rows.map(\.code) == expected.rejected_records.map(\.code))
        #expect(try imported.one(Complaints.self).count == 292)
        #expect(imported.datasets.map { type(of: $0).kind } == [.complaints, .importSummary])
    }

    @Test("without a register, units are not checked and only the other faults are rejected")
    func withoutRegister() async throws {
        let expected = try ExpectedStandardsComplaints.load().complaints
        let imported = try await importSampleComplaints(register: false)
        let account = try imported.one(ImportAccount.self)
        #expect(account.files.first?.counts == [expected.records_read, expected.without_register.accepted, expected.without_register.rejected])
        let rows = try rejectsRows(imported)
        #expect(rows.map(\.row) == expected.rejected_records.filter { !$0.needs_register }.map(\.row))
        let units = Set(try imported.one(Complaints.self).items.map(\.unit))
        // Names stay as the export writes them.
        #expect(units.contains("DINAS KESEHATAN"))
        #expect(units.contains("Dinas Pendidikan"))
    }

    @Test("reasons name the label and the labels known, the dates, and the first row of a repeated id")
    func reasons() async throws {
        let rows = try rejectsRows(try await importSampleComplaints())
        let byRow = Dictionary(uniqueKeysWithValues: rows.map { ($0.row, $0) })
        let known = ComplaintStatusMap.lapor.labels.joined(separator: ", ")
        #expect(byRow[26]?.reason == "status 'Dikembalikan ke Pelapor' tidak ada dalam peta status (label yang dikenal: \(known))")
        #expect(byRow[65]?.reason == "'31/09/2025' bukan tanggal yang sah")
        #expect(byRow[143]?.reason == "id '5302890' muncul lagi (pertama di baris 136)")
        #expect(byRow[200]?.reason == "layanan 'Pembuatan SIM' tidak terdaftar untuk 'Dinas Perhubungan'")
        #expect(byRow[239]?.reason.hasPrefix("'tanggal_selesai' 2026-04-14 lebih awal dari tanggal diterima, ") == true)
        let english = try rejectsRows(try await importSampleComplaints(language: .english))
        #expect(english.first?.reason.hasPrefix("status 'Dikembalikan ke Pelapor' is not in the status map (labels known: Diterima, ") == true)
    }

    @Test("units and services are written as the register writes them, ids without their #, statuses mapped")
    func accepted() async throws {
        let complaints = try await importSampleComplaints().one(Complaints.self).items
        let register = try await importSampleStandards().one(ServiceRegister.self)
        #expect(Set(complaints.map(\.unit)).isSubset(of: Set(register.units.map(\.name))))
        #expect(Set(complaints.compactMap(\.service)).isSubset(of: Set(register.services.map(\.name))))
        #expect(complaints.allSatisfy { !$0.id.hasPrefix("#") && !$0.id.isEmpty })
        #expect(Set(complaints.map(\.id)).count == complaints.count)

        let first = complaints[0]
        #expect(first.id == "5300017")
        #expect(first.unit == "Dinas Kesehatan")
        #expect(first.service == nil)
        #expect(first.received == date(2025, 7, 2))
        #expect(first.verified == date(2025, 7, 2) && first.followedUp == date(2025, 7, 8) && first.finished == date(2025, 7, 25))
        #expect(first.status == .finished && first.statusLabel == "Selesai")
        #expect(first.channel == "Loket Pengaduan" && first.classification == .complaint && first.category == "Kesehatan")
        #expect(!first.compensationClaim && first.reporterKey == nil)
        #expect(first.source == RecordSource(file: sampleComplaintsPath, row: 2, line: 2))

        let delayed = try #require(complaints.first { $0.id == "5300050" })
        #expect(delayed.unit == "Rumah Sakit Umum Daerah Kabupaten Contoh")
        #expect(delayed.service == "Rawat Jalan")
        #expect(delayed.status == .delayed && delayed.classification == .informationRequest)
        #expect(delayed.received == date(2025, 7, 3) && delayed.finished == nil)
        let alias = try #require(complaints.first { $0.id == "5300139" })
        #expect(alias.unit == "Dinas Kependudukan dan Pencatatan Sipil")
        #expect(alias.received == date(2025, 7, 14))
        // After a quoted line break in the address, the row and the line differ.
        let afterBreak = try #require(complaints.first { $0.id == "5300139" })
        #expect(afterBreak.source.row == 9 && afterBreak.source.line == 10)
    }

    @Test("status labels, periods and compensation claims add up to the generator's figures")
    func figures() async throws {
        let expected = try ExpectedStandardsComplaints.load().complaints
        let complaints = try await importSampleComplaints().one(Complaints.self).items
        var labels: [String: Int] = [:]
        for complaint in complaints { labels[complaint.statusLabel, default: 0] += 1 }
        #expect(labels == expected.status_labels)
        var byPeriod: [String: Int] = [:]
        for id in ["2025-S2", "2026-S1"] {
            let period = try #require(Period(id))
            byPeriod[id] = complaints.filter { period.contains($0.received) }.count
        }
        #expect(byPeriod == expected.accepted_by_period)
        #expect(complaints.filter(\.compensationClaim).count == expected.compensation_claims)
        let finishedLabels = ["Selesai", "Telah Diproses OPD Terkait", "Selesai Pengaduan"]
        let finished: Int = finishedLabels.map { expected.status_labels[$0] ?? 0 }.reduce(0, +)
        #expect(complaints.filter { $0.status == .finished }.count == finished)
        #expect(complaints.filter { $0.status == .notInAuthority }.count == expected.status_labels["Bukan Wewenang"])
    }

    @Test("with a reporter key, repeat reporters can be counted: one key per NIK, none for anonymous reports")
    func reporterKeys() async throws {
        let expected = try ExpectedStandardsComplaints.load().complaints
        let complaints = try await importSampleComplaints(extra: Self.reporterKeyYAML).one(Complaints.self).items
        #expect(complaints.filter { $0.reporterKey == nil }.count == expected.anonymous)
        #expect(Set(complaints.compactMap(\.reporterKey)).count == expected.distinct_reporters)
        #expect(complaints.compactMap(\.reporterKey).allSatisfy { $0.count == 64 })
    }

    static let reporterKeyYAML = """
        reporter_key: hash
        reporter_columns: [nik, no_hp]
        reporter_salt: garam-rahasia-kabupaten-contoh
        """
}
