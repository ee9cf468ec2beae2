public import PantauCore

// Amounts, yes/no answers and lists, as people type them into spreadsheets and standards files.
extension FieldParsers {
    /// A number with Indonesian separators (`1.234,5`: `.` groups thousands, `,` marks the
    /// decimals), or the international form (`1234.5`, `1,234.5`), read exactly.
    ///
    /// Indonesian usage decides the ambiguous cases: `1,5` is one and a half, and `1.250` is one
    /// thousand two hundred and fifty (a single `.` followed by exactly three digits groups
    /// thousands unless the number starts with `0`, as in `0.125`).
    public static func decimal(_ raw: String) -> Rational? {
        var text = Substring(raw.trimmingBlanks)
        var negative = false
        if let sign = text.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
            negative = sign != "+"
            text = text.dropFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        let commas = text.filter { $0 == "," }.count, dots = text.filter { $0 == "." }.count
        var decimalMark: Character?
        var grouping: Character?
        switch (commas, dots) {
        case (0, 0): break
        case (_, 0): (decimalMark, grouping) = commas == 1 ? (",", nil) : (nil, ",")
        case (0, 1):
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let groupsThousands = parts[1].count == 3 && (1...3).contains(parts[0].count) && parts[0].first != "0"
            (decimalMark, grouping) = groupsThousands ? (nil, ".") : (".", nil)
        case (0, _): grouping = "."
        default:
            // Both: the one written last marks the decimals, and must be written once.
            let last = text.last { $0 == "," || $0 == "." }!
            decimalMark = last
            grouping = last == "," ? "." : ","
            guard text.filter({ $0 == last }).count == 1 else { return nil }
        }
        var whole = text, fraction: Substring = ""
        if let decimalMark, let mark = text.firstIndex(of: decimalMark) {
            whole = text[..<mark]
            fraction = text[text.index(after: mark)...]
            guard !fraction.isEmpty, !fraction.contains(",") && !fraction.contains(".") else { return nil }
        }
        if let grouping {
            let groups = whole.split(separator: grouping, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            whole = Substring(groups.joined())
        }
        guard !whole.isEmpty, whole.allSatisfy(\.isNumber) else { return nil }
        let plain = (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
        return Rational(decimal: plain)
    }

    /// An amount in Rupiah: a number as `decimal` reads it, after an optional `Rp`, `Rp.` or
    /// `IDR` and before an optional `,-` (`Rp 50.000,-`); `gratis`, `free` or `tidak dipungut
    /// biaya` for zero.
    public static func rupiah(_ raw: String) -> Rational? {
        var text = raw.trimmingBlanks.lowercased()
        if ["gratis", "free", "tidak dipungut biaya", "tanpa biaya", "tidak ada biaya"].contains(text) { return .zero }
        for prefix in ["rp.", "rp", "idr"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingBlanks
            break
        }
        for suffix in [",-", ".-", ",00", ".00"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
            break
        }
        return decimal(text.replacingBlanks)
    }

    /// A yes or no as people write it: `ya`, `yes`, `y`, `true`, `1` or `tidak`, `no`, `n`,
    /// `false`, `0`, without regard to case.
    public static func yesNo(_ raw: String) -> Bool? {
        switch raw.trimmingBlanks.lowercased() {
        case "ya", "yes", "y", "true", "1": true
        case "tidak", "no", "n", "false", "0": false
        default: nil
        }
    }

    /// The words `yesNo` accepts, for messages.
    public static let yesNoWords = ["ya", "tidak", "yes", "no", "1", "0"]

    /// The items of a list written in one cell: separated by `;`, `|` or line breaks (not by
    /// commas, which names such as "Sistem, Mekanisme, dan Prosedur" contain), blanks dropped.
    public static func listItems(_ raw: String) -> [String] {
        if let ascii = asciiListItems(raw) { return ascii }
        return raw.split(whereSeparator: { $0 == ";" || $0 == "|" || $0.isNewline }).map { String($0).trimmingBlanks }.filter { !$0.isEmpty }
    }

    /// `listItems` of an ASCII text, on its bytes: a standards file has lists in every row, and
    /// splitting and trimming them character by character was much of its import. Nil when the
    /// text is not ASCII. (The ASCII line ends are LF, VT, FF and CR; white space adds tab and space.)
    private static func asciiListItems(_ raw: String) -> [String]? {
        let bytes = raw.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        return bytes.split(whereSeparator: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") || (0x0A...0x0D).contains($0) })
            .compactMap { part in
                guard let first = part.firstIndex(where: { !isBlank($0) }), let last = part.lastIndex(where: { !isBlank($0) }) else { return nil }
                return String(decoding: part[first...last], as: UTF8.self)
            }
    }
}

extension String {
    /// Without surrounding white space, the no-break space included (spreadsheets keep it).
    var trimmingBlanks: String {
        // Most values start and end with a visible ASCII character: such a character is one
        // character of its own, and no blank, so there is nothing to trim.
        let isASCIIBlank = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !isASCIIBlank(first), !isASCIIBlank(last) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Without any white space: `50 000` and `50 000` as `50000`.
    fileprivate var replacingBlanks: String { String(filter { !$0.isWhitespace }) }
}
