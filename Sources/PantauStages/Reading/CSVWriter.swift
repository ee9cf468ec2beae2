import Foundation

/// Writes CSV for spreadsheets, keeping untrusted text as data: fields are quoted per RFC 4180,
/// and a field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a
/// leading apostrophe, as OWASP advises against CSV injection.
public struct CSVWriter: Sendable {
    private var lines: [String] = []

    public init(header: [String]) { lines.append(Self.line(header)) }

    public mutating func append(_ fields: [String]) { lines.append(Self.line(fields)) }

    /// The whole file, CRLF line ends as RFC 4180 and Excel expect, with a UTF-8 byte-order mark
    /// so that Excel reads Indonesian text correctly.
    public var text: String { "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n" }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// One field, neutralised and quoted as needed.
    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        // Checked on Unicode scalars: in Swift "\r\n" is one Character, equal to neither "\r" nor "\n".
        if value.unicodeScalars.contains(where: { "\",;\n\r".unicodeScalars.contains($0) }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
