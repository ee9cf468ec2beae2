import PantauYAML

/// How heavy a complaint is, for its completion limit. Regions publish tiered limits in their
/// complaint-handling standards, commonly: light 2, normative 5, without supervision content 14,
/// with supervision content and an examination 60 working days.
enum ComplaintTier: String, CaseIterable, Sendable {
    /// *Pengaduan ringan*.
    case light
    /// *Pengaduan bersifat normatif*.
    case normative
    /// *Pengaduan tidak berkadar pengawasan*.
    case unsupervised
    /// *Pengaduan berkadar pengawasan* that needs an examination.
    case supervised

    var name: LocalizedText {
        switch self {
        case .light: LocalizedText(id: "ringan", en: "light")
        case .normative: LocalizedText(id: "normatif", en: "normative")
        case .unsupervised: LocalizedText(id: "tidak berkadar pengawasan", en: "unsupervised")
        case .supervised: LocalizedText(id: "berkadar pengawasan", en: "supervised")
        }
    }

    var defaultDays: Int {
        switch self {
        case .light: 2
        case .normative: 5
        case .unsupervised: 14
        case .supervised: 60
        }
    }

    var daysKey: String { "\(rawValue)_days" }
    var categoriesKey: String { "\(rawValue)_categories" }

    /// The parameters of every tier: its limit, and the categories that put a complaint in it.
    static var parameters: [RuleParameter] {
        allCases.map { tier in
            RuleParameter(
                tier.daysKey, .integer(1...365), default: .integer(tier.defaultDays),
                help: LocalizedText(
                    id: "Batas penyelesaian pengaduan tingkat \(tier.name.indonesian), dalam hari kerja.",
                    en: "The completion limit of complaints in the \(tier.name.english) tier (\(tier.name.indonesian)), in working days."))
        }
            + allCases.map { tier in
                RuleParameter(
                    tier.categoriesKey, .words, default: .words([]),
                    help: LocalizedText(
                        id: "Kategori pengaduan yang termasuk tingkat \(tier.name.indonesian).",
                        en: "The complaint categories in the \(tier.name.english) tier (\(tier.name.indonesian))."))
            }
    }
}

/// The limit each complaint gets: the first tier, from light to supervised, whose categories
/// name the complaint's category; else the default tier.
struct ComplaintTiers: Sendable {
    let days: [ComplaintTier: Int]
    /// The tier of each category the settings name, by its words: the first tier naming it, found
    /// once rather than for every complaint judged.
    private let tierOfCategory: [String: ComplaintTier]
    let fallback: ComplaintTier

    init(settings: RuleSettings, fallback: ComplaintTier) {
        var days: [ComplaintTier: Int] = [:]
        for tier in ComplaintTier.allCases { days[tier] = settings.integer(tier.daysKey) }
        self.days = days
        var tierOfCategory: [String: ComplaintTier] = [:]
        for tier in ComplaintTier.allCases {
            for category in settings.words(tier.categoriesKey) where tierOfCategory[RecordWords.key(category)] == nil {
                tierOfCategory[RecordWords.key(category)] = tier
            }
        }
        self.tierOfCategory = tierOfCategory
        self.fallback = fallback
    }

    func tier(of complaint: Complaint) -> ComplaintTier {
        guard let category = complaint.category.map(RecordWords.key) else { return fallback }
        return tierOfCategory[category] ?? fallback
    }

    func limit(of tier: ComplaintTier) -> Int { days[tier] ?? tier.defaultDays }
}
