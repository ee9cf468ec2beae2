import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How an importer reads a delimited file: in chunks on every core, or record by record on one.
///
/// Record by record (`CSVStream`) is the reference: reading in chunks must give the same
/// records, rows, lines and rejects, and the tests compare the two with chunks small enough to
/// cut quoted fields and records in every place.
public struct ChunkedReading: Sendable, Equatable {
    /// Bytes per chunk; 0 reads record by record.
    public var chunkSize: Int
    /// Chunks read at once.
    public var workers: Int

    public init(chunkSize: Int, workers: Int) {
        self.chunkSize = chunkSize
        self.workers = max(workers, 1)
    }

    /// Record by record, with `CSVStream`.
    public static let sequential = ChunkedReading(chunkSize: 0, workers: 1)

    /// 4 MiB chunks, as many at once as the machine has cores. Smaller chunks balance the cores
    /// better but cost more merging; on a 2-core machine, 2–8 MiB read a 130 MB survey export
    /// in the same time, and 4 MiB keeps memory low.
    public static var automatic: ChunkedReading {
        ChunkedReading(chunkSize: 4 << 20, workers: ProcessInfo.processInfo.activeProcessorCount)
    }

    var isSequential: Bool { chunkSize <= 0 }
}

/// A file mapped read-only into memory, so that chunks can be read on several cores without
/// copying; unmapped when the value goes away. (An export is not rewritten while a pipeline reads
/// it; a file cut short during the read would stop the process, as with any mapped file.)
final class MappedFile: @unchecked Sendable {
    // Never written after `init`: reading from several threads is safe.
    private let base: UnsafeMutableRawPointer?
    let count: Int
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Nil when the file cannot be mapped (a pipe, say): it is then read as a stream.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        count = Int(status.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        base = address
    }

    deinit {
        if let base { munmap(base, count) }
    }

    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Lets the system drop the pages wholly inside `range` from this process's memory: a read
    /// chunk need not stay resident (the pages stay in the file cache and come back if read).
    func release(_ range: Range<Int>) {
        guard let base else { return }
        let first = (range.lowerBound + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let last = range.upperBound / Self.pageSize * Self.pageSize
        guard last > first else { return }
        madvise(base + first, last - first, MADV_DONTNEED)
    }
}

/// Reading a delimited file in chunks, each from a guessed record start.
///
/// A chunk is a byte range. Its reader guesses where its first record starts (after the first
/// line break in the range) and reads every record that starts inside the range, the last one
/// to its end. The guess is wrong when that line break sits inside a quoted field; so chunks are
/// put back together in file order, and a chunk whose guess differs from where the previous
/// chunk really ended is read again from there. The records, rows and lines are then exactly
/// those of reading the file from the start.
enum CSVChunks {
    /// The start of a file: its header record and what the rest is read with.
    struct Preamble {
        var delimiter: UInt8
        /// Settled by the first non-ASCII byte of the first block, as `CSVStream` settles it; nil
        /// when that block is plain ASCII, and each chunk settles it for itself.
        var encoding: CSVStream.Encoding?
        var header: [String]
        /// Where the first record after the header starts.
        var dataStart: Int
        /// Physical lines of the header.
        var headerLines: Int
    }

    /// How far a chunk's records reached.
    struct Extent: Sendable {
        /// Where the first record starts.
        var start: Int
        /// Where the record after the last starts.
        var end: Int
        /// Records read, blank ones included.
        var records: Int
        /// Line ends consumed.
        var lines: Int
        /// The encoding the chunk's first non-ASCII byte settled, when it was not known before.
        var settled: CSVStream.Encoding?
    }

    /// The header and the reading settings, as `CSVStream` finds them; nil for an empty file.
    static func preamble(of bytes: UnsafeBufferPointer<UInt8>, delimiter fixed: UInt8?) -> Preamble? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard start < bytes.count else { return nil }
        // The stream looks at its first block (after the byte-order mark) for both.
        let block = UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, CSVStream.defaultBlockSize)])
        let delimiter = fixed ?? CSVStream.detectDelimiter(in: block)
        let fields = CSVFieldBuffer()
        let parsed = CSVStream.parseRecord(bytes, from: start, delimiter: delimiter, atEnd: true, into: fields)!
        // A header longer than a block is read whole before the stream settles the encoding.
        let window = start..<max(start + block.count, parsed.end)
        let encoding = CSVText.firstNonASCII(bytes, window).flatMap { CSVText.sequenceIsUTF8(bytes, at: $0) }
            .map { $0 ? CSVStream.Encoding.utf8 : .windows1252 }
        let record = CSVRecord(
            index: 0, line: 1, bytes: bytes, fields: fields.fields, encoding: encoding ?? .utf8, span: start..<parsed.end, problem: parsed.problem)
        return Preamble(
            delimiter: delimiter, encoding: encoding, header: (0..<record.fieldCount).map { record.text($0) }, dataStart: parsed.end,
            headerLines: parsed.lines)
    }

    /// Where a record most likely starts at or after `offset`: just after the first line break
    /// from `offset - 1` on. Wrong when that line break is inside a quoted field.
    static func likelyRecordStart(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var index = max(offset - 1, 0)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == lf { return index + 1 }
            if byte == cr { return index + 1 < bytes.count && bytes[index + 1] == lf ? index + 2 : index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// Reads every record that starts in `start ..< limit`, the last to its end, numbering
    /// them from 0 and their lines from 1. The encoding is `known`, or settled at the chunk's
    /// first non-ASCII byte by the rule `CSVStream` applies at the file's.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, delimiter: UInt8, encoding known: CSVStream.Encoding?,
        _ body: (borrowing CSVRecord) -> Void
    ) -> Extent {
        let fields = CSVFieldBuffer()
        var encoding = known ?? .utf8
        var extent = Extent(start: start, end: start, records: 0, lines: 0, settled: nil)
        var undecided = known == nil
        var position = start
        while position < limit {
            // The whole rest of the file is in view, so a record is never cut short.
            let parsed = CSVStream.parseRecord(bytes, from: position, delimiter: delimiter, atEnd: true, into: fields)!
            let span = position..<parsed.end
            // Any non-ASCII byte makes a record non-ASCII or gives it a problem.
            if undecided, parsed.nonASCII || parsed.problem != nil, let first = CSVText.firstNonASCII(bytes, span),
                let valid = CSVText.sequenceIsUTF8(bytes, at: first)
            {
                encoding = valid ? .utf8 : .windows1252
                extent.settled = encoding
                undecided = false
            }
            let problem = parsed.problem ?? (parsed.nonASCII && encoding == .utf8 && !CSVText.isValidUTF8(bytes, span) ? .invalidText : nil)
            body(CSVRecord(
                index: extent.records, line: extent.lines + 1, bytes: bytes, fields: fields.fields, encoding: encoding, span: span, problem: problem))
            extent.records += 1
            extent.lines += parsed.lines
            position = parsed.end
        }
        extent.end = position
        return extent
    }
}
