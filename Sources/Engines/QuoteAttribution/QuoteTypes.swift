// Public types of the quotation extraction and speaker attribution engine.

/// Whether a quotation reports speech/writing or merely quotes a term ("scare quotes", titles, nicknames).
public enum QuoteKind: String, Sendable {
    /// Reported speech or writing.
    case speech
    /// A quoted term, nickname, title or scare-quoted fragment.
    case scare
}

/// The quotation-mark families the extractor recognises.
public enum QuoteMarkStyle: String, Sendable, CaseIterable {
    /// `"…"` (U+0022 on both sides; direction inferred from the surrounding bytes).
    case straightDouble
    /// `“…”` (U+201C / U+201D).
    case curlyDouble
    /// `'…'` and `‘…’` when used as quotation marks (not apostrophes).
    case single
    /// `«…»` (U+00AB / U+00BB).
    case guillemets
}

/// One quotation found in a text, with its attribution.
///
/// All ranges are half-open UTF-8 byte offsets into the buffer passed to ``QuoteExtractor/extract(_:sentences:persons:)``.
public struct ExtractedQuote: Sendable, Equatable {
    /// Byte range including the quote marks (for an unclosed quote: up to the end of its paragraph).
    public var range: Range<Int>
    /// Byte range inside the marks; for multi-paragraph quotes from the first content byte to the last.
    public var content: Range<Int>
    /// Speech or scare quote.
    public var kind: QuoteKind
    /// Normalised speaker: a full person name ("Josh Earnest") or a description/organisation as written ("the ministry").
    public var speaker: String?
    /// The mention used for attribution (for a surname or pronoun, the full-name mention it resolved to).
    public var speakerRange: Range<Int>?
    /// The name the rule itself found, before it was widened to the fullest form: the surname of `Mattingly said`,
    /// a pronoun's antecedent. A caller with its own coreference (the `people` stage) resolves this one, so that two
    /// people sharing a surname are told apart as that caller decided.
    public var mentionRange: Range<Int>?
    /// The cue verb or phrase as written ("said", "according to").
    public var cue: String?
    /// Byte range of ``cue``.
    public var cueRange: Range<Int>?
    /// The attribution rule that fired (provenance), e.g. "quote-comma-name-verb", "pronoun", "continuation", "none".
    public var rule: String
    /// True when the quote has no closing mark (it then ends with its paragraph).
    public var unclosed: Bool
    /// True for an inner quote inside another quote.
    public var nested: Bool
    /// True when ``speaker`` describes someone the article never names (`A resident told reporters …` then `"Q," the
    /// resident said`): a caller that resolves descriptions to the people it knows leaves this one as written.
    public var speakerIsUnnamed = false
    /// False when ``speaker`` describes an official no one was written with (`the judge said`, `the officer said`)
    /// and the person named last before it never spoke and carries no title or role of their own (`Tom Hart was
    /// arrested.` ¶ `The judge said: "Q"`): a bystander - the accused, a victim - is not whom the description means,
    /// so a caller should not fall back to that person.
    public var descriptionMayMeanLastNamed = true

    /// Creates a quote record.
    public init(
        range: Range<Int>, content: Range<Int>, kind: QuoteKind, speaker: String? = nil,
        speakerRange: Range<Int>? = nil, cue: String? = nil, cueRange: Range<Int>? = nil,
        rule: String = "none", unclosed: Bool = false, nested: Bool = false
    ) {
        self.range = range
        self.content = content
        self.kind = kind
        self.speaker = speaker
        self.speakerRange = speakerRange
        self.cue = cue
        self.cueRange = cueRange
        self.rule = rule
        self.unclosed = unclosed
        self.nested = nested
    }
}

