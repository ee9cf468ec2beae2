public import PantauYAML

/// One grade of a survey scheme: the service quality (*mutu*) and unit performance (*kinerja unit*)
/// given to every score at or above `minimumScore`, up to the next band.
public struct GradeBand: Sendable, Hashable, Codable {
    /// The quality grade (*mutu*): `A`, `B`, `C`, `D`.
    public var grade: String
    /// The lowest score of the band, inclusive, on the converted scale (25–100).
    public var minimumScore: Rational
    /// The unit's performance (*kinerja unit*) in Bahasa Indonesia: `Sangat Baik`, `Baik`, …
    public var quality: String
    public var englishQuality: String

    public init(grade: String, minimumScore: Rational, quality: String, englishQuality: String) {
        self.grade = grade
        self.minimumScore = minimumScore
        self.quality = quality
        self.englishQuality = englishQuality
    }

    public func localizedQuality(_ language: Language) -> String {
        switch language {
        case .indonesian: quality
        case .english: englishQuality
        }
    }
}
