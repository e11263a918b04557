// Rule `name-colon`: `Obama: "Gaps of trust" remain`, `Smith: "We will win"`. Headlines and transcripts put the
// speaker's name and a colon before the words, with no verb.

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
}
