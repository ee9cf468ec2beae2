import Foundation
import PantauCore
public import PantauYAML

/// Finds the columns an importer needs in a file's header row. Header names are compared
/// without regard to case or surrounding blanks, as people write them in spreadsheets.
public struct ColumnMap: Sendable {
    public let headers: [String]
    private let positions: [String: Int]

    public init(headers: [String]) {
        self.headers = headers
        var positions: [String: Int] = [:]
        for (index, header) in headers.enumerated() {
            let key = Self.normalised(header)
            if positions[key] == nil { positions[key] = index }
        }
        self.positions = positions
    }

    public init(table: CSVTable) {
        self.init(headers: table.recordCount > 0 ? (0..<table.fieldCount(ofRecord: 0)).map { table.text(record: 0, field: $0) } : [])
    }

    public func index(of column: String) -> Int? { positions[Self.normalised(column)] }

    /// The position of every column asked for, or the problem for each missing one.
    public func require(_ columns: [String], file: String) throws(Diagnostics) -> [String: Int] {
        var found: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for column in columns {
            let matching = headers.indices.filter { Self.normalised(headers[$0]) == Self.normalised(column) }
            if matching.count > 1 {
                // Which of two columns with one name holds the data is a guess: refuse it.
                problems.append(.error(at: SourceLocation(file: file, line: 1, column: 1), StageMessage.duplicateColumn(
                    column: column, positions: matching.map { $0 + 1 })))
            } else if let index = index(of: column) {
                found[column] = index
            } else {
                let suggestion = ClosestName.suggest(for: column, among: headers)
                problems.append(.error(at: SourceLocation(file: file, line: 1, column: 1), StageMessage.columnMissing(
                    column: column, file: file, found: headers, suggestion: suggestion)))
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return found
    }

    static func normalised(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
