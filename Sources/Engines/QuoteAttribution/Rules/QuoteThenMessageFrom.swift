// Rule `message-from`: `"Prepare, wait and see." That is the message from Miami-Dade County Mayor Carlos Gimenez`. A
// quote that ends its sentence, then a sentence that says whose message, warning or advice those words were.
import People

extension DocState {
    /// Nouns that make a quote someone's words in `That is the message from X` (not `the view from the bridge`: a
    /// noun of speech only).
    static let messageNouns: Set<UInt64> = Set(
        [
            "message", "warning", "advice", "verdict", "plea", "word", "assessment", "reaction", "response", "promise",
            "vow", "instruction", "instructions", "appeal", "call",
        ].map { foldedHash($0) })

    /// `message-from`: a closed quote ending its sentence, then in the same paragraph `That` or `This`, `is`, `was` or
    /// `'s`, `the` (and at most two lower-case words: `the stark message`), a noun of ``messageNouns`` and `from` or
    /// `of`, and a speaker after it.
    mutating func quoteThenMessageFrom(_ site: QuoteSite) -> Attribution? {
        if let a = quoteWasPossessorsMessage(site) { return a }
        let close = site.close
        guard !site.quote.unclosed, close >= 1, close + 5 < toks.count else { return nil }
        // (the sentence ends inside the mark, `"… see."`, or right after it, `"… see".`)
        var k = close + 1
        if toks[k].isPeriodLike { k += 1 } else if !toks[close - 1].isPeriodLike { return nil }
        let para = toks[close].para
        guard k + 4 < toks.count, toks[k].para == para, toks[k].kind == Tok.word, toks[k].cap,
            toks[k].hash == hThat || toks[k].hash == hThis
        else { return nil }
        var m = k + 1
        // (`That's the message`: the tokenizer keeps `'s` on the word, and `the` follows it)
        if !toks[k].possessive {
            guard toks[m].kind == Tok.word, toks[m].hash == hIs || toks[m].hash == hWas else { return nil }
            m += 1
        }
        guard m < toks.count, toks[m].hash == hThe else { return nil }
        m += 1
        var words = 0
        while m < toks.count, words < 2, toks[m].kind == Tok.word, !toks[m].cap,
            !Self.messageNouns.contains(toks[m].hash)
        {
            m += 1
            words += 1
        }
        guard m + 2 < toks.count, toks[m].para == para, Self.messageNouns.contains(toks[m].hash),
            toks[m + 1].hash == hFrom || toks[m + 1].hash == hOf
        else { return nil }
        let ub = min(paraLastTok[Int(para)] + 1, site.nextOpen)
        guard let s = subjectRight(m + 2, ub: ub), !s.isPronoun else { return nil }
        // (not when an attribution follows the phrase: `That is the message from the Bible, he added.`)
        if s.last + 1 < ub, toks[s.last + 1].isPunct(.comma),
            ((s.last + 2)..<min(ub, s.last + 5)).contains(where: { toks[$0].isCue })
        {
            return nil
        }
        guard let sp = resolve(s) else { return nil }
        return Attribution(speaker: sp, cue: byteRange(m, m + 1), rule: .messageFrom)
    }

    /// `"I thought we let ourselves down," was Smith's assessment.`, `"Q," was Coyle's rallying call ahead of the
    /// derby`, `"Just overjoyed," was a tearful Donna Bucher's reaction`: right after the quote (and its comma), `was`
    /// or `is`, maybe `a` or `the` and up to three lower-case words, a person's name in the possessive, then a noun of
    /// ``messageNouns`` (one lower-case word may come before it) - the possessor's words.
    mutating func quoteWasPossessorsMessage(_ site: QuoteSite) -> Attribution? {
        guard !site.quote.unclosed else { return nil }
        var k = site.close + 1
        if k < toks.count, toks[k].isPunct(.comma) { k += 1 }
        guard k + 2 < min(toks.count, site.nextOpen), toks[k].kind == Tok.word, !toks[k].cap,
            toks[k].hash == hWas || toks[k].hash == hIs, toks[k].para == toks[site.close].para
        else { return nil }
        var m = k + 1
        if toks[m].kind == Tok.word, !toks[m].cap, toks[m].hash == hA || toks[m].hash == hThe { m += 1 }
        var words = 0
        while m < toks.count, words < 3, toks[m].kind == Tok.word, !toks[m].cap, !toks[m].possessive,
            toks[m].flags & (Lex.prep | Lex.conj | Lex.det) == 0
        {
            m += 1
            words += 1
        }
        guard m < toks.count, toks[m].seq >= 0 else { return nil }
        let si = Int(toks[m].seq)
        let s = seqs[si]
        guard s.start == m, s.personLike, !s.inQuote, toks[s.end].possessive, s.end + 1 < toks.count else {
            return nil
        }
        var n = s.end + 1
        if n + 1 < toks.count, toks[n].kind == Tok.word, !toks[n].cap, !Self.messageNouns.contains(toks[n].hash) {
            n += 1
        }
        guard toks[n].kind == Tok.word, !toks[n].cap, Self.messageNouns.contains(toks[n].hash),
            let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end))
        else { return nil }
        return Attribution(speaker: sp, cue: byteRange(n, n), rule: .messageFrom)
    }
}
