public import PantauCore
import Foundation

/// The `output:` directory of a pipeline, with placeholders filled in per run:
/// `{period}` (such as `2026-S1`) and `{year}`.
public struct OutputTemplate: Sendable, Equatable {
    public static let placeholders = ["period", "year"]
    public static let `default` = "out/{period}"

    public var text: String

    public init(_ text: String) { self.text = text }

    public func resolve(period: Period) -> String {
        text.replacingOccurrences(of: "{period}", with: period.description)
            .replacingOccurrences(of: "{year}", with: String(period.year))
    }

    /// Placeholders the template uses that Pantau does not know.
    public func unknownPlaceholders() -> [String] {
        var unknown: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if !Self.placeholders.contains(name) { unknown.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return unknown
    }
}
