/// An exact fraction of two `Int`s, always in lowest terms with a positive denominator.
///
/// Survey scores are classified against thresholds such as 65.00 and 88.31, and a score exactly
/// on a threshold must get the higher grade (PermenPAN-RB 14/2017). Binary floating point cannot
/// promise that, so every figure that decides a grade is a `Rational`.
///
/// **Range.** Pantau's inputs stay far inside `Int`: with n ≤ 10⁸ responses, a per-element sum is
/// at most 4n ≤ 4·10⁸, an IKM Σ Sᵢ/(9n) has a denominator ≤ 9·10⁸, and the score (×25) compared with
/// a threshold (denominator 100) needs products below 10¹³, against `Int.max` ≈ 9.2·10¹⁸.
/// Every operation reduces by the gcd as it goes, so intermediate values stay that small.
/// Should an operation still overflow, it never traps: the result falls back to the closest
/// fraction a `Double` can express (relative error about 10⁻¹⁶). Comparison, rounding and
/// formatting are exact for every representable value, using 128-bit intermediate products.
///
/// A zero denominator is a programming error, as for `Int` division.
public struct Rational: Sendable, Hashable {
    /// The numerator; carries the sign.
    public let numerator: Int
    /// The denominator; always positive.
    public let denominator: Int

    public static let zero = Rational(reduced: 0, 1)
    public static let one = Rational(reduced: 1, 1)

    /// The fraction `numerator / denominator`, reduced.
    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "Rational: zero denominator")
        if let (n, d) = Rational.normalized(numerator, denominator) {
            self.init(reduced: n, d)
        } else {
            self.init(approximating: Double(numerator) / Double(denominator))
        }
    }

    /// Stores an already reduced fraction with a positive denominator.
    private init(reduced numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    public var isInteger: Bool { denominator == 1 }

    // MARK: Normalisation

    /// Greatest common divisor of two magnitudes; `gcd(0, x) == x`.
    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// `n / d` in lowest terms with a positive denominator, or `nil` when that form does not fit in
    /// `Int` (only possible when `Int.min` is involved). `d` must not be zero.
    static func normalized(_ n: Int, _ d: Int) -> (Int, Int)? {
        let g = gcd(n.magnitude, d.magnitude)
        let nm = n.magnitude / g, dm = d.magnitude / g
        guard let den = Int(exactly: dm) else { return nil }
        if (n < 0) != (d < 0) {
            if nm == Int.min.magnitude { return (Int.min, den) }
            guard let num = Int(exactly: nm) else { return nil }
            return (-num, den)
        }
        guard let num = Int(exactly: nm) else { return nil }
        return (num, den)
    }

    /// The closest fraction with a denominator ≤ 2⁵³ (continued fractions); used only when an exact
    /// result does not fit in `Int`. Values beyond `Int`'s range saturate.
    init(approximating value: Double) {
        guard !value.isNaN else { self = .zero; return }
        let limit = Double(Int.max)  // 2⁶³ after rounding
        if value >= limit { self.init(reduced: Int.max, 1); return }
        if value <= -limit { self.init(reduced: -Int.max, 1); return }
        // Convergents h/k of the continued fraction of `value`.
        var (h0, h1) = (0, 1)
        var (k0, k1) = (1, 0)
        var x = value
        for _ in 0..<64 {
            let a = x.rounded(.down)
            guard let ai = Int(exactly: a) else { break }
            let (p, o1) = ai.multipliedReportingOverflow(by: h1)
            let (h2, o2) = p.addingReportingOverflow(h0)
            let (q, o3) = ai.multipliedReportingOverflow(by: k1)
            let (k2, o4) = q.addingReportingOverflow(k0)
            if o1 || o2 || o3 || o4 || k2 > 1 << 53 { break }
            (h0, h1, k0, k1) = (h1, h2, k1, k2)
            let fraction = x - a
            if fraction == 0 || Double(h1) / Double(k1) == value { break }
            x = 1 / fraction
        }
        guard k1 > 0, let (n, d) = Rational.normalized(h1, k1) else { self = .zero; return }
        self.init(reduced: n, d)
    }
}

