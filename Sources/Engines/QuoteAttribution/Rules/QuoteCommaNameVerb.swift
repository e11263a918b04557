// Rule `quote-comma-name-verb`: `"Q," X said`, `"Q," the ministry said in a statement`, `"Q," Mr Smith, 54, told the
// BBC`: the speaker opens the clause after the quote and a cue follows within a few words.

extension DocState {
    /// `quote-comma-name-verb`, or `pronoun` (`"Q," he said`): the first cue in the clause starting at `ni` (at most
    /// 24 tokens, up to a sentence end, `;` or the next quote) whose subject starts the clause - or follows only role
    /// words (`"Q," chief executive John Smith said`). A weak cue (`notes`, `claims`) needs its subject right before it.
    /// A cue whose subject does not resolve is kept in `pendingCue`.
    mutating func quoteCommaNameVerb(_ site: QuoteSite, from ni: Int, ub: Int, pendingCue: inout Range<Int>?)
        -> Attribution?
    {
        // `X said officers "did everything right," but the review continues`, `… "open to it," while an aide …
        // called`: a clause opening with a conjunction or a subordinator is the sentence going on, not the quote's
        // attribution
        if ni < ub, toks[ni].kind == Tok.word, !toks[ni].cap,
            toks[ni].hash == hBut || toks[ni].hash == hAnd || toks[ni].flags & Lex.subordinator != 0
                || toks[ni].hash == hWhereas
        {
            return nil
        }
        var k = ni
        let lim = min(ub, ni + 24)
        while k < lim {
            if toks[k].kind == Tok.qopen || (toks[k].isPeriodLike && !isAbbreviationStop(k))
                || toks[k].isPunct(.semicolon)
            {
                break
            }
            // (`"Q," he was quoted as saying`: the participle of the passive reporting frame is the cue)
            // (`quoted` of `was quoted as saying` is no cue of its own: the participle after `as` is; so is the one
            // right after it, as Malaysian and Indian copy writes it: `he was quoted saying`)
            if toks[k].hash == hQuoted, k + 2 < lim, toks[k + 1].hash == hAs {
                k += 2
                continue
            }
            if toks[k].hash == hQuoted, quotedFrame(k + 1) == k {
                k += 1
                continue
            }
            // (`Jubeir was quoted by the … newspaper as saying`: on to the participle that completes the frame)
            if toks[k].hash == hQuoted, k + 1 < lim, toks[k + 1].hash == hBy,
                let participle = ((k + 3)..<min(lim, k + 16)).first(where: { quotedFrame($0) == k })
            {
                k = participle
                continue
            }
            // `"Q," the newspaper quoted Qantas chief executive Geoff Dixon as saying`: the object speaks, not the
            // outlet - an unnamed one (`quoted one trader as saying`) leaves only the cue
            if toks[k].hash == hQuoted, let (s, cr) = quotedObjectAsSaying(quoted: k, lim: lim) {
                if let sp = resolve(s) {
                    return Attribution(speaker: sp, cue: cr, rule: .pronounOr(.quoteCommaNameVerb, subject: s))
                }
                pendingCue = cr
                return nil
            }
            let quoted = quotedFrame(k)
            let quotedAs = quoted != nil
            if let (len, form) = cueAt(k, limit: ub), !form.speakerRight, !form.participle || quotedAs {
                // the subject stands before `was quoted as` (`he was quoted as saying`)
                let verb = quoted.map { q in q >= 1 && beHashes.contains(toks[q - 1].hash) ? q - 1 : q } ?? k
                // (`"Q," his mother, Loretta Whitley, told`: a description, then the name in commas, in the quote's
                // sentence - `"Q?" The Green Party's spokeswoman, Eleanor Scott, said she …` starts another)
                if let s = subjectLeft(verb, lb: ni).flatMap({
                    $0.first <= ni + 1 || allWords(ni, $0.first)
                        || ($0.first - 1 > ni && toks[$0.first - 1].isPunct(.comma) && allWords(ni, $0.first - 1)
                            && toks[ni].sent == toks[ni - 1].sent)
                        ? $0 : nil
                })
                    ?? nameBeforeOpenApposition(ni, cue: verb)
                    // (`'No funeral for three weeks', coroner tells family`: a headline's role without its article)
                    ?? headlineDescription(ni, ub: verb).flatMap({ $0.last == verb - 1 ? $0 : nil })
                {
                    var s = s
                    // `"Q," Claire Cockerton boss of FinTech trade body Innovate Finance told City A.M.`: a body
                    // ending the words before the cue is the affiliation of the person opening the clause
                    if case .seq(let si) = s.kind, !seqs[si].personLike, seqs[si].start > ni, toks[ni].seq >= 0,
                        seqs[Int(toks[ni].seq)].start == ni, seqs[Int(toks[ni].seq)].personLike,
                        !seqs[Int(toks[ni].seq)].inQuote, !toks[seqs[Int(toks[ni].seq)].end].possessive
                    {
                        let person = Int(toks[ni].seq)
                        s = Subj(kind: .seq(person), first: seqs[person].start, last: seqs[person].end)
                    }
                    if form.weak, !touches(s, cue: k) {
                        k += 1
                        continue
                    }
                    // `Minister Joseph Made said farmers were "unrepentant", the paper said`: the outlet reports the
                    // words of the person whose speech its sentence reports
                    if isNewsOutlet(s, cue: k) {
                        var ignored: Range<Int>? = nil
                        if let inner = cueBeforeQuote(site, pendingCue: &ignored), let sp = inner.speaker,
                            sp.seq >= 0, seqs[sp.seq].personLike,
                            inner.rule == .nameVerbIndirect || inner.rule == .pronoun
                        {
                            return inner
                        }
                    }
                    let cr = byteRange(quoted ?? k, k + len - 1)
                    if let sp = resolve(s) {
                        return Attribution(speaker: sp, cue: cr, rule: .pronounOr(.quoteCommaNameVerb, subject: s))
                    }
                    if !form.weak { pendingCue = cr }
                }
                if form.weak {
                    // a base form with no speaker is a noun (`"Q," Gager, who is in his second term as mayor, told`)
                    k += 1
                    continue
                }
                break
            }
            k += 1
        }
        return pastVerbEndingTheClause(
            from: ni, ub: ub, quoteOpensItsSentence: site.open == sentFirst[Int(toks[site.open].sent)])
    }

