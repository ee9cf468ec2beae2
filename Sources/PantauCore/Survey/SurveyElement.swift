public import PantauYAML

/// One element (*unsur*) of a satisfaction survey, such as U1 Persyaratan.
public struct SurveyElement: Sendable, Hashable, Codable {
    /// The element's code in its scheme: `U1`, `U2`, …
    public var code: String
    /// The name in the regulation, in Bahasa Indonesia.
    public var name: String
    public var englishName: String

    public init(code: String, name: String, englishName: String) {
        self.code = code
        self.name = name
        self.englishName = englishName
    }

    public func localizedName(_ language: Language) -> String {
        switch language {
        case .indonesian: name
        case .english: englishName
        }
    }
}
