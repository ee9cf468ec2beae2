// Decimal text in and out: reading thresholds such as "88.31" from configuration, and writing
// scores in reports with a fixed number of places.

extension Rational {
    /// Parses a plain decimal exactly: `65`, `88.31`, `3.841`, `-0.5`, `+2`.
    ///
    /// Digits are required on both sides of the point; no exponent, no grouping, no spaces and
    /// no decimal comma (convert "91,77" before calling). Returns `nil` when the text is not such
    /// a number or does not fit in `Int`.
    public init?(decimal text: String) {
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        let whole: Substring
        var fraction: Substring
        if let point = rest.firstIndex(of: ".") {
            whole = rest[..<point]
            fraction = rest[rest.index(after: point)...]
            guard !fraction.isEmpty else { return nil }
        } else {
            whole = rest
            fraction = ""
        }
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        // Trailing zeros add nothing and could only make the scale overflow.
        while fraction.last == "0" { fraction = fraction.dropLast() }
        var value = 0
        var scale = 1
        for character in whole + fraction {
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.addingReportingOverflow(Int(character.asciiValue! - 48))
            guard !(o1 || o2) else { return nil }
            value = next
        }
        for _ in fraction {
            let (next, overflow) = scale.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            scale = next
        }
        self.init(negative ? -value : value, scale)
    }

    /// The value rounded to `places` decimals, halves away from zero: 88.305 → 88.31, −2.5 → −3.
    ///
    /// `places` is clamped to 0…18. A value too large to be written with that many places in
    /// `Int` is returned unchanged.
    public func rounded(toPlaces places: Int) -> Rational {
        let places = min(max(places, 0), 18)
        let digits = decimalDigits(places: places)
        var magnitude = digits.whole
        for digit in digits.fraction {
            let (shifted, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.addingReportingOverflow(UInt(digit))
            guard !(o1 || o2) else { return self }
            magnitude = next
        }
        var scale = 1
        for _ in 0..<places { scale *= 10 }  // ≤ 10¹⁸ < Int.max
        if digits.negative {
            if magnitude == Int.min.magnitude { return Rational(Int.min, scale) }
            guard let m = Int(exactly: magnitude) else { return self }
            return Rational(-m, scale)
        }
        guard let m = Int(exactly: magnitude) else { return self }
        return Rational(m, scale)
    }

    /// The value written with exactly `places` decimals, rounded halves away from zero:
    /// 88.305 → `88.31`, 65 → `65.00`, 2/3 → `0.67`. Exact for every value. A negative value that
    /// rounds to zero is written without a sign. `places` is clamped to 0…100.
    public func formatted(places: Int, decimalSeparator: Character = ".") -> String {
        let digits = decimalDigits(places: min(max(places, 0), 100))
        var text = digits.negative ? "-" : ""
        text += String(digits.whole)
        if !digits.fraction.isEmpty {
            text.append(decimalSeparator)
            text += digits.fraction.map { String($0) }.joined()
        }
        return text
    }

    /// Sign, integer part and `places` fraction digits of the value rounded half away from zero,
    /// by long division on magnitudes; no step can overflow.
    private func decimalDigits(places: Int) -> (negative: Bool, whole: UInt, fraction: [UInt8]) {
        let n = numerator.magnitude, d = denominator.magnitude
        var whole = n / d
        var remainder = n % d
        var fraction: [UInt8] = []
        fraction.reserveCapacity(places)
        for _ in 0..<places {
            // remainder < d, so remainder·10 / d < 10.
            let (quotient, next) = d.dividingFullWidth(remainder.multipliedFullWidth(by: 10))
            fraction.append(UInt8(quotient))
            remainder = next
        }
        // Half or more of the last place rounds away from zero (remainder < d < 2⁶³, so 2·remainder fits).
        if remainder * 2 >= d {
            var position = fraction.count - 1
            var carry = true
            while carry && position >= 0 {
                if fraction[position] == 9 {
                    fraction[position] = 0
                } else {
                    fraction[position] += 1
                    carry = false
                }
                position -= 1
            }
            if carry { whole += 1 }  // whole ≤ 2⁶³, so this fits in UInt.
        }
        let isZero = whole == 0 && fraction.allSatisfy { $0 == 0 }
        return (numerator < 0 && !isZero, whole, fraction)
    }
}

extension Character {
    /// One of 0–9 and nothing more: "1\u{301}" (a digit with a combining mark) is not a digit.
    var isASCIIDigit: Bool { asciiValue.map { (48...57).contains($0) } ?? false }
}
