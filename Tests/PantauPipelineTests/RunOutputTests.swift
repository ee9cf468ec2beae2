import Foundation
import PantauYAML
import Testing
@testable import PantauPipeline

@Suite("Run output")
struct RunOutputTests {
    @Test func filesAreStagedUntilCommitted() throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        #expect(stagingEntries(in: directory.path).count == 1)
        try output.write("b.md", text: "# B")
        try output.write("a.csv", contents: Data("x,y\n".utf8))
        #expect(output.writtenNames == ["b.md", "a.csv"])
        // Nothing visible before the commit.
        #expect(try directory.contents().filter { !$0.hasPrefix(".pantau-staging-") } == [])

        let committed = try output.commit()
        #expect(committed == [directory.url("b.md"), directory.url("a.csv")])
        #expect(try directory.contents() == ["a.csv", "b.md"])
        #expect(try directory.read("b.md") == "# B")
        #expect(stagingEntries(in: directory.path) == [])
    }

    @Test func discardLeavesTheDirectoryAsItWas() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.csv", "earlier")
        let output = try RunOutput(directory: directory.path)
        try output.write("a.csv", text: "new")
        try output.write("c.csv", text: "new")
        output.discard()
        #expect(try directory.contents() == ["a.csv"])
        #expect(try directory.read("a.csv") == "earlier")
    }

    @Test func eachRunStagesInADirectoryOfItsOwn() throws {
        let directory = try TemporaryDirectory()
        let first = try RunOutput(directory: directory.path)
        let second = try RunOutput(directory: directory.path)
        try first.write("a.txt", text: "first")
        try second.write("a.txt", text: "second")
        #expect(stagingEntries(in: directory.path).count == 2)
        first.discard()
        _ = try second.commit()
        #expect(try directory.read("a.txt") == "second")
        #expect(stagingEntries(in: directory.path) == [])
    }

    @Test func writingTheSameNameTwiceIsAnError() throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        try output.write("laporan.md", text: "first")
        let error = #expect(throws: Diagnostic.self) { try output.write("laporan.md", text: "second") }
        #expect(error == .error(at: nil, PipelineMessage.outputWrittenTwice("laporan.md")))
        #expect(output.writtenNames == ["laporan.md"])
        _ = try output.commit()
        #expect(try directory.read("laporan.md") == "first")
    }

    @Test(arguments: ["", ".", "..", "a/b", "/etc/passwd", "../x", "a\0b", ".pantau-staging-x"])
    func invalidNamesAreRefused(name: String) throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        let error = #expect(throws: Diagnostic.self) { try output.write(name, text: "x") }
        #expect(error == .error(at: nil, PipelineMessage.outputInvalidName(name)))
        #expect(error?.message.text(.english) == "'\(name)' is not a plain file name for an output")
        #expect(output.writtenNames == [])
        #expect(try output.commit() == [])
        #expect(try directory.contents() == [])
    }

    @Test(arguments: ["laporan skm.md", ".tersembunyi", "..x", "a..b", "ringkasan-2026-S1.json"])
    func unusualButPlainNamesAreAccepted(name: String) throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        try output.write(name, text: "x")
        #expect(try output.commit() == [directory.url(name)])
        #expect(try directory.read(name) == "x")
    }

    @Test func concurrentWritesAreAllKept() async throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask { try output.write("f\(index).txt", text: "\(index)") }
            }
            try await group.waitForAll()
        }
        #expect(Set(output.writtenNames) == Set((0..<20).map { "f\($0).txt" }))
        _ = try output.commit()
        #expect(try directory.contents().count == 20)
    }

    @Test func aFileWrittenPieceByPieceIsStagedLikeAnyOther() throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        try output.write("besar.json") { file in
            for piece in ["{", "\"a\" : 1", "}\n"] {
                try Array(piece.utf8).withUnsafeBytes { try file.append($0) }
            }
            // Another stage's file is not held up while this one is being written.
            try output.write("kecil.md", text: "# K")
        }
        #expect(output.writtenNames == ["kecil.md", "besar.json"])
        #expect(try directory.contents().filter { !$0.hasPrefix(".pantau-staging-") } == [])
        _ = try output.commit()
        #expect(try directory.read("besar.json") == "{\"a\" : 1}\n")
    }

    @Test func aNameBeingWrittenPieceByPieceCannotBeWrittenAgain() throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        try output.write("laporan.json") { _ in
            let error = #expect(throws: Diagnostic.self) { try output.write("laporan.json", text: "second") }
            #expect(error == .error(at: nil, PipelineMessage.outputWrittenTwice("laporan.json")))
        }
        let error = #expect(throws: Diagnostic.self) { try output.write("laporan.json") { _ in } }
        #expect(error == .error(at: nil, PipelineMessage.outputWrittenTwice("laporan.json")))
        #expect(output.writtenNames == ["laporan.json"])
    }

    @Test func aFailedPieceByPieceWriteLeavesNoFileAndTheNameFree() throws {
        struct Interrupted: Error {}
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        #expect(throws: Interrupted.self) {
            try output.write("laporan.json") { file in
                try Array("{".utf8).withUnsafeBytes { try file.append($0) }
                throw Interrupted()
            }
        }
        #expect(output.writtenNames == [])
        let staging = try #require(stagingEntries(in: directory.path).first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url(staging)) == [])
        try output.write("laporan.json", text: "{}")
        #expect(try output.commit() == [directory.url("laporan.json")])
    }

    @Test func aPieceByPieceWriteThatCannotOpenItsFileNamesTheFileAndTheReason() throws {
        let directory = try TemporaryDirectory()
        let output = try RunOutput(directory: directory.path)
        let staging = try #require(stagingEntries(in: directory.path).first)
        // A directory in the way makes opening the file fail, for root too.
        let target = directory.url(staging + "/laporan.json")
        #expect(mkdir(target, 0o755) == 0)
        var ran = false
        let error = #expect(throws: Diagnostic.self) { try output.write("laporan.json") { _ in ran = true } }
        #expect(error?.message.text(.english) == "cannot write '\(target)': Is a directory")
        #expect(!ran)
        #expect(output.writtenNames == [])
    }
}
