/// What happened to the records of one input file: every record read was either accepted or
/// rejected, never silently dropped.
public struct FileReconciliation: Sendable, Hashable, Codable {
    public var file: String
    public var read: Int
    public var accepted: Int
    public var rejected: Int

    public init(file: String, read: Int = 0, accepted: Int = 0, rejected: Int = 0) {
        self.file = file
        self.read = read
        self.accepted = accepted
        self.rejected = rejected
    }

    /// read = accepted + rejected.
    public var reconciles: Bool { read == accepted + rejected }
}

/// The data-quality account of one import: per file counts and where the rejects went.
public struct ImportAccount: Sendable, Hashable, Codable {
    /// The stage that imported the records.
    public var stage: String
    /// What was imported, such as `survey-responses`.
    public var records: String
    public var files: [FileReconciliation]
    /// The rejects file's name in the output directory, when anything was rejected.
    public var rejectsFile: String?
    /// How many rejects each reason code accounts for.
    public var reasons: [String: Int]

    public init(stage: String, records: String, files: [FileReconciliation], rejectsFile: String?, reasons: [String: Int]) {
        self.stage = stage
        self.records = records
        self.files = files
        self.rejectsFile = rejectsFile
        self.reasons = reasons
    }

    public var read: Int { files.reduce(0) { $0 + $1.read } }
    public var accepted: Int { files.reduce(0) { $0 + $1.accepted } }
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    public var reconciles: Bool { files.allSatisfy(\.reconciles) }
}
