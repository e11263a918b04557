public import TextMineCore

/// One annotation as `textmine explain` draws it: an entity mention or a quotation, with its provenance (stage, rule
/// and the rule's pattern) and what the views print beside it.
public struct ExplainMark: Sendable, Hashable {
    /// What the annotation is.
    public enum Kind: String, Sendable, Hashable {
        /// An entity mention (`entities` layer).
        case entity
        /// A quotation (`quotes` layer).
        case quote
        /// A span of a plugin layer (`{"start", "end", …}` objects of an `exec` or Swift plugin's layer).
        case span
    }

    /// 1-based position in the document's list of marks (text order, outer before inner), as the views number them.
    public var number: Int
    /// Entity or quote.
    public var kind: Kind
    /// Where it is, in UTF-8 bytes.
    public var span: Span
    /// The entity type, `QUOTE`, or a plugin layer's name.
    public var label: String
    /// The stage instance that produced it.
    public var stage: String
    /// The rule id in its `rule` field.
    public var rule: String
    /// The rule's pattern or shape, when the stage describes its rules.
    public var pattern: String?
    /// A quote's speaker.
    public var speaker: String?
    /// Where a quote's speaker is named (the mention the attribution used).
    public var speakerSpan: Span?
    /// The number of the entity mark at ``speakerSpan``, when there is one.
    public var speakerMark: Int?
    /// A quote's speech cue.
    public var cue: String?
    /// A quote's kind (`speech`, `scare`).
    public var quoteKind: String?
    /// A quote's sentiment, once scored.
    public var sentiment: SentimentScores?
    /// An entity's canonical name, when a stage resolved it.
    public var canonical: String?
    /// An entity's normalised value.
    public var value: EntityValue?
    /// A plugin span's other fields, as `key: value` (`topic: sport`).
    public var fields: [String] = []

    /// The sentiment label of a quote (`positive`, `negative`, `neutral`), or nil when unscored.
    public var sentimentLabel: String? {
        guard let sentiment else { return nil }
        if let label = sentiment.label { return label }
        return sentiment.compound >= 0.05 ? "positive" : sentiment.compound <= -0.05 ? "negative" : "neutral"
    }

    /// The compound score with its sign and two decimals (`+0.59`).
    public var compoundText: String? {
        sentiment.map { ($0.compound >= 0 ? "+" : "") + DisplayText.fixed($0.compound, digits: 2) }
    }

    /// What the views print after the mark: a quote's speaker, cue, kind and sentiment; an entity's canonical name
    /// (when it differs from the text) and value.
    public func details(text: String) -> [String] {
        var parts: [String] = []
        switch kind {
        case .quote:
            parts.append("speaker: " + (speaker ?? "none"))
            if let cue { parts.append("cue: " + cue) }
            if let quoteKind { parts.append(quoteKind) }
            if let label = sentimentLabel, let compound = compoundText { parts.append("\(label) \(compound)") }
        case .span:
            parts = fields
        case .entity:
            if let canonical, canonical != text { parts.append("= " + canonical) }
            if let value {
                let unit = value.unit.map { " " + $0 } ?? ""
                if let amount = value.amount {
                    parts.append("value: " + DisplayText.number(amount) + unit)
                } else if let low = value.low, let high = value.high {
                    parts.append("value: " + DisplayText.number(low) + "–" + DisplayText.number(high) + unit)
                }
            }
        }
        return parts
    }
}
