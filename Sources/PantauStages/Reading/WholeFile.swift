import Foundation

/// A small file's bytes read with one `open` and `read`: thousands of files of minutes are read
/// at loading and again at the run, and Foundation's URL and `Data` cost more than the reading.
enum WholeFile {
    /// The bytes of the regular file at `path`, or nil when it cannot be read this way (missing,
    /// unreadable, not a regular file, changing while read): the caller then reads it through
    /// Foundation, which says why it cannot.
    static func bytes(at path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                guard count > 0 else {
                    complete = false
                    return
                }
                initialized += count
            }
        }
        // A file that grew or shrank since `fstat` is read again the usual way.
        var extra: UInt8 = 0
        guard complete, read(descriptor, &extra, 1) == 0 else { return nil }
        return bytes
    }
}
