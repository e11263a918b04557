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

/// The documentation of one stage option: its key, type, default and meaning. `textmine stages` prints it,
/// `textmine schema` turns it into JSON Schema, and ``OptionsAudit`` checks that the stage's `Options` decodes exactly
/// the documented keys.
public struct OptionDescriptor: Sendable, Equatable {
    /// The key in YAML.
    public var key: String
    /// The value's type.
    public var valueType: OptionType
    /// Whether the option must be given (the stage's `Options` reads it with `decode`, not `decodeIfPresent`).
    public var required: Bool
    /// The default, as YAML (or a few words, like `(built-in list)`, when it is not a value one could write).
    public var defaultValue: String
    /// What the option does.
    public var summary: String

    /// The type, as users read it (`int`, `[string]`, `map TYPE→path | [path]`; `(required)` added when required).
    public var type: String { valueType.text + (required ? " (required)" : "") }

    /// Creates an option description.
    public init(
        _ key: String, _ type: OptionType, required: Bool = false, default defaultValue: String, _ summary: String
    ) {
        self.key = key
        self.valueType = type
        self.required = required
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// Creates an option description from a type written as text (`int`, `bool`, `[string]`, `a | b`, with
    /// ` (required)` at the end for a required option); see ``OptionType/init(parsing:)``. Prefer the
    /// ``OptionType`` initializer: a type the parser does not know is left unconstrained in the schema.
    public init(_ key: String, _ type: String, default defaultValue: String, _ summary: String) {
        let required = type.hasSuffix("(required)")
        let text = required ? String(type.dropLast("(required)".count)) : type
        self.init(key, OptionType(parsing: text), required: required, default: defaultValue, summary)
    }
}
