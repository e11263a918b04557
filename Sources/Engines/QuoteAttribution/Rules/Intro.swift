// Rule `intro`: `Josh Earnest reiterated the council's caution.` then `"We have a test case…"`. The sentence before a
// quote names the speaker with a cue but quotes nothing itself, so the quote that follows is what it introduces.

extension DocState {
    /// `intro`: quote `qi` opens a sentence; the sentence before it (in this paragraph, or ending the previous one
    /// when the quote opens a paragraph) contains no quote (but names: ``isNaming(_:)``, ``isTitleCased(_:)``) and
    /// has a non-participle cue whose subject resolves. The first cue with a subject decides: if that subject does not
    /// resolve, there is no intro (a passive cue, which has none, does not decide).
    ///
    /// Also `Osbourne himself was at a loss to explain it: "Q"`: a quote right after a colon, in a sentence whose
    /// opening subject is a person (or he/she) and that names no other person and has no cue (but an infinitive:
    /// `to explain`) before the colon.
    mutating func intro(_ qi: Int) -> Attribution? {
        let qo = qOpenTok[qi]
        if qo >= 2, toks[qo - 1].isPunct(.colon), let s = sentenceOpeningSubject(before: qo - 1, lb: 0),
            s.isPronoun || s.sequence.map({ seqs[$0].personLike }) == true,
            !personNamed(from: s.last + 1, to: qo - 1),
            !((s.last + 1)..<(qo - 1)).contains(where: { toks[$0].isCue && toks[$0 - 1].hash != hTo }),
            let sp = resolve(s)
        {
            return Attribution(speaker: sp, cue: nil, rule: .intro)
        }
        let para = Int(toks[qo].para)
        let paraStart = paraFirstTok[para] == qo
        let sentenceStart = sentFirst[Int(toks[qo].sent)] == qo
        guard sentenceStart, qo >= 1 else { return nil }
        let last = qo - 1
        let lastPara = Int(toks[last].para)
        guard lastPara == para || (paraStart && lastPara == para - 1) else { return nil }
        let sFirst = sentFirst[Int(toks[last].sent)]
        // (a name quoted inside it is no quote of its own: `an operation called 'Buya Mthetho'`, `at 'Bull Creek'`,
        // as Australian copy writes a station's name; nor a nickname inside a name: `Coach Jacob "Ghost" Mulee`)
        var c = sFirst
        while c <= last {
            let inside = Int(toks[c].quote)
            if inside >= 0 {
                if !isNaming(qOpenTok[inside]) && !isTitleCased(inside) && !isNickname(inside) { return nil }
                c = max(c, qCloseTok[inside]) + 1  // (each quote looked at once)
                continue
            }
            c += 1
        }
        c = sFirst
        while c <= last {
            if toks[c].kind == Tok.word, let (len, form) = cueAt(c, limit: last + 1), !form.participle {
                var s = form.speakerRight ? subjectRight(c + len, ub: last + 1) : subjectLeft(c, lb: sFirst)
                if s == nil && form.invertible { s = subjectRight(c + len, ub: last + 1) }
                // `Joseph Matovu, the Nansana Division chairperson denies claims`: the name before an apposition whose
                // closing comma is missing
                if let found = s, case .np = found.kind, !form.speakerRight,
                    let named = nameBeforeOpenApposition(sFirst, cue: c) ?? nameBeforeRelativeClause(sFirst, cue: c)
                {
                    s = named
                }
                if let s = s {
                    if form.weak && !touches(s, cue: c) {
                        c += 1
                        continue
                    }
                    // (a weak form after a name that a preposition and an article govern is a noun: `In reply to a
                    // Dáil question, Enda Kenny said …`)
                    if form.weak, case .seq(let si) = s.kind, seqs[si].afterDet, followsPrepositionAndArticle(s.first) {
                        c += 1
                        continue
                    }
                    if let sp = resolve(s) {
                        return Attribution(speaker: sp, cue: byteRange(c, c + len - 1), rule: .intro)
                    }
                    // (`The fact that … has been noted internationally, Mayor Valérie Plante said.`: a passive cue
                    // names no one and leaves the decision to the cue after it)
                    if case .unknown = s.kind, toks[s.first].hash != hIt {
                        c += 1
                        continue
                    }
                    return nil
                }
            }
            c += 1
        }
        return introducedPerson(qi, last: last)
    }

