// The order in which the attribution rules are tried for a top-level quote. The first rule that resolves a speaker
// wins; a cue found without a resolvable speaker is kept (`pendingCue`) so the quote is still speech. Rules that
// read the quote's own surroundings come first, rules that borrow a speaker from the context (continuation, intro)
// only when those found neither speaker nor cue, and the person opening the quote's sentence (sentence-subject) last.

import People

extension DocState {
    /// Attributes top-level quote `qi`: the quote's own cue rules, then (when they found neither speaker nor cue)
    /// the context rules, then the person opening its sentence.
    mutating func attributeTopLevel(_ qi: Int, prevTop: Int, prevSpoken: Int, speakers: [Speaker?]) -> Attribution {
        let att = attribute(qi, prevTop: prevTop)
        if att.speaker == nil && att.cue == nil,
            let c = attributeFromContext(qi, prevTop: prevTop, prevSpoken: prevSpoken, speakers: speakers)
        {
            return c
        }
        if att.speaker == nil && att.cue == nil, let s = sentenceSubject(qi) { return s }
        return att
    }

    /// The rules that look for a cue around the quote itself, in order: a sentence-opening participle clause holding the
    /// quote (`Calling it "Q", X said`), after the quote (`"Q," X said`,
    /// `"Q," said X`), a passive agent, then - unless the quote names something - before the quote (`X said: "Q"`),
    /// a name and colon, and a cue clause ending the sentence.
    mutating func attribute(_ qi: Int, prevTop: Int) -> Attribution {
        let site = QuoteSite(
            index: qi, quote: quotes[qi], open: qOpenTok[qi], close: qCloseTok[qi],
            nextOpen: nextTopOpen(after: qi), prevTop: prevTop)
        var pendingCue: Range<Int>? = nil
        // `at 'Bull Creek'`, `grew up in "Little Italy"`: a name quoted after a preposition is no one's words (not
        // after a cue's: `replied with "No Comment"`)
        if isTitleCased(qi), site.open >= 2, toks[site.open - 1].kind == Tok.word, !toks[site.open - 1].cap,
            toks[site.open - 1].flags & Lex.prep != 0, !toks[site.open - 2].isCue
        {
            return unattributed(cue: nil)
        }
        if isTitleOfAWork(qi) { return unattributed(cue: nil) }
        if let a = openingParticipleClause(site) { return a }
        // (`Judge X clarified: "And you never heard that before?" Walsh replied that he had not.`: a question or
        // exclamation that a cue and colon introduce ends its sentence; the clause after it is a sentence of its own)
        // (`known to colleagues as "Tad," said Democrats were …`: a name's quote is no one's words, and the cue after
        // its comma is the sentence's)
        if !(endsInQuestionOrExclamation(site) && introducedByColonCue(site)), !isNaming(site.open),
            let (ni, ub) = clauseAfterQuote(site)
        {
            if let a = quoteCommaVerbName(site, from: ni, ub: ub, pendingCue: &pendingCue) {
                return a.rule == .quoteCommaAccordingTo ? speakerBeforeReportedQuote(site) ?? a : a
            }
            if pendingCue == nil, let a = quoteCommaNameVerb(site, from: ni, ub: ub, pendingCue: &pendingCue) {
                return a
            }
        }
        if let a = quoteByAgent(site) ?? quoteByAgentBeforeAs(site) { return a }
        if let a = quoteDashName(site) ?? headlineQuoteColonName(site) ?? headlineEndingInAName(site) { return a }
        // `known as "X"`, `'chip and pin' cards`: a term, not anyone's words
        if isNickname(qi) { return unattributed(cue: nil) }
        // a modifier (`a "difficult" time`) is still the speaker's word when the sentence ends in an attribution
        // clause (`…, Mr Mennear added.`)
        if isModifierFragment(qi), !isNaming(site.open),
            let a = commaClause(site, overQuotes: true, pendingCue: &pendingCue)
        {
            return a
        }
        // … and when a speaker's cue opens its clause (`Ms Ashdown said the committee stayed on a "gradual and
        // careful" path`), or a participle's (`Jones urged them to reconsider, calling the move a "heartless"
        // decision`): words quoted inside reported speech are the speaker's
        if isModifierFragment(qi), !isNaming(site.open), !isNickname(qi) {
            var ignored: Range<Int>? = nil
            if let a = cueBeforeQuote(site, pendingCue: &ignored), a.speaker != nil,
                a.rule == .nameVerbIndirect || a.rule == .pronoun
                    || (a.rule == .participle && isParticipleClause(a.cue, before: site.open)
                        && isMainClauseSubject(a.speaker, before: site.open))
            {
                return a
            }
        }
        if isNaming(site.open) || isModifierFragment(qi) { return unattributed(cue: pendingCue) }
        if let a = nameUnlistedVerbColon(site) { return a }
        if let a = cueBeforeQuote(site, pendingCue: &pendingCue) { return a }
        if let a = nameColon(site) { return a }
        if let a = commaClause(site, overQuotes: true, pendingCue: &pendingCue) { return a }
        // (last: a cue before the quote, `Pastor Ng'ang'a told worshippers: "Q." That is the message from the Bible`,
        // names its speaker first, and one it cannot resolve leaves the quote to no one)
        if pendingCue == nil, let a = quoteThenMessageFrom(site) { return a }
        return unattributed(cue: pendingCue)
    }

