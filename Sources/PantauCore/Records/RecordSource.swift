/// Where a record came from: the file and the row in it, so that every figure can be traced
/// back to the lines behind it.
public struct RecordSource: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// The record's row as a spreadsheet shows it (the header is row 1).
    public var row: Int
    /// The line of the file on which the record starts, as a text editor shows it. It differs
    /// from `row` after a quoted field that holds a line break.
    public var line: Int?

    public init(file: String, row: Int, line: Int? = nil) {
        self.file = file
        self.row = row
        self.line = line
    }

    public var description: String { "\(file):\(row)" }
}
