// The names of the attribution rules, written to every quote's `rule` (provenance). Search a rule's name (for example
// `quote-comma-name-verb`) and you find its case here, the function that produces it (its doc comment names it) and
// its test in Tests/QuoteAttributionTests/AttributionRuleTests.swift.

/// An attribution rule: how a quote got its speaker, or why it has none. Raw values are the `rule` strings of the
/// output contract and must not change.
///
/// Each case names the function that produces it; `Rules/Attribute.swift` holds the order in which they are tried.
enum AttributionRule: String, Sendable, CaseIterable {
    /// `"Q," X said` / `"Q," the ministry said in a statement`: the speaker before the cue, after the quote.
    /// Produced by `quoteCommaNameVerb` (Rules/QuoteCommaNameVerb.swift).
    case quoteCommaNameVerb = "quote-comma-name-verb"
    /// `"Q," said X` / `"Q" said X`: an invertible cue right after the quote, the speaker after it.
    /// Produced by `quoteCommaVerbName` (Rules/QuoteCommaVerbName.swift).
    case quoteCommaVerbName = "quote-comma-verb-name"
    /// `"Q," according to X`: a right-hand cue phrase right after the quote.
    /// Produced by `quoteCommaVerbName` (Rules/QuoteCommaVerbName.swift), the same path as `quote-comma-verb-name`.
    case quoteCommaAccordingTo = "quote-comma-according-to"
    /// `branded a "Q" by X`: a passive participle before the quote and `by` + agent after it; or a passive cue and its
    /// agent before the quote (`was told by X that … "Q"`).
    /// Produced by `quoteByAgent` (Rules/QuoteByAgent.swift) and `agentOfAPassiveCue` (Rules/CueBeforeQuote.swift).
    case quoteByAgent = "quote-by-agent"
    /// `X said "Q"`: the cue touches the opening mark.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift), named by `nameVerbRule`.
    case nameVerbQuote = "name-verb-quote"
    /// `Theresa May's claim that there is "no direct correlation"`: words quoted from someone's claim, statement or
    /// remarks are the possessor's. A quote after it does not continue it (its sentence is someone else's).
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift).
    case claimOwner = "claim-owner"
    /// `X said: "Q"` / `X said, "Q"`: one colon or comma between cue and quote.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift), named by `nameVerbRule`.
    case nameVerbColon = "name-verb-colon"
    /// `X told reporters: "Q"`: words between the cue and a colon before the quote.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift), named by `nameVerbRule`.
    case nameVerbObjectColon = "name-verb-object-colon"
    /// `X said the merger would be "painless"`: a partial quote inside reported speech.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift), named by `nameVerbRule`.
    case nameVerbIndirect = "name-verb-indirect"
    /// `Said the Pew report: "Q"` / `The system, said Mary Jones, "Q"`: an invertible cue with its speaker after it,
    /// the speaker ending at the quote, a colon or a comma.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift).
    case verbNameColon = "verb-name-colon"
    /// `According to X, "Q"`: a right-hand cue phrase before the quote.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift).
    case accordingToQuote = "according-to-quote"
    /// `"Q1," X said, "Q2"`: the second half of a quote split by its attribution takes the cue between the halves.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift).
    case split = "split"
    /// `X walked out, saying "Q"`: a participle cue; the subject is the nearest person earlier in the sentence.
    /// Produced by `cueBeforeQuote` (Rules/CueBeforeQuote.swift) with `participleSubject`.
    case participle = "participle"
    /// `X: "Q"`: a person's name and a colon (headlines, transcripts).
    /// Produced by `nameColon` (Rules/NameColon.swift).
    case nameColon = "name-colon"
    /// `'We will fight this' - John Smith`, `"Q" – Taoiseach`: a headline's (or a paragraph-opening) quote, a dash or
    /// colon, and the speaker's name ending the paragraph.
    /// Produced by `quoteDashName` (Rules/QuoteDashName.swift).
    case quoteDashName = "quote-dash-name"
    /// `"Prepare, wait and see." That is the message from Mayor Carlos Gimenez`: a quote ending its sentence, then
    /// `That is the message (warning, advice, verdict …) from X`; or `"Q," was Smith's assessment` right after it.
    /// Produced by `quoteThenMessageFrom` (Rules/QuoteThenMessageFrom.swift).
    case messageFrom = "message-from"
    /// `… "Q" …, X said.`: a cue clause after a comma or dash at the end of the quote's sentence.
    /// Produced by `commaClause` (Rules/CommaClause.swift).
    case commaClause = "comma-clause"
    /// `… "Q" …, according to X.`: as `comma-clause` with a right-hand cue phrase.
    /// Produced by `commaClause` (Rules/CommaClause.swift).
    case commaAccordingTo = "comma-according-to"
    /// Any cue rule whose subject is `he`/`she`: the speaker is the pronoun's antecedent (a person, or a description
    /// such as `the prime minister's spokesman` used as subject just before). Replaces the cue rule's name
    /// (except `split`). Named by `pronounOr` and resolved by `resolvePronoun` (Rules/Pronoun.swift).
    case pronoun = "pronoun"
    /// A quote with no cue of its own that goes on from the previous quote's speaker: the same sentence, the next
    /// sentence of the paragraph, or the start of the next paragraph, when no other person is named in between.
    /// Produced by `continuation` (Rules/Continuation.swift).
    case continuation = "continuation"
    /// A quote opening a sentence right after a sentence with a cue and no quote (`X reiterated the point. "Q"`), or
    /// right after a colon ending a sentence whose subject is a person (`X was at a loss to explain it: "Q"`), or
    /// opening a cue-less paragraph after a paragraph that ends by introducing one person (`introducedPerson`).
    /// Produced by `intro` (Rules/Intro.swift).
    case intro = "intro"
    /// A quote inside a sentence with no cue, whose sentence opens with a person (`X launched an attack on the
    /// "clogged up" courts`): that person's words.
    /// Produced by `sentenceSubject` (Rules/SentenceSubject.swift).
    case sentenceSubject = "sentence-subject"
    /// A headline quote with no speaker repeating words quoted in the body (or inside a body quote, or holding one)
    /// takes that quote's speaker.
    /// Produced by `attributeHeadlineQuotes` (Rules/HeadlineRepeat.swift).
    case headlineRepeat = "headline-repeat"
    /// A quote of the lead paragraph with no speaker whose words a later attributed quote holds takes that quote's
    /// speaker (`The "shambolic" roll-out …` … `X said: "It has been shambolic."`).
    /// Produced by `attributeLeadQuotes` (Rules/LeadRepeat.swift).
    case leadRepeat = "lead-repeat"
    /// `'Considerable concerns'` (a crosshead) … `He said Mr Mack's treatment gave rise to "considerable concerns"`:
    /// a paragraph that is only a short quote takes the speaker of a later quote holding its words. Produced by
    /// `attributeLeadQuotes` (Rules/LeadRepeat.swift).
    case crossheadRepeat = "crosshead-repeat"
    /// `the cancellations were deemed "absolutely required"` … `He added: "… is absolutely required."`: a body
    /// paragraph's quote of two to six words with no speaker takes the speaker of a later quote holding its words.
    /// Produced by `attributeLeadQuotes` (Rules/LeadRepeat.swift).
    case partialRepeat = "partial-repeat"
    /// A quote inside another quote: never attributed; speech or scare by its shape.
    /// Produced by `classifyNested` (Rules/Nested.swift).
    case nested = "nested"
    /// No rule found a speaker; the quote is speech if a cue was found or it reads as speech, else scare.
    /// Produced by `unattributed` (Rules/None.swift).
    case none = "none"
}

/// What a rule found for a quote: a speaker, a cue, or both, and the rule's name.
struct Attribution {
    var speaker: Speaker?
    var cue: Range<Int>?
    var rule: AttributionRule
}

/// Where a top-level quote sits among the tokens: what every rule looks at.
struct QuoteSite {
    /// Index into `DocState.quotes`.
    let index: Int
    let quote: RawQuote
    /// Token of the opening mark.
    let open: Int
    /// Token of the closing mark; for an unclosed quote one past its last content token.
    let close: Int
    /// Opening mark token of the next top-level quote (or the token count): a rule never reads into the next quote.
    let nextOpen: Int
    /// The previous top-level quote, or -1.
    let prevTop: Int
}