    /// `Elder said "we may have lost the battle," according to the Associated Press`: a cue right before the quote (at
    /// most a comma or colon between) names who spoke; `according to` after it names who reported the words. So does
    /// a cue whose reported clause opens with `that` and runs into the quote, words only between (at most 12: `with
    /// Cllr Hogan claiming that Athlone has "the best air quality," according to the latest report`).
    mutating func speakerBeforeReportedQuote(_ site: QuoteSite) -> Attribution? {
        var ignored: Range<Int>? = nil
        guard let a = cueBeforeQuote(site, pendingCue: &ignored), a.speaker != nil, let cue = a.cue,
            site.open >= 1
        else { return nil }
        var k =
            toks[site.open - 1].isPunct(.comma) || toks[site.open - 1].isPunct(.colon) ? site.open - 2 : site.open - 1
        if k >= 0, Int(toks[k].end) != cue.upperBound {
            let clause = k
            while k >= 0, clause - k < 12, toks[k].kind == Tok.word, Int(toks[k].start) > cue.upperBound { k -= 1 }
            guard k >= 0, k < clause, toks[k + 1].hash == hThat else { return nil }
        }
        guard k >= 0, Int(toks[k].end) == cue.upperBound else { return nil }
        return a
    }

    /// The rules that take the speaker from the context: the previous spoken quote's speaker (`continuation`: a term
    /// no one speaks between them, `prevTop` but not `prevSpoken`, does not stop it), or a speaker
    /// introduced by the sentence before (`intro`). Terms (naming, modifiers) never take a speaker this way, and
    /// across sentences only quotes that read as speech do (`"Gaming widows" has become …` does not).
    /// A term keeps no speaker, unless it is coordinated with the previous quote (`invest in "aggressive" and
    /// "high-impact" marketing`), or is a modifier in the same sentence after words a cue's clause quotes (`Spencer
    /// Flower said members needed to "embrace change" of a "radical" nature`): then it is the same speaker's words.
    mutating func attributeFromContext(_ qi: Int, prevTop: Int, prevSpoken: Int, speakers: [Speaker?])
        -> Attribution?
    {
        let naming = isNaming(qOpenTok[qi]) || isNickname(qi) || isTitleOfAWork(qi)
        let goesOnReporting = !naming && reportedClauseQuotes.contains(prevTop)
        if !isCoordinated(qi, after: prevTop) && !goesOnReporting && (isModifierFragment(qi) || naming) {
            return nil
        }
        if let a = continuation(qi, prevTop: prevSpoken, speakers: speakers) { return a }
        guard looksLikeSpeech(quotes[qi]) else { return nil }
        return intro(qi)
    }

    /// Whether cue `cue` (a participle found before the opening mark `qo`) opens a clause of its own after a comma or
    /// dash (`…, calling the move a "heartless" decision`; not `was speaking amid claims of a "dirty tricks"
    /// campaign`, `customers are calling 'on the move'`), and is a participle of saying or judging
    /// (``judgingParticiples``: not `citing a California "shield" law`, `accepting a job with a "Big Four" firm`).
    func isParticipleClause(_ cue: Range<Int>?, before qo: Int) -> Bool {
        guard let cue else { return false }
        var k = qo - 1
        while k > 0 && Int(toks[k].start) > cue.lowerBound { k -= 1 }
        guard k > 0, Int(toks[k].start) == cue.lowerBound, Self.judgingParticiples.contains(toks[k].hash) else {
            return false
        }
        return toks[k - 1].isPunct(.comma) || toks[k - 1].isDash
    }

