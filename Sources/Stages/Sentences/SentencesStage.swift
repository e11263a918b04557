import Foundation
public import TextMineCore
import TextSegmentation

/// Rule-based sentence boundaries tuned for news: abbreviations and initials, quotes, ellipses, paragraph breaks; the
/// headline is its own sentence.
public struct SentencesStage: Stage {
    /// `sentences` needs no layer and writes `sentences`; the options adjust the abbreviation list and headlines.
    public static let descriptor = StageDescriptor(
        name: "sentences",
        summary: "news-tuned rule-based sentence splitter (abbreviations, initials, quotes, paragraphs)",
        consumes: [],
        produces: [.sentences],
        options: [
            OptionDescriptor(
                "abbreviations_add", .list(.string), default: "[]",
                "abbreviations to add to the default list (with their dot: 'Supt.')"),
            OptionDescriptor(
                "abbreviations_remove", .list(.string), default: "[]",
                "abbreviations or titles (Mr., Dr.) to take out of the default lists"),
            OptionDescriptor(
                "abbreviations_file", .path, default: "-",
                "a file with one abbreviation per line, replacing the default list"),
            OptionDescriptor(
                "headline", .boolean, default: "true",
                "a short first line without final punctuation, followed by a line break, is a sentence of its own"),
        ],
        example: "- sentences: {abbreviations_add: [Supt., Insp.]}")

    /// Options.
    public struct Options: StageOptions {
        var add: [String] = []
        var remove: [String] = []
        var file: Located<String>?
        var headline = true
        enum CodingKeys: String, CodingKey {
            case add = "abbreviations_add"
            case remove = "abbreviations_remove"
            case file = "abbreviations_file"
            case headline
        }

        /// The defaults.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            add = try container.decode([String].self, forKey: .add, default: [])
            remove = try container.decode([String].self, forKey: .remove, default: [])
            file = try container.decodeIfPresent(Located<String>.self, forKey: .file)
            headline = try container.decode(Bool.self, forKey: .headline, default: true)
        }
    }

    let splitter: SentenceSplitter

    /// Builds the splitter from the default abbreviations and titles, or the `abbreviations_file` in their place,
    /// minus `abbreviations_remove`, plus `abbreviations_add`.
    ///
    /// - Throws: ``ConfigError`` when `abbreviations_file` cannot be read.
    public init(options: Options, context: StageContext) throws {
        var list = SentenceSplitter.defaultAbbreviations
        if let file = options.file {
            let (_, text) = try context.readTextFile(file)
            list = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        let removed = Set(options.remove)
        list = list.filter { !removed.contains($0) } + options.add
        let titles = SentenceSplitter.defaultTitles.filter { !removed.contains($0) }
        splitter = SentenceSplitter(abbreviations: list, headlineIsSentence: options.headline, titles: titles)
    }

    /// Replaces the document's sentences with the ones the splitter finds.
    public func process(_ document: inout Document) throws {
        var ranges: [Range<Int>] = []
        document.withUTF8 { splitter.split($0, into: &ranges) }
        document.sentences = ranges.map { Sentence(span: Span($0)) }
    }
}
