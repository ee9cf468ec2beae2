import Foundation
@testable import PantauYAML

/// The file name every test document is loaded under.
let testFile = "t.yaml"

func at(_ line: Int, _ column: Int, file: String = testFile) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
}

func error(_ line: Int, _ column: Int, _ message: YAMLMessage) -> Diagnostic {
    .error(at: at(line, column), message)
}

func load(_ text: String, loader: YAMLLoader = YAMLLoader()) throws(Diagnostics) -> Node {
    try loader.load(text: text, file: testFile)
}

/// The diagnostics loading `text` throws; empty when it loads.
func problems(_ text: String, loader: YAMLLoader = YAMLLoader()) -> [Diagnostic] {
    problems(bytes: Array(text.utf8), loader: loader)
}

func problems(bytes: [UInt8], loader: YAMLLoader = YAMLLoader()) -> [Diagnostic] {
    do {
        _ = try loader.load(bytes: bytes, file: testFile)
        return []
    } catch {
        return error.items
    }
}

/// The diagnostic a typed reader throws; `nil` when it returns a value.
func readerError<T>(_ read: () throws(Diagnostic) -> T) -> Diagnostic? {
    do {
        _ = try read()
        return nil
    } catch {
        return error
    }
}

/// A scratch directory that is removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-yaml-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
