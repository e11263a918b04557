/// What a run did: written to `OUT/summary.json` and printed as the end-of-run table.
public struct RunCounts: Sendable, Codable, Equatable {
    /// Documents processed by every stage.
    public var processed = 0
    /// Documents not processed because of their content.
    public var skipped = 0
    /// Documents that could not be read or failed in a stage.
    public var failed = 0
    /// Documents processed with a warning.
    public var warnings = 0
    /// Bytes of text processed.
    public var bytes = 0
    /// Tokens found.
    public var tokens = 0
    /// Sentences found.
    public var sentences = 0
    /// Entity mentions found.
    public var entities = 0
    /// Quotations found.
    public var quotes = 0
    /// Quotations with a speaker.
    public var attributedQuotes = 0

    /// Zero counts.
    public init() {}

    /// Adds another set of counts.
    public mutating func add(_ other: RunCounts) {
        processed += other.processed
        skipped += other.skipped
        failed += other.failed
        warnings += other.warnings
        bytes += other.bytes
        tokens += other.tokens
        sentences += other.sentences
        entities += other.entities
        quotes += other.quotes
        attributedQuotes += other.attributedQuotes
    }

    /// Adds one processed document's layer sizes.
    public mutating func count(_ document: Document) {
        processed += 1
        bytes += document.utf8.count
        tokens += document.tokens.count
        sentences += document.sentences.count
        entities += document.entities.count
        quotes += document.quotes.count
        attributedQuotes += document.quotes.lazy.filter { $0.speaker != nil }.count
    }

    enum CodingKeys: String, CodingKey {
        case processed, skipped, failed, warnings, bytes, tokens, sentences, entities, quotes
        case attributedQuotes = "attributed_quotes"
    }
}

/// The result of ``Runner/run(_:)``.
public struct RunSummary: Sendable {
    /// Document and annotation counts.
    public var counts: RunCounts
    /// Wall-clock seconds of this invocation (not including earlier, resumed parts).
    public var seconds: Double
    /// Documents resumed from a checkpoint instead of processed now.
    public var resumedDocuments: Int
    /// True when `--max-failures` stopped the run early.
    public var stoppedEarly: Bool
    /// Where the outputs are.
    public var outputDirectory: String
    /// Files written, relative to the output directory.
    public var files: [String]
    /// Aggregator summaries by stage name.
    public var stageSummaries: [String: JSONValue]
}
