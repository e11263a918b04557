// Rules `quote-comma-verb-name` and `quote-comma-according-to`: the cue right after the quote, the speaker after the
// cue. The commonest news attribution (`"Q," said X`) and its `according to` form.

extension DocState {
    /// Where an attribution clause after quote `site` starts, if the quote is closed and ends like reported speech:
    /// the token after the closing mark (after a comma or dash there), and the bound of the clause (end of the
    /// paragraph or the next quote). Speech ends with `,` `?` `!` or a dash inside the marks, or a comma/dash after
    /// them; `"Q" said X` and `"Q" he added` without a comma count too.
    func clauseAfterQuote(_ site: QuoteSite) -> (start: Int, bound: Int)? {
        let q = site.quote
        let qc = site.close
        let nextOpen = site.nextOpen
        guard !q.unclosed && qc + 1 < toks.count && qc >= 1 else { return nil }
        let inner = toks[qc - 1]
        var ni = qc + 1
        var ok =
            inner.isPunct(.comma) || inner.isPunct(.question) || inner.isPunct(.exclamation) || inner.isDash
            || (inner.kind == Tok.punct && inner.firstByte == .punctuationLead)
            || (inner.kind == Tok.qclose && qc >= 2
                && (toks[qc - 2].isPunct(.comma) || toks[qc - 2].isPunct(.question)))
        // (a dash opening the next line is a list's bullet, not a clause: `"…sieve."` ⏎ `- A spokesperson said`)
        if ni < toks.count && toks[ni].para == toks[qc].para
            && (toks[ni].isPunct(.comma) || (toks[ni].isDash && !opensLine(ni)))
        {
            ok = true
            ni += 1
        }
        let pe = paraLastTok[Int(toks[qc].para)] + 1
        let ub = min(pe, nextOpen)
        // `"Q" said X` and `"Q" he added` without a comma
        if !ok && ni < ub, let (_, form) = cueAt(ni, limit: ub), form.invertible { ok = true }
        // `"… around here." adds Nanita Andrada-Jose.`: a lower-case cue right after a quote whose sentence ended
        // inside the marks goes on that sentence, and a name after it is the speaker - even a cue that is also a noun
        // (`adds`, `notes`), which is no verb after a comma's pause alone
        if !ok, ni + 1 < ub, inner.isPeriodLike, toks[ni].kind == Tok.word, !toks[ni].cap,
            let (len, form) = cueAt(ni, limit: ub), !form.participle, !form.speakerRight, ni + len < ub,
            toks[ni + len].kind == Tok.word, toks[ni + len].cap, toks[ni + len].seq >= 0,
            seqs[Int(toks[ni + len].seq)].start == ni + len, seqs[Int(toks[ni + len].seq)].personLike
        {
            ok = true
        }
        if !ok && ni + 1 < ub && toks[ni].kind == Tok.word && toks[ni].flags & (Lex.pronMale | Lex.pronFemale) != 0
            && !toks[ni].cap && cueAt(ni + 1, limit: ub) != nil
        {
            ok = true
        }
        // `"Q" Ms Jack said.`: a person's name and a cue right after a quote that opens its sentence, the comma left
        // out (not after a quote that ends its sentence: `"… away." Mr Gupta says the power …`; not a nickname, nor
        // a term inside a clause: `Asked if it was the "decapitation strategy" Lord Rennard said`)
        if !ok && ni < ub && toks[ni].kind == Tok.word && toks[ni].cap && toks[ni].seq >= 0, inner.kind == Tok.word,
            site.open == sentFirst[Int(toks[site.open].sent)], !isNickname(site.index)
        {
            let s = seqs[Int(toks[ni].seq)]
            if s.start == ni, s.personLike, !toks[s.end].possessive, s.end + 1 < ub,
                let (_, form) = cueAt(s.end + 1, limit: ub), !form.weak, !form.speakerRight, !form.participle
            {
                ok = true
            }
        }
        // `"… yesterday." Karunanayake further said.`: after a quote that ends its sentence, a sentence that is only
        // a name, adverbs and a cue is the attribution (South Asian and African copy writes it so), and so is one
        // whose cue a clause of `as` or `while` ends (`"… wait." Dontas says as she surveys the damage.`, as
        // broadcasters' pages write captions); `"… away." Mr Gupta says the power …` goes on and is not
        if !ok && ni < ub && inner.isPeriodLike && toks[ni].kind == Tok.word && toks[ni].cap && toks[ni].seq >= 0 {
            let s = seqs[Int(toks[ni].seq)]
            var v = s.end + 1
            while v < ub && v <= s.end + 3 && toks[v].kind == Tok.word && !toks[v].cap
                && (toks[v].flags & Lex.skipAdv != 0 || endsWithLy(toks[v]))
            {
                v += 1
            }
            if s.start == ni, s.personLike, !toks[s.end].possessive, v + 1 < toks.count,
                let (len, form) = cueAt(v, limit: ub), !form.weak, !form.speakerRight, !form.participle,
                toks[v + len].isPunct(.period)
                    || (toks[v + len].kind == Tok.word && (toks[v + len].hash == hAs || toks[v + len].hash == hWhile))
            {
                ok = true
            }
        }
        // `"… the performance”. he said.`: a full stop typed between the closing mark and a lower-case he or she and
        // a cue ends no sentence - the clause is the attribution
        if !ok, ni + 2 < ub, toks[ni].isPunct(.period), toks[ni + 1].kind == Tok.word, !toks[ni + 1].cap,
            toks[ni + 1].flags & (Lex.pronMale | Lex.pronFemale) != 0, cueAt(ni + 2, limit: ub) != nil
        {
            ok = true
            ni += 1
        }
        // `"A cracking game of hurling" was how Limerick manager John Kiely described the meeting`, `"Q" is how she put
        // it`: the quote is what the clause after `was how` or `is how` has its subject say
        if !ok, ni + 2 < ub, toks[ni].kind == Tok.word, !toks[ni].cap, toks[ni].hash == hWas || toks[ni].hash == hIs,
            toks[ni + 1].hash == hHow, !toks[ni + 1].cap
        {
            ok = true
            ni += 2
        }
        guard ok && ni < ub else { return nil }
        return (ni, ub)
    }

