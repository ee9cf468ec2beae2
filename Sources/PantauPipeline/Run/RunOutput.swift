public import Foundation
public import PantauYAML

/// The run's output directory. Stages write into a private staging directory beside it; only
/// when every stage has succeeded are the files moved into place, each with an atomic
/// `rename(2)`. A failed run leaves the last good reports untouched and no half-written file.
public final class RunOutput: @unchecked Sendable {
    public let directory: String
    private let staging: String
    private let lock = NSLock()
    private var names: [String] = []
    /// Names being written, not yet finished.
    private var inProgress: Set<String> = []
    private var keep = false

    /// Creates the output directory if needed and a fresh staging directory inside it.
    public init(directory: String) throws(Diagnostic) {
        self.directory = directory
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        self.staging = (directory as NSString).appendingPathComponent(".pantau-staging-\(token)")
        if let failure = Self.makeDirectories(staging) {
            throw Diagnostic.error(at: nil, PipelineMessage.outputCannotCreate(path: directory, reason: String(cString: strerror(failure))))
        }
        StagingDirectories.shared.insert(staging)
    }

    /// Writes a file under a plain name (no directories) into the staging area.
    public func write(_ name: String, contents: Data) throws(Diagnostic) {
        let target = try reserve(name)
        do {
            try contents.write(to: URL(fileURLWithPath: target))
        } catch {
            settle(name, written: false)
            throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: target, reason: Self.reason(error)))
        }
        settle(name, written: true)
    }

    public func write(_ name: String, text: String) throws(Diagnostic) {
        try write(name, contents: Data(text.utf8))
    }

    /// Writes a file into the staging area a piece at a time, for outputs too large to hold
    /// whole in memory (a region's JSON report is 100 MB): `body` appends to the file it is
    /// given. The file counts as written when `body` returns; if it throws, the partial file is
    /// removed and the error passed on.
    public func write(_ name: String, streaming body: (StagedFile) throws -> Void) throws {
        let target = try reserve(name)
        do {
            let file = try StagedFile(creating: target)
            defer { file.close() }
            try body(file)
            // Some file systems (NFS, quotas) report a failed write only when the file closes.
            try file.finish()
        } catch {
            unlink(target)
            settle(name, written: false)
            throw error
        }
        settle(name, written: true)
    }

    /// Claims `name` for one writer and gives its path in the staging area. The file itself is
    /// written outside the lock, so that other stages' files are not held up meanwhile.
    private func reserve(_ name: String) throws(Diagnostic) -> String {
        guard Self.isPlainName(name) else { throw Diagnostic.error(at: nil, PipelineMessage.outputInvalidName(name)) }
        lock.lock()
        defer { lock.unlock() }
        if names.contains(name) || inProgress.contains(name) { throw Diagnostic.error(at: nil, PipelineMessage.outputWrittenTwice(name)) }
        inProgress.insert(name)
        return (staging as NSString).appendingPathComponent(name)
    }

    /// Ends a writer's claim on `name`; a written file joins the run's outputs.
    private func settle(_ name: String, written: Bool) {
        lock.lock()
        defer { lock.unlock() }
        inProgress.remove(name)
        if written { names.append(name) }
    }

    /// The names written so far, in the order they were written.
    public var writtenNames: [String] {
        lock.lock()
        defer { lock.unlock() }
        return names
    }

    /// Moves every staged file into the output directory and returns their final paths.
    ///
    /// All or nothing: a file already in the output directory is first moved aside into the
    /// staging directory; if any move fails, the files already moved in are taken out again and
    /// the earlier ones put back, so the directory is as it was before the run.
    public func commit() throws(Diagnostic) -> [String] {
        // A signal arriving now waits for the commit to finish (see `StagingDirectories`).
        try StagingDirectories.shared.whileCommitting { () throws(Diagnostic) -> [String] in try moveIntoPlace() }
    }

    private func moveIntoPlace() throws(Diagnostic) -> [String] {
        let staged = writtenNames
        // Something other than a file in the way (a directory, say) is never moved or replaced.
        for name in staged {
            let target = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: target, reason: String(cString: strerror(EISDIR))))
            }
        }
        // The previous file is kept as a hard link in the staging directory, so the target name
        // always names a whole file, old or new; a failure puts every earlier file back.
        var moved: [(target: String, previous: String?)] = []
        func rollBack() -> Bool {
            var restored = true
            for (target, previous) in moved.reversed() {
                if let previous {
                    restored = rename(previous, target) == 0 && restored
                } else {
                    restored = unlink(target) == 0 && restored
                }
            }
            return restored
        }
        for name in staged {
            let from = (staging as NSString).appendingPathComponent(name)
            let to = (directory as NSString).appendingPathComponent(name)
            var previous: String?
            if FileManager.default.fileExists(atPath: to) {
                let aside = (staging as NSString).appendingPathComponent(".previous-\(name)")
                guard link(to, aside) == 0 else {
                    let reason = String(cString: strerror(errno))
                    if !rollBack() { keepStaging() }
                    throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: to, reason: reason))
                }
                previous = aside
            }
            guard rename(from, to) == 0 else {
                let reason = String(cString: strerror(errno))
                if !rollBack() { keepStaging() }
                throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: to, reason: reason))
            }
            moved.append((to, previous))
        }
        discard()
        return moved.map(\.target)
    }

    /// After a roll-back that could not put everything back, the staging directory keeps the
    /// previous files (`.previous-<name>`): it is not removed, so nothing is lost.
    private func keepStaging() {
        lock.lock()
        keep = true
        lock.unlock()
        StagingDirectories.shared.remove(staging)
    }

    /// Removes the staging directory and whatever it holds, unless a failed roll-back left
    /// previous files in it.
    public func discard() {
        lock.lock()
        let keepIt = keep
        lock.unlock()
        if keepIt {
            StagingDirectories.shared.remove(staging)
        } else {
            StagingDirectories.shared.removeIfRegistered(staging)
        }
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
            && !name.hasPrefix(".pantau-staging-")
    }

    /// `mkdir -p` with the system call, so that a failure keeps the system's own reason;
    /// returns the error number, or nil on success.
    static func makeDirectories(_ path: String) -> Int32? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue ? nil : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, let failure = makeDirectories(parent) { return failure }
        return mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : errno
    }

    /// The operating system's own words for a file error ("Permission denied"), not Foundation's
    /// wrapper ("The operation could not be completed").
    public static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedFailureReason ?? nsError.localizedDescription
    }
}

