import QuoteAttribution
public import TextMineCore

/// The quotes stage's attribution rules for `textmine explain`: each quote's `rule` names how it got its speaker (or
/// why it has none); the shapes come from the engine (docs/quotes.md has the details).
extension QuotesStage: RuleDescribing {
    /// One description per attribution rule (including the rules for quotes left without a speaker).
    public var ruleDescriptions: [RuleDescription] {
        AttributionRules.all.map { RuleDescription(id: $0.name, layer: .quotes, pattern: $0.shape) }
    }
}
