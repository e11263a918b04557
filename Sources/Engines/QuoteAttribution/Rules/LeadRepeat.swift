import People

// Rules `lead-repeat`, `crosshead-repeat` and `partial-repeat`: a story's first paragraph quotes a word or two of what
// someone says further down (`The "shambolic" roll-out of the scheme has angered residents.` … `Cllr Ann Reid said:
// "It has been shambolic."`), a crosshead (a subheading between paragraphs, `'Considerable concerns'`) quotes what the
// section under it reports, and a reporter's sentence quotes a phrase before the paragraph giving it in full (`the
// cancellations were deemed "absolutely required"` … `He added: "… is absolutely required."`); the later quote says
// who.

extension DocState {
    /// `lead-repeat`: a quote of the lead (the first paragraph after the headline) with no speaker, of one to six
    /// words, whose words a later paragraph's attributed speech quote holds at word boundaries (case, whitespace and
    /// apostrophe style ignored), takes the first such quote's speaker and is speech. Not a name, a nickname or a
    /// title (`known as "X"`, `the "Hall of Fame"`), nor a word mentioned as a word (`The term "blog" has been
    /// chosen`): terms recur in anyone's words.
    /// `crosshead-repeat`: the same for a paragraph after the lead that is nothing but such a quote (a crosshead),
    /// against the quotes of the paragraphs after it.
    /// `partial-repeat`: the same for a quote of two to six words in any other paragraph after the headline, unless
    /// it modifies the noun after it (`its 'super size' portions`, `a Labour "dirty tricks" campaign`) or a clause
    /// explains it (`proposes "control orders", which …`): a term, which anyone's words hold; nor when `by` names whose
    /// words they are (`labelled "political cowardice" by backbenchers`), nor from a later quote that denies them
    /// right before them (`"It is not political cowardice," she said`). One word is not enough
    /// there: measured on the development sets, a single word found again in a later quote was someone else's word as
    /// often as the speaker's (`called Ms Sturgeon a "liar"`, `a "competition" between`), while a phrase found again
    /// was the later speaker's every time.
    ///
    /// Linear in the quotes: at most `maxRepeatQuotes` short quotes, each against the later quotes once.
    func attributeLeadQuotes(
        _ results: inout [ExtractedQuote], quoteIndices: [Int], bodyWords words: inout NormalisedQuoteWords
    ) {
        guard paras.count > 2 else { return }
        let repeats = results.indices.filter { r in
            let qi = quoteIndices[r]
            guard quotes[qi].para >= 1, results[r].speaker == nil, !results[r].nested, !quotes[qi].unclosed,
                !isNaming(qOpenTok[qi]) || isJudgement(qOpenTok[qi]), !isNickname(qi), !isTitleCased(qi),
                !followsATermNoun(qOpenTok[qi])
            else { return false }
            if quotes[qi].para == 1 || isCrosshead(qi) { return (1...6).contains(countWords(p, results[r].content)) }
            return !isModifierFragment(qi) && !isExplainedTerm(qi) && !namesItsAgent(qi)
                && (2...6).contains(countWords(p, results[r].content))
        }
        guard !repeats.isEmpty else { return }
        let later = results.indices.filter {
            quotes[quoteIndices[$0]].para > 1 && results[$0].speaker != nil && !results[$0].nested
                && results[$0].kind == .speech
        }
        guard !later.isEmpty else { return }
        let laterWords = later.map { words.of($0, results, self) }
        for r in repeats.prefix(Self.maxRepeatQuotes) {
            let para = quotes[quoteIndices[r]].para
            let needle = normalisedWords(results[r].content)
            // (a body's phrase only from a quote that says the words, not one that denies them: `"This is not a vanity
            // project," said the mayor` answers `described as "a vanity project"`; `"I am not going to be diverted or
            // distracted"` says `would not be "diverted or distracted"`)
            let rule: AttributionRule =
                para == 1 ? .leadRepeat : isCrosshead(quoteIndices[r]) ? .crossheadRepeat : .partialRepeat
            guard needle.count >= 4,
                let i = later.indices.first(where: {
                    quotes[quoteIndices[later[$0]]].para > para && containsWords(needle, in: laterWords[$0])
                        && !(rule == .partialRepeat && deniesTheWords(needle, in: laterWords[$0]))
                })
            else { continue }
            results[r].takeSpeaker(of: results[later[i]], rule: rule)
        }
    }

