/// Where a complaint stands in its handling (SP4N-LAPOR!; PermenPAN-RB 62/2018).
///
/// Exports label statuses differently from region to region and version to version, so the
/// labels are mapped onto this fixed lifecycle by configuration (`ComplaintStatusMap`).
public enum ComplaintStatus: String, CaseIterable, Sendable, Codable {
    /// Received, not yet verified.
    case received
    /// Verified and forwarded (disposed) to the agency, which has not yet acted on it.
    case verified
    /// Being followed up by the agency (*tindak lanjut*).
    case inProgress = "in_progress"
    /// Followed up to completion (*selesai*).
    case finished
    /// Closed without follow-up: not a complaint, too general, a repeat.
    case archived
    /// Put on hold (*tunda*), usually waiting for the reporter to complete it.
    case delayed
    /// Outside the agency's authority (*bukan wewenang*).
    case notInAuthority = "not_in_authority"

    /// The name in Bahasa Indonesia, accepted in configuration as well as `rawValue`.
    public var indonesianName: String {
        switch self {
        case .received: "diterima"
        case .verified: "diverifikasi"
        case .inProgress: "tindak_lanjut"
        case .finished: "selesai"
        case .archived: "diarsipkan"
        case .delayed: "tunda"
        case .notInAuthority: "bukan_wewenang"
        }
    }

    /// A status named in configuration, in English or Bahasa Indonesia, without regard to case;
    /// a blank or `-` may stand for `_`.
    public static func named(_ text: String) -> ComplaintStatus? {
        let key = String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        return allCases.first { $0.rawValue == key || $0.indonesianName == key }
    }

    /// Every name configuration may use.
    public static var names: [String] { allCases.map(\.rawValue) + allCases.map(\.indonesianName) }
}

/// The kind of report in SP4N-LAPOR!'s classification.
public enum ComplaintClassification: String, CaseIterable, Sendable, Codable {
    case aspiration
    case complaint
    case informationRequest = "information_request"
    case whistleblowing

    /// The label LAPOR! uses.
    public var indonesianName: String {
        switch self {
        case .aspiration: "aspirasi"
        case .complaint: "pengaduan"
        case .informationRequest: "permintaan informasi"
        case .whistleblowing: "whistle blowing"
        }
    }

    /// A classification as exports write it, in either language, without regard to case,
    /// blanks, `-` or `_`: `Pengaduan`, `Permintaan Informasi`, `Whistle Blowing System`, `WBS`.
    public static func named(_ text: String) -> ComplaintClassification? {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "aspirasi", "aspiration": return .aspiration
        case "pengaduan", "complaint": return .complaint
        case "permintaaninformasi", "informationrequest", "requestforinformation": return .informationRequest
        case "whistleblowing", "whistleblowingsystem", "wbs": return .whistleblowing
        default: return nil
        }
    }
}
