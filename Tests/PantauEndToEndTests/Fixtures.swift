import Foundation
import Testing

/// Places in the repository the tests read (never write).
enum Repository {
    /// Three directories up from this file: `<repo>/Tests/PantauEndToEndTests/Fixtures.swift`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PantauEndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let samplePipeline = "pipelines/skm-semester.yaml"
    static let sampleRegion = root.appendingPathComponent("samples/kabupaten-contoh", isDirectory: true)

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}

/// A fresh directory under the system's temporary directory, removed when `body` returns.
/// Symbolic links in its path are resolved, so that it matches what the process sees as its
/// working directory.
func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let manager = FileManager.default
    let base = manager.temporaryDirectory.resolvingSymlinksInPath()
    let directory = base.appendingPathComponent("pantau-e2e-\(UUID().uuidString)", isDirectory: true)
    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: directory) }
    return try await body(directory)
}

enum Files {
    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func write(bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// Every entry of a directory, hidden ones included, sorted.
    static func entries(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// The contents of every regular file in a directory, by name.
    static func snapshot(of directory: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try entries(of: directory) {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            contents[name] = isDirectory.boolValue ? Data("<directory>".utf8) : try Data(contentsOf: url)
        }
        return contents
    }

    /// Copies the sample pipeline and the sample region into `directory`, keeping their
    /// places relative to each other: `pipelines/skm-semester.yaml`, `samples/kabupaten-contoh/`.
    static func copySampleProject(into directory: URL) throws {
        try copy(Repository.url(Repository.samplePipeline), to: directory.appendingPathComponent(Repository.samplePipeline))
        try copy(Repository.sampleRegion, to: directory.appendingPathComponent("samples/kabupaten-contoh"))
    }

    /// Copies a file or a directory tree by contents only. (`FileManager.copyItem` also tries to
    /// copy the owner, which an ordinary user may not do with files owned by someone else.)
    static func copy(_ source: URL, to destination: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: source.path])
        }
        if isDirectory.boolValue {
            try manager.createDirectory(at: destination, withIntermediateDirectories: true)
            for name in try manager.contentsOfDirectory(atPath: source.path) {
                try copy(source.appendingPathComponent(name), to: destination.appendingPathComponent(name))
            }
        } else {
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contentsOf: source).write(to: destination)
        }
    }
}

/// The names the sample pipeline writes.
enum SampleOutputs {
    static let markdown = "laporan-skm.md"
    static let json = "laporan-skm.json"
    static let rejects = "rejects-skm.csv"
    static let all = [json, markdown, rejects].sorted()
}

// MARK: - CSV

/// RFC 4180 reading, enough for the rejects file: quoted fields, doubled quotes, LF or CRLF,
/// a UTF-8 byte order mark.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var index = scalars.startIndex
        var fieldStarted = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                quoted = true
                fieldStarted = true
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
                fieldStarted = true
            case "\r":
                continue
            case "\n":
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                fieldStarted = false
            default:
                field.append(scalar)
                fieldStarted = true
            }
        }
        if fieldStarted || !field.isEmpty || !record.isEmpty {
            record.append(String(field))
            records.append(record)
        }
        return records
    }
}

// MARK: - Exact fractions

/// A fraction written `n/d` or `n`, reduced, for comparing exact figures however they are
/// written (`65/1` in the expected files, `65` in reports).
struct Fraction: Equatable, CustomStringConvertible {
    var numerator: Int
    var denominator: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let n = Int(parts[0]) else { return nil }
        let d = parts.count == 2 ? Int(parts[1]) : 1
        guard let d, d != 0 else { return nil }
        let divisor = Self.gcd(abs(n), abs(d))
        let sign = d < 0 ? -1 : 1
        numerator = sign * n / max(divisor, 1)
        denominator = sign * d / max(divisor, 1)
    }

    var description: String { "\(numerator)/\(denominator)" }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

// MARK: - Rendered diagnostics

/// One `file:line:column: error: message` diagnostic as Pantau prints it, with the two lines
/// that follow it (the source line and the caret line).
struct RenderedDiagnostic: CustomStringConvertible {
    var line: Int
    var column: Int
    var message: String
    var sourceLine: String?
    var caretLine: String?

    var description: String { "\(line):\(column): \(message)" }

    /// Every positioned error about `file` in `output`, in order.
    static func all(in output: String, file: String) -> [RenderedDiagnostic] {
        let lines = ProcessOutput.lines(output)
        var found: [RenderedDiagnostic] = []
        for (index, text) in lines.enumerated() where text.hasPrefix(file + ":") {
            let rest = text.dropFirst(file.count + 1)
            let parts = rest.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]), parts[2].hasPrefix(" error: ") else { continue }
            found.append(RenderedDiagnostic(
                line: line, column: column, message: String(parts[2].dropFirst(" error: ".count)),
                sourceLine: index + 1 < lines.count ? lines[index + 1] : nil,
                caretLine: index + 2 < lines.count ? lines[index + 2] : nil))
        }
        return found
    }

    /// Checks that the diagnostic quotes line `line` of `source` exactly and puts a caret
    /// under `column` (columns count Unicode scalars, from 1).
    func expectQuotes(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let sourceLines = source.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        guard line >= 1, line <= sourceLines.count else {
            Issue.record("line \(line) is not in the source (\(sourceLines.count) lines)", sourceLocation: sourceLocation)
            return
        }
        #expect(sourceLine == sourceLines[line - 1], "diagnostic \(self) should quote its source line", sourceLocation: sourceLocation)
        let caret = Array((caretLine ?? "").unicodeScalars)
        #expect(caret.count == column, "caret line '\(caretLine ?? "")' should end at column \(column)", sourceLocation: sourceLocation)
        #expect(caret.last == "^", "caret line '\(caretLine ?? "")' should end with '^'", sourceLocation: sourceLocation)
        #expect(caret.dropLast().allSatisfy { $0.properties.isWhitespace }, "caret line '\(caretLine ?? "")' should be blank before '^'", sourceLocation: sourceLocation)
    }
}
