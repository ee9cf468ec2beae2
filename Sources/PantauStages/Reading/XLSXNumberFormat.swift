import Foundation

/// How a cell style shows a number, as far as reading a table cares: as itself, as a date, or
/// as a time of day (or an elapsed time). Excel stores a date as a number of days, so without
/// this a date column would read as 46023.
enum XLSXNumberFormat: Equatable, Sendable {
    case plain
    /// A date, or a date and time (whose time is dropped).
    case date
    /// A time without a date; `elapsed` for `[h]:mm` durations, which may pass 24 hours.
    case time(elapsed: Bool)

    /// Excel's built-in formats: 14–17 and 22 are dates (22 with a time), 18–21 and 45–47 times
    /// (46 `[h]:mm:ss` elapsed). Every other built-in id shows numbers as numbers.
    init(builtIn id: Int) {
        switch id {
        case 14...17, 22: self = .date
        case 18...21, 45, 47: self = .time(elapsed: false)
        case 46: self = .time(elapsed: true)
        default: self = .plain
        }
    }

    /// A format written out in `styles.xml`, such as `dd/mm/yyyy`, `[$-421]d mmmm yyyy;@` or
    /// `h:mm`. Only the first section (for positive numbers) is read. Quoted text, escaped
    /// characters, `_x` and `*x` paddings, colours, conditions and locales do not count; `AM/PM`
    /// is not a month. `m` means minutes right after an hour or before seconds (`h:mm`, `mm:ss`),
    /// a month otherwise, as in Excel. A format with a day, month or year part is a date; one with
    /// only hours, minutes or seconds, including elapsed `[h]`, `[mm]`, `[ss]`, is a time.
    init(code: String) {
        let characters = Array(code)
        var runs: [(letter: Character, length: Int)] = []
        var elapsed = false
        var separated = true
        func add(_ letter: Character, _ length: Int = 1) {
            if !separated, let last = runs.last, last.letter == letter {
                runs[runs.count - 1].length += length
            } else {
                runs.append((letter, length))
            }
            separated = false
        }
        var index = 0
        scan: while index < characters.count {
            let character = characters[index]
            switch character {
            case ";": break scan
            case "\"":
                index += 1
                while index < characters.count, characters[index] != "\"" { index += 1 }
                index += 1
                separated = true
            case "\\", "_", "*":
                index += 2
                separated = true
            case "[":
                var end = index + 1
                while end < characters.count, characters[end] != "]" { end += 1 }
                let inside = String(characters[min(index + 1, characters.count)..<min(end, characters.count)]).lowercased()
                if let first = inside.first, "hms".contains(first), inside.allSatisfy({ $0 == first }) {
                    elapsed = true
                    add(first, inside.count)
                }
                index = end + 1
                separated = true
            default:
                let rest = String(characters[index...]).lowercased()
                if rest.hasPrefix("am/pm") {
                    index += 5
                    separated = true
                } else if rest.hasPrefix("a/p") {
                    index += 3
                    separated = true
                } else if let lower = character.lowercased().first, "ymdhs".contains(lower) {
                    add(lower)
                    index += 1
                } else {
                    index += 1
                    separated = true
                }
            }
        }
        var date = false, time = false
        for (position, run) in runs.enumerated() {
            switch run.letter {
            case "y", "d": date = true
            case "h", "s": time = true
            default:  // "m"
                let previous = runs[..<position].last { $0.letter != "m" }?.letter
                let next = runs[(position + 1)...].first { $0.letter != "m" }?.letter
                if run.length <= 2, previous == "h" || next == "s" || (elapsed && previous == nil && next == nil) {
                    time = true
                } else {
                    date = true
                }
            }
        }
        self = date ? .date : time ? .time(elapsed: elapsed) : .plain
    }

    /// The text a number in this format reads as: an ISO date for dates, `HH:MM:SS` for times,
    /// the number itself otherwise (and for a date out of Excel's range).
    func text(_ value: String, date1904: Bool) -> String {
        switch self {
        case .plain: return XLSXValueText.number(value)
        case .date:
            guard let serial = Double(value), let date = XLSXValueText.date(serial: serial, date1904: date1904) else {
                return XLSXValueText.number(value)
            }
            return date
        case .time(let elapsed):
            guard let serial = Double(value), let time = XLSXValueText.time(serial: serial, elapsed: elapsed) else {
                return XLSXValueText.number(value)
            }
            return time
        }
    }
}

