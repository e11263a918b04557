// Rule `name-colon`: `Obama: "Gaps of trust" remain`, `Smith: "We will win"`. Headlines and transcripts put the
// speaker's name and a colon before the words, with no verb. And `name-verb-colon` for a verb no cue list holds:
// `Agriculture Minister Michael Creed chipped in: "Q"`.

extension DocState {
    /// `name-colon`: a capitalised sequence ending right before `:` and the opening mark, that is a person - or opens
    /// the paragraph (a headline's `Obama:`) - and is not a place.
    mutating func nameColon(_ site: QuoteSite) -> Attribution? {
        let qo = site.open
        guard qo >= 2 && toks[qo - 1].isPunct(.colon) && toks[qo - 2].kind == Tok.word && toks[qo - 2].seq >= 0 else {
            return nil
        }
        let si = Int(toks[qo - 2].seq)
        let s = seqs[si]
        // (`Adding: "Q"`, `Continuing: "Q"`: a cue opening the paragraph is the speaker's going on, no name)
        if s.start == s.end && toks[s.start].isCue { return nil }
        if s.end == qo - 2 && (s.personLike || s.start == paraFirstTok[Int(toks[qo].para)]) && !s.place {
            if let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end)) {
                return Attribution(speaker: sp, cue: nil, rule: .nameColon)
            }
        }
        return nil
    }

    /// `name-verb-colon` with a verb no cue list holds: `Agriculture Minister Michael Creed chipped in: "Q"`, `toll
    /// supporter State Representative Matt Ritter ceded, "Q"`. A person's name opening a clause (the sentence, or
    /// after a comma and maybe `and`, `but` or `while`, or after one of those alone before a colon; at most three
    /// lower-case words of description before it),
    /// right after it one past tense in `-ed` and maybe a particle, then a colon - or a comma before words that open
    /// with a capital - introduces the person's words. Tried before the backward cue search, which would pass over
    /// the verb to an earlier cue of the sentence (`She said …, while X chipped in: "Q"` is not hers).
    mutating func nameUnlistedVerbColon(_ site: QuoteSite) -> Attribution? {
        let qo = site.open
        guard qo >= 3, qo + 1 < toks.count else { return nil }
        let colon = toks[qo - 1].isPunct(.colon)
        guard colon || (toks[qo - 1].isPunct(.comma) && toks[qo + 1].kind == Tok.word && toks[qo + 1].cap) else {
            return nil
        }
        var v = qo - 2
        if toks[v].kind == Tok.word, !toks[v].cap, speakingParticles.contains(toks[v].hash) { v -= 1 }
        guard v >= 1, toks[v].kind == Tok.word, !toks[v].cap, endsWith(p, toks[v], "ed"), toks[v - 1].seq >= 0,
            !toks[v - 1].possessive
        else { return nil }
        let si = Int(toks[v - 1].seq)
        let s = seqs[si]
        guard s.end == v - 1, s.personLike, !s.place, !s.inQuote else { return nil }
        // (a sentence's capitalised function word is part of the sequence: `As Cole Palmer somersaulted`)
        for k in s.start..<s.nameStart
        where toks[k].flags & (Lex.conj | Lex.prep | Lex.subordinator | Lex.stopCap) != 0 || toks[k].hash == hAs {
            return nil
        }
        // (the verb's sentence: a quote opening with a capital after a comma may start a sentence of its own, and
        // `As Cole Palmer somersaulted, "Blue is the colour" rang out` is a clause of time, no one's speech)
        let first = sentFirst[Int(toks[v].sent)]
        var k = s.start - 1
        while k >= first, s.start - k <= 3, toks[k].kind == Tok.word, !toks[k].cap,
            toks[k].flags & (Lex.conj | Lex.prep | Lex.subordinator | Lex.who) == 0, !toks[k].isCue, toks[k].hash != hAs
        {
            k -= 1
        }
        // (`… end Rhinos' losing run and Smith reflected: "Q"`: before a colon the conjunction needs no comma)
        var joined = false
        if k >= first, toks[k].kind == Tok.word, !toks[k].cap,
            toks[k].hash == hAnd || toks[k].hash == hBut
                || toks[k].hash == hWhile
        {
            k -= 1
            guard k >= first, toks[k].isPunct(.comma) || colon else { return nil }
            joined = !toks[k].isPunct(.comma)
        }
        guard k < first || toks[k].isPunct(.comma) || joined else { return nil }
        guard let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end)) else { return nil }
        return Attribution(speaker: sp, cue: byteRange(v, qo - 2), rule: .nameVerbColon)
    }
}
