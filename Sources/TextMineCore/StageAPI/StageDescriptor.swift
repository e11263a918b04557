/// Everything the pipeline, `textmine check` and `textmine stages` need to know about a stage type, in one value.
public struct StageDescriptor: Sendable {
    /// The name used in pipeline files (`tokenize`, `entities`). Lowercase, stable.
    public var name: String
    /// One line saying what the stage does.
    public var summary: String
    /// Layers the stage needs from earlier stages.
    public var consumes: [Layer]
    /// Layers the stage adds.
    public var produces: [Layer]
    /// The stage's options, for `textmine stages` and the docs.
    public var options: [OptionDescriptor]
    /// A YAML snippet showing a typical entry.
    public var example: String

    /// Creates a descriptor.
    public init(
        name: String, summary: String, consumes: [Layer] = [], produces: [Layer] = [],
        options: [OptionDescriptor] = [], example: String = ""
    ) {
        self.name = name
        self.summary = summary
        self.consumes = consumes
        self.produces = produces
        self.options = options
        self.example = example
    }
}

/// The documentation of one stage option.
public struct OptionDescriptor: Sendable, Equatable {
    /// The key in YAML.
    public var key: String
    /// The type, as users read it (`int`, `[string]`, `map string→pattern`).
    public var type: String
    /// The default, as YAML.
    public var defaultValue: String
    /// What the option does.
    public var summary: String

    /// Creates an option description.
    public init(_ key: String, _ type: String, default defaultValue: String, _ summary: String) {
        self.key = key
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
