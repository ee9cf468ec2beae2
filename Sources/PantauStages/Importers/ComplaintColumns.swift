import PantauCore
import PantauPipeline
import PantauYAML

/// Which column of a complaint export holds which field, and which columns hold personal data.
struct ComplaintColumns: Sendable {
    static let fields = [
        "id", "channel", "classification", "category", "unit", "service", "received", "verified", "followed_up", "finished", "status",
        "compensation",
    ]
    static let required = ["id", "unit", "received", "status"]

    /// Header names that hold a reporter's personal data in the exports seen: never imported,
    /// whatever `personal_columns` adds.
    static let defaultPersonal = [
        "nama_pelapor", "nama", "nama_lengkap", "pelapor", "no_hp", "nomor_hp", "hp", "no_telp", "no_telepon", "nomor_telepon", "telepon",
        "whatsapp", "no_wa", "nik", "no_ktp", "nomor_ktp", "email", "e-mail", "surel", "alamat", "alamat_pelapor",
    ]

    /// The column of each mapped field.
    var mapped: [String: String] = [:]
    /// The columns that identify a reporter for `reporter_key: hash`, in order of preference.
    var reporter: [String] = []
    /// Every column the importer reads: the mapped fields in `fields` order, then the reporter's.
    private(set) var all: [String] = []
    private var positions: [String: Int] = [:]

    init() {}

    /// Reads `columns:`, checking the keys, that no column is used twice and that no personal
    /// column is imported as a field. Reports every problem at once.
    init(node: Node, personal: [String], reporter: [String]) throws(Diagnostics) {
        var problems = DiagnosticCollector()
        let context = LocalizedText(id: "columns", en: "columns")
        problems.add(contentsOf: node.checkKeys(allowed: Self.fields, required: Self.required, context: context))
        let personalKeys = Set(personal.map(Self.personalKey))
        var usedBy: [String: String] = [:]
        for entry in problems.attempt({ try node.mapping() }) ?? [] where Self.fields.contains(entry.key) {
            guard let column = problems.attempt({ try entry.value.nonEmptyString() }) else { continue }
            if personalKeys.contains(Self.personalKey(column)) {
                problems.add(entry.value.error(StageMessage.personalColumnMapped(column: column, key: entry.key)))
                continue
            }
            if let first = usedBy[ColumnMap.normalised(column)] {
                problems.add(entry.value.error(StageMessage.columnMappedTwice(column: column, first: first, second: entry.key)))
            }
            usedBy[ColumnMap.normalised(column)] = entry.key
            mapped[entry.key] = column
        }
        try problems.throwIfErrors()
        self.reporter = reporter
        for field in Self.fields {
            guard let column = mapped[field] else { continue }
            positions[field] = all.count
            all.append(column)
        }
        all += reporter
    }

    /// The position of a field's column among `all`, when it is mapped.
    func index(_ field: String) -> Int? { positions[field] }

    /// The positions of the reporter columns among `all`.
    var reporterIndices: Range<Int> { (all.count - reporter.count)..<all.count }

    /// Personal column names compare by their letters and digits only: `No. HP` is `no_hp`.
    static func personalKey(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