    /// `Re-treading worker Mark Lewis, 53, has worked at the site for 37 years.` ¶ `"It's a sad time. …"`: a
    /// paragraph of quoted words only, after a paragraph whose last sentence (or, when the paragraph names no one
    /// else, first sentence) opens with a person (or he/she) and names no one else: that person is who the article
    /// introduced to speak. (Local papers and features introduce each interviewee this way.)
    ///
    /// So is a quote opening a sentence inside a paragraph whose sentence before it opens with the person and names no
    /// one else (`Mayor Ann Lee was angry. "This is wrong."`), when the paragraph holds quoted words only from the
    /// quote on.
    mutating func introducedPerson(_ qi: Int, last: Int) -> Attribution? {
        let qo = qOpenTok[qi]
        let para = Int(toks[qo].para)
        if paraFirstTok[para] != qo, Int(toks[last].para) == para, toks[last].isPeriodLike,
            let s = personOpening(sentenceEndingAt: last, through: last), onlyQuotedWords(from: qo, in: para),
            let sp = resolve(s), !s.isDescription || sp.seq >= 0
        {
            return Attribution(speaker: sp, cue: nil, rule: .intro)
        }
        guard paraFirstTok[para] == qo, Int(toks[last].para) == para - 1,
            // the paragraph's last sentence, else its first when the paragraph names no one else (`He closed for
            // eight weeks. But this time he has been refused.` ¶ `"Q"`: the paragraph is about him throughout)
            let s = personOpening(sentenceEndingAt: last, through: last)
                ?? personOpeningTheLastClause(ofSentenceEndingAt: last)
                ?? personOpening(sentenceEndingAt: sentLast[Int(toks[paraFirstTok[para - 1]].sent)], through: last)
        else { return nil }
        // (the quote's paragraph holds quoted words only: any word of the writer's there (`"Q," his obituary
        // reads`) may attribute it otherwise)
        guard onlyQuotedWords(from: qo, in: para) else { return nil }
        // (a description counts only when it resolves to a person the article named)
        guard let sp = resolve(s), !s.isDescription || sp.seq >= 0 else { return nil }
        return Attribution(speaker: sp, cue: nil, rule: .intro)
    }

    /// Whether paragraph `para` holds no word of the writer's from token `qo` on (at most 400 tokens looked at).
    func onlyQuotedWords(from qo: Int, in para: Int) -> Bool {
        var k = qo
        let end = min(paraLastTok[para], qo + 400)
        while k <= end {
            if toks[k].quote < 0 && toks[k].kind == Tok.word { return false }
            k += 1
        }
        return true
    }

    /// The person, he/she or description of a person (`The Springbok coach was full of praise …`:
    /// ``openingDescription(before:lb:)``) opening the sentence that ends at token `end`, when no other person is
    /// named from there to token `last`; not a possessor (`Smith's lawyer …`).
    func personOpening(sentenceEndingAt end: Int, through last: Int) -> Subj? {
        let lb = sentFirst[Int(toks[end].sent)]
        let opening = sentenceOpeningSubject(before: end, lb: lb, wholeSentence: true)
        guard
            let s = describedThenNamed(before: end, lb: lb) ?? opening ?? openingDescription(before: end, lb: lb)
                ?? possessiveOpening(before: end, lb: lb),
            s.isPronoun || s.isDescription
                || s.sequence.map({ seqs[$0].personLike && !toks[seqs[$0].end].possessive }) == true,
            !personNamed(from: afterANickname(s.last + 1), to: last + 1)
        else { return nil }
        return s
    }

    /// `Coach Jacob "Ghost" Mulee`: past a nickname at token `k` and the rest of the name after it (the same person);
    /// `k` itself when no nickname opens there.
    func afterANickname(_ k: Int) -> Int {
        guard k < toks.count, toks[k].quote >= 0 else { return k }
        let qi = Int(toks[k].quote)
        guard qOpenTok[qi] == k, isNickname(qi), toks[qCloseTok[qi] + 1].seq >= 0 else { return k }
        return seqs[Int(toks[qCloseTok[qi] + 1].seq)].end + 1
    }

