import Foundation

/// Gives each distinct name a small number, the first time it is seen.
///
/// Millions of records name a few hundred units and services; storing numbers keeps the data
/// small. Names are the same name when they differ only in case, in blanks around or between
/// words, or in Unicode composition ("Café" written with a combining accent): `key(_:)` is that
/// rule, the one place it is written. The first spelling seen is the one reports show.
///
/// Plain ASCII names are looked up straight from their bytes (an open-addressing table on a
/// word-at-a-time hash), sparing an import's hot path a `String` per field; other names go
/// through the full rule. Spellings met before are looked up byte for byte first: a name is
/// nearly always written the way it was the time before, and such a spelling needs neither the
/// check for plain ASCII nor case folding.
public struct NameInterner: Sendable {
    public private(set) var names: [String] = []
    /// The keys (see `key(_:)`) as UTF-8; entry i is name i's.
    private var keys = ByteTable()
    /// Spellings read from bytes, exactly as met, and the number of their name.
    private var spellings = ByteTable()

    public init() {}

    public var count: Int { names.count }

    public subscript(index: Int32) -> String { names[Int(index)] }

    /// The identity of a name: Unicode NFC, blanks trimmed and runs of blanks made one space,
    /// lower case.
    public static func key(_ name: String) -> String {
        if let plain = PlainTextKey.key(name, dashesAsBlanks: false) { return plain }
        return name.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
            .lowercased()
    }

    /// The number of a name, adding it if new.
    public mutating func index(of name: String) -> Int32 {
        var key = Self.key(name)
        let display = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return key.withUTF8 { lookUp(keyBytes: $0, folding: false) { display } }
    }

    /// The number of a name another interner gave out (its display spelling), adding it if new:
    /// quick for the plain ASCII names most records have.
    public mutating func index(ofName name: String) -> Int32 {
        var name = name
        return name.withUTF8 { index(ofUTF8: $0) }
    }

    /// The number of the name whose UTF-8 bytes (already trimmed) these are, adding it if new.
    public mutating func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let exact = Self.hash(bytes, folding: false)
        let met = spellings.find(bytes, hash: exact, folding: false)
        if let number = met.value { return number }
        let number: Int32
        // Plain ASCII with single spaces is its own key but for case: fold it while hashing.
        if let hash = Self.plainFoldedHash(bytes) {
            number = lookUp(keyBytes: bytes, folding: true, hash: hash) { String(decoding: bytes, as: UTF8.self) }
        } else {
            number = index(of: String(decoding: bytes, as: UTF8.self))
        }
        spellings.insert(bytes, hash: exact, value: number, at: met.slot)
        return number
    }

    /// Whether the bytes are printable ASCII or spaces, never two spaces in a row.
    static func isPlainSingleSpaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { plainFoldedHash(bytes) != nil }

    /// `hash(bytes, folding: true)` when the bytes are printable ASCII or spaces, never two spaces
    /// in a row; nil otherwise. One pass, eight bytes at a time (little-endian: byte i of a word
    /// is bits 8i ..< 8i + 8): a lookup per name field of every record is on an import's hot path.
    static func plainFoldedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        var previousWasSpace = false
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                // Not ASCII, or a control character (adding 0x60 to a byte below 0x20 leaves its top bit clear).
                guard word & highBits == 0, ~(word &+ 0x6060_6060_6060_6060) & highBits == 0 else { return nil }
                // Spaces: the bytes that are zero once 0x20 is taken away.
                let x = word ^ 0x2020_2020_2020_2020
                let spaces = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & highBits
                guard spaces & (spaces << 8) == 0, !(previousWasSpace && spaces & 0x80 != 0) else { return nil }
                previousWasSpace = spaces >> 63 != 0
                hash = mix(hash, fold(word))
                offset += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            let isSpace = byte == 0x20
            guard byte < 0x80, byte >= 0x20, !(isSpace && previousWasSpace) else { return nil }
            previousWasSpace = isSpace
            tail |= UInt64(lower(byte)) << shift
            shift += 8
            offset += 1
        }
        return finish(hash, tail)
    }

    /// Finds or adds a key. With `folding`, ASCII upper case in `keyBytes` counts as lower case.
    private mutating func lookUp(
        keyBytes bytes: UnsafeBufferPointer<UInt8>, folding: Bool, hash: UInt64? = nil, display: () -> String
    ) -> Int32 {
        let hash = hash ?? Self.hash(bytes, folding: folding)
        let found = keys.find(bytes, hash: hash, folding: folding)
        if let index = found.value { return index }
        let index = Int32(names.count)
        names.append(display())
        if folding {
            keys.insert(bytes.lazy.map(Self.lower), hash: hash, value: index, at: found.slot)
        } else {
            keys.insert(bytes, hash: hash, value: index, at: found.slot)
        }
        return index
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// ASCII upper case to lower case in all eight bytes at once: a byte is upper case when
    /// adding 0x3F carries into its top bit (≥ 0x41) and adding 0x25 does not (< 0x5B).
    @inline(__always)
    static func fold(_ word: UInt64) -> UInt64 {
        let heptets = word & 0x7F7F_7F7F_7F7F_7F7F
        let isUpper = (heptets &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(heptets &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return word | isUpper >> 2
    }

    /// A 64-bit hash taking eight bytes at a time (names are a few dozen bytes; byte-at-a-time
    /// FNV was a tenth of an import's time), finished with a multiply-xorshift mix.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = mix(hash, folding ? fold(word) : word)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(folding ? lower(bytes[offset]) : bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        return finish(hash, tail)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    @inline(__always)
    private static func finish(_ hash: UInt64, _ tail: UInt64) -> UInt64 {
        let mixed = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 32)
    }
}

/// Byte strings and the numbers they stand for, found by open addressing on a hash of eight
/// bytes at a time.
private struct ByteTable: Sendable {
    /// The byte strings back to back; entry i's is `storage[ends[i - 1] ..< ends[i]]`.
    private var storage: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    /// Entries, or -1 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The value stored for `bytes` (their ASCII upper case read as lower case with `folding`),
    /// or the slot where it belongs.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, folding: Bool) -> (value: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, matches(entry, bytes, folding: folding) { return (values[entry], slot) }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// Adds bytes `find` did not find, at the slot it gave.
    mutating func insert(_ bytes: some Collection<UInt8>, hash: UInt64, value: Int32, at slot: Int) {
        storage.append(contentsOf: bytes)
        ends.append(storage.count)
        hashes.append(hash)
        values.append(value)
        slots[slot] = Int32(values.count - 1)
        if values.count * 2 > slots.count { grow() }
    }

    /// Compares eight bytes at a time: a lookup per name field of every record is on an import's hot path.
    private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return storage.withUnsafeBytes { stored in
            let given = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = given.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if stored.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self) != (folding ? NameInterner.fold(word) : word) { return false }
                offset += 8
            }
            while offset < bytes.count {
                let byte = folding ? NameInterner.lower(bytes[offset]) : bytes[offset]
                if stored[start + offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }
}
