/// A value people write as a word in minutes and spreadsheets, such as a meeting kind or a
/// status: its canonical word (the raw value, in Bahasa Indonesia) and the other spellings that
/// mean the same (long forms, English). Compared without case, and with `-`, `_` and runs of
/// blanks read as one space, so `Uji Coba`, `uji-coba` and `uji_coba` are one word.
public protocol RecordWord: RawRepresentable<String>, CaseIterable, Sendable, Hashable where AllCases == [Self] {
    /// Other ways of writing the value.
    var otherSpellings: [String] { get }
}

extension RecordWord {
    /// The value a word names, or nil when it names none.
    public init?(word: String) {
        let key = RecordWords.key(word)
        guard !key.isEmpty,
            let match = Self.allCases.first(where: { value in
                RecordWords.key(value.rawValue) == key || value.otherSpellings.contains { RecordWords.key($0) == key }
            })
        else { return nil }
        self = match
    }

    /// The canonical words, in declaration order: what a message lists as allowed.
    public static var words: [String] { allCases.map(\.rawValue) }

    /// Every spelling the type reads, canonical words first: the candidates for "did you mean …?".
    public static var spellings: [String] { words + allCases.flatMap(\.otherSpellings) }
}

/// How record words are compared.
public enum RecordWords {
    /// Lower case, `-` and `_` as blanks, blanks collapsed and trimmed.
    public static func key(_ text: String) -> String {
        if let plain = PlainTextKey.key(text, dashesAsBlanks: true) { return plain }
        return String(text.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// Whether two names are the same once case and blanks are set aside.
    public static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }
}