    /// `quoted X as saying` with `quoted` at token `k`: X and the cue's bytes, when `as` and a participle cue follow
    /// within six tokens (`quoted him as saying`).
    func quotedObjectAsSaying(quoted k: Int, lim: Int) -> (Subj, Range<Int>)? {
        var asTok = k + 2
        while asTok < min(lim - 1, k + 6) && toks[asTok].hash != hAs { asTok += 1 }
        guard asTok < min(lim - 1, k + 6), toks[asTok].hash == hAs,
            let (len, form) = cueAt(asTok + 1, limit: lim), form.participle,
            let s = quotedObject(beforeAs: asTok, lb: k)
        else { return nil }
        return (s, byteRange(k, asTok + len))
    }

    /// `"Q," McGlynn raged.`, `"Q," she pressed.`: after a quote and its comma, a person or he/she, one verb in the
    /// past and the clause's end - whatever the verb, it reports the quote (no cue list holds every verb of manner;
    /// nothing else can follow a quote so). Not `be` or `have`, not a verb read as a cue already. The one irregular
    /// past taken is `began` (`"Q," Reid began.`, the first words of a longer answer). When the quote opens its
    /// sentence, the verb may take an object (`"I often wonder …," Fahy pondered a counter-factual Galway.`): the
    /// quote is then no part of another clause, and the person after it is who thought or said it.
    mutating func pastVerbEndingTheClause(from ni: Int, ub: Int, quoteOpensItsSentence: Bool) -> Attribution? {
        guard ni >= 2, ni < ub, toks[ni].kind == Tok.word, toks[ni - 1].kind == Tok.qclose,
            toks[ni - 2].isPunct(.comma)
        else { return nil }
        var subject: Subj? = nil
        var verb = ni + 1
        if toks[ni].flags & (Lex.pronMale | Lex.pronFemale) != 0 {
            subject = Subj(kind: .pronoun(ni, male: toks[ni].flags & Lex.pronMale != 0), first: ni, last: ni)
        } else {
            // (at most two lower-case words of a role before the name: `"Q," choreographer Ana Ruiz began.`)
            let n = pastRoleWords(from: ni, ub: ub)
            if n < ub, toks[n].seq >= 0, seqs[Int(toks[n].seq)].start == n {
                let s = seqs[Int(toks[n].seq)]
                guard s.personLike, !s.inQuote, !toks[s.end].possessive else { return nil }
                subject = Subj(kind: .seq(Int(toks[n].seq)), first: n, last: s.end)
                verb = s.end + 1
            }
        }
        guard let subject, verb + 1 < ub || (verb + 1 < toks.count && verb + 1 == ub) else { return nil }
        let v = toks[verb]
        let after = toks[verb + 1]
        guard !v.isCue, isPastVerbOfAnyKind(v) || (v.kind == Tok.word && !v.cap && v.hash == hBegan),
            (after.isPeriodLike && !isAbbreviationStop(verb + 1)) || after.isPunct(.comma)
                || (quoteOpensItsSentence && after.kind == Tok.word && !after.cap), after.para == v.para,
            let speaker = resolve(subject)
        else { return nil }
        return Attribution(
            speaker: speaker, cue: byteRange(verb, verb), rule: .pronounOr(.quoteCommaNameVerb, subject: subject))
    }