    /// Whether token `ni` comes right after a closing mark with a comma inside or after it (`"Q," claims`, `'Q',
    /// claims`).
    func followsQuoteAndComma(_ ni: Int) -> Bool {
        guard ni >= 2 else { return false }
        if toks[ni - 1].isPunct(.comma) { return toks[ni - 2].kind == Tok.qclose }
        return toks[ni - 1].kind == Tok.qclose && toks[ni - 2].isPunct(.comma)
    }

    /// Whether token `ni` comes right after a closing mark with a sentence's full stop inside (`"… here." adds`).
    func followsQuoteEndingASentence(_ ni: Int) -> Bool {
        ni >= 2 && toks[ni - 1].kind == Tok.qclose && toks[ni - 2].isPeriodLike
    }

    /// `quote-comma-verb-name` (`"Q," said X`) and `quote-comma-according-to` (`"Q," according to X`), or `pronoun`
    /// (`"Q," said he`): an invertible or right-hand cue at `ni`, the clause start after the quote, and a subject
    /// after it. A cue whose subject does not resolve is kept in `pendingCue`; with no cue there, any past verb may be
    /// one (``pastVerbBeforeItsSubject(from:ub:)``).
    mutating func quoteCommaVerbName(_ site: QuoteSite, from ni: Int, ub: Int, pendingCue: inout Range<Int>?)
        -> Attribution?
    {
        // (`'Q', claims Llanelli councillor`: a cue that is also a noun, `claims`, `notes`, is a verb right after the
        // quote and its comma, or in lower case right after its full stop, with its subject after it)
        guard let (len, form) = cueAt(ni, limit: ub) ?? afterQuoteCueAt(ni),
            form.invertible || form.speakerRight
                || (form.weak && !toks[ni].cap && (followsQuoteAndComma(ni) || followsQuoteEndingASentence(ni))),
            let s = subjectRight(ni + len, ub: ub)
        else { return pastVerbBeforeItsSubject(from: ni, ub: ub) }
        let cr = byteRange(ni, ni + len - 1)
        if let sp = resolve(s) {
            let rule = AttributionRule.pronounOr(
                form.speakerRight ? .quoteCommaAccordingTo : .quoteCommaVerbName, subject: s)
            return Attribution(speaker: sp, cue: cr, rule: rule)
        }
        pendingCue = cr
        return nil
    }

    /// `"Q," described resident Dallana Urruita.`, `"Q," summarized the museum's curator, Eunice Schlichting.`: right
    /// after a quote and its comma (or its own `?` or `!`), a past verb of any kind, then a named person that ends the
    /// clause (not a description: `"A-C-A is here to stay!" chanted the crowd` names no one) - the inverted twin of
    /// ``pastVerbEndingTheClause(from:ub:quoteOpensItsSentence:)``. Nothing but an attribution is written so: a verb
    /// that does something else takes an object or a clause after its subject (`"Q," prompted the council to act`).
    /// Not `be` or `have`; a cue whose fuller form is not there counts (`"Q," described resident Ana Ruiz.`, without
    /// the `as` of `described it as`).
    mutating func pastVerbBeforeItsSubject(from ni: Int, ub: Int) -> Attribution? {
        // (or a question or a cry ending inside the marks: `"… a fire!" described resident Dallana Urruita.`)
        guard ni + 1 < ub,
            followsQuoteAndComma(ni)
                || (ni >= 2 && toks[ni - 1].kind == Tok.qclose
                    && (toks[ni - 2].isPunct(.question) || toks[ni - 2].isPunct(.exclamation)))
        else { return nil }
        guard isPastVerbOfAnyKind(toks[ni]), let s = subjectRight(ni + 1, ub: ub),
            endsTheClause(after: s.last, ub: ub)
                || (endsInAPhraseOfTime(after: s.last, ub: ub) && toks[s.last + 1].hash != hTo)
        else { return nil }
        guard let si = s.sequence, seqs[si].personLike, !toks[seqs[si].end].possessive, let speaker = resolve(s)
        else { return nil }
        return Attribution(
            speaker: speaker, cue: byteRange(ni, ni), rule: .pronounOr(.quoteCommaVerbName, subject: s))
    }
}