    /// The short quotes of a document looked for in later quotes: its first ones, which keeps the search linear.
    static let maxRepeatQuotes = 16

    /// Whether quote `qi` is a crosshead: a paragraph after the lead holding nothing but the quote (`'Considerable
    /// concerns'` between two sections of a BBC story).
    func isCrosshead(_ qi: Int) -> Bool {
        let para = quotes[qi].para
        return para > 1 && para < paraFirstTok.count && quotes[qi].lastPara == para
            && paraFirstTok[para] == qOpenTok[qi] && paraLastTok[para] == qCloseTok[qi]
    }

    /// Whether the quote opening at `qo` follows a verb of naming that judges (`Six men have been branded "stupid"`,
    /// `labelled "reckless"`), or a verb of judging and `as` (`have been slammed as "ridiculous"`): someone's words,
    /// which a later quote may say whose - unlike a name (`called "X"`).
    func isJudgement(_ qo: Int) -> Bool {
        guard qo >= 1, toks[qo - 1].kind == Tok.word else { return false }
        if judgementNamingHashes.contains(toks[qo - 1].hash) { return true }
        return qo >= 2 && toks[qo - 1].hash == hAs && toks[qo - 2].kind == Tok.word
            && (judgementNamingHashes.contains(toks[qo - 2].hash) || accusingParticiples.contains(toks[qo - 2].hash))
    }

    /// Whether `by` follows the quote's closing mark (`described as "a vanity project" by residents' groups`): the
    /// sentence names whose words they are.
    func namesItsAgent(_ qi: Int) -> Bool {
        let qc = qCloseTok[qi]
        return !quotes[qi].unclosed && qc + 1 < toks.count && toks[qc + 1].kind == Tok.word && !toks[qc + 1].cap
            && toks[qc + 1].hash == hBy
    }

    /// Whether the quote is a term the reporter explains next: a comma, then a relative word or an apposition's
    /// article (`the "local loop", the copper wires that …`, `"living wills", where people say …`).
    func isExplainedTerm(_ qi: Int) -> Bool {
        let qc = qCloseTok[qi]
        guard !quotes[qi].unclosed, qc + 2 < toks.count, toks[qc + 1].isPunct(.comma), toks[qc + 2].kind == Tok.word,
            !toks[qc + 2].cap
        else { return false }
        return termExplainingHashes.contains(toks[qc + 2].hash)
    }

    /// Whether the word before the opening mark `qo` is a noun that mentions words as words (`the term "blog"`, `the
    /// phrase "Q"`).
    func followsATermNoun(_ qo: Int) -> Bool {
        qo >= 1 && toks[qo - 1].kind == Tok.word && !toks[qo - 1].cap && termNounHashes.contains(toks[qo - 1].hash)
    }
}

/// Verbs of naming that pass a judgement (``DocState/isJudgement(_:)``).
let judgementNamingHashes: Set<UInt64> = Set(["branded", "labelled", "labeled"].map { foldedHash($0) })

/// Words opening an explanation of a quoted term after its comma (``DocState/isExplainedTerm(_:)``).
let termExplainingHashes: Set<UInt64> = Set(["which", "where", "the", "a", "an", "or"].map { foldedHash($0) })

/// Nouns that mention the quoted words as words, not as anyone's speech.
let termNounHashes: Set<UInt64> = Set(
    ["term", "word", "words", "phrase", "expression", "slogan", "motto", "catchphrase", "hashtag", "buzzword"].map {
        foldedHash($0)
    })
