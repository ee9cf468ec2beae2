import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The zip container of an .xlsx workbook: tells a workbook from other files by its first bytes,
/// finds parts by name (without regard to case or the direction of slashes, as some exporters
/// write them) and inflates them.
final class XLSXArchive {
    private let archive: Archive
    /// Every file entry by its normalised name; the first of two entries with one name wins.
    private let entries: [String: Entry]

    init(path: String) throws(XLSXError) {
        try Self.checkSignature(path)
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .damaged
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
    }

    func contains(_ part: String) -> Bool { entries[Self.key(part)] != nil }

    /// A part's bytes, inflated and checked against the archive's checksum; nil when the
    /// archive has no such part.
    func data(_ part: String) throws(XLSXError) -> Data? {
        guard let entry = entries[Self.key(part)] else { return nil }
        var data = Data()
        data.reserveCapacity(Int(clamping: min(entry.uncompressedSize, 1 << 28)))
        do {
            _ = try archive.extract(entry, bufferSize: Self.chunkSize) { data.append($0) }
        } catch {
            throw .damaged
        }
        return data
    }

    /// The start of a part, inflated only until a chunk holds one of `markers`: enough to read
    /// a worksheet's first row without inflating a sheet of a million rows. The whole part when
    /// no marker occurs; nil when the archive has no such part.
    func prefix(_ part: String, endingAfterAnyOf markers: [[UInt8]]) throws(XLSXError) -> Data? {
        guard let entry = entries[Self.key(part)] else { return nil }
        struct Enough: Error {}
        var data = Data()
        let longest = markers.map(\.count).max() ?? 0
        do {
            _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { chunk in
                let searchFrom = max(0, data.count - longest)
                data.append(chunk)
                let window = data[(data.startIndex + searchFrom)...]
                if markers.contains(where: { window.firstRange(of: $0) != nil }) { throw Enough() }
            }
        } catch is Enough {
            return data
        } catch {
            throw .damaged
        }
        return data
    }

    private static let chunkSize = 1 << 16

    /// Part names compare without case, leading slash or backslashes.
    private static func key(_ name: String) -> String {
        var name = name.replacingOccurrences(of: "\\", with: "/")
        while name.hasPrefix("/") { name.removeFirst() }
        return name.lowercased()
    }

    // MARK: - What kind of file this is

    private static let zipSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08]]
    /// An OLE compound file: an Excel 97–2003 workbook, or a password-encrypted .xlsx.
    private static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Throws unless the file starts as a zip archive does, telling apart the files most often
    /// named .xlsx by mistake: an old .xls workbook, a workbook encrypted with a password, and
    /// anything else (a CSV renamed, say).
    private static func checkSignature(_ path: String) throws(XLSXError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(reason: CSVStreamError(code: errno).reason) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(reason: CSVStreamError(code: EISDIR).reason)
        }
        var head = [UInt8](repeating: 0, count: 8)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 8) }
        guard count >= 0 else { throw .unreadable(reason: CSVStreamError(code: errno).reason) }
        head.removeLast(8 - count)
        if zipSignatures.contains(where: { head.starts(with: $0) }) { return }
        guard head == compoundFileSignature else { throw .notXLSX }
        // Excel keeps an encrypted workbook in streams named EncryptionInfo and EncryptedPackage,
        // whose names the compound file's directory holds in UTF-16.
        guard let whole = try? Data(contentsOf: URL(fileURLWithPath: path)) else { throw .legacyXLS }
        let name = Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        throw whole.firstRange(of: name) != nil ? .encrypted : .legacyXLS
    }
}
