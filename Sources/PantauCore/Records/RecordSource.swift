/// Where a record came from: the file and the row in it, so that every figure can be traced
/// back to the lines behind it.
public struct RecordSource: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// The record's row as a spreadsheet shows it (the header is row 1).
    public var row: Int

    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }

    public var description: String { "\(file):\(row)" }
}
