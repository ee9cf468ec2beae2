#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads delimited text record by record, a block at a time, without building a `String` for
/// any field it is not asked for.
///
/// Written by hand rather than taken from a CSV package: the listed CSV library builds a
/// `String` for every field of every row and took about 8.6 s for a million survey rows (129 MB)
/// on the 2-core development machine, while an importer needs a handful of fields per record,
/// mostly as bytes (answers 1–4, a date, two names it has usually seen before). This reader
/// scans eight bytes at a time for the next delimiter, quote or line end, hands out field
/// boundaries in its block buffer, and decodes text only on request: the whole `pantau run` of
/// import, SKM evaluation and JSON report over those million rows takes 0.26–0.30 s on one core,
/// and 0.145 s on two with the file read in chunks (`CSVChunks`), against 0.29 s for DuckDB's
/// query alone (docs/benchmark.md). Memory stays at one block (1 MiB by default) plus the longest
/// record, whatever the file size.
///
/// It follows RFC 4180: quoted fields, doubled quotes, CRLF, LF or a lone CR as line ends, line
/// breaks inside quotes (which count as physical lines). It detects `,`, `;` or tab from the
/// header line, skips a UTF-8 byte-order mark, and reads Windows-1252 (as Excel saves it) when
/// the first non-ASCII text in the file is not UTF-8.
public struct CSVStream: ~Copyable {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", windows1252 = "Windows-1252" }

    /// Where the bytes come from: a file read block by block, or bytes already in memory.
    private enum Source {
        case file(descriptor: Int32, path: String)
        case memory([UInt8])
    }

    public private(set) var delimiter: UInt8
    public private(set) var encoding: Encoding = .utf8
    private let source: Source
    private let fixedDelimiter: Bool
    private let blockSize: Int
    private var encodingDecided = false

    /// Opens a file; the error is the system's reason (`errno`) when it cannot be opened.
    /// The block read at a time, and the window the delimiter and the encoding are first looked for in.
    public static let defaultBlockSize = 1 << 20

    public init(path: String, delimiter: UInt8? = nil, blockSize: Int = CSVStream.defaultBlockSize) throws(CSVStreamError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CSVStreamError(code: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw CSVStreamError(code: EISDIR)
        }
        self.source = .file(descriptor: descriptor, path: path)
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        self.fixedDelimiter = delimiter != nil
        self.blockSize = max(blockSize, 16)
    }

    /// Reads bytes already in memory.
    public init(bytes: [UInt8], delimiter: UInt8? = nil) {
        self.source = .memory(bytes)
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        self.fixedDelimiter = delimiter != nil
        self.blockSize = max(bytes.count, 16)
    }

    deinit {
        if case .file(let descriptor, _) = source { close(descriptor) }
    }

    /// Calls `body` with every record in order, the header (index 0) and blank records included.
    /// A record is valid only during its call. Return `false` from `body` to stop early.
    public mutating func forEach(_ body: (borrowing CSVRecord) throws -> Bool) throws {
        var buffer: [UInt8]
        var atEnd: Bool
        switch source {
        case .memory(let bytes):
            buffer = bytes
            atEnd = true
        case .file:
            buffer = []
            buffer.reserveCapacity(blockSize * 2)
            atEnd = try fill(&buffer)
        }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
        if !fixedDelimiter { delimiter = buffer.withUnsafeBufferPointer { Self.detectDelimiter(in: $0) } }

        let fields = CSVFieldBuffer()
        var index = 0
        var line = 1
        while true {
            if !encodingDecided { decideEncoding(buffer) }
            var consumed = 0
            var stop = false
            try buffer.withUnsafeBufferPointer { bytes in
                var position = 0
                while position < bytes.count {
                    guard let parsed = Self.parseRecord(bytes, from: position, delimiter: delimiter, atEnd: atEnd, into: fields)
                    else { break }
                    let record = CSVRecord(
                        index: index, line: line, bytes: bytes, fields: fields.fields, encoding: encoding, span: position..<parsed.end,
                        problem: parsed.problem ?? (parsed.nonASCII && encoding == .utf8 && !CSVText.isValidUTF8(bytes, position..<parsed.end)
                            ? .invalidText : nil))
                    index += 1
                    line += parsed.lines
                    position = parsed.end
                    if try !body(record) {
                        stop = true
                        break
                    }
                }
                consumed = position
            }
            if stop || atEnd { return }
            buffer.removeFirst(consumed)
            atEnd = try fill(&buffer)
        }
    }

