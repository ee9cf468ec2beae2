import Foundation

/// A file a stage reads: where it is, and how to name it in messages and reports.
public struct InputFile: Sendable, Hashable, Codable {
    /// The path to open.
    public var path: String
    /// The path as people should read it: relative to the working directory where possible.
    public var displayName: String

    public init(path: String, displayName: String) {
        self.path = path
        self.displayName = displayName
    }

    /// Resolves a path or glob against a base directory; files only, sorted by path.
    ///
    /// Files are named as the pipeline names them (`../samples/skm/skm-2026-s1.csv` for the
    /// pattern `../samples/skm/*.csv`), so reports and rejects files read the same whichever
    /// directory Pantau was started from.
    public static func resolve(_ pattern: String, relativeTo base: String) -> [InputFile] {
        // `rekap.xlsx#Responden` names a sheet of a workbook: the file is the part before `#`,
        // and the suffix stays on the path for the reader that opens it.
        if let range = pattern.range(of: #"\.xls[xm]#"#, options: [.regularExpression, .caseInsensitive]) {
            let hash = pattern.index(before: range.upperBound)
            let suffix = String(pattern[hash...])
            return resolve(String(pattern[..<hash]), relativeTo: base).map {
                InputFile(path: $0.path + suffix, displayName: $0.displayName + suffix)
            }
        }
        let absolute = pattern.hasPrefix("/") ? pattern : (base as NSString).appendingPathComponent(pattern)
        let standardized = (absolute as NSString).standardizingPath
        let isGlob = pattern.contains(where: { "*?[".contains($0) })
        let candidates = isGlob ? Glob.match(standardized) : [standardized]
        var isDirectory: ObjCBool = false
        let naming = Naming(pattern: pattern, isGlob: isGlob)
        return candidates.filter {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        .sorted()
        .map { InputFile(path: $0, displayName: naming.displayName(for: $0)) }
    }

    /// How the files a pattern matches are named; worked out once per pattern, as a glob may
    /// match thousands of files.
    private struct Naming {
        let pattern: String
        let isGlob: Bool
        /// The pattern's directory, when it has no wildcard of its own.
        let directory: String?

        init(pattern: String, isGlob: Bool) {
            self.pattern = pattern
            self.isGlob = isGlob
            let directory = (pattern as NSString).deletingLastPathComponent
            self.directory = directory.contains(where: { "*?[".contains($0) }) ? nil : directory
        }

        func displayName(for path: String) -> String {
            guard isGlob else { return pattern }
            guard let directory else { return path }
            // A matched path is standardized and names a file: its name follows the last slash.
            let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
            return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
        }
    }

    /// A path relative to the current directory when the file lies below it, else absolute.
    public static func displayName(for path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
