/// A pseudonym for a complaint's reporter, for counting repeat reporters without keeping who
/// they are (UU 27/2022 on personal data protection).
///
/// The key is HMAC-SHA-256 of the reporter's NIK, phone number or e-mail address under a
/// secret salt. A plain hash would not do: NIKs and phone numbers are few enough to hash them
/// all, so without the salt anyone could turn a key back into the number. With the same salt,
/// the same reporter gets the same key in every import, across periods.
public struct ReporterKey: Sendable {
    /// SHA-256 after the salt's inner and outer HMAC blocks: each key then hashes only the
    /// identifier, not the salt again.
    private let inner: SHA256
    private let outer: SHA256

    public init(salt: String) {
        (inner, outer) = SHA256.hmacStates(key: Array(salt.utf8))
    }

    /// The key of an identifier as exports write it, or nil when it holds nothing to identify
    /// anyone. Written the same way, the same person gets the same key: an e-mail address
    /// without regard to case; a number by its digits only, with a phone number's country code
    /// `62` written as the leading `0` (a 16-digit NIK is kept as it is).
    public func key(for identifier: String) -> String? {
        guard let normalized = Self.normalized(identifier) else { return nil }
        let digest = SHA256.hmac(inner: inner, outer: outer, message: Array(normalized.utf8))
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func normalized(_ identifier: String) -> String? {
        if identifier.utf8.contains(UInt8(ascii: "@")) {
            return identifier.split(whereSeparator: \.isWhitespace).joined().lowercased()
        }
        // Read on the bytes: a key is made for every complaint of a region.
        var digits = identifier.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty else { return nil }
        if digits.count != 16, digits.starts(with: Array("62".utf8)) { digits = Array("0".utf8) + digits.dropFirst(2) }
        return String(decoding: digits, as: UTF8.self)
    }
}

/// SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for `ReporterKey`: a few dozen lines
/// spare the project a cryptography dependency for one digest of a short string per record.
struct SHA256: Sendable {
    private var state = SIMD8<UInt32>(
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
    /// Bytes not yet compressed: fewer than a block.
    private var pending: [UInt8] = []
    private var length = 0

    mutating func update(_ bytes: [UInt8]) {
        length += bytes.count
        pending += bytes
        guard pending.count >= 64 else { return }
        let whole = pending.count - pending.count % 64
        pending.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: whole, by: 64) { compress(UnsafeBufferPointer(rebasing: buffer[start..<start + 64])) }
        }
        pending.removeFirst(whole)
    }

    /// The digest of everything given to `update`.
    func finish() -> [UInt8] {
        var last = self
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bits = UInt64(length) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: tail.count, by: 64) { last.compress(UnsafeBufferPointer(rebasing: buffer[start..<start + 64])) }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for index in 0..<8 {
            let word = last.state[index]
            digest += [UInt8(truncatingIfNeeded: word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        return digest
    }

    static func hash(_ message: [UInt8]) -> [UInt8] {
        var sha = SHA256()
        sha.update(message)
        return sha.finish()
    }

    /// The states after HMAC's inner and outer key blocks.
    static func hmacStates(key: [UInt8]) -> (inner: SHA256, outer: SHA256) {
        var block = key.count > 64 ? hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256(), outer = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        outer.update(block.map { $0 ^ 0x5c })
        return (inner, outer)
    }

    static func hmac(inner: SHA256, outer: SHA256, message: [UInt8]) -> [UInt8] {
        var inner = inner, outer = outer
        inner.update(message)
        outer.update(inner.finish())
        return outer.finish()
    }

    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let (inner, outer) = hmacStates(key: key)
        return hmac(inner: inner, outer: outer, message: message)
    }

    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
            for t in 0..<16 {
                let i = t * 4
                words[t] = UInt32(block[i]) << 24 | UInt32(block[i + 1]) << 16 | UInt32(block[i + 2]) << 8 | UInt32(block[i + 3])
            }
            for t in 16..<64 {
                let s0 = rotate(words[t - 15], 7) ^ rotate(words[t - 15], 18) ^ (words[t - 15] >> 3)
                let s1 = rotate(words[t - 2], 17) ^ rotate(words[t - 2], 19) ^ (words[t - 2] >> 10)
                words[t] = words[t - 16] &+ s0 &+ words[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            for t in 0..<64 {
                let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ s1 &+ choice &+ Self.roundConstants[t] &+ words[t]
                let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
            }
            state &+= SIMD8(a, b, c, d, e, f, g, h)
        }
    }

    private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 { value >> count | value << (32 - count) }

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
