// Rule `quote-dash-name`: `'We will fight this' - John Smith`, `"Q" – Taoiseach`, `'Q': Smith`. Headlines (and pull
// quotes opening a paragraph) name the speaker after the words, with a dash or a colon and no verb.

extension DocState {
    /// `quote-dash-name`: a closed quote in the headline, or opening its paragraph, followed by a dash or a colon and
    /// then at most six words that end the paragraph (a full stop aside): a person's name among them ending them
    /// (`- council leader John Smith`), or, in the headline, one role word that the body gives a person (`- Taoiseach`;
    /// longer descriptions are left alone: `UKIP MEP` names no one MEP).
    mutating func quoteDashName(_ site: QuoteSite) -> Attribution? {
        let close = site.close
        guard !site.quote.unclosed, close + 2 < toks.count else { return nil }
        let para = Int(toks[site.open].para)
        guard para == 0 || paraFirstTok[para] == site.open, Int(toks[close + 1].para) == para,
            toks[close + 1].isDash || toks[close + 1].isPunct(.colon)
        else { return nil }
        let first = close + 2
        var last = min(paraLastTok[para], toks.count - 1)
        if toks[last].isPeriodLike { last -= 1 }
        guard last >= first, last - first <= 5, (first...last).allSatisfy({ toks[$0].kind == Tok.word }) else {
            return nil
        }
        if toks[last].seq >= 0 {
            let si = Int(toks[last].seq)
            let s = seqs[si]
            if s.end == last, s.start >= first, s.personLike, !s.place,
                let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end))
            {
                return Attribution(speaker: sp, cue: nil, rule: .quoteDashName)
            }
        }
        if para == 0, first == last, let sp = resolve(Subj(kind: .np(first, last), first: first, last: last)),
            sp.seq >= 0
        {
            return Attribution(speaker: sp, cue: nil, rule: .quoteDashName)
        }
        return nil
    }
}