    /// `There was much comment about their fitness and Cody was happy to share the credit.`: the person opening the
    /// sentence's last clause after `and` or `but`, when that person is the only one the sentence names and a verb
    /// follows - the sentence ends by introducing him or her, as one opening with the person does
    /// (``personOpening(sentenceEndingAt:through:)``).
    func personOpeningTheLastClause(ofSentenceEndingAt end: Int) -> Subj? {
        let first = sentFirst[Int(toks[end].sent)]
        guard
            let joint = (first..<end).last(where: {
                toks[$0].kind == Tok.word && !toks[$0].cap && toks[$0].quote < 0
                    && (toks[$0].hash == hAnd || toks[$0].hash == hBut)
            }),
            joint > first, !personNamed(from: first, to: joint), joint + 1 < end, toks[joint + 1].seq >= 0
        else { return nil }
        let si = Int(toks[joint + 1].seq)
        let s = seqs[si]
        guard s.start == joint + 1, s.personLike, !s.inQuote, !toks[s.end].possessive, s.end + 1 < end,
            toks[s.end + 1].kind == Tok.word, !toks[s.end + 1].cap,
            toks[s.end + 1].flags & (Lex.prep | Lex.conj | Lex.det) == 0,
            !personNamed(from: s.end + 1, to: end + 1)
        else { return nil }
        return Subj(kind: .seq(si), first: s.start, last: s.end)
    }

    /// `The leader of Highland Council, Margaret Davidson, was unimpressed with the proposal.`, `Another resident, Afsha
    /// Noori, who lives in Abu Hail could see the smoke`: a description opening the sentence (an article or a
    /// possessive, then at most eight words and no cue), then a person's name between commas - the name is the
    /// sentence's subject.
    func describedThenNamed(before end: Int, lb: Int) -> Subj? {
        let k = subjectStart(before: end, lb: lb)
        guard k < end, toks[k].kind == Tok.word,
            toks[k].hash == hThe || toks[k].possessive || indefiniteHashes.contains(toks[k].hash),
            let comma = (k + 1..<min(end, k + 10)).first(where: { toks[$0].isPunct(.comma) }), allWords(k, comma),
            comma + 1 < end, toks[comma + 1].seq >= 0
        else { return nil }
        let si = Int(toks[comma + 1].seq)
        let s = seqs[si]
        guard s.start == comma + 1, s.personLike, !s.inQuote, !toks[s.end].possessive, s.end + 1 < end,
            toks[s.end + 1].isPunct(.comma)
        else { return nil }
        return Subj(kind: .seq(si), first: s.start, last: s.end)
    }

    /// `His plant, a "centre of excellence" …, is recruiting more staff.`: his or her and a lower-case noun opening the
    /// sentence make it about him or her - the pronoun, standing for the person.
    func possessiveOpening(before end: Int, lb: Int) -> Subj? {
        let k = subjectStart(before: end, lb: lb)
        guard k + 1 < end, toks[k].kind == Tok.word, toks[k + 1].kind == Tok.word, !toks[k + 1].cap,
            toks[k].hash == hHis || toks[k].hash == hHer
        else { return nil }
        return Subj(kind: .pronoun(k, male: toks[k].hash == hHis), first: k, last: k)
    }

    /// `Opposition MP, Mosese Bulitavu who served in the last term claims …`: the person opening the sentence, right
    /// before a `who` whose clause runs to the cue without commas (at most 20 tokens, no other person or cue): the
    /// cue's subject is the person, not the noun ending the relative clause.
    func nameBeforeRelativeClause(_ first: Int, cue c: Int) -> Subj? {
        guard let opening = sentenceOpeningSubject(before: c, lb: first), case .seq(let si) = opening.kind else {
            return nil
        }
        let s = seqs[si]
        let who = s.end + 1
        guard s.personLike, who < c, c - who <= 20, toks[who].kind == Tok.word, !toks[who].cap,
            toks[who].flags & Lex.who != 0, !personNamed(from: who + 1, to: c)
        else { return nil }
        for k in (who + 1)..<c where toks[k].isPunct(.comma) || toks[k].isCue || toks[k].kind == Tok.qopen {
            return nil
        }
        return opening
    }

    /// Whether a person-like name (outside quotes) starts in tokens `a..<b`.
    func personNamed(from a: Int, to b: Int) -> Bool {
        var si = seqsStarting(before: a)
        while si < seqs.count && seqs[si].start < b {
            if seqs[si].personLike && !seqs[si].inQuote { return true }
            si += 1
        }
        return false
    }
}
