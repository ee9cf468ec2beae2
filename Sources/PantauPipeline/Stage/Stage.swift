public import PantauYAML

/// What the engine runs: a stage of a pipeline, configured and ready.
///
/// Built-in stages are `Stage` types; an external plugin is an `ExternalStage` value made from
/// its manifest. The runner sees one kind of stage either way.
public protocol RunnableStage: Sendable {
    /// Does the work, returning the datasets the descriptor promises.
    func run(in context: StageContext) async throws -> [any Dataset]

    /// The files the stage will write into the output directory, as configured, so that
    /// validation can refuse two stages writing one file before anything runs.
    var outputFiles: [String] { get }
}

extension RunnableStage {
    public var outputFiles: [String] { [] }
}

/// A built-in step of a pipeline: an importer, an evaluator, a recommender or a reporter.
///
/// Built-in stages are Swift types listed once in a `StageRegistry`; external programs are
/// adapted to the same registry through `StageFactory`, so the engine knows one kind of stage only.
public protocol Stage: RunnableStage {
    static var descriptor: StageDescriptor { get }

    /// Reads the stage's `with:` configuration, after the generic checks of its descriptor have
    /// passed. Runs when a pipeline is validated, so that `pantau validate` also reports what only
    /// the stage can see (a column mapping that misses an element, say), with positions.
    init(configuration: StageConfiguration) throws(Diagnostics)
}
