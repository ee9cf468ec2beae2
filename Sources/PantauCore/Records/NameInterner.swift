#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Gives each distinct name a small number, the first time it is seen.
///
/// Millions of records name a few hundred units and services; storing numbers keeps the data
/// small, and looking names up by their UTF-8 bytes (an open-addressing table on an FNV-1a hash)
/// spares the hot path of an import a `String` per field.
public struct NameInterner: Sendable {
    public private(set) var names: [String] = []
    private var storage: [UInt8] = []
    /// Name i's bytes are `storage[ends[i - 1] ..< ends[i]]`.
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Indices into `names`, or -1 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)

    public init() {}

    public var count: Int { names.count }

    public subscript(index: Int32) -> String { names[Int(index)] }

    /// The number of a name, adding it if new.
    public mutating func index(of name: String) -> Int32 {
        var bytes = name
        return bytes.withUTF8 { index(ofUTF8: $0, name: name) }
    }

    /// The number of the name whose UTF-8 bytes these are, adding it if new.
    public mutating func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        index(ofUTF8: bytes, name: nil)
    }

    private mutating func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, name: String?) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let candidate = Int(slots[slot])
            if hashes[candidate] == hash, matches(candidate, bytes) { return Int32(candidate) }
            slot = (slot + 1) & mask
        }
        let index = Int32(names.count)
        names.append(name ?? String(decoding: bytes, as: UTF8.self))
        storage.append(contentsOf: bytes)
        ends.append(storage.count)
        hashes.append(hash)
        slots[slot] = index
        if names.count * 2 > slots.count { grow() }
        return index
    }

    private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        guard ends[index] - start == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return storage.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + start, base, bytes.count) == 0 }
    }

    /// A 64-bit hash taking eight bytes at a time (names are a few dozen bytes; byte-at-a-time
    /// FNV was a tenth of an import's time), finished with a multiply-xorshift mix.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 32)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
