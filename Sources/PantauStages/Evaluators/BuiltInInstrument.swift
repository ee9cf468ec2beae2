import Foundation
import PantauCore
import PantauPipeline
import PantauYAML

/// An instrument file shipped in `instruments/` and compiled into Pantau (by
/// `instruments/embed.sh`), so that the default works wherever the binary is installed.
struct BuiltInInstrument: Sendable {
    /// What a pipeline writes under `instrument:` to choose it.
    var id: String
    /// The shipped file, as messages name it.
    var file: String
    var text: String

    static let all = [pekppp2022]
    static let defaultID = pekppp2022.id

    static func named(_ id: String) -> BuiltInInstrument? { all.first { $0.id == id } }
}

/// Where `instrument:` points: a built-in instrument by id, or a file relative to the pipeline.
enum InstrumentSource {
    /// The instrument `instrument:` names, read and checked; every problem with the file is
    /// reported at its line and column.
    static func load(_ configuration: StageConfiguration) throws(Diagnostics) -> PerformanceInstrument {
        let node = configuration["instrument"]
        let name: String
        do {
            name = try node?.nonEmptyString() ?? BuiltInInstrument.defaultID
        } catch {
            throw Diagnostics([error])
        }
        if let builtIn = BuiltInInstrument.named(name) {
            return try PerformanceInstrument.read(try YAMLLoader().load(text: builtIn.text, file: builtIn.file))
        }
        guard let file = InputFile.resolve(name, relativeTo: configuration.baseDirectory).first,
            let data = FileManager.default.contents(atPath: file.path)
        else {
            throw Diagnostics([.error(at: node?.location, StageMessage.instrumentNotFound(name: name, builtIn: BuiltInInstrument.all.map(\.id)))])
        }
        return try PerformanceInstrument.read(try YAMLLoader().load(bytes: [UInt8](data), file: file.displayName))
    }
}
