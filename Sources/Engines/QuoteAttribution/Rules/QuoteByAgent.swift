// Rule `quote-by-agent`: `branded a "liar" by the Tories`, `described as "reckless" by Ms Okafor`, `described by Ms
// Okafor as "reckless"`. The speaker is the agent of a passive verb of saying; without this rule the quote would be a
// scare quote with no speaker.

import People

extension DocState {
    /// `quote-by-agent`: `by` right after the closing mark (or after quotes coordinated with this one: `described as
    /// "irresponsible" and "outrageous" by the IHRC`), an -ed word among the three tokens before the opening mark (or
    /// a verb of accusing and its `of` or `for` among the seven), and a non-pronoun subject after `by` within the
    /// paragraph.
    mutating func quoteByAgent(_ site: QuoteSite) -> Attribution? {
        let q = site.quote
        let qo = site.open
        guard !q.unclosed else { return nil }
        let qc = lastCoordinatedClose(from: site.close)
        guard qc + 2 < toks.count && toks[qc + 1].kind == Tok.word else { return nil }
        // (`the tags of "most shabulized" uttered by the acid-tongued Pres. Rodrigo Duterte`, `the phrase "Q" coined
        // by …`: a participle of saying between the closing mark and `by` makes the passive itself)
        // (an auxiliary may stand before the participle: `the term "ghost town" was coined by …`)
        let participle = qc + 2 < toks.count && beHashes.contains(toks[qc + 1].hash) ? qc + 2 : qc + 1
        let saidBy =
            participle + 2 < toks.count && toks[participle].kind == Tok.word && !toks[participle].cap
            && sayingParticiplesBeforeBy.contains(toks[participle].hash) && toks[participle + 1].kind == Tok.word
            && toks[participle + 1].hash == hBy
        let by = saidBy ? participle + 1 : qc + 1
        guard toks[by].hash == hBy else { return nil }
        var hasPassive = saidBy
        var k = qo - 1
        while !hasPassive && k >= 0 && k >= qo - 3 {
            let t = toks[k]
            if t.kind == Tok.word && t.end - t.start > 3 && endsWith(p, t, "ed") { hasPassive = true }
            k -= 1
        }
        // (or a verb of accusing before `of` or `for` a few words further back, in the sentence: `He was accused of
        // spin and "playing the blame game" by the leader of the Liberal Democrats`)
        let lb = sentFirst[Int(toks[qo].sent)]
        while !hasPassive && k >= lb && k >= qo - 7 {
            if accusingParticiples.contains(toks[k].hash), toks[k + 1].hash == hOf || toks[k + 1].hash == hFor {
                hasPassive = true
            }
            k -= 1
        }
        let ub = min(paraLastTok[Int(toks[qc].para)] + 1, nextTopOpen(afterToken: qc))
        guard hasPassive else { return nil }
        // (a description that a name closes is that person: `by the leader of the Liberal Democrats David Faulkner.`)
        if let named = personClosingADescription(from: by + 1, ub: ub) {
            return Attribution(speaker: personSpeaker(named), cue: nil, rule: .quoteByAgent)
        }
        if let s = subjectRight(by + 1, ub: ub), !s.isPronoun, let sp = resolve(s) {
            return Attribution(speaker: sp, cue: nil, rule: .quoteByAgent)
        }
        return nil
    }

    /// `the leader of the Liberal Democrats David Faulkner.`: a lower-case description opening at `from` with `the`
    /// (its words, `of` and capitalised names of bodies or places, at most twelve tokens) whose last words, before
    /// the clause ends, are a person's name. Nil otherwise.
    func personClosingADescription(from: Int, ub: Int) -> Int? {
        guard from < ub, toks[from].hash == hThe, !toks[from].cap else { return nil }
        var k = from + 1
        // (a hyphen joins the words of a compound adjective: `the acid-tongued Pres. Rodrigo Duterte`)
        while k < ub, k - from <= 12,
            toks[k].kind == Tok.word || (toks[k].isPunct(.hyphen) && toks[k - 1].kind == Tok.word),
            toks[k].sent == toks[from].sent
        {
            if toks[k].seq >= 0 {
                let s = seqs[Int(toks[k].seq)]
                if s.personLike, !s.inQuote, !toks[s.end].possessive,
                    s.end + 1 >= ub || toks[s.end + 1].kind != Tok.word
                {
                    return Int(toks[k].seq)
                }
                k = s.end + 1
                continue
            }
            if toks[k].isCue || toks[k].flags & (Lex.who | Lex.pronMale | Lex.pronFemale) != 0 { return nil }
            k += 1
        }
        return nil
    }

    /// `quote-by-agent` with the agent before the description: `described by police Chief Harold Medina as a
    /// convicted felon with "an extensive criminal history"`, `was branded by the judge as "reckless"`. A naming
    /// participle (``passiveNamingParticiples``), `by`, the agent (a name or a description, no pronoun), then `as` and
    /// at most eight more words before the opening mark, in the quote's sentence.
    mutating func quoteByAgentBeforeAs(_ site: QuoteSite) -> Attribution? {
        let qo = site.open
        let lb = sentFirst[Int(toks[qo].sent)]
        var asAt = qo - 1
        while asAt >= lb, qo - asAt <= 9, toks[asAt].kind == Tok.word, toks[asAt].hash != hAs { asAt -= 1 }
        guard asAt > lb, qo - asAt <= 9, toks[asAt].kind == Tok.word, toks[asAt].hash == hAs, !toks[asAt].cap else {
            return nil
        }
        var by = asAt - 1
        while by > lb, asAt - by <= 7, toks[by].kind == Tok.word, toks[by].hash != hBy { by -= 1 }
        guard by > lb, by + 1 < asAt, toks[by].kind == Tok.word, toks[by].hash == hBy,
            passiveNamingParticiples.contains(toks[by - 1].hash),
            let s = subjectRight(by + 1, ub: asAt), !s.isPronoun, s.last + 1 == asAt, let sp = resolve(s)
        else { return nil }
        return Attribution(speaker: sp, cue: nil, rule: .quoteByAgent)
    }

    /// The closing mark of the last quote in a chain of quotes joined by `and`, `or` or commas that starts with the
    /// quote closing at token `close` (at most four more quotes).
    func lastCoordinatedClose(from close: Int) -> Int {
        var end = close
        var steps = 0
        while steps < 4, end + 2 < toks.count {
            let join = toks[end + 1]
            let joins =
                join.isPunct(.comma) || (join.kind == Tok.word && !join.cap && (join.hash == hAnd || join.hash == hOr))
            let open = toks[end + 2]
            guard joins, open.kind == Tok.qopen, open.quote >= 0, !quotes[Int(open.quote)].unclosed else { break }
            end = qCloseTok[Int(open.quote)]
            steps += 1
        }
        return end
    }

    /// Opening mark token of the first top-level quote after token `t`, or the token count.
    func nextTopOpen(afterToken t: Int) -> Int {
        var k = t + 1
        while k < toks.count {
            if toks[k].kind == Tok.qopen && toks[k].quote >= 0 { return k }
            k += 1
        }
        return toks.count
    }
}

/// Participles of saying that stand between a quote and the `by` of its speaker (`"Q" uttered by …`).
let sayingParticiplesBeforeBy: Set<UInt64> = Set(
    ["uttered", "coined", "spoken", "voiced", "said", "tweeted"].map { foldedHash($0) })
