public import PantauYAML

/// An error raised by a stage, tagged with the stage that raised it.
public struct StageFailure: Error, Sendable {
    public var stage: String
    public var uses: String
    public var error: any Error

    public init(stage: String, uses: String, error: any Error) {
        self.stage = stage
        self.uses = uses
        self.error = error
    }

    /// The diagnostics to show for this failure: the stage's own, or one wrapping an unexpected error.
    public var diagnostics: [Diagnostic] {
        switch error {
        case let diagnostic as Diagnostic: [diagnostic]
        case let diagnostics as Diagnostics: diagnostics.items
        case let message as any LocalizedMessage & Error: [Diagnostic.error(at: nil, message)]
        default: [Diagnostic.error(at: nil, PipelineMessage.unexpectedError(String(describing: error)))]
        }
    }
}
