public import PantauCore
public import PantauPipeline
public import PantauYAML

/// Collects what an importer read, accepted and rejected, file by file, and writes the rejects
/// file: one line per problem, with the file, row, field, value and reason in the reader's
/// language. Every importer uses it, so every import reconciles the same way.
public struct RejectLog: Sendable {
    public struct Entry: Sendable {
        public var source: RecordSource
        public var field: String
        public var value: String
        public var reason: StageMessage
    }

    public private(set) var entries: [Entry] = []
    public private(set) var files: [FileReconciliation] = []
    private var current: FileReconciliation?
    private var currentRowRejected = false

    public init() {}

    public mutating func beginFile(_ name: String) {
        finishFile()
        current = FileReconciliation(file: name)
    }

    /// Starts a record: it counts as read, and as accepted unless something rejects it.
    public mutating func beginRecord() {
        current?.read += 1
        currentRowRejected = false
    }

    /// Records a problem with the current record; a record with several problems counts once.
    public mutating func reject(_ source: RecordSource, field: String, value: String, _ reason: StageMessage) {
        entries.append(Entry(source: source, field: field, value: value, reason: reason))
        if !currentRowRejected {
            current?.rejected += 1
            currentRowRejected = true
        }
    }

    public var currentRecordRejected: Bool { currentRowRejected }

    public mutating func accept() { current?.accepted += 1 }

    /// Settles records of `file` read earlier whose fate waited on records after them: in the
    /// long survey layout an answer row is accepted or rejected only once every answer of its
    /// respondent has been read. Each element of `rejected` is one record's problems (at least
    /// one). The file's entries are put back in row order, so the rejects file reads top down.
    public mutating func settle(file: String, accepted: Int, rejected: [[Entry]]) {
        if current?.file == file {
            current?.accepted += accepted
            current?.rejected += rejected.count
        } else if let index = files.lastIndex(where: { $0.file == file }) {
            files[index].accepted += accepted
            files[index].rejected += rejected.count
        }
        let start = (entries.lastIndex { $0.source.file != file } ?? -1) + 1
        let settled = (entries[start...] + rejected.joined()).enumerated()
            .sorted { ($0.element.source.row, $0.offset) < ($1.element.source.row, $1.offset) }
            .map(\.element)
        entries.replaceSubrange(start..., with: settled)
    }

    public mutating func finishFile() {
        if let current { files.append(current) }
        current = nil
    }

    /// Adds what a chunk of the current file recorded in a log of its own, numbered from the
    /// chunk's start: its counts, and its rejects moved to their rows and lines in the file.
    public mutating func absorb(_ chunk: RejectLog, at placement: ChunkPlacement) {
        entries.reserveCapacity(entries.count + chunk.entries.count)
        for var entry in chunk.entries {
            entry.source = placement.place(entry.source)
            entries.append(entry)
        }
        for counts in chunk.files + [chunk.current].compactMap({ $0 }) {
            current?.read += counts.read
            current?.accepted += counts.accepted
            current?.rejected += counts.rejected
        }
    }

    /// Adds rejects found after their records were read (a duplicate seen only once chunks
    /// are back in file order), each before the entry at its `position` so that a record's
    /// reasons stay together and in order. `newlyRejected` records counted as accepted become
    /// rejected.
    public mutating func insert(_ rejects: [(position: Int, entry: Entry)], newlyRejected: Int) {
        guard !rejects.isEmpty else { return }
        var merged: [Entry] = []
        merged.reserveCapacity(entries.count + rejects.count)
        var next = 0
        for (index, entry) in entries.enumerated() {
            while next < rejects.count, rejects[next].position == index {
                merged.append(rejects[next].entry)
                next += 1
            }
            merged.append(entry)
        }
        merged.append(contentsOf: rejects[next...].map(\.entry))
        entries = merged
        if current != nil {
            current!.accepted -= newlyRejected
            current!.rejected += newlyRejected
        } else if !files.isEmpty {
            files[files.count - 1].accepted -= newlyRejected
            files[files.count - 1].rejected += newlyRejected
        }
    }

    /// The account for reports; call after the last file.
    public func account(stage: String, records: String, rejectsFile: String?) -> ImportAccount {
        var reasons: [String: Int] = [:]
        for entry in entries { reasons[entry.reason.code, default: 0] += 1 }
        return ImportAccount(stage: stage, records: records, files: files, rejectsFile: rejectsFile, reasons: reasons)
    }

    /// Writes the rejects file into the run's output, with only its header when nothing was
    /// rejected, so that a rejects file from an earlier run never outlives the data it described.
    public func write(named name: String, to output: RunOutput, language: Language) throws {
        try Self.write([self], named: name, to: output, language: language)
    }

    /// Writes the rejects of several logs of one stage (responses and populations, say) into one file.
    public static func write(_ logs: [RejectLog], named name: String, to output: RunOutput, language: Language) throws {
        var csv = CSVWriter(header: RejectsHeader.columns(language))
        for entry in logs.flatMap(\.entries) {
            csv.append([
                entry.source.file, String(entry.source.row), entry.source.line.map(String.init) ?? "", entry.field, entry.value,
                entry.reason.text(language), entry.reason.code,
            ])
        }
        try output.write(name, text: csv.text)
    }
}

/// The rejects file's column names.
enum RejectsHeader {
    static func columns(_ language: Language) -> [String] {
        switch language {
        case .indonesian: ["berkas", "baris", "baris_teks", "kolom", "nilai", "alasan", "kode"]
        case .english: ["file", "row", "line", "field", "value", "reason", "code"]
        }
    }
}