    /// The first record only (the header row), without reading further than needed.
    public mutating func header() throws -> [String] {
        var header: [String] = []
        try forEach { record in
            header = (0..<record.fieldCount).map { record.text($0) }
            return false
        }
        return header
    }

    // MARK: - Reading

    /// Appends the next block of the file; returns true at the end of the file.
    private func fill(_ buffer: inout [UInt8]) throws(CSVStreamError) -> Bool {
        guard case .file(let descriptor, _) = source else { return true }
        // Read into uninitialised memory: zero-filling a block first cost more than reading it.
        var failure: Int32?
        let block = [UInt8](unsafeUninitializedCapacity: blockSize) { raw, initialized in
            while initialized < blockSize {
                let count = read(descriptor, raw.baseAddress! + initialized, blockSize - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { return }
                initialized += count
            }
        }
        if let failure { throw CSVStreamError(code: failure) }
        buffer.append(contentsOf: block)
        return block.count < blockSize
    }

    /// Settles the encoding at the first non-ASCII byte: UTF-8 if the sequence there is valid
    /// UTF-8, Windows-1252 otherwise (Windows-1252 text, such as "é" as 0xE9 before a plain
    /// letter, almost never forms valid UTF-8). Undecided while the sequence is cut by the block end.
    private mutating func decideEncoding(_ buffer: [UInt8]) {
        let found = buffer.withUnsafeBufferPointer { CSVText.firstNonASCII($0, 0..<$0.count) }
        guard let first = found else { return }
        guard let valid = CSVText.sequenceIsUTF8(buffer, at: first) else { return }
        encoding = valid ? .utf8 : .windows1252
        encodingDecided = true
    }

    // MARK: - Parsing

    /// How one record was split.
    struct ParsedRecord {
        /// Where the next record starts.
        var end: Int
        /// Line ends the record consumed.
        var lines: Int
        var problem: CSVRecord.Problem?
        /// Whether any byte is outside ASCII, so that only such records need a UTF-8 check.
        var nonASCII: Bool
    }

    /// A quoted field may hold line breaks, but a quote still open after this many is taken for
    /// a quote left unclosed, so that one stray `"` cannot swallow the rest of a file.
    static let maximumLineBreaksInQuotes = 100

    /// Splits one record starting at `start` into `fields`. Returns nil when the record does
    /// not end before the buffer does and more bytes are to come.
    @inline(__always)
    static func parseRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, atEnd: Bool, into fields: CSVFieldBuffer
    ) -> ParsedRecord? {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let count = bytes.count
        fields.removeAll()
        var index = start
        var lines = 0
        var high: UInt64 = 0
        var problem: CSVRecord.Problem?
        while true {
            if index < count, bytes[index] == quote {
                // Quoted: runs to the closing quote that is not doubled.
                var field = CSVRecord.Field(start: index + 1, end: index + 1, quoted: true, escaped: false)
                index += 1
                while true {
                    index = scan(bytes, from: index, upTo: quote, lf, cr, high: &high)
                    guard index < count else {
                        if !atEnd { return nil }
                        return unclosedQuote(bytes, from: start, into: fields)
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            field.escaped = true
                            index += 2
                            continue
                        }
                        if index + 1 >= count, !atEnd { return nil }
                        break
                    }
                    if byte == lf || (byte == cr && (index + 1 >= count || bytes[index + 1] != lf)) {
                        if byte == cr, index + 1 >= count, !atEnd { return nil }
                        lines += 1
                        if lines > maximumLineBreaksInQuotes { return unclosedQuote(bytes, from: start, into: fields) }
                    }
                    index += 1
                }
                field.end = index
                index += 1  // the closing quote
                // Text between the closing quote and the delimiter is not part of any field:
                // the record is rejected rather than the text dropped.
                while index < count, bytes[index] != delimiter, bytes[index] != lf, bytes[index] != cr {
                    if bytes[index] != 0x20 && bytes[index] != 0x09 { problem = .textAfterQuote }
                    index += 1
                }
                fields.append(field)
            } else {
                let fieldStart = index
                index = scan(bytes, from: index, upTo: delimiter, lf, cr, high: &high)
                fields.append(CSVRecord.Field(start: fieldStart, end: index, quoted: false, escaped: false))
            }
            guard index < count else {
                if !atEnd { return nil }
                return ParsedRecord(end: count, lines: lines, problem: problem, nonASCII: high & highBits != 0)
            }
            let byte = bytes[index]
            if byte == delimiter {
                index += 1
                if index >= count {
                    if !atEnd { return nil }
                    fields.append(CSVRecord.Field(start: index, end: index, quoted: false, escaped: false))
                    return ParsedRecord(end: count, lines: lines, problem: problem, nonASCII: high & highBits != 0)
                }
                continue
            }
            // End of record: CRLF, LF or a lone CR.
            if byte == cr {
                if index + 1 >= count, !atEnd { return nil }
                if index + 1 < count, bytes[index + 1] == lf { index += 1 }
            }
            return ParsedRecord(end: index + 1, lines: lines + 1, problem: problem, nonASCII: high & highBits != 0)
        }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The first position from `index` that holds `a`, `b` or `c`, or the end of the buffer; the
    /// bytes passed over are ORed into `high`. Eight bytes at a time while eight remain: most
    /// of a record is field text between a few delimiters, and a byte at a time was a third of
    /// the time of reading a survey export.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, upTo a: UInt8, _ b: UInt8, _ c: UInt8, high: inout UInt64) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let (wordA, wordB, wordC) = (UInt64(a) &* ones, UInt64(b) &* ones, UInt64(c) &* ones)
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let stops = zeroBytes(word ^ wordA) | zeroBytes(word ^ wordB) | zeroBytes(word ^ wordC)
                if stops == 0 {
                    high |= word
                    index += 8
                    continue
                }
                // Byte i of the word is bits 8i ..< 8i + 8: the first stop is the lowest.
                let passed = stops.trailingZeroBitCount >> 3
                high |= word & ((1 << UInt64(passed << 3)) &- 1)
                return index + passed
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c { return index }
            high |= UInt64(byte)
            index += 1
        }
        return count
    }

    /// 0x80 in every byte of `x` that is zero, 0 in the others.
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x | low)
    }

    /// A record whose quote never closes: it is cut at the end of its first line, flagged, and
    /// reading resumes on the next line.
    private static func unclosedQuote(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into fields: CSVFieldBuffer
    ) -> ParsedRecord {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") { index += 1 }
        fields.removeAll()
        fields.append(CSVRecord.Field(start: start, end: index, quoted: false, escaped: false))
        guard index < bytes.count else { return ParsedRecord(end: index, lines: 0, problem: .unclosedQuote, nonASCII: false) }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        return ParsedRecord(end: index + 1, lines: 1, problem: .unclosedQuote, nonASCII: false)
    }

    /// The delimiter of the header line: the most frequent of `,`, `;` and tab outside quotes.
    static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if !inQuotes, let count = counts[byte] { counts[byte] = count + 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }
        return best.map { $0.value > 0 ? $0.key : UInt8(ascii: ",") } ?? UInt8(ascii: ",")
    }
}

