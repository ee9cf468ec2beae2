import Foundation
import PantauPipeline

/// A value that writes itself as JSON; a document type writes its keys in sorted order.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

/// Writes JSON straight into bytes, exactly as Foundation's `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces per level, `" : "`
/// between a key and its value, empty containers as `[\n\n]` with the closing bracket
/// indented, strings escaped as the encoder escapes them (`"`, `\`, control characters;
/// `/` and non-ASCII as they are), numbers as the encoder formats them. The report keeps the
/// encoder's bytes, so reports from before and after read the same.
///
/// Why not the encoder: it first builds a tree of every value, then sorts and writes it; a
/// region's report (100 MB, 50,000 findings) took over a second and hundreds of MB that way.
/// Here each document writes itself in one pass, its keys listed in sorted order (checked in
/// debug builds; the tests compare with the encoder's bytes).
///
/// Bytes gather in a small buffer, handed on a chunk at a time to the file being written (or
/// kept in memory, for tests): the document is never held whole. Holding it meant touching
/// 100 MB of fresh memory, which cost as much time as writing the JSON. A writer is used in
/// place (`inout`), never copied: a copy would share the buffer.
struct JSONWriter {
    /// The bytes not yet handed on, written through a pointer: an array's `append` checks on
    /// every call that the array is unique and has room, which cost a fifth of the writing.
    private var pending: PendingBytes
    private let file: StagedFile?
    /// The document, when written to memory.
    private(set) var document = Data()
    private var depth = 0
    /// Whether the innermost open container already holds a member, so the next one follows a comma.
    private var hasMembers = false
    /// Whether a key was just written, so its value follows on the same line.
    private var afterKey = false
    /// A number JSON cannot hold (infinite or not a number), which the encoder refuses too.
    private var nonConformingNumber: Double?
    /// Why the file could not be written; the rest of the document is then dropped.
    private var failure: (any Error)?
    #if DEBUG
    /// The last key of each open object, to check that keys come in ascending order.
    private var lastKeys: [[UInt8]?] = []
    #endif

    /// Indentation for 16 levels, as a literal so that copying from it counts no references.
    private static let spaces: StaticString = "                                "
    private static let hexDigits: StaticString = "0123456789abcdef"

    /// A writer into `file`, or into `document` when there is none.
    init(into file: StagedFile? = nil) {
        self.file = file
        pending = PendingBytes(capacity: 1 << 16)
    }

    /// Hands on what is left; fails as the encoder failed on a number JSON cannot hold, or as
    /// the file failed. A text file ends with a line break, which the encoder did not write.
    mutating func finish(lineBreak: Bool = false) throws {
        assert(depth == 0, "JSON document finished inside an open object or array")
        if lineBreak { put(UInt8(ascii: "\n")) }
        flush()
        if let failure { throw failure }
        if let nonConformingNumber {
            throw EncodingError.invalidValue(
                nonConformingNumber, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode Double.\(nonConformingNumber) directly in JSON."))
        }
    }

    private mutating func flush() {
        handOn(pending.bytes)
        pending.count = 0
    }

    private mutating func handOn(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let file else {
            document.append(bytes)
            return
        }
        guard failure == nil else { return }
        do {
            try file.append(UnsafeRawBufferPointer(bytes))
        } catch {
            failure = error
        }
    }

    private mutating func put(_ byte: UInt8) {
        if pending.count == pending.capacity { flush() }
        pending.base[pending.count] = byte
        pending.count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if pending.count + bytes.count > pending.capacity {
            flush()
            // Longer than the whole block: handed on as it is.
            guard bytes.count <= pending.capacity else { return handOn(bytes) }
        }
        (pending.base + pending.count).initialize(from: source, count: bytes.count)
        pending.count += bytes.count
    }

    private mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { put($0) }
    }

