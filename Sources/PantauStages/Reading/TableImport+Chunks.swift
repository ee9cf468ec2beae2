import PantauYAML
public import PantauCore
public import PantauPipeline

/// An importer's work on one chunk of a file, done on any core. It keeps what it reads in a
/// chunk of its own, numbering rows and lines from the chunk's start; the importer then merges
/// the chunks in file order and moves their numbers into place (see `ChunkPlacement`).
public protocol TableChunkReader: Sendable {
    associatedtype Chunk: Sendable
    /// A chunk's state before its first record; `bytes` is the chunk's size (0 when unknown), for
    /// storage reserved once rather than grown record after record.
    func startChunk(bytes: Int) -> Chunk
    /// Reads one record of the chunk: accepts it into `chunk` or rejects it in `log`.
    func read(_ row: TableRow, log: inout RejectLog, into chunk: inout Chunk)
}

/// Where a chunk's records lie in their file, to move the rows and lines a chunk numbered from
/// its own start to those of the file.
public struct ChunkPlacement: Sendable, Equatable {
    /// Records before the chunk, the header and blank lines included.
    public var rowsBefore: Int
    /// Line ends before the chunk.
    public var linesBefore: Int

    /// A chunk that is the whole file: its numbers are already the file's.
    public static let wholeFile = ChunkPlacement(rowsBefore: 0, linesBefore: 0)

    public func place(_ source: RecordSource) -> RecordSource {
        RecordSource(file: source.file, row: source.row + rowsBefore, line: source.line.map { $0 + linesBefore })
    }
}

extension TableImport {
    /// Reads a file as `read(_:columns:delimiter:log:_:)` does, in chunks on every core (see
    /// `CSVChunks`), and calls `merge` with each chunk in file order, its rejects still in a log
    /// of its own, before they join `log`. A workbook, a file that cannot be mapped into memory,
    /// and `ChunkedReading.sequential` are read as one chunk, record by record.
    public static func read<Reader: TableChunkReader>(
        _ file: InputFile, columns: [String], delimiter: TableFile.Delimiter, reading: ChunkedReading, log: inout RejectLog,
        reader: Reader, merge: (_ chunk: Reader.Chunk, _ log: inout RejectLog, _ placement: ChunkPlacement) -> Void
    ) async throws {
        guard !reading.isSequential, !SpreadsheetFile.isWorkbook(file), let mapped = MappedFile(path: file.path) else {
            var chunk = reader.startChunk(bytes: 0)
            var chunkLog = RejectLog()
            try read(file, columns: columns, delimiter: delimiter, log: &chunkLog) { row, log in reader.read(row, log: &log, into: &chunk) }
            log.beginFile(file.displayName)
            merge(chunk, &chunkLog, .wholeFile)
            log.absorb(chunkLog, at: .wholeFile)
            log.finishFile()
            return
        }
        guard let preamble = CSVChunks.preamble(of: mapped.bytes, delimiter: delimiter.byte) else {
            throw Diagnostic.error(at: nil, StageMessage.fileEmpty(file: file.displayName))
        }
        let work = ChunkWork(
            mapped: mapped, intake: try RecordIntake(file: file, header: preamble.header, columns: columns), reader: reader,
            delimiter: preamble.delimiter, dataStart: preamble.dataStart, chunkSize: reading.chunkSize)
        log.beginFile(file.displayName)
        // Chunks are put back in file order; a chunk that did not start where the previous one
        // ended, or that settled the encoding otherwise than the file's first non-ASCII byte
        // did, is read again from the right place with the right encoding.
        var start = preamble.dataStart
        var encoding = preamble.encoding
        var placement = ChunkPlacement(rowsBefore: 1, linesBefore: preamble.headerLines)
        let window = reading.workers * 2
        await withTaskGroup(of: (Int, ChunkWork<Reader>.Outcome).self) { group in
            var launched = 0
            var merged = 0
            var finished: [Int: ChunkWork<Reader>.Outcome] = [:]
            repeat {
                while launched < work.count, launched < merged + window {
                    let (index, known) = (launched, encoding)
                    group.addTask { (index, work.read(index, from: nil, encoding: known)) }
                    launched += 1
                }
                guard let (index, outcome) = await group.next() else { break }
                finished[index] = outcome
                while var outcome = finished.removeValue(forKey: merged) {
                    defer { merged += 1 }
                    // The previous chunk's last record ran past this whole chunk.
                    if start >= work.range(merged).upperBound { continue }
                    if outcome.extent.start != start || (outcome.extent.settled != nil && encoding != nil && outcome.extent.settled != encoding) {
                        outcome = work.read(merged, from: start, encoding: encoding)
                    }
                    if encoding == nil { encoding = outcome.extent.settled }
                    merge(outcome.chunk, &outcome.log, placement)
                    log.absorb(outcome.log, at: placement)
                    start = outcome.extent.end
                    placement.rowsBefore += outcome.extent.records
                    placement.linesBefore += outcome.extent.lines
                }
            } while merged < work.count
        }
        log.finishFile()
    }
}

/// Reading one chunk of a mapped file into an importer's chunk.
private struct ChunkWork<Reader: TableChunkReader>: Sendable {
    struct Outcome: Sendable {
        var extent: CSVChunks.Extent
        var chunk: Reader.Chunk
        var log: RejectLog
    }

    let mapped: MappedFile
    let intake: RecordIntake
    let reader: Reader
    let delimiter: UInt8
    let dataStart: Int
    let chunkSize: Int

    var count: Int { max(1, (mapped.count - dataStart + chunkSize - 1) / chunkSize) }

    /// The bytes chunk `index` stands for: its records are those that start in them.
    func range(_ index: Int) -> Range<Int> {
        let lower = dataStart + index * chunkSize
        return lower..<(index == count - 1 ? mapped.count : lower + chunkSize)
    }

    /// Reads chunk `index` from `start`, or from where a record most likely starts in it.
    func read(_ index: Int, from start: Int?, encoding: CSVStream.Encoding?) -> Outcome {
        let bytes = mapped.bytes
        let range = range(index)
        let first = start ?? (index == 0 ? dataStart : CSVChunks.likelyRecordStart(bytes, from: range.lowerBound))
        let intake = intake.copyForOneCore()
        var chunk = reader.startChunk(bytes: range.count)
        var log = RejectLog()
        log.beginFile(intake.file)
        let extent = CSVChunks.read(bytes, from: first, limit: range.upperBound, delimiter: delimiter, encoding: encoding) { record in
            intake.take(record, log: &log) { row, log in reader.read(row, log: &log, into: &chunk) }
        }
        mapped.release(extent.start..<extent.end)
        return Outcome(extent: extent, chunk: chunk, log: log)
    }
}
