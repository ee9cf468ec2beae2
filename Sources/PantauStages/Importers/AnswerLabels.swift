import PantauCore

/// Answers written as words ("Sangat sesuai") rather than numbers, as many survey apps export
/// them. The shipped list covers the answer options of PermenPAN-RB 14/2017's sample
/// questionnaire and those seen in common SKM apps; a pipeline adds or overrides labels with
/// `answer_labels:`. Labels are matched without regard to case, blanks or punctuation.
struct AnswerLabels: Sendable {
    static let shipped: [Int: [String]] = [
        1: [
            "tidak sesuai", "tidak mudah", "tidak cepat", "sangat mahal", "tidak kompeten", "tidak mampu", "tidak sopan dan ramah",
            "tidak sopan", "tidak baik", "buruk", "sangat buruk", "tidak tepat waktu", "tidak puas", "sangat tidak puas",
            "tidak ada", "sangat tidak sesuai", "tidak dikelola", "tidak berkualitas",
        ],
        2: [
            "kurang sesuai", "kurang mudah", "kurang cepat", "cukup mahal", "kurang kompeten", "kurang mampu", "kurang sopan dan ramah",
            "kurang sopan", "kurang baik", "cukup", "kurang tepat waktu", "kadang tepat waktu", "kurang puas", "ada tetapi tidak berfungsi",
            "kurang berkualitas", "mahal",
        ],
        3: [
            "sesuai", "mudah", "cepat", "murah", "kompeten", "mampu", "sopan dan ramah", "sopan", "baik", "tepat waktu", "banyak tepat waktu",
            "puas", "berfungsi kurang maksimal", "berkualitas",
        ],
        4: [
            "sangat sesuai", "sangat mudah", "sangat cepat", "gratis", "sangat kompeten", "sangat mampu", "sangat sopan dan ramah",
            "sangat sopan", "sangat baik", "selalu tepat waktu", "sangat puas", "dikelola dengan baik", "sangat berkualitas",
        ],
    ]

    private var values: [String: Int] = [:]

    init(overrides: [String: Int] = [:]) {
        for (value, labels) in Self.shipped {
            for label in labels { values[Self.key(label)] = value }
        }
        for (label, value) in overrides { values[Self.key(label)] = value }
    }

    /// The answer a label stands for, if it is a known label.
    func value(of label: String) -> Int? { values[Self.key(label)] }

    /// Lower case, letters and digits only, single spaces: "Sangat  Sesuai." → "sangat sesuai".
    static func key(_ label: String) -> String {
        let spaced = String(label.lowercased().map { (character: Character) -> Character in
            character.isLetter || character.isNumber ? character : " "
        })
        return spaced.split(separator: " ").joined(separator: " ")
    }
}
