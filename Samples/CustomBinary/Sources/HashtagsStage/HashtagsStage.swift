import TextMineCore

/// One `#hashtag` or `@handle` found in a text.
public struct Tag: Sendable, Encodable, Equatable {
    /// Where it is, in bytes (written as code points in documents.jsonl, like every span).
    public var span: Span
    /// `hashtag` or `handle`.
    public var kind: String
    /// The tag without its sign, lowercased.
    public var tag: String

    enum CodingKeys: String, CodingKey { case start, end, kind, tag }

    /// Encodes `start`, `end`, `kind` and `tag`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(span.start, forKey: .start)
        try container.encode(span.end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        try container.encode(tag, forKey: .tag)
    }
}

/// The typed key of the `hashtags` layer.
public enum HashtagsKey: LayerKey {
    /// The layer holds every tag of a document, in text order.
    public typealias Value = [Tag]
    /// The layer's name in `produces` and in `documents.jsonl`.
    public static let name = "hashtags"
}

/// Finds `#hashtags` (and, optionally, `@handles`) in social-media-style text.
public struct HashtagsStage: Stage {
    /// `hashtags` needs no layer and writes a layer of its own, `hashtags` (declared so the loader can check it).
    public static let descriptor = StageDescriptor(
        name: "hashtags",
        summary: "#hashtags and @handles as a 'hashtags' layer, and their count as a feature",
        consumes: [],
        produces: [Layer(HashtagsKey.name)],
        options: [OptionDescriptor("handles", .boolean, default: "true", "also find @handles")],
        example: "- hashtags: {handles: false}")

    /// The stage's options.
    public struct Options: StageOptions {
        var handles = true
        enum CodingKeys: String, CodingKey { case handles }

        /// The defaults.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            handles = try container.decode(Bool.self, forKey: .handles, default: true)
        }
    }

    let handles: Bool

    /// Keeps the one option; nothing can be wrong with it.
    public init(options: Options, context: StageContext) throws {
        handles = options.handles
    }

    /// Scans the text's bytes once for a sign at a word start followed by tag bytes, and stores the tags
    /// found and their count (the `hashtags` feature).
    public func process(_ document: inout Document) throws {
        var tags: [Tag] = []
        let bytes = document.utf8
        var index = 0
        while index < bytes.count {
            let sign = bytes[index]
            let isSign = sign == UInt8(ascii: "#") || (handles && sign == UInt8(ascii: "@"))
            let atWordStart = index == 0 || !Self.isTagByte(bytes[index - 1])
            guard isSign, atWordStart else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, Self.isTagByte(bytes[end]) { end += 1 }
            if end > index + 1 {
                let span = Span(index, end)
                tags.append(
                    Tag(
                        span: span, kind: sign == UInt8(ascii: "#") ? "hashtag" : "handle",
                        tag: String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()))
            }
            index = end
        }
        document[HashtagsKey.self] = tags
        document.features["hashtags"] = .int(tags.count)
    }

    /// Letters, digits, `_` and any non-ASCII byte (so `#Zürich` is one tag).
    static func isTagByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39)
            || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