// MARK: - Arithmetic

extension Rational {
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        combine(lhs, rhs, subtracting: false) ?? Rational(approximating: lhs.doubleValue + rhs.doubleValue)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        combine(lhs, rhs, subtracting: true) ?? Rational(approximating: lhs.doubleValue - rhs.doubleValue)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        product(lhs.numerator, lhs.denominator, rhs.numerator, rhs.denominator)
            ?? Rational(approximating: lhs.doubleValue * rhs.doubleValue)
    }

    /// Division; dividing by zero is a programming error, as for `Int`.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "Rational: division by zero")
        return product(lhs.numerator, lhs.denominator, rhs.denominator, rhs.numerator)
            ?? Rational(approximating: lhs.doubleValue / rhs.doubleValue)
    }

    public static prefix func - (value: Rational) -> Rational {
        value.numerator == Int.min ? Rational(approximating: -value.doubleValue) : Rational(reduced: -value.numerator, value.denominator)
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }
    public static func /= (lhs: inout Rational, rhs: Rational) { lhs = lhs / rhs }

    /// a/b ± c/d over the smallest common denominator (Knuth, TAOCP 4.5.1), or `nil` on overflow.
    private static func combine(_ lhs: Rational, _ rhs: Rational, subtracting: Bool) -> Rational? {
        let (a, b, c, d) = (lhs.numerator, lhs.denominator, rhs.numerator, rhs.denominator)
        let g = Int(gcd(b.magnitude, d.magnitude))
        let (bg, dg) = (b / g, d / g)
        let (left, o1) = a.multipliedReportingOverflow(by: dg)
        let (right, o2) = c.multipliedReportingOverflow(by: bg)
        let (n, o3) = subtracting ? left.subtractingReportingOverflow(right) : left.addingReportingOverflow(right)
        let (den, o4) = b.multipliedReportingOverflow(by: dg)
        guard !(o1 || o2 || o3 || o4), let (rn, rd) = normalized(n, den) else { return nil }
        return Rational(reduced: rn, rd)
    }

    /// (a/b)·(c/d) with cross-reduction first, or `nil` on overflow. `d` may be negative (division).
    private static func product(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Rational? {
        let g1 = gcd(a.magnitude, d.magnitude), g2 = gcd(c.magnitude, b.magnitude)
        guard let g1 = Int(exactly: g1), let g2 = Int(exactly: g2) else { return nil }
        let (n, o1) = (a / g1).multipliedReportingOverflow(by: c / g2)
        let (den, o2) = (b / g2).multipliedReportingOverflow(by: d / g1)
        guard !(o1 || o2), den != 0, let (rn, rd) = normalized(n, den) else { return nil }
        return Rational(reduced: rn, rd)
    }
}

// MARK: - Comparison

extension Rational: Comparable {
    /// Exact for every pair: the cross products are compared at 128 bits.
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }
}

// MARK: - Text and coding

extension Rational: CustomStringConvertible {
    /// The exact value as `numerator/denominator`, or the integer alone: `1/9`, `-3/2`, `65`.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }
}

extension Rational: Codable {
    private enum CodingKeys: String, CodingKey { case numerator, denominator }

    /// Decodes `{"numerator": n, "denominator": d}`, reducing it; a zero denominator is rejected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let n = try container.decode(Int.self, forKey: .numerator)
        let d = try container.decodeIfPresent(Int.self, forKey: .denominator) ?? 1
        guard d != 0, let (rn, rd) = Rational.normalized(n, d) else {
            throw DecodingError.dataCorruptedError(
                forKey: .denominator, in: container, debugDescription: "not a representable fraction: \(n)/\(d)")
        }
        self.init(reduced: rn, rd)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
    }
}
