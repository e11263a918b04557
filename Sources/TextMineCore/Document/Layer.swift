/// The name of an annotation layer, as stages declare what they consume and produce.
///
/// Built-in layers have static constants; a plugin names its own layer with any other string (by convention the
/// same string as its ``LayerKey/name``).
public struct Layer: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The layer's name as it appears in pipeline files and in `documents.jsonl`.
    public let name: String

    /// Creates a layer name.
    public init(_ name: String) { self.name = name }

    /// Creates a layer name from a literal.
    public init(stringLiteral value: String) { self.name = value }

    /// Token spans.
    public static let tokens = Layer("tokens")
    /// Sentence spans.
    public static let sentences = Layer("sentences")
    /// Entity mentions.
    public static let entities = Layer("entities")
    /// Quotations with speakers.
    public static let quotes = Layer("quotes")
    /// Sentiment scores on quotes (the `sentiment` field of each quote).
    public static let quoteSentiment = Layer("quote_sentiment")
    /// Sentiment scores on sentences.
    public static let sentenceSentiment = Layer("sentence_sentiment")
    /// Document-level sentiment.
    public static let documentSentiment = Layer("sentiment")

    /// The layer's name.
    public var description: String { name }

    /// Orders layers by name.
    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.name < rhs.name }
}

/// A typed key for a plugin's own annotation layer or document feature.
///
/// Declare a key once and read or write the value with `document[MyKey.self]`:
/// ```swift
/// enum TopicsKey: LayerKey {
///     typealias Value = [TopicSpan]
///     static let name = "topics"
/// }
/// document[TopicsKey.self] = topics
/// ```
/// The value is written into `documents.jsonl` under `name`, encoded with `Encodable`.
public protocol LayerKey: Sendable {
    /// The type stored under this key.
    associatedtype Value: Sendable & Encodable
    /// The field name in `documents.jsonl`; must be unique across the pipeline.
    static var name: String { get }
}
