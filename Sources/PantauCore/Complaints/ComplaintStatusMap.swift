/// Maps the status labels of complaint exports onto the `ComplaintStatus` lifecycle. Labels
/// match without regard to case or blanks.
///
/// The shipped map covers every SP4N-LAPOR! label found in public material: the public complaint
/// card (LAPOR! v3), the administrator's actions in the v3 manual (with and without their
/// `A1`–`A4` numbers), the statuses a regional desk transcribes from SP4N-LAPOR! and its own
/// internal ones, and the plain Indonesian words for each stage of the lifecycle. Regions add or
/// override labels in configuration.
public struct ComplaintStatusMap: Sendable {
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var status: ComplaintStatus

        public init(_ label: String, _ status: ComplaintStatus) {
            self.label = label
            self.status = status
        }
    }

    /// The labels, each once, in the order they were added.
    public private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    public init(_ entries: [Entry] = []) {
        for entry in entries { set(entry.label, to: entry.status) }
    }

    /// Adds a label, or changes the status of a label already known.
    public mutating func set(_ label: String, to status: ComplaintStatus) {
        let key = Self.key(label)
        if let position = positions[key] {
            entries[position].status = status
        } else {
            positions[key] = entries.count
            entries.append(Entry(label, status))
        }
    }

    /// This map with `overrides` laid over it.
    public func merging(_ overrides: [Entry]) -> ComplaintStatusMap {
        var result = self
        for entry in overrides { result.set(entry.label, to: entry.status) }
        return result
    }

    public func status(for label: String) -> ComplaintStatus? {
        positions[Self.key(label)].map { entries[$0].status }
    }

    public var labels: [String] { entries.map(\.label) }

    /// Lower case, surrounding blanks dropped, inner runs of blanks as one space.
    static func key(_ label: String) -> String {
        label.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The default map for SP4N-LAPOR! and local-channel exports.
    public static let lapor = ComplaintStatusMap([
        // The lifecycle in plain Indonesian, as local channels write it.
        Entry("Diterima", .received),
        Entry("Belum Terverifikasi", .received),
        Entry("Belum Ditindaklanjuti", .received),
        Entry("Perlu Verifikasi", .received),
        Entry("Verifikasi Situasi", .received),
        Entry("Verifikasi Kelengkapan Berkas", .received),
        Entry("Diverifikasi", .verified),
        Entry("Terverifikasi", .verified),
        Entry("Verifikasi", .verified),
        Entry("A1 Verifikasi", .verified),
        Entry("Menunggu Diproses OPD Terkait", .verified),
        Entry("Tindak Lanjut", .inProgress),
        Entry("Ditindaklanjuti", .inProgress),
        Entry("Ditindaklanjuti oleh Instansi", .inProgress),
        Entry("Sedang Diproses OPD Terkait", .inProgress),
        Entry("Proses OPD Terkait", .inProgress),
        Entry("Selesai", .finished),
        Entry("Telah Diproses OPD Terkait", .finished),
        Entry("Selesai Penanganan", .finished),
        Entry("Selesai Pengaduan", .finished),
        Entry("Diarsipkan", .archived),
        Entry("Arsipkan", .archived),
        Entry("A4 Arsipkan", .archived),
        // The regional desk closes rejected reports as "Ditutup" (earlier versions: "Ditolak").
        Entry("Ditutup", .archived),
        Entry("Ditolak", .archived),
        Entry("Tunda", .delayed),
        Entry("Ditunda", .delayed),
        Entry("A2 Tunda", .delayed),
        Entry("Bukan Wewenang", .notInAuthority),
        Entry("A3 Bukan Wewenang", .notInAuthority),
    ])
}
