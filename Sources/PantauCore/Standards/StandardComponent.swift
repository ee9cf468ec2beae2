public import PantauYAML

/// One of the fourteen components every service standard (*Standar Pelayanan*) must have
/// (UU 25/2009 art. 21), in the order of PermenPAN-RB 15/2014: six on how the service is
/// delivered to the public, then eight on how the provider runs it internally.
public enum StandardComponent: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    // Service delivery
    case requirements = "persyaratan"
    case procedure = "prosedur"
    case timeLimit = "jangka_waktu"
    case fee = "biaya"
    case product = "produk"
    case complaintHandling = "pengaduan"
    // Internal management ("manufacturing")
    case legalBasis = "dasar_hukum"
    case facilities = "sarana_prasarana"
    case staffCompetence = "kompetensi_pelaksana"
    case internalSupervision = "pengawasan_internal"
    case staffCount = "jumlah_pelaksana"
    case serviceGuarantee = "jaminan_pelayanan"
    case safetyGuarantee = "jaminan_keamanan"
    case performanceEvaluation = "evaluasi_kinerja"

    /// The two groups of PermenPAN-RB 15/2014.
    public enum Part: String, Sendable, Codable {
        /// Components the public sees when it uses the service.
        case delivery
        /// Components of the provider's internal management.
        case management
    }

    public var part: Part { number <= 6 ? .delivery : .management }

    /// 1–14, in the regulation's order.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The key written in standards files, in Bahasa Indonesia: `persyaratan`, `dasar_hukum`, …
    public var key: String { rawValue }

    /// The same key in English, accepted as well: `requirements`, `legal_basis`, …
    public var englishKey: String {
        switch self {
        case .requirements: "requirements"
        case .procedure: "procedure"
        case .timeLimit: "time_limit"
        case .fee: "fee"
        case .product: "product"
        case .complaintHandling: "complaint_handling"
        case .legalBasis: "legal_basis"
        case .facilities: "facilities"
        case .staffCompetence: "staff_competence"
        case .internalSupervision: "internal_supervision"
        case .staffCount: "staff_count"
        case .serviceGuarantee: "service_guarantee"
        case .safetyGuarantee: "safety_guarantee"
        case .performanceEvaluation: "performance_evaluation"
        }
    }

    /// The component's name in the regulation.
    public var name: String {
        switch self {
        case .requirements: "Persyaratan"
        case .procedure: "Sistem, Mekanisme, dan Prosedur"
        case .timeLimit: "Jangka Waktu Pelayanan"
        case .fee: "Biaya/Tarif"
        case .product: "Produk Pelayanan"
        case .complaintHandling: "Penanganan Pengaduan, Saran, dan Masukan"
        case .legalBasis: "Dasar Hukum"
        case .facilities: "Sarana, Prasarana, dan/atau Fasilitas"
        case .staffCompetence: "Kompetensi Pelaksana"
        case .internalSupervision: "Pengawasan Internal"
        case .staffCount: "Jumlah Pelaksana"
        case .serviceGuarantee: "Jaminan Pelayanan"
        case .safetyGuarantee: "Jaminan Keamanan dan Keselamatan Pelayanan"
        case .performanceEvaluation: "Evaluasi Kinerja Pelaksana"
        }
    }

    public var englishName: String {
        switch self {
        case .requirements: "Requirements"
        case .procedure: "System, mechanism and procedure"
        case .timeLimit: "Time limit"
        case .fee: "Fee/tariff"
        case .product: "Service product"
        case .complaintHandling: "Handling of complaints, suggestions and feedback"
        case .legalBasis: "Legal basis"
        case .facilities: "Facilities and infrastructure"
        case .staffCompetence: "Staff competence"
        case .internalSupervision: "Internal supervision"
        case .staffCount: "Number of staff"
        case .serviceGuarantee: "Service guarantee"
        case .safetyGuarantee: "Security and safety guarantee"
        case .performanceEvaluation: "Staff performance evaluation"
        }
    }

    public func localizedName(_ language: Language) -> String {
        switch language {
        case .indonesian: name
        case .english: englishName
        }
    }

    /// The component a standards file names by either key or by its full name in either
    /// language, without regard to case, blanks or punctuation: `Jangka Waktu`, `jangka-waktu`
    /// and `time_limit` all name `timeLimit`.
    public static func named(_ text: String) -> StandardComponent? {
        byName[normalized(text)]
    }

    /// Every key a file may use, Indonesian first, for "did you mean …?" hints.
    public static var keys: [String] { allCases.map(\.key) + allCases.map(\.englishKey) }

    private static let byName: [String: StandardComponent] = {
        var names: [String: StandardComponent] = [:]
        for component in allCases {
            for name in [component.key, component.englishKey, component.name, component.englishName] {
                names[normalized(name)] = component
            }
        }
        // The regulation's own shorter forms.
        names[normalized("Sistem, Mekanisme dan Prosedur")] = .procedure
        names[normalized("Jangka Waktu")] = .timeLimit
        names[normalized("Penanganan Pengaduan")] = .complaintHandling
        names[normalized("Sarana dan Prasarana")] = .facilities
        names[normalized("Jaminan Keamanan")] = .safetyGuarantee
        return names
    }()

    /// Lower case, every run of characters other than letters and digits as one `_`.
    static func normalized(_ text: String) -> String {
        if let ascii = asciiNormalized(text) { return ascii }
        var result = ""
        var pendingSeparator = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSeparator, !result.isEmpty { result.append("_") }
                pendingSeparator = false
                result.append(character)
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    /// `normalized` of an ASCII text, byte by byte: a standards file names components in every
    /// row, and asking each character whether it is a letter made that the import's slowest part.
    /// Nil when the text is not ASCII.
    private static func asciiNormalized(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
                if pendingSeparator, !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
                pendingSeparator = false
                bytes.append(lower)
            } else {
                pendingSeparator = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