    /// Whether token `v` is a lower-case verb in the past in -ed of more than four letters, no `be` and no adverb: the
    /// verb of ``pastVerbEndingTheClause(from:ub:quoteOpensItsSentence:)`` and
    /// ``pastVerbBeforeItsSubject(from:ub:)``, which report a quote whatever the verb is.
    func isPastVerbOfAnyKind(_ v: Tok) -> Bool {
        v.kind == Tok.word && !v.cap && v.end - v.start > 4 && endsWith(p, v, "ed") && !beHashes.contains(v.hash)
            && v.flags & Lex.skipAdv == 0
    }

    /// Whether the subject of cue `k` is a news outlet passing on what someone said: a description headed by an
    /// outlet word (`the paper`, `the newspaper`, `the broadcaster`), or any name whose cue is `reported`.
    func isNewsOutlet(_ s: Subj, cue k: Int) -> Bool {
        switch s.kind {
        case .np(_, let b): return outletHeads.contains(toks[b].hash)
        case .seq: return toks[k].hash == hReported
        default: return false
        }
    }

    /// The token of `quoted` when participle `k` completes `quoted as saying` or `quoted saying` (`he was quoted as
    /// saying`, `he was quoted saying by the news portal`), or `quoted by` an outlet `as saying` (`Jubeir was quoted
    /// by the Saudi-owned Asharq Al-Awsat newspaper as saying`, at most twelve tokens between `by` and `as`, words and
    /// hyphens only): the reporting frame of a quote taken from another outlet, for the cue-after and the participle
    /// layouts alike. Nil otherwise.
    func quotedFrame(_ k: Int) -> Int? {
        guard k < toks.count, toks[k].kind == Tok.word, toks[k].hash != hAs else { return nil }
        if k >= 2 && toks[k - 1].hash == hAs && toks[k - 2].hash == hQuoted { return k - 2 }
        if k >= 4 && toks[k - 1].hash == hAs, cueAt(k, limit: min(toks.count, k + 4))?.1.participle == true {
            var q = k - 2
            while q >= 1, k - q <= 14, toks[q].kind == Tok.word || toks[q].isPunct(.hyphen) {
                if toks[q].hash == hBy && toks[q - 1].hash == hQuoted { return q - 1 }
                q -= 1
            }
        }
        if k >= 1 && toks[k - 1].hash == hQuoted, cueAt(k, limit: min(toks.count, k + 4))?.1.participle == true {
            return k - 1
        }
        return nil
    }

    /// `"Q," Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC`: a person's name opening the
    /// clause, a comma, and an apposition whose closing comma is missing (no other comma, at most ten words, not
    /// counting a bracketed short form: `Johnny Yu, chief of the Manila Disaster Risk Reduction and Management (DRRM)
    /// said`) before the cue.
    func nameBeforeOpenApposition(_ ni: Int, cue k: Int) -> Subj? {
        guard toks[ni].seq >= 0 else { return nil }
        let s = seqs[Int(toks[ni].seq)]
        guard s.start == ni || s.nameStart == ni, s.personLike, !toks[s.end].possessive, s.end + 2 <= k,
            k - s.end <= 16, toks[s.end + 1].isPunct(.comma)
        else { return nil }
        // (`"Q," Mr Kodua Frimpong, said.`: a stray comma between the name and a cue that ends the sentence)
        let subject = Subj(kind: .seq(Int(toks[ni].seq)), first: s.start, last: s.end)
        if s.end + 2 == k { return k + 1 < toks.count && toks[k + 1].isPeriodLike ? subject : nil }
        var words = 0
        var bracketed = false
        for j in (s.end + 2)..<k {
            if toks[j].isPunct(.comma) || toks[j].isCue || toks[j].kind == Tok.qopen { return nil }
            if toks[j].isPunct(.openParen) { bracketed = true }
            if toks[j].isPunct(.closeParen) { bracketed = false }
            if toks[j].kind == Tok.word && !bracketed { words += 1 }
        }
        guard words <= 10 else { return nil }
        return subject
    }
}
