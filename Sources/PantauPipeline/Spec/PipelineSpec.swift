public import PantauYAML

/// A pipeline file as written: decoded, not yet checked against the stage registry.
public struct PipelineSpec: Sendable {
    public static let supportedVersion = 1

    /// The pipeline file as the user named it.
    public var file: String
    public var name: String
    public var description: String?
    public var period: Located<String>?
    public var locale: Language?
    /// Where outputs go, with placeholders such as `{period}`; relative to the pipeline file.
    public var output: Located<String>?
    /// Directories of external plugins, as written (relative to the pipeline file).
    public var plugins: [Located<String>]
    /// Working-day calendar files, one per year, as written (relative to the pipeline file).
    public var calendar: [Located<String>] = []
    public var stages: [StageSpec]
    /// Every stage id written under `stages:`, including entries too broken to decode, so that
    /// later checks do not report a second time what a broken entry already explains.
    public var declaredStageIDs: [String]
    /// Entries under `stages:` that could not be decoded (a missing `uses`, an invalid id…).
    public var undecodedStages: [Node]

    public init(
        file: String, name: String, description: String? = nil, period: Located<String>? = nil, locale: Language? = nil,
        output: Located<String>? = nil, plugins: [Located<String>] = [], stages: [StageSpec], declaredStageIDs: [String]? = nil,
        undecodedStages: [Node] = []
    ) {
        self.file = file
        self.name = name
        self.description = description
        self.period = period
        self.locale = locale
        self.output = output
        self.plugins = plugins
        self.stages = stages
        self.declaredStageIDs = declaredStageIDs ?? stages.map(\.id.value)
        self.undecodedStages = undecodedStages
    }
}

/// One entry under `stages:`.
public struct StageSpec: Sendable {
    public var id: Located<String>
    public var uses: Located<String>
    public var with: Node?
    public var needs: [Located<String>]
    /// Where the entry starts.
    public var location: SourceLocation

    public init(id: Located<String>, uses: Located<String>, with: Node?, needs: [Located<String>], location: SourceLocation) {
        self.id = id
        self.uses = uses
        self.with = with
        self.needs = needs
        self.location = location
    }
}
