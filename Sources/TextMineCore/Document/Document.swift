/// One article moving through the pipeline: its identity, its text (held once, as UTF-8 bytes) and the annotation
/// layers stages have added.
///
/// Built-in layers are stored properties, so the hot paths read them without lookups; plugins add their own
/// layers through typed keys (``LayerKey``) and scalar document features through ``features``.
/// All spans are UTF-8 byte ranges into ``utf8``.
public struct Document: Sendable {
    /// The document's id: its path relative to the input root, with `/` separators (or the id given in JSON Lines
    /// input).
    public let id: String
    /// Where the text was read from, when it came from a file.
    public let sourcePath: String?
    /// The first folder under the input root (e.g. `politics`), or an empty string for top-level files.
    public let group: String
    /// The text as UTF-8 bytes. Always valid UTF-8.
    public let utf8: [UInt8]
    /// The span of the first non-empty line, trimmed.
    public let headlineSpan: Span
    /// Byte → code point conversion for this text, built once (free for ASCII) and shared by everything that writes
    /// offsets (documents.jsonl, row tables, aggregates).
    public let codePoints: CodePointIndex

    /// Token spans, once a tokenizer ran.
    public var tokens: [Token] = []
    /// Sentence spans, once a sentence splitter ran.
    public var sentences: [Sentence] = []
    /// Entity mentions, in span order.
    public var entities: [Entity] = []
    /// Quotations, in span order.
    public var quotes: [Quote] = []
    /// Whole-document sentiment, once a sentiment stage scored the document.
    public var sentiment: SentimentScores?
    /// Scalar features plugins attach to the document (`reading_ease`, `keywords`…), written under `features`.
    public var features: [String: JSONValue] = [:]

    /// Limits a stage applied to this document (a cap on pairs, …): each becomes a `warning` line of
    /// `failures.jsonl` naming the stage, with `reason` and `message`.
    public var warnings: [(reason: String, message: String)] = []

    /// Which stage produced each layer that ran (provenance of the span-only layers, and the record of which layers
    /// appear in the output).
    public internal(set) var producers: [String: String] = [:]

    /// Plugin layers by key name.
    var extensionLayers: [String: any Sendable & Encodable] = [:]

    /// Creates a document from valid UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - id: The stable id (relative path).
    ///   - group: The first folder of the id, or any grouping label.
    ///   - utf8: The text; the caller guarantees it is valid UTF-8.
    ///   - sourcePath: The file it came from, if any.
    public init(id: String, group: String, utf8: [UInt8], sourcePath: String? = nil) {
        self.id = id
        self.group = group
        self.utf8 = utf8
        self.sourcePath = sourcePath
        self.headlineSpan = Document.firstLine(of: utf8)
        self.codePoints = CodePointIndex(utf8)
    }

    /// Creates a document from a string (tests and streaming input).
    public init(id: String, group: String = "", text: String, sourcePath: String? = nil) {
        self.init(id: id, group: group, utf8: Array(text.utf8), sourcePath: sourcePath)
    }

    /// The whole text as a `String` (decodes the bytes; avoid in hot loops).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The headline: the first non-empty line, trimmed.
    public var headline: String { self[headlineSpan] }

    /// The text covered by `span`, decoded.
    public subscript(span: Span) -> String {
        String(decoding: utf8[span.start..<span.end], as: UTF8.self)
    }

    /// A plugin layer or feature stored under a typed key.
    public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get { extensionLayers[Key.name] as? Key.Value }
        set { extensionLayers[Key.name] = newValue }
    }

    /// Sets a plugin layer by name to a JSON value (used by `exec` stages, whose layers arrive as JSON). Span
    /// objects in it (`{"start", "end", …}` with integer offsets) are UTF-8 byte offsets, like every span inside
    /// TextMine; they are written to `documents.jsonl` in code points (see ``SpannedJSON``).
    public mutating func setLayer(named name: String, to value: JSONValue) {
        extensionLayers[name] = SpannedJSON(value)
    }

    /// The names of the plugin layers present, sorted.
    public var extensionLayerNames: [String] { extensionLayers.keys.sorted() }

    /// Records that `stage` produced `layer` (the runner calls this after each stage).
    public mutating func recordProducer(_ stage: String, of layer: Layer) {
        producers[layer.name] = stage
    }

    /// Calls `body` with the text's bytes, without copying.
    @inlinable
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try utf8.withUnsafeBufferPointer(body)
    }

    static func firstLine(of bytes: [UInt8]) -> Span {
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                var start = lineStart
                var end = index
                while start < end, isSpace(bytes[start]) { start += 1 }
                while end > start, isSpace(bytes[end - 1]) { end -= 1 }
                if end > start { return Span(start, end) }
                lineStart = index + 1
            }
            index += 1
        }
        return Span(0, 0)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0C || byte == 0x0B
    }
}
