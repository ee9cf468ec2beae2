/// A short text written in both languages beside the thing it documents, such as a stage's
/// summary, an option's help, or the place a message speaks of ("the pipeline", "stage 'skm'"). Descriptors keep these inline so that one declaration is the
/// single source of truth for validation, `pantau stages` and the generated reference.
public struct LocalizedText: Sendable, Hashable {
    public var indonesian: String
    public var english: String

    public init(id indonesian: String, en english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }
}
