/// The language a person reads Pantau's messages and reports in.
///
/// Bahasa Indonesia is the default: the people who use Pantau work in it.
public enum Language: String, Sendable, CaseIterable, Codable {
    case indonesian = "id"
    case english = "en"

    public static let `default`: Language = .indonesian
}

/// A user-facing message that exists in every supported language.
///
/// Each layer keeps its messages as one enum, with one catalogue file per language that
/// gives the text of every case; code paths never carry user-facing strings themselves.
public protocol LocalizedMessage: Sendable {
    /// A stable identifier such as `yaml.duplicate-key`, for documentation and tests.
    var code: String { get }
    /// What is wrong, in the given language.
    func text(_ language: Language) -> String
    /// How to fix it, in the given language, when there is something useful to say.
    func hint(_ language: Language) -> String?
}

extension LocalizedMessage {
    public func hint(_ language: Language) -> String? { nil }
}

/// A message whose texts come from two catalogues, one per language: the enum lists the cases,
/// `…+Indonesian.swift` and `…+English.swift` give their words.
public protocol CatalogueMessage: LocalizedMessage {
    var indonesianText: String { get }
    var englishText: String { get }
    var indonesianHint: String? { get }
    var englishHint: String? { get }
}

extension CatalogueMessage {
    public func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesianText
        case .english: englishText
        }
    }

    public func hint(_ language: Language) -> String? {
        switch language {
        case .indonesian: indonesianHint
        case .english: englishHint
        }
    }
}
