/// One rule a configured stage can fire, as `textmine explain` lists it: the id written to each annotation's `rule`
/// field, the layer the annotation lands in, and what the rule looks for.
public struct RuleDescription: Sendable, Hashable {
    /// The id annotations carry in their `rule` field (`MONEY`, `patterns/news.tsv:6`, `people:title`, `pronoun`).
    public var id: String
    /// The layer its annotations go to (`entities`, `quotes`).
    public var layer: Layer
    /// The entity type it produces, when it produces one type.
    public var type: String?
    /// What it matches: a regex as written, a phrase list's files, or the shape of a built-in rule (`X said "Q"`).
    public var pattern: String

    /// Creates a rule description.
    public init(id: String, layer: Layer, type: String? = nil, pattern: String) {
        self.id = id
        self.layer = layer
        self.type = type
        self.pattern = pattern
    }
}

/// A stage that can list its rules, so `textmine explain` can show each annotation's pattern on hover and refuse a
/// `--rule` id that no stage of the pipeline has (suggesting the nearest ones).
///
/// Stages without rules (tokenizers, scorers) need not conform; a stage that produces annotations with a `rule` field
/// but does not conform (an `exec` program) makes `--rule` accept any id, since its ids are only known from its output.
public protocol RuleDescribing {
    /// The rules of this configured instance, in the order they are tried.
    var ruleDescriptions: [RuleDescription] { get }
}
