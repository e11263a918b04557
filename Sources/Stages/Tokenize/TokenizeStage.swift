public import TextMineCore
import TextSegmentation

/// Splits text into tokens following spaCy's English conventions (contractions, possessives, currency, percentages,
/// URLs and e-mails kept whole), scanning UTF-8 bytes.
public struct TokenizeStage: Stage {
    /// `tokenize` needs no layer and writes `tokens`; `special_cases` adds exceptions to the built-in ones.
    public static let descriptor = StageDescriptor(
        name: "tokenize",
        summary: "spaCy-compatible English tokens (byte-level scanner)",
        consumes: [],
        produces: [.tokens],
        options: [
            OptionDescriptor(
                "special_cases", .map(key: "string", .list(.string)), default: "{}",
                "extra exceptions: {\"Gov.\": [\"Gov.\"], \"gonna\": [\"gon\", \"na\"]}")
        ],
        example: "- tokenize: {special_cases: {\"Gov.\": [\"Gov.\"]}}")

    /// Options.
    public struct Options: StageOptions {
        var specialCases: [String: [String]] = [:]
        enum CodingKeys: String, CodingKey { case specialCases = "special_cases" }

        /// No special cases.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            specialCases = try container.decode([String: [String]].self, forKey: .specialCases, default: [:])
            for (text, pieces) in specialCases where pieces.joined() != text {
                throw ConfigError(
                    at: .unknown(), "special case '\(text)': the pieces \(pieces) must join back to the text")
            }
        }
    }

    let tokenizer: Tokenizer

    /// Builds the tokenizer once with the special cases, so `process` only scans.
    public init(options: Options, context: StageContext) throws {
        tokenizer = Tokenizer(specialCases: options.specialCases)
    }

    /// Replaces the document's tokens with the ones the scanner finds (one token per four bytes is reserved: news has
    /// about one per five, and growing the array copies it).
    public func process(_ document: inout Document) throws {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(document.utf8.count / 4 + 8)
        document.withUTF8 { tokenizer.tokenize($0, into: &ranges) }
        document.tokens = ranges.map { Token(span: Span($0)) }
    }
}
