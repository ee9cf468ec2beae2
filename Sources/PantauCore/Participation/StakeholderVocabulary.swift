import PantauYAML

/// The stakeholder groups a participation log may name, each with the other ways people write it.
///
/// The default follows how regional consultations describe who took part: cooperatives (KUD,
/// KOPWAN, KSP), micro-business owners, field facilitators, women's, disability and elderly
/// groups, and the usual community figures. A pipeline can replace it (`groups:` in `with:`).
public struct StakeholderVocabulary: Sendable, Hashable {
    public struct Group: Sendable, Hashable {
        /// The name records are stored under.
        public var name: String
        /// Other spellings that mean this group (abbreviations, long forms).
        public var aliases: [String]

        public init(_ name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }

    public let groups: [Group]
    private let keys: [String: Int]

    /// The first group to claim a spelling keeps it.
    public init(_ groups: [Group]) {
        self.groups = groups
        var keys: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for spelling in [group.name] + group.aliases where keys[RecordWords.key(spelling)] == nil {
                keys[RecordWords.key(spelling)] = index
            }
        }
        self.keys = keys
    }

    /// The group's name for a spelling, or nil when the vocabulary does not know it.
    public func group(named spelling: String) -> String? {
        keys[RecordWords.key(spelling)].map { groups[$0].name }
    }

    /// The closest known spelling to an unknown one, for "did you mean …?".
    public func closest(to spelling: String) -> String? {
        ClosestName.suggest(for: spelling, among: groups.flatMap { [$0.name] + $0.aliases })
    }

    public static func == (lhs: StakeholderVocabulary, rhs: StakeholderVocabulary) -> Bool { lhs.groups == rhs.groups }
    public func hash(into hasher: inout Hasher) { hasher.combine(groups) }

    /// The vocabulary Pantau ships.
    public static let standard = StakeholderVocabulary([
        Group("KUD", aliases: ["koperasi unit desa"]),
        Group("KOPWAN", aliases: ["koperasi wanita"]),
        Group("KSP", aliases: ["koperasi simpan pinjam"]),
        Group("koperasi lainnya", aliases: ["koperasi"]),
        Group("pelaku usaha mikro", aliases: ["usaha mikro", "UMKM", "UMK", "pelaku UMKM"]),
        Group("dunia usaha", aliases: ["pelaku usaha", "asosiasi pengusaha", "swasta"]),
        Group("pendamping lapangan", aliases: ["tenaga pendamping", "pendamping"]),
        Group("kelompok perempuan", aliases: ["perempuan", "PKK", "organisasi perempuan"]),
        Group("penyandang disabilitas", aliases: ["disabilitas", "difabel", "organisasi penyandang disabilitas"]),
        Group("lansia", aliases: ["lanjut usia", "kelompok lansia"]),
        Group("pemuda", aliases: ["karang taruna", "organisasi pemuda"]),
        Group("tokoh masyarakat", aliases: ["tomas"]),
        Group("tokoh agama", aliases: ["toga"]),
        Group("perangkat desa", aliases: ["pemerintah desa", "kepala desa"]),
        Group("kelompok tani", aliases: ["poktan", "gapoktan", "petani"]),
        Group("nelayan", aliases: ["kelompok nelayan"]),
        Group("tenaga kesehatan", aliases: ["nakes"]),
        Group("akademisi", aliases: ["perguruan tinggi"]),
        Group("LSM", aliases: ["lembaga swadaya masyarakat", "organisasi masyarakat sipil"]),
        Group("media", aliases: ["pers", "wartawan"]),
        Group("pengguna layanan", aliases: ["masyarakat umum", "warga"]),
    ])
}
