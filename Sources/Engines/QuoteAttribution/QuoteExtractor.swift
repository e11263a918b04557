// The public entry point of the quote engine. The work happens in `DocState` (one per document, DocState*.swift)
// and the attribution rules (Rules/, one file per rule; Rules/Attribute.swift gives their order).

import People

/// Extracts quotations from UTF-8 text and attributes them to speakers with rule-based news patterns.
///
/// Deterministic, stdlib only, byte-level. Thread-safe: the extractor is immutable and can be shared.
public struct QuoteExtractor: Sendable {
    /// The options in force.
    public let options: QuoteOptions
    let cueTable: [UInt64: [CueForm]]
    let cueSet: WordTable<UInt32>
    /// Lexicon flags of the caller's words: `Lex.firstMale`, `Lex.firstFemale` of given names, `Lex.personNoun`.
    let callerWords: WordTable<UInt32>

    /// Creates an extractor; the cue list in `options` is inflected once here.
    public init(options: QuoteOptions = QuoteOptions()) {
        self.options = options
        self.cueTable = buildCueTable(options.cues)
        var d: [UInt64: UInt32] = [:]
        for k in cueTable.keys { d[k] = 1 }
        self.cueSet = WordTable(d, missing: 0)
        var g: [UInt64: UInt32] = [:]
        for (name, male) in options.givenNameGenders {
            g[foldedHash(name), default: 0] |= male ? Lex.firstMale : Lex.firstFemale
        }
        for noun in options.personNouns { g[foldedHash(noun), default: 0] |= Lex.personNoun }
        self.callerWords = WordTable(g, missing: 0)
    }

    /// Extracts and attributes the quotations of `text`.
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes; the first non-empty line is the headline, paragraphs are separated by blank lines.
    ///   - sentences: byte ranges of sentences if the caller has them (may be empty: a simple splitter is used).
    ///   - persons: byte ranges of person-name mentions from an upstream entity stage, which then decides who is a
    ///     person (an empty list: no one is); nil without such a stage (capitalised name sequences are judged here).
    ///   - personIDs: for each of `persons`, which person it names (the upstream coreference), or empty. Pronouns
    ///     then agree in gender with the person, not with everyone sharing the surname (`John` and `Mary Carter`).
    /// - Returns: quotes in text order, nested quotes after the quote containing them.
    public func extract(
        _ text: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>], persons: [Range<Int>]?, personIDs: [Int] = []
    ) -> [ExtractedQuote] {
        if text.isEmpty { return [] }
        var doc = DocState(p: text, options: options, cues: cueTable, cueSet: cueSet, callerWords: callerWords)
        return doc.run(sentences: sentences, persons: persons, personIDs: personIDs)
    }

    /// Convenience: extracts from a Swift string (byte offsets refer to its UTF-8 view).
    public func extract(_ text: String) -> [ExtractedQuote] {
        var s = text
        return s.withUTF8 { extract($0, sentences: [], persons: nil) }
    }
}
