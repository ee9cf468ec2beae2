import Foundation
import Testing
@testable import PantauStages

@Suite("Reading a small file whole")
struct WholeFileTests {
    @Test("a file's bytes as they are; nothing for what is not a readable file, for Foundation to explain")
    func bytes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-whole-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = Array("---\ntitle: Rakor\n---\n\u{FEFF}é\r\n".utf8)
        let file = directory.appendingPathComponent("a.md")
        try Data(text).write(to: file)
        #expect(WholeFile.bytes(at: file.path) == text)
        let empty = directory.appendingPathComponent("empty.md")
        try Data().write(to: empty)
        #expect(WholeFile.bytes(at: empty.path) == [])
        #expect(WholeFile.bytes(at: directory.path) == nil)
        #expect(WholeFile.bytes(at: directory.appendingPathComponent("missing.md").path) == nil)
    }
}
