// The working state of one document. The engine is a set of rules that look at the same token, sentence, paragraph
// and name tables from different sides, so they share one struct, extended by concern in the DocState+*.swift files
// and the rule files in Rules/.

import People

/// Working state for one document: built once by `run` (DocState+Pipeline.swift), then read by the rules.
struct DocState {
    /// The document's UTF-8 bytes.
    let p: UnsafeBufferPointer<UInt8>
    let options: QuoteOptions
    /// Inflected cue forms by word hash (see `buildCueTable`).
    let cues: [UInt64: [CueForm]]
    /// Paragraph byte ranges; paragraph 0 is the headline.
    var paras: [Range<Int>] = []
    var toks: [Tok] = []
    /// Capitalised sequences (name candidates), in text order.
    var seqs: [CapSeq] = []
    /// Paired quotes in text order, nested ones after the quote containing them.
    var quotes: [RawQuote] = []
    /// Opening mark token of each quote.
    var qOpenTok: [Int] = []
    /// Closing mark token of each quote, or one past the last content token for unclosed quotes.
    var qCloseTok: [Int] = []
    /// First and last token of each sentence.
    var sentFirst: [Int] = []
    var sentLast: [Int] = []
    /// First and last token of each paragraph.
    var paraFirstTok: [Int] = []
    var paraLastTok: [Int] = []
    /// Multi-word person names by the hash of their last word: a surname finds its full name here.
    var fullByLast: [UInt64: [Int]] = [:]
    /// For a quote attributed to the owner of a claim (`claim-owner`), the speaker of its sentence (`Alan Johnson
    /// described Theresa May's claim that "Q1" as "Q2"`): whom a later quote of the sentence continues.
    var claimSentenceSpeakers: [Int: Speaker] = [:]
    /// Top-level quotes given to the subject of a cue whose reported clause holds them (`X said members needed to
    /// "embrace change"`, ``nameVerbRule(cueEnd:open:)``'s `name-verb-indirect`, also with he/she): a term later in
    /// the same clause is that speaker's word too (`… of a "radical" nature`).
    var reportedClauseQuotes: Set<Int> = []
    /// Surnames seen with a female / male title or first name: pronoun gender agreement.
    var femaleLast: Set<UInt64> = []
    var maleLast: Set<UInt64> = []
    /// Persons (upstream ids) seen with a female / male title or first name: agreement by person when known.
    var femalePersons: Set<Int> = []
    var malePersons: Set<Int> = []
    /// Persons (upstream ids) written right after a lower-case player's position at some mention (`replacement prop
    /// Patrick Schickerling`): no coach's description means them (``isWrittenAsAPlayer(_:)``).
    var playerPersons: Set<Int> = []
    /// The same four, from titles and honorifics alone (`Ms`, `Mr`): evidence of the person, where a given name's
    /// usual sex is only a likelihood.
    var femaleLastByTitle: Set<UInt64> = []
    var maleLastByTitle: Set<UInt64> = []
    var femalePersonsByTitle: Set<Int> = []
    var malePersonsByTitle: Set<Int> = []
    /// Sequences already resolved as a speaker: a strong antecedent for later pronouns and descriptions.
    var spoke: Set<Int> = []
    /// The upstream person ids of those speakers: the same person named again (`Mashaba went on …`) has spoken.
    var spokePersons: Set<Int> = []
    /// Speakers that are no person (`the Kenya Flower Council`, `a spokesperson for the ICS`), with the opening mark
    /// of the quote they were given, in text order: what a later `it said` refers to.
    var organisationSpeakers: [(open: Int, speaker: Speaker)] = []
    /// The person sequence the latest top-level quote was given to, and that quote's opening and closing tokens (-1:
    /// none yet, or the quote had no person): `he added` with no one in reach goes back to them
    /// (``lastSpeaker(before:male:)``).
    var lastQuoteSpeaker: (seq: Int, open: Int, close: Int) = (-1, -1, -1)
    /// The people named in the top-level quote whose speaker is being looked for, when it reads as speech (their
    /// upstream person ids and last name words; at most 100): a pronoun's antecedent is never one of them (`"We hear
    /// the same stuff from Dave Dempsey," he said` is not Dave Dempsey's).
    var namedInQuoteBeingAttributed: [(person: Int, lastHash: UInt64)] = []
    /// `canonical(_:)` results by sequence index.
    var canonCache: [Int: (String, Range<Int>)] = [:]

    /// Word hashes that start some cue form: marks `Tok.isCue` in one table look-up per token.
    let cueSet: WordTable<UInt32>
    /// The caller's given-name genders and person nouns (``QuoteExtractor/callerWords``).
    let callerWords: WordTable<UInt32>

    init(
        p: UnsafeBufferPointer<UInt8>, options: QuoteOptions, cues: [UInt64: [CueForm]], cueSet: WordTable<UInt32>,
        callerWords: WordTable<UInt32>
    ) {
        self.p = p
        self.options = options
        self.cues = cues
        self.cueSet = cueSet
        self.callerWords = callerWords
    }
}