/// The fields of the record being parsed, reused from record to record. A plain buffer rather
/// than an array: an array checks its storage is not shared on every append, a tenth of the
/// time of reading a survey export.
final class CSVFieldBuffer {
    private var base: UnsafeMutablePointer<CSVRecord.Field>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Valid until the next record is parsed into the buffer.
    var fields: UnsafeBufferPointer<CSVRecord.Field> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    func append(_ field: CSVRecord.Field) {
        if count == capacity { grow() }
        (base + count).initialize(to: field)
        count += 1
    }

    func removeAll() { count = 0 }

    private func grow() {
        let larger = UnsafeMutablePointer<CSVRecord.Field>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}

/// Why a file could not be read: the system's error number.
public struct CSVStreamError: Error, Sendable {
    public var code: Int32

    public var reason: String { String(cString: strerror(code)) }
}

/// One record of a `CSVStream`, valid while the stream's callback runs.
public struct CSVRecord {
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
        /// Holds a doubled quote to undo.
        var escaped: Bool
    }

    /// Why a record cannot be read as fields.
    public enum Problem: Sendable {
        /// A quote opened and never closed (within a bound of line breaks): the record is cut
        /// at the end of its first line.
        case unclosedQuote
        /// Text after a closing quote, before the next delimiter: `"RSUD" Kota Baru`.
        case textAfterQuote
        /// Bytes that are not UTF-8 in a file read as UTF-8.
        case invalidText
    }

    /// 0 for the header row.
    public let index: Int
    /// The physical line on which the record starts (1-based).
    public let line: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let fields: UnsafeBufferPointer<Field>
    let encoding: CSVStream.Encoding
    /// The record's bytes in the buffer.
    let span: Range<Int>
    /// Set when the record cannot be trusted as fields; importers reject it.
    public let problem: Problem?