    /// Whether speaker `sp` is the subject of the main clause of the sentence holding the opening mark `qo`: named at
    /// its opening, or after an opening phrase and its comma (`On Monday, council leader Mark Ellison defended …`),
    /// after at most five words and no preposition (`But Jones urged …`, `Labour's shadow health secretary Jon
    /// Ashworth hit out …`), and not followed by a passive with its agent (`Manager Tom Ellis was booed by fans,
    /// branding him a "clueless" boss`) - not a name in the predicate (`Fans turned on manager Tom Ellis, calling him a
    /// "clueless" manager`).
    func isMainClauseSubject(_ sp: Speaker?, before qo: Int) -> Bool {
        guard let sp, sp.seq >= 0 else { return false }
        let s = seqs[sp.seq]
        var first = sentFirst[Int(toks[qo].sent)]
        guard s.start >= first, s.end + 2 < qo else { return false }
        // (an opening phrase up to its comma: `On Monday, council leader Mark Ellison defended the cuts, calling …`)
        if let comma = (first..<s.start).last(where: { toks[$0].isPunct(.comma) }) { first = comma + 1 }
        guard s.start - first <= 5 else { return false }
        for k in first..<s.start where toks[k].kind != Tok.word || toks[k].flags & Lex.prep != 0 || toks[k].isCue {
            return false
        }
        // (a passive has its agent: `was booed by fans`; `was delighted with the verdict` is no passive)
        guard beHashes.contains(toks[s.end + 1].hash), endsWith(p, toks[s.end + 2], "ed") else { return true }
        return !((s.end + 3)..<min(s.end + 7, qo)).contains { toks[$0].hash == hBy }
    }

    /// Participles of saying or judging, whose clause after a comma quotes its subject's words.
    static let judgingParticiples: Set<UInt64> = Set(
        [
            "saying", "calling", "describing", "branding", "labelling", "labeling", "dubbing", "terming", "urging",
            "warning", "adding", "insisting", "arguing", "claiming", "accusing", "praising", "criticising",
            "criticizing", "slamming", "blasting", "condemning", "hailing", "dismissing", "denouncing", "admitting",
            "stressing", "vowing", "pledging", "promising", "declaring", "noting", "telling", "stating", "likening",
        ].map { foldedHash($0) })

    /// Whether the closed quote's words end in `?` or `!`.
    func endsInQuestionOrExclamation(_ site: QuoteSite) -> Bool {
        guard !site.quote.unclosed, site.close >= 1 else { return false }
        let inner = toks[site.close - 1]
        return inner.isPunct(.question) || inner.isPunct(.exclamation)
    }

    /// Whether a colon right before the opening mark ends a clause with a cue (`District judge Barney McElholm
    /// asked: "Q?"`).
    func introducedByColonCue(_ site: QuoteSite) -> Bool {
        let colon = site.open - 1
        guard colon >= 1, toks[colon].isPunct(.colon) else { return false }
        var k = max(sentFirst[Int(toks[colon].sent)], colon - 40)
        while k < colon {
            if toks[k].isCue && cueAt(k, limit: colon) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether quote `qi` follows the previous top-level quote `prevTop` with only `and`, `or` or a comma between
    /// them (`"aggressive" and "high-impact"`, `"irresponsible", "outrageous"`), neither being a nickname.
    func isCoordinated(_ qi: Int, after prevTop: Int) -> Bool {
        guard prevTop >= 0, !quotes[prevTop].unclosed, !isNickname(prevTop) else { return false }
        let from = qCloseTok[prevTop] + 1
        let to = qOpenTok[qi]
        guard from < to, to - from <= 2 else { return false }
        for k in from..<to {
            let t = toks[k]
            let joins = t.isPunct(.comma) || (t.kind == Tok.word && !t.cap && (t.hash == hAnd || t.hash == hOr))
            if !joins { return false }
        }
        return true
    }

    /// Opening mark token of the next top-level quote after `qi`, or the token count.
    func nextTopOpen(after qi: Int) -> Int {
        var k = qi + 1
        while k < quotes.count {
            if quotes[k].depth == 0 { return qOpenTok[k] }
            k += 1
        }
        return toks.count
    }
}
