// A quote inside a participle clause that opens its sentence (`Calling the drought "the most serious situation" in
// 25 years, Tom Vilsack predicted …`, `Reflecting on a "marvellous" service, she said …`, `While saying that "Q,"
// Murphy …`): the words are the main clause's subject's. Named `participle`, like the other participle layout (`…,
// saying "Q"`).

extension DocState {
    /// `participle` (or `pronoun`) for a quote inside a sentence-opening clause headed by a word in -ing that is no
    /// name, or by one of ``participlePrepositions`` (`while`, `after`, `before`, `when`, `by`, `without`, `upon`,
    /// `whilst`) and a lower-case word in -ing: the clause ends at the first comma after the quote, or at a comma
    /// inside its closing mark (within 30 tokens, same sentence, no other quote), and
    /// the subject opening the main clause after it must take a cue within the usual reach of
    /// ``quoteCommaNameVerb(_:from:ub:pendingCue:)`` - or, when the clause's head is itself a cue (`Calling`,
    /// `Branding`, `Warning of`), need take none: the main clause's subject is the speaker.
    mutating func openingParticipleClause(_ site: QuoteSite) -> Attribution? {
        let qo = site.open
        let sentence = Int(toks[qo].sent)
        var opening = sentFirst[sentence]
        // (`But after citing a "contentious" relationship with Bowden, White resigned`: a connective may open the
        // sentence before the clause)
        let connective = opening + 2 < qo && toks[opening].kind == Tok.word && toks[opening].flags & Lex.conj != 0
        if connective { opening += 1 }
        // (`While saying that "Q," Murphy also laid …`, `After calling it "Q", Smith walked out`: a preposition may
        // open the clause before its participle)
        let afterPreposition =
            opening + 1 < qo && toks[opening].kind == Tok.word && participlePrepositions.contains(toks[opening].hash)
            && toks[opening + 1].kind == Tok.word && !toks[opening + 1].cap
        let first = afterPreposition ? opening + 1 : opening
        let head = toks[first]
        guard first < qo, qo - first <= 20, head.kind == Tok.word, head.cap || afterPreposition || connective,
            endsWithIng(head),
            head.seq < 0 || !seqs[Int(head.seq)].personLike
        else { return nil }
        // (`Standing at 'Bull Creek', James Pearson says …`: a name quoted in a clause that says nothing is no one's
        // words)
        if !head.isCue && isTitleCased(site.index) { return nil }
        // no comma or quote between the clause's head and the quote: the quote is inside the clause
        for k in (first + 1)..<qo where toks[k].isPunct(.comma) || toks[k].kind == Tok.qclose { return nil }
        // (the comma may be inside the closing mark, as American copy writes it: `"… with us," Murphy`)
        let commaInside = !site.quote.unclosed && toks[site.close - 1].isPunct(.comma)
        var k = commaInside ? site.close : site.close + 1
        let limit = min(site.nextOpen, site.close + 31)
        while k < limit && !toks[k].isPunct(.comma) && !(commaInside && k == site.close) {
            if toks[k].isPeriodLike || toks[k].kind == Tok.qopen { return nil }
            k += 1
        }
        guard k + 1 < limit, Int(toks[k].sent) == sentence else { return nil }
        var pending: Range<Int>? = nil
        let ub = min(site.nextOpen, k + 41)
        if let found = quoteCommaNameVerb(site, from: k + 1, ub: ub, pendingCue: &pending) {
            return Attribution(
                speaker: found.speaker, cue: found.cue, rule: found.rule == .pronoun ? .pronoun : .participle)
        }
        // `Calling it a "balanced" approach, mayoral candidate Mark Sutcliffe is pushing …`: a clause headed by a cue
        // (calling, describing, branding, warning) is itself the speech; the main clause's subject is its speaker,
        // whatever that clause goes on to do
        guard head.isCue, let subject = subjectRight(k + 1, ub: ub), Int(toks[subject.last].sent) == sentence,
            let speaker = resolve(subject)
        else { return nil }
        return Attribution(
            speaker: speaker, cue: byteRange(first, first),
            rule: AttributionRule.pronounOr(.participle, subject: subject))
    }
}