/// The text of cell values as a CSV export would hold them.
enum XLSXValueText {
    /// A number as written in the sheet, without floating-point noise: `3` stays `3`, `1.50`
    /// reads `1.5`, and `0.30000000000000004` (17 digits, as Excel stores 0.1 + 0.2) reads `0.3`,
    /// the 15 significant digits Excel shows. Text that is no number is kept as it is.
    static func number(_ raw: String) -> String {
        let text = trimmed(raw)
        let utf8 = Array(text.utf8)
        // Plain decimals of at most 15 significant digits are kept as written, trailing zeros
        // of the fraction dropped; anything else goes through a Double.
        var digits = 0, dot = -1, leadingZeros = true, plain = !utf8.isEmpty
        for (index, byte) in utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "."):
                if dot >= 0 { plain = false }
                dot = index
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if byte != UInt8(ascii: "0") { leadingZeros = false }
                if !leadingZeros { digits += 1 }
            default: plain = false
            }
        }
        if plain, digits <= 15, utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            guard dot >= 0 else { return text }
            var end = utf8.count
            while end > dot + 1, utf8[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if end == dot + 1 { end = dot }
            let trimmed = String(decoding: utf8[..<end], as: UTF8.self)
            return trimmed == "-0" || trimmed == "-" || trimmed.isEmpty ? "0" : trimmed
        }
        guard let value = Double(text), value.isFinite else { return text }
        return significant15(value)
    }

    /// Text without surrounding spaces and tabs; the same string, at no cost, when it has none
    /// (Foundation's trimming costs more than reading the cell did).
    @inline(__always)
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard blank(first) || blank(last) else { return text }
        guard let start = utf8.firstIndex(where: { !blank($0) }), let end = utf8.lastIndex(where: { !blank($0) }) else { return "" }
        return String(text[start...end])
    }

    /// A number rounded to 15 significant digits, written out without an exponent unless it is
    /// very large or very small.
    static func significant15(_ value: Double) -> String {
        if value == 0 { return "0" }
        // "%.14e" gives d.dddddddddddddde±x: 15 significant digits and the exponent.
        let scientific = String(format: "%.14e", abs(value))
        let parts = scientific.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return String(value) }
        var digits = Array(parts[0].replacingOccurrences(of: ".", with: ""))
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let sign = value < 0 ? "-" : ""
        guard (-10...20).contains(exponent) else {
            let mantissa = digits.count > 1 ? "\(digits[0]).\(String(digits[1...]))" : String(digits[0])
            return "\(sign)\(mantissa)E\(exponent < 0 ? "-" : "+")\(abs(exponent))"
        }
        if exponent >= 0 {
            let integerCount = exponent + 1
            if digits.count <= integerCount {
                return sign + String(digits) + String(repeating: "0", count: integerCount - digits.count)
            }
            return sign + String(digits[..<integerCount]) + "." + String(digits[integerCount...])
        }
        return sign + "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
    }

    /// An Excel date serial as `YYYY-MM-DD`, its time of day dropped. In the 1900 system, serial
    /// 1 is 1900-01-01 and serial 60 the 1900-02-29 that Lotus 1-2-3 invented and Excel kept (it is
    /// read as written, and rejected as a date like any impossible one); serial 0 is Excel's
    /// 1900-01-00. In the 1904 system serial 0 is 1904-01-01. Nil out of Excel's range (to 9999).
    static func date(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        // Excel rounds to the millisecond before it shows a date: 46023.999999 is still 1 January,
        // 46023.99999999999 (midnight after floating-point noise) is 2 January.
        let day = Int((serial * 86_400_000).rounded() / 86_400_000)
        if date1904 { return iso(daysSince1970: day - 24_107) }
        switch day {
        case 0: return "1900-01-00"
        case 60: return "1900-02-29"
        case 1..<60: return iso(daysSince1970: day - 25_568)
        default: return iso(daysSince1970: day - 25_569)
        }
    }

    /// The time part of a serial as `HH:MM:SS`; for elapsed formats the hours run on past 24.
    static func time(serial: Double, elapsed: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var seconds = Int((serial * 86_400).rounded())
        if !elapsed { seconds %= 86_400 }
        let hours = seconds / 3600, minutes = seconds / 60 % 60
        return "\(padded(hours, 2)):\(padded(minutes, 2)):\(padded(seconds % 60, 2))"
    }

    /// A day count from 1970-01-01 as an ISO date (the proleptic Gregorian calendar).
    static func iso(daysSince1970 days: Int) -> String {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
