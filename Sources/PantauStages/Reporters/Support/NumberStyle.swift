import PantauCore
import PantauYAML

/// Numbers as readers of each language write them: `78,09` and `1.523` in Indonesian,
/// `78.09` and `1,523` in English.
struct NumberStyle: Sendable {
    var language: Language

    var decimalSeparator: Character { language == .indonesian ? "," : "." }
    var groupingSeparator: String { language == .indonesian ? "." : "," }

    func decimal(_ value: Rational, places: Int) -> String {
        value.formatted(places: places, decimalSeparator: decimalSeparator)
    }

    func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: groupingSeparator)
    }

    /// A date in words: `25 November 2026` / `25 November 2026`.
    func date(_ date: CalendarDate) -> String {
        let months =
            language == .indonesian
            ? ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
