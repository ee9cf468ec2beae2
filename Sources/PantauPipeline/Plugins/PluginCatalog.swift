import Foundation
public import PantauYAML

/// The plugins found in some directories, sound or broken.
///
/// A directory that holds a `plugin.yaml` is one plugin; any other directory holds plugins, one
/// per subdirectory with a `plugin.yaml`. A broken plugin does not stop anything by itself: it
/// is an error only when a pipeline uses its stage, and `pantau plugins` lists it as broken.
public struct PluginCatalog: Sendable {
    public struct Entry: Sendable {
        /// The plugin's directory, absolute.
        public var directory: String
        /// The directory as people should read it.
        public var displayDirectory: String
        /// What reading the manifest gave.
        public var outcome: PluginManifestReader.Outcome
        /// Problems beyond the manifest's own: a stage id another provider also claims.
        public var clash: Diagnostic?

        public var manifest: PluginManifest? { clash == nil ? outcome.manifest : nil }
        public var stageID: String? { outcome.manifest?.stageID ?? outcome.stageID }
        public var isSound: Bool { manifest != nil }
        /// Every problem: the manifest's, then a clash.
        public var problems: [Diagnostic] { outcome.problems.filter { $0.severity == .error } + [clash].compactMap { $0 } }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Finds and reads every plugin under `directories` (absolute paths; missing ones are skipped,
    /// callers report them where they were named), in directory order, each plugin once. A stage id
    /// claimed by a built-in stage of `registry` or by an earlier plugin makes the later plugin
    /// broken, with a problem that names both.
    public static func discover(in directories: [String], support: PluginSupport, registry: StageRegistry) -> PluginCatalog {
        let reader = PluginManifestReader(support: support)
        var entries: [Entry] = []
        var seen: Set<String> = []
        for directory in directories {
            for pluginDirectory in pluginDirectories(in: directory) where seen.insert(pluginDirectory).inserted {
                let outcome: PluginManifestReader.Outcome
                if FileManager.default.fileExists(atPath: (pluginDirectory as NSString).appendingPathComponent(PluginManifest.fileName)) {
                    outcome = reader.read(directory: pluginDirectory)
                } else {
                    let display = InputFile.displayName(for: pluginDirectory)
                    outcome = .init(manifest: nil, problems: [.error(at: nil, PluginMessage.manifestMissing(directory: display))])
                }
                entries.append(Entry(directory: pluginDirectory, displayDirectory: InputFile.displayName(for: pluginDirectory), outcome: outcome))
            }
        }
        // Clashes: the built-in stage, or the first sound plugin, keeps the id.
        var owners: [String: PluginMessage.StageProvider] = [:]
        for id in registry.ids { owners[id] = .builtIn }
        for index in entries.indices {
            guard let manifest = entries[index].outcome.manifest else { continue }
            let provider = PluginMessage.StageProvider.plugin(name: manifest.name, manifest: manifest.file)
            if let owner = owners[manifest.stageID] {
                entries[index].clash = .error(
                    at: manifest.stageLocation, PluginMessage.stageClash(stage: manifest.stageID, providers: [owner, provider]))
            } else {
                owners[manifest.stageID] = provider
            }
        }
        return PluginCatalog(entries: entries)
    }

    /// The plugin directories under `directory`, sorted.
    static func pluginDirectories(in directory: String) -> [String] {
        let manager = FileManager.default
        if manager.fileExists(atPath: (directory as NSString).appendingPathComponent(PluginManifest.fileName)) { return [directory] }
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return [] }
        return names.sorted().compactMap { name in
            guard !name.hasPrefix(".") else { return nil }
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            // A folder with `plugin.yml` is a plugin whose manifest is misnamed: report it.
            let hasManifest = manager.fileExists(atPath: (path as NSString).appendingPathComponent(PluginManifest.fileName))
                || manager.fileExists(atPath: (path as NSString).appendingPathComponent("plugin.yml"))
            return hasManifest ? path : nil
        }
    }

    /// The factories of the sound plugins.
    public func factories(support: PluginSupport) -> [StageFactory] {
        entries.compactMap { entry in entry.manifest.map { ExternalStage.factory($0, support: support) } }
    }

    /// The entry that provides (or meant to provide) a stage id but cannot.
    public func brokenEntry(for stageID: String) -> Entry? {
        entries.first { !$0.isSound && $0.stageID == stageID }
    }

    /// Broken entries whose stage id could not even be read.
    public var unidentified: [Entry] { entries.filter { !$0.isSound && $0.stageID == nil } }

    /// A registry with the sound plugins added to `registry`.
    public func registry(adding registry: StageRegistry, support: PluginSupport) -> StageRegistry {
        registry.adding(factories(support: support)).registry
    }
}

extension PluginManifestReader.Outcome {
    init(manifest: PluginManifest?, problems: [Diagnostic]) {
        self.init(manifest: manifest, problems: problems, stageID: nil, role: nil, name: nil)
    }
}
