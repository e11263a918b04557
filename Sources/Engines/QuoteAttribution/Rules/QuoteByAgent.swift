// Rule `quote-by-agent`: `branded a "liar" by the Tories`, `described as "reckless" by Ms Okafor`. The speaker is the
// agent of a passive verb of saying; without this rule the quote would be a scare quote with no speaker.

extension DocState {
    /// `quote-by-agent`: `by` right after the closing mark, an -ed word among the three tokens before the opening
    /// mark, and a non-pronoun subject after `by` within the paragraph.
    mutating func quoteByAgent(_ site: QuoteSite) -> Attribution? {
        let q = site.quote
        let qo = site.open
        let qc = site.close
        guard !q.unclosed && qc + 2 < toks.count && toks[qc + 1].kind == Tok.word && toks[qc + 1].hash == hBy else {
            return nil
        }
        var hasPassive = false
        var k = qo - 1
        while k >= 0 && k >= qo - 3 {
            let t = toks[k]
            if t.kind == Tok.word && t.end - t.start > 3 && endsWith(p, t, "ed") { hasPassive = true }
            k -= 1
        }
        let ub = min(paraLastTok[Int(toks[qc].para)] + 1, site.nextOpen)
        if hasPassive, let s = subjectRight(qc + 2, ub: ub), !s.isPronoun, let sp = resolve(s) {
            return Attribution(speaker: sp, cue: nil, rule: .quoteByAgent)
        }
        return nil
    }
}
