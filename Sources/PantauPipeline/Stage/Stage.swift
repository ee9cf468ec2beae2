public import PantauYAML

/// A step of a pipeline: an importer, an evaluator, a recommender or a reporter.
///
/// Built-in stages are Swift types listed once in a `StageRegistry`; external programs are
/// adapted to the same protocol, so the engine knows one kind of stage only.
public protocol Stage: Sendable {
    static var descriptor: StageDescriptor { get }

    /// Reads the stage's `with:` configuration, after the generic checks of its descriptor have
    /// passed. Runs when a pipeline is validated, so that `pantau validate` also reports what only
    /// the stage can see (a column mapping that misses an element, say), with positions.
    init(configuration: StageConfiguration) throws(Diagnostics)

    /// Does the work, returning the datasets the descriptor promises.
    func run(in context: StageContext) async throws -> [any Dataset]

    /// The files the stage will write into the output directory, as configured, so that
    /// validation can refuse two stages writing one file before anything runs.
    var outputFiles: [String] { get }
}

extension Stage {
    public var outputFiles: [String] { [] }
}