    init(
        index: Int, line: Int, bytes: UnsafeBufferPointer<UInt8>, fields: UnsafeBufferPointer<Field>, encoding: CSVStream.Encoding, span: Range<Int>,
        problem: Problem? = nil
    ) {
        self.index = index
        self.line = line
        self.bytes = bytes
        self.fields = fields
        self.encoding = encoding
        self.span = span
        self.problem = problem
    }

    /// The record as written, for the rejects file when its fields cannot be trusted.
    public var rawText: String {
        var end = span.upperBound
        while end > span.lowerBound, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return CSVText.decode(bytes, span.lowerBound..<end, escaped: false, encoding: encoding)
    }

    public var fieldCount: Int { fields.count }

    /// True when every field is empty (a blank line, or only delimiters).
    public var isBlank: Bool { fields.allSatisfy { $0.start == $0.end } }

    /// The text of a field, quotes removed and doubled quotes undone; "" beyond the last field.
    public func text(_ field: Int) -> String {
        guard field < fields.count else { return "" }
        let range = fields[field]
        return CSVText.decode(bytes, range.start..<range.end, escaped: range.escaped, encoding: encoding)
    }

    /// The text of a field without surrounding spaces and tabs, trimmed on the bytes.
    public func trimmedText(_ field: Int) -> String {
        guard field < fields.count else { return "" }
        let range = trimmed(field)
        return CSVText.decode(bytes, range, escaped: fields[field].escaped, encoding: encoding)
    }

    /// The trimmed bytes of a field when they are its text as is (UTF-8, nothing to undo), for
    /// callers that compare or hash names without making a `String`; nil otherwise.
    public func plainBytes(_ field: Int) -> UnsafeBufferPointer<UInt8>? {
        guard field < fields.count, !fields[field].escaped, encoding == .utf8 else { return nil }
        let range = trimmed(field)
        return UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The field's value when it is exactly one digit, nothing around it: most survey answers.
    @inline(__always)
    public func digit(_ field: Int) -> Int? {
        guard field < fields.count, fields[field].end - fields[field].start == 1 else { return nil }
        let digit = bytes[fields[field].start] &- UInt8(ascii: "0")
        return digit < 10 ? Int(digit) : nil
    }

    /// A small whole number read straight from the bytes (surrounding blanks allowed), or nil.
    public func smallInteger(_ field: Int) -> Int? {
        if let digit = digit(field) { return digit }
        guard field < fields.count else { return nil }
        let range = trimmed(field)
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private func trimmed(_ field: Int) -> Range<Int> {
        var start = fields[field].start, end = fields[field].end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }
}

/// Text decoding shared by the stream and the in-memory table.
enum CSVText {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool, encoding: CSVStream.Encoding) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !escaped, encoding == .utf8 { return String(decoding: slice, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var previousWasQuote = false
        for byte in slice {
            if escaped, byte == UInt8(ascii: "\""), previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = byte == UInt8(ascii: "\"")
            unescaped.append(byte)
        }
        if encoding == .windows1252 { unescaped = utf8(fromWindows1252: unescaped) }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The first byte outside ASCII in `range`, eight bytes at a time: an ASCII file is looked
    /// through whole before its encoding is known.
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        if let base = bytes.baseAddress {
            while index + 8 <= range.upperBound {
                let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                if high != 0 { return index + high.trailingZeroBitCount >> 3 }
                index += 8
            }
        }
        return (index..<range.upperBound).first { bytes[$0] >= 0x80 }
    }

    /// Whether the multi-byte sequence starting at `index` is well-formed UTF-8; nil when the
    /// bytes end before the sequence does.
    static func sequenceIsUTF8(_ bytes: [UInt8], at index: Int) -> Bool? {
        bytes.withUnsafeBufferPointer { sequenceIsUTF8($0, at: index) }
    }

    static func sequenceIsUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool? {
        let length: Int
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return false
        }
        guard index + length <= bytes.count else { return nil }
        return isValidUTF8(bytes, index..<(index + length))
    }

    /// Whether the bytes are well-formed UTF-8, checked without building a string.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0, 0..<$0.count) }
    }

    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let count = range.upperBound
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
            default: return false
            }
            guard index + length <= count else { return false }
            for offset in 1..<length {
                let continuation = buffer[index + offset]
                guard continuation & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
            index += length
        }
        return true
    }

    /// Windows-1252 to UTF-8: bytes 0x80–0x9F map to the punctuation Excel uses; the rest to Latin-1.
    static func utf8(fromWindows1252 bytes: [UInt8]) -> [UInt8] {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }
}