/// A file of a run's staging area being written a piece at a time (`RunOutput.write(_:streaming:)`).
public final class StagedFile {
    public let path: String
    private var descriptor: Int32

    init(creating path: String) throws(Diagnostic) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: path, reason: String(cString: strerror(errno))))
        }
    }

    /// Appends bytes at the end of the file.
    public func append(_ bytes: UnsafeRawBufferPointer) throws(Diagnostic) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: path, reason: String(cString: strerror(errno))))
            }
            offset += written
        }
    }

    /// Closes the file, throwing when the system says its contents did not all reach it.
    func finish() throws(Diagnostic) {
        guard descriptor >= 0 else { return }
        let closed = Foundation.close(descriptor)
        descriptor = -1
        if closed != 0 && errno != EINTR {
            throw Diagnostic.error(at: nil, PipelineMessage.outputCannotWrite(path: path, reason: String(cString: strerror(errno))))
        }
    }

    func close() {
        guard descriptor >= 0 else { return }
        _ = Foundation.close(descriptor)
        descriptor = -1
    }

    deinit { close() }
}

/// The staging directories of runs in progress, so that a run ended by a signal (cron's
/// time-out, Ctrl-C) can remove them on its way out and leave only the last good outputs.
public final class StagingDirectories: @unchecked Sendable {
    public static let shared = StagingDirectories()
    private let lock = NSLock()
    /// Held while outputs move into place, so that a signal's clean-up waits for a commit
    /// rather than deleting the previous files it keeps aside.
    private let committing = NSLock()
    private var paths: Set<String> = []

    func whileCommitting<T>(_ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        committing.lock()
        defer { committing.unlock() }
        return try body()
    }

    func insert(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
    }

    func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(path)
    }

    /// Removes a registered directory, unless a signal's clean-up has already taken it: one
    /// remover per directory, so that two never trip over each other's half-deleted tree.
    func removeIfRegistered(_ path: String) {
        lock.lock()
        let registered = paths.remove(path) != nil
        lock.unlock()
        if registered { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Removes every staging directory still registered, after any commit in progress.
    public func removeAll() {
        committing.lock()
        defer { committing.unlock() }
        lock.lock()
        let pending = paths
        paths.removeAll()
        lock.unlock()
        for path in pending { try? FileManager.default.removeItem(atPath: path) }
    }
}
