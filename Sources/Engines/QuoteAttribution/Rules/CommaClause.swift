// Rules `comma-clause` and `comma-according-to`: the attribution closes the quote's sentence after a comma or dash,
// with words between the quote and it (`Talks stalled over "gaps of trust", according to the mayor.`,
// `… a "painless" merger, Ms Okafor said.`).

extension DocState {
    /// `comma-clause` (`…, X said.`), `comma-according-to` (`…, according to X.`) or `pronoun` (`…, he said.`): after
    /// a comma or dash between the closing mark and the end of its sentence, either a cue followed by its subject or
    /// a subject followed within 8 words by its cue; the clause must end the sentence (at most 6 more words, no other
    /// cue). A cue whose subject does not resolve is kept in `pendingCue`, and the search goes on.
    mutating func commaClause(_ site: QuoteSite, pendingCue: inout Range<Int>?) -> Attribution? {
        let q = site.quote
        let qc = site.close
        guard !q.unclosed && qc + 1 < toks.count else { return nil }
        let sEnd = sentLast[Int(toks[qc].sent)] + 1
        let ub = min(sEnd, site.nextOpen)
        var k = qc + 1
        while k < ub {
            // (a dash opening a line is a list's bullet)
            if toks[k].isPunct(.comma) || (toks[k].isDash && !opensLine(k)) {
                let s0 = k + 1
                var found: (Subj, Range<Int>, Int, Bool)? = nil
                if s0 < ub, let (len, form) = cueAt(s0, limit: ub), form.invertible || form.speakerRight,
                    let s = subjectRight(s0 + len, ub: ub)
                {
                    found = (s, byteRange(s0, s0 + len - 1), max(s.last, s0 + len - 1), form.speakerRight)
                } else {
                    var m = s0
                    while m < min(ub, s0 + 8) {
                        if toks[m].kind != Tok.word { break }
                        if let (len, form) = cueAt(m, limit: ub), !form.speakerRight, !form.participle {
                            if let s = subjectLeft(m, lb: s0, allowAppositive: false), s.first == s0 {
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
                    while m < ub {
                        if toks[m].kind == Tok.word {
                            rest += 1
                            if toks[m].isCue { clean = false }
                        }
                        m += 1
                    }
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
}
