/// One token: a span of the text, as produced by a tokenizer stage.
public struct Token: Hashable, Sendable, Codable {
    /// Where the token is, in bytes.
    public var span: Span

    /// Creates a token covering `span`.
    public init(span: Span) { self.span = span }
}

/// One sentence: a span of the text, optionally scored for sentiment.
public struct Sentence: Hashable, Sendable, Codable {
    /// Where the sentence is, in bytes.
    public var span: Span
    /// The sentence's sentiment, once a sentiment stage scored sentences.
    public var sentiment: SentimentScores?

    /// Creates a sentence covering `span`.
    public init(span: Span, sentiment: SentimentScores? = nil) {
        self.span = span
        self.sentiment = sentiment
    }
}

/// A normalised value attached to an entity, such as the amount and currency of a MONEY mention. A single figure has
/// `amount`; a range (`$30-$35`, `between 5% and 7%`) has `low` and `high` and no `amount`.
public struct EntityValue: Hashable, Sendable, Codable {
    /// The numeric value (for MONEY in whole currency units, for PERCENT the percentage); nil for a range.
    public var amount: Double?
    /// A range's lower end (nil for a single figure).
    public var low: Double?
    /// A range's upper end (nil for a single figure).
    public var high: Double?
    /// The unit: an ISO 4217 currency code for MONEY (`USD`, `GBP`, `EUR`), `%` for PERCENT, or nil.
    public var unit: String?

    /// Creates a single normalised figure.
    public init(amount: Double, unit: String?) {
        self.amount = amount
        self.unit = unit
    }

    /// Creates a normalised range.
    public init(low: Double, high: Double, unit: String?) {
        self.low = low
        self.high = high
        self.unit = unit
    }

    /// The figure a total counts: the amount, or a range's midpoint (so `$30-$35` adds 32.5).
    public var representative: Double? {
        if let amount { return amount }
        if let low, let high { return (low + high) / 2 }
        return nil
    }

    /// Whether this is a range.
    public var isRange: Bool { amount == nil && low != nil && high != nil }
}

/// A named-entity mention found by a rule.
public struct Entity: Hashable, Sendable, Codable {
    /// Where the mention is, in bytes.
    public var span: Span
    /// The entity type, e.g. `PERSON`, `MONEY`.
    public var type: String
    /// The id of the rule that produced it (provenance).
    public var rule: String
    /// The name of the stage that produced it (provenance).
    public var stage: String
    /// A normalised value, when the type has an obvious one.
    public var value: EntityValue?
    /// Who or what the mention names, when a stage resolved it (`Mr Obama` → `Barack Obama`); corpus tables count
    /// the entity under this name instead of its text.
    public var canonical: String?

    /// Creates an entity mention.
    public init(
        span: Span, type: String, rule: String, stage: String, value: EntityValue? = nil, canonical: String? = nil
    ) {
        self.span = span
        self.type = type
        self.rule = rule
        self.stage = stage
        self.value = value
        self.canonical = canonical
    }
}

/// Whether a quotation reports speech or writing, or merely marks a term.
public enum QuoteKind: String, Hashable, Sendable, Codable {
    /// Reported speech or writing.
    case speech
    /// A quoted term, nickname, title or scare quote.
    case scare
}

/// A quotation with its speaker attribution.
public struct Quote: Hashable, Sendable, Codable {
    /// The quotation including its marks, in bytes.
    public var span: Span
    /// The quoted words without the marks.
    public var contentSpan: Span
    /// Speech or scare quote.
    public var kind: QuoteKind
    /// The canonical name of the speaker, or nil when the text does not say.
    public var speaker: String?
    /// The mention of the speaker the attribution used.
    public var speakerSpan: Span?
    /// The speech cue as written (`said`, `according to`).
    public var cue: String?
    /// Where the cue is.
    public var cueSpan: Span?
    /// The attribution rule that fired (provenance).
    public var rule: String
    /// The stage that produced the quote (provenance).
    public var stage: String
    /// True when the quotation had no closing mark and was ended at its paragraph.
    public var unclosed: Bool
    /// True when the quotation sits inside another quotation.
    public var nested: Bool
    /// The quotation's sentiment, once a sentiment stage scored quotes.
    public var sentiment: SentimentScores?

    /// Creates a quotation.
    public init(
        span: Span, contentSpan: Span, kind: QuoteKind, speaker: String? = nil, speakerSpan: Span? = nil,
        cue: String? = nil, cueSpan: Span? = nil, rule: String, stage: String, unclosed: Bool = false,
        nested: Bool = false, sentiment: SentimentScores? = nil
    ) {
        self.span = span
        self.contentSpan = contentSpan
        self.kind = kind
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.cueSpan = cueSpan
        self.rule = rule
        self.stage = stage
        self.unclosed = unclosed
        self.nested = nested
        self.sentiment = sentiment
    }
}

/// Sentiment scores in VADER's form: proportions of negative, neutral and positive, and a normalised compound.
public struct SentimentScores: Hashable, Sendable, Codable {
    /// Share of negative sentiment, 0…1.
    public var neg: Double
    /// Share of neutral text, 0…1.
    public var neu: Double
    /// Share of positive sentiment, 0…1.
    public var pos: Double
    /// Normalised overall score, −1…1.
    public var compound: Double
    /// `positive`, `negative` or `neutral`, from the stage's thresholds.
    public var label: String?

    /// Creates a set of scores.
    public init(neg: Double, neu: Double, pos: Double, compound: Double, label: String? = nil) {
        self.neg = neg
        self.neu = neu
        self.pos = pos
        self.compound = compound
        self.label = label
    }
}
