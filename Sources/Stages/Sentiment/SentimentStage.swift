public import TextMineCore
import VADER

/// VADER sentiment (Hutto & Gilbert, 2014; scores match vaderSentiment 3.3.2) on quotes, sentences or whole documents.
public struct SentimentStage: Stage {
    /// What gets scored.
    public enum Target: String, OptionEnum {
        /// Each quotation's content (default).
        case quotes
        /// Each sentence.
        case sentences
        /// The whole text.
        case document
    }

    /// Declares the default target (quotes); the layers of the chosen target are in ``consumes`` and ``produces``.
    public static let descriptor = StageDescriptor(
        name: "sentiment",
        summary:
            "VADER sentiment {neg, neu, pos, compound, label} on quotes (default), sentences or the whole document",
        consumes: [.quotes],
        produces: [.quoteSentiment],
        options: [
            OptionDescriptor("on", .choice(Target.self), default: "quotes", "what to score"),
            OptionDescriptor(
                "lexicon", .path, default: "(VADER's lexicon)",
                "a lexicon in VADER's word<TAB>mean<TAB>… format or word<TAB>score lines"),
            OptionDescriptor(
                "overrides", .map(key: "word", .named("score", .number)), default: "{}",
                "domain valences, e.g. {ceasefire: 1.5}"),
            OptionDescriptor("positive", .number, default: "0.05", "compound ≥ this is labelled positive"),
            OptionDescriptor("negative", .number, default: "-0.05", "compound ≤ this is labelled negative"),
        ],
        example: "- sentiment: {on: quotes, overrides: {ceasefire: 1.5}}")

    /// Options.
    public struct Options: StageOptions {
        var target: Target = .quotes
        var lexicon: Located<String>?
        var overrides: [String: Double] = [:]
        var positive = 0.05
        var negative = -0.05

        enum CodingKeys: String, CodingKey { case on, lexicon, overrides, positive, negative }

        /// Defaults: quotes, VADER's lexicon.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            target = try container.decode(Target.self, forKey: .on, default: .quotes)
            lexicon = try container.decodeIfPresent(Located<String>.self, forKey: .lexicon)
            overrides = try container.decode([String: Double].self, forKey: .overrides, default: [:])
            positive = try container.decode(Double.self, forKey: .positive, default: 0.05)
            negative = try container.decode(Double.self, forKey: .negative, default: -0.05)
        }
    }

    let target: Target
    let analyzer: SentimentAnalyzer
    let positive: Double
    let negative: Double

    /// The layer holding the spans to score, so the loader can check that an earlier stage writes it.
    public var consumes: [Layer] {
        switch target {
        case .quotes: return [.quotes]
        case .sentences: return [.sentences]
        case .document: return []
        }
    }

    /// The sentiment layer of the chosen target, not the descriptor's fixed `quote_sentiment`.
    public var produces: [Layer] {
        switch target {
        case .quotes: return [.quoteSentiment]
        case .sentences: return [.sentenceSentiment]
        case .document: return [.documentSentiment]
        }
    }

    /// Loads the lexicon (VADER's, or `lexicon` in its place) and applies `overrides` once, before any document.
    ///
    /// - Throws: ``ConfigError`` when the lexicon file is unreadable or has no scores, or `negative` is above
    ///   `positive`.
    public init(options: Options, context: StageContext) throws {
        target = options.target
        positive = options.positive
        negative = options.negative
        var lexicon = Lexicon.standard
        if let path = options.lexicon {
            let (_, text) = try context.readTextFile(path)
            lexicon = Lexicon(simple: text)  // reads word<TAB>score and VADER's word<TAB>mean<TAB>sd<TAB>ratings alike
            if lexicon.count == 0 { throw ConfigError([path.error("'\(path.value)' has no word<TAB>score lines")]) }
        }
        if !options.overrides.isEmpty {
            lexicon = lexicon.overriding(
                Dictionary(uniqueKeysWithValues: options.overrides.map { ($0.key.lowercased(), $0.value) }))
        }
        if options.negative > options.positive {
            throw ConfigError([
                context.entry?.error(
                    "'negative' (\(options.negative)) must not be above 'positive' (\(options.positive))")
                    ?? Diagnostic(at: .unknown(), "'negative' must not be above 'positive'")
            ])
        }
        analyzer = SentimentAnalyzer(lexicon: lexicon)
    }

    func score(_ text: UnsafeBufferPointer<UInt8>, _ span: Span) -> TextMineCore.SentimentScores {
        let scores = analyzer.scores(utf8: UnsafeBufferPointer(rebasing: text[span.range]))
        let label = scores.compound >= positive ? "positive" : scores.compound <= negative ? "negative" : "neutral"
        return TextMineCore.SentimentScores(
            neg: scores.negative, neu: scores.neutral, pos: scores.positive, compound: scores.compound, label: label)
    }

    /// Scores each span of the target (or the whole text) and labels it by the `positive` and `negative` bounds.
    public func process(_ document: inout Document) throws {
        let utf8 = document.utf8
        utf8.withUnsafeBufferPointer { text in
            switch target {
            case .quotes:
                for index in document.quotes.indices {
                    document.quotes[index].sentiment = score(text, document.quotes[index].contentSpan)
                }
            case .sentences:
                for index in document.sentences.indices {
                    document.sentences[index].sentiment = score(text, document.sentences[index].span)
                }
            case .document:
                document.sentiment = score(text, Span(0, text.count))
            }
        }
    }
}
