// Rules `comma-clause` and `comma-according-to`: the attribution closes the quote's sentence after a comma or dash,
// with words between the quote and it (`Talks stalled over "gaps of trust", according to the mayor.`,
// `… a "painless" merger, Ms Okafor said.`).

extension DocState {
    /// `comma-clause` (`…, X said.`), `comma-according-to` (`…, according to X.`) or `pronoun` (`…, he said.`): after
    /// a comma or dash between the closing mark and the end of its sentence, either a cue followed by its subject or
    /// a subject followed within 8 words by its cue; the clause must end the sentence (at most 6 more words, no other
    /// cue). A cue whose subject does not resolve is kept in `pendingCue`, and the search goes on.
    /// The subject may follow a description (`…, SNP depute leader Keith Brown has claimed.`). With `overQuotes`, the
    /// words quoted later in the sentence are read past (`The "appalling toxicity" of … is "tarnishing the
    /// reputation" of …, X has claimed.`: the clause ending the sentence reports every fragment in it).
    mutating func commaClause(_ site: QuoteSite, overQuotes: Bool = false, pendingCue: inout Range<Int>?)
        -> Attribution?
    {
        let q = site.quote
        let qc = site.close
        guard !q.unclosed && qc + 1 < toks.count else { return nil }
        let sEnd = sentLast[Int(toks[qc].sent)] + 1
        // (read over at most 40 tokens past the quote, so a sentence of many quotes costs linear time)
        let ub = overQuotes ? min(sEnd, max(site.nextOpen, qc + 40)) : min(sEnd, site.nextOpen)
        var later = site.index + 1
        var readOver = false
        var k = qc + 1
        while k < ub {
            if overQuotes, toks[k].kind == Tok.qopen {
                while later < quotes.count && qOpenTok[later] < k { later += 1 }
                guard later < quotes.count, qOpenTok[later] == k, !quotes[later].unclosed, qCloseTok[later] < ub else {
                    return nil
                }
                k = qCloseTok[later] + 1
                readOver = true
                continue
            }
            // (a dash opening a line is a list's bullet)
            // (`… "robbed" Dundee of all three points according to boss James McPake.`: `according to` closes the
            // sentence without a comma too)
            let bareAccordingTo = toks[k].kind == Tok.word && toks[k].hash == hAccording
            // (`"Radical intervention" needed to save Wales' town centres says minister`: a headline drops the comma
            // before the cue that ends it)
            let headlineCue =
                toks[k].para == 0 && k > qc + 1 && toks[k].kind == Tok.word && !toks[k].cap
                && cueAt(k, limit: ub)?.1.invertible == true
            if toks[k].isPunct(.comma) || (toks[k].isDash && !opensLine(k)) || bareAccordingTo || headlineCue {
                let s0 = bareAccordingTo || headlineCue ? k : k + 1
                var found: (Subj, Range<Int>, Int, Bool)? = nil
                if s0 < ub, let (len, form) = cueAt(s0, limit: ub), form.invertible || form.speakerRight,
                    !bareAccordingTo || form.speakerRight, let s = subjectRight(s0 + len, ub: ub)
                {
                    found = (s, byteRange(s0, s0 + len - 1), max(s.last, s0 + len - 1), form.speakerRight)
                } else if !bareAccordingTo {
                    var m = s0
                    while m < min(ub, s0 + 8) {
                        if toks[m].kind != Tok.word { break }
                        if let (len, form) = cueAt(m, limit: ub), !form.speakerRight, !form.participle {
                            if let s = subjectLeft(m, lb: s0, allowAppositive: false),
                                s.first == s0 || isDescription(s0, s.first)
                            {
                                found = (s, byteRange(m, m + len - 1), m + len - 1, false)
                            }
                            break
                        }
                        m += 1
                    }
                }
                if let (s, cr, endTok, right) = found {
                    var rest = 0
                    var m = endTok + 1
                    var clean = true
                    // (read over quotes, the search bound is not the sentence's end: read on to it, 40 tokens at most)
                    let restEnd = overQuotes ? min(sEnd, m + 40) : ub
                    while m < restEnd {
                        // the words of a quote after the clause are not the clause's (`…, he replied: "Q"`); past a
                        // quote read over, a clause that opens another quote is that quote's (`"Q1", particularly
                        // his "Q2", the judge said it is "Q3"`), not a clause ending the sentence
                        if overQuotes && toks[m].kind == Tok.qopen {
                            if readOver { clean = false }
                            break
                        }
                        // (`…, Nadine Dorries has said, but insisted …`: a second predicate of the same subject, after a
                        // comma and a conjunction, is no other attribution)
                        if toks[m].isPunct(.comma), m + 1 < restEnd, toks[m + 1].kind == Tok.word, !toks[m + 1].cap,
                            toks[m + 1].hash == hBut || toks[m + 1].hash == hAnd
                        {
                            break
                        }
                        // (`…, Engelhardt said, using the occasion to broadcast his general dismay`, `…, she said,
                        // adding that …`: a participle after a comma goes on with the same subject; what it says is no
                        // other attribution, however long)
                        if toks[m].isPunct(.comma), m + 1 < restEnd, toks[m + 1].kind == Tok.word, !toks[m + 1].cap,
                            endsWithIng(toks[m + 1]), !prepositionsInIng.contains(toks[m + 1].hash)
                        {
                            break
                        }
                        // (`…, Zucal said before adding directly to O'Connell, "Q"`: so does a participle after
                        // `before`, `after`, `while`)
                        if toks[m].kind == Tok.word, !toks[m].cap, participlePrepositions.contains(toks[m].hash),
                            m + 1 < restEnd, toks[m + 1].kind == Tok.word, !toks[m + 1].cap, endsWithIng(toks[m + 1])
                        {
                            break
                        }
                        // (the head of a cue phrase alone is a cue only as a verb, after a pronoun, an auxiliary or
                        // `to`: `…, says he was hit by a coin`; not `…, Johnson said in a (news) release.`, `told the
                        // Daily Express`)
                        if toks[m].kind == Tok.word {
                            rest += 1
                            if toks[m].isCue && (cueAt(m, limit: restEnd) != nil || isVerbPosition(m)) {
                                clean = false
                            }
                        }
                        m += 1
                    }
                    if m == restEnd && restEnd < sEnd && overQuotes { clean = false }
                    if clean && rest <= 6 {
                        if let sp = resolve(s) {
                            return Attribution(
                                speaker: sp, cue: cr,
                                rule: .pronounOr(right ? .commaAccordingTo : .commaClause, subject: s))
                        }
                        if pendingCue == nil { pendingCue = cr }
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether word `m` stands where a verb does: after a pronoun, an auxiliary or adverb (``Lex/skipAdv``) or `to`.
    func isVerbPosition(_ m: Int) -> Bool {
        guard m > 0, toks[m - 1].kind == Tok.word, !toks[m].cap else { return false }
        let b = toks[m - 1]
        return b.flags & (Lex.pronMale | Lex.pronFemale | Lex.pronOther | Lex.skipAdv) != 0 || b.hash == hTo
    }

    /// Whether tokens `a..<b` describe the name at `b` (`SNP depute leader`, `Unite general secretary`): at most five
    /// words, none a cue, conjunction, subordinator, pronoun or adverb, at least one a title word or a capitalised
    /// word - not the clause going on (`…, but Keith Brown said`, `…, yesterday Keith Brown said`).
    func isDescription(_ a: Int, _ b: Int) -> Bool {
        guard a < b, b - a <= 5 else { return false }
        let excluded =
            Lex.conj | Lex.subordinator | Lex.pronMale | Lex.pronFemale | Lex.pronOther | Lex.who | Lex.skipAdv
            | Lex.prep
        var describes = false
        for k in a..<b {
            let t = toks[k]
            guard t.kind == Tok.word, !t.isCue, t.flags & excluded == 0 else { return false }
            if t.cap || t.flags & Lex.title != 0 { describes = true }
        }
        return describes
    }
}