    // MARK: - Containers

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        beginValue()
        put(UInt8(ascii: "{"))
        open()
        #if DEBUG
        lastKeys.append(nil)
        #endif
        let outer = hasMembers
        hasMembers = false
        members(&self)
        hasMembers = outer
        #if DEBUG
        lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ elements: (inout JSONWriter) -> Void) {
        beginValue()
        put(UInt8(ascii: "["))
        open()
        let outer = hasMembers
        hasMembers = false
        elements(&self)
        hasMembers = outer
        close(UInt8(ascii: "]"))
    }

    private mutating func open() {
        put(UInt8(ascii: "\n"))
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        put(UInt8(ascii: "\n"))
        depth -= 1
        indent()
        put(bracket)
    }

    /// A key of the innermost object, from the document's own names (no escaping needed).
    mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { name in
            assert(!name.contains(where: Self.needsEscape), "JSON key written unescaped needs escaping")
            key(utf8: name, escaped: false)
        }
    }

    /// A key from data (a dictionary's), escaped as a string is.
    mutating func key(_ name: String) {
        withUTF8(name) { json, utf8 in json.key(utf8: utf8, escaped: true) }
    }

    private mutating func key(utf8 name: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        #if DEBUG
        if let previous = lastKeys[lastKeys.count - 1] {
            assert(previous.lexicographicallyPrecedes(name), "JSON key \(String(decoding: name, as: UTF8.self)) written after \(String(decoding: previous, as: UTF8.self))")
        }
        lastKeys[lastKeys.count - 1] = Array(name)
        #endif
        if hasMembers { comma() }
        hasMembers = true
        indent()
        if escaped {
            appendQuoted(name)
        } else {
            put(UInt8(ascii: "\""))
            put(name)
            put(UInt8(ascii: "\""))
        }
        put(" : ")
        afterKey = true
    }

    /// Starts a value: after a key on the same line, otherwise on a line of its own in an array.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if hasMembers { comma() }
        hasMembers = true
        indent()
    }

    private mutating func indent() {
        var width = 2 * depth
        Self.spaces.withUTF8Buffer { spaces in
            while width > 0 {
                let run = min(width, spaces.count)
                put(UnsafeBufferPointer(rebasing: spaces[0..<run]))
                width -= run
            }
        }
    }

    private mutating func comma() {
        put(",\n")
    }

    // MARK: - Values

    mutating func string(_ text: String) {
        beginValue()
        withUTF8(text) { json, utf8 in json.appendQuoted(utf8) }
    }

    /// The text's UTF-8 in place; only text that is not stored as UTF-8 is copied first.
    private mutating func withUTF8(_ text: String, _ body: (inout JSONWriter, UnsafeBufferPointer<UInt8>) -> Void) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { body(&self, $0) }
        guard done == nil else { return }
        var copy = text
        copy.withUTF8 { body(&self, $0) }
    }

    mutating func integer(_ value: Int) {
        beginValue()
        withUTF8(value.description) { json, digits in json.put(digits) }
    }

    /// As the encoder writes a `Double`: its shortest form (`description`), without a trailing `.0`.
    mutating func number(_ value: Double) {
        beginValue()
        if !value.isFinite, nonConformingNumber == nil { nonConformingNumber = value }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        withUTF8(text) { json, digits in json.put(digits) }
    }

    mutating func boolean(_ value: Bool) {
        beginValue()
        put(value ? "true" : "false")
    }

    /// A quoted string escaped as the encoder escapes it: `"` and `\` with a backslash, control
    /// characters as `\b \f \n \r \t` or `\u00XX` (lower-case hex); everything else, `/` and
    /// non-ASCII included, as it is. Runs without escapes are copied whole, found eight bytes
    /// at a time.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count,
                !Self.anyNeedsEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
                continue
            }
            let byte = utf8[index]
            if Self.needsEscape(byte) {
                put(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(byte)
                runStart = index + 1
            }
            index += 1
        }
        put(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        put(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes needs escaping: the classic tests for a byte below 0x20 and for
    /// a byte equal to `"` or `\` (a zero byte after XOR), on all eight at once. Never a false
    /// "no"; a rare false "yes" only sends the bytes through the byte-by-byte check.
    private static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let below0x20 = (word &- ones &* 0x20) & ~word
        let zeroInQuotes = (quotes &- ones) & ~quotes
        let zeroInBackslashes = (backslashes &- ones) & ~backslashes
        return (below0x20 | zeroInQuotes | zeroInBackslashes) & highBits != 0
    }

    private mutating func appendEscape(_ byte: UInt8) {
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "t"))
        default:
            put("u00")
            Self.hexDigits.withUTF8Buffer { hex in
                put(hex[Int(byte >> 4)])
                put(hex[Int(byte & 0x0F)])
            }
        }
    }
}

/// A fixed block of bytes and how many are in use; freed with its last reference.
private struct PendingBytes {
    private final class Block {
        let base: UnsafeMutablePointer<UInt8>
        init(capacity: Int) { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }
    }

    private let block: Block
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0

    init(capacity: Int) {
        block = Block(capacity: capacity)
        base = block.base
        self.capacity = capacity
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}

// MARK: - Writing values and members

extension JSONWriter {
    mutating func value(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    /// A member of the innermost object.
    mutating func field(_ key: StaticString, _ value: some JSONWritable) {
        self.key(key)
        value.write(to: &self)
    }

    /// A member under a key from data.
    mutating func field(_ key: String, _ value: some JSONWritable) {
        self.key(key)
        value.write(to: &self)
    }

    /// A member left out when absent, as the encoder leaves out a `nil` property.
    mutating func field(_ key: StaticString, _ value: (some JSONWritable)?) {
        guard let value else { return }
        field(key, value)
    }
}

extension String: JSONWritable {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Double: JSONWritable {
    func write(to json: inout JSONWriter) { json.number(self) }
}

extension Bool: JSONWritable {
    func write(to json: inout JSONWriter) { json.boolean(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.array { json in
            for element in self { element.write(to: &json) }
        }
    }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    /// Keys in the encoder's sorted order: byte by byte of their UTF-8.
    func write(to json: inout JSONWriter) {
        json.object { json in
            // One member or none needs no sorting (a quarter of the findings' evidence).
            guard count > 1 else {
                for (key, value) in self { json.field(key, value) }
                return
            }
            for (key, value) in sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) { json.field(key, value) }
        }
    }
}