/// Options of the extractor.
public struct QuoteOptions: Sendable {
    /// Quotes longer than this many words are treated as mis-paired marks and dropped.
    public var maxWords: Int = 300
    /// Which mark families are recognised.
    public var marks: Set<QuoteMarkStyle> = [.straightDouble, .curlyDouble, .single, .guillemets]
    /// Whether scare quotes are returned.
    public var keepScare: Bool = true
    /// Speech cues: verb lemmas (inflections are generated) and multi-word phrases (first word inflected).
    /// A phrase ending in "to" or "by" ("according to") takes its speaker on the right.
    public var cues: [String] = QuoteOptions.defaultCues
    /// Given names and their sex (`true`: male) beyond the built-in common ones, for pronoun agreement (`she said`
    /// is not John). A name tagged both ways is left neutral.
    public var givenNameGenders: [(name: String, male: Bool)] = []
    /// Lower-case nouns that name a person by role, occupation or relation (`youngster`, `dealer`, `midwife`) beyond
    /// the built-in titles: they head speaking descriptions (`the youngster said`, `one dealer … told Reuters`) and
    /// roles before names (`politics student Nick Vaughan`); a description headed by one goes only to a person the
    /// article wrote with that noun, never to whoever spoke last (as `the minister` may).
    public var personNouns: [String] = []

    /// Creates options with the defaults.
    public init() {}

    /// The default cue list.
    public static let defaultCues: [String] = [
        "say", "tell", "add", "warn", "argue", "explain", "insist", "write", "ask", "according to",
        "claim", "state", "note", "comment", "reply", "respond", "answer", "admit", "acknowledge",
        "announce", "declare", "suggest", "maintain", "continue", "conclude", "confirm", "deny",
        "observe", "remark", "recall", "reiterate", "stress", "emphasise", "emphasize", "urge",
        "predict", "agree", "complain", "concede", "quote", "describe", "advise", "tweet", "joke",
        "boast", "reveal", "promise", "vow", "pledge", "caution", "chant", "shout", "scream",
        "whisper", "point out", "go on", "speak", "testify", "report", "recount", "quip", "plead", "deadpan",
        "assert", "affirm", "allege", "contend", "counter", "retort", "exclaim", "mutter", "proclaim",
        "interject", "interrupt", "yell", "snap", "bellow", "holler",
        "muse", "fume", "mention", "inform", "hit back", "fire back", "shoot back", "shot back", "hit out",
        "lash out",
        "pay tribute", "accept", "repeat", "thank", "cite", "issue a statement", "release a statement", "submit",
        // (not `elaborate`, `remind`, `reflect`, `reason`: adjectives and passives more often than speech)
        "assure", "reassure", "clarify", "speculate", "wonder", "marvel", "enthuse", "gush", "sigh", "laugh", "tease",
        "brag", "opine", "bemoan", "grumble", "protest", "disclose", "divulge", "email", "text", "sum up", "indicate",
        // (`Mr. Mintah intimated these actions … do not create a "levelled playing field"`, as Ghanaian and Indian
        // copy writes it; `hinted that he would "walk away"`)
        "intimate", "hint",
        // (`"Q," detailed Maj. Jeff Cotner`: police and court copy's verb for an account of events)
        "detail",
        // (`has raised concerns of a "golden economic triangle"`: voicing a worry is saying it)
        "raise concerns", "raise concern", "voice concerns", "voice concern", "express concern", "express concerns",
        // `as Judge McElholm put it, "Q"`; `posted on Twitter: "Q"` (a noun too: only with an adjacent subject when
        // not in the past)
        "put it", "post",
        // Verbs of judgement that report someone's words in a partial quote (`accused the board of "dithering"`,
        // `hailed it as "historic"`, `called for "practical measures"`).
        "accuse", "hail", "call for", "call on", "believe", "criticise", "criticize", "condemn", "praise", "welcome",
        "dismiss", "reject", "attack", "blast", "slam", "denounce", "lament", "blame", "demand", "question", "hope",
        "fear", "think", "feel", "signal", "liken", "characterise", "characterize",
        // (`Riley hammered the district for its "bloated" central office`: sharper verbs of criticism)
        "hammer", "lambast", "lambaste", "berate", "rebuke", "chide", "castigate", "decry", "deride", "ridicule",
        "excoriate", "scold",
        // Verbs that name with an object in between are judgements by the subject (`branded it "tasteless"`, `what
        // he called a "fantasy island"`); right before the quote (`a band called "X"`) they stay naming (isNaming).
        "call", "brand", "dub", "label", "term",
    ]
}
