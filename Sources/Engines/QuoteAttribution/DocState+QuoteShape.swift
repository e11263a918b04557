// What a quote looks like on its own: its content, whether it reads as speech, and the shapes that make it a term
// rather than someone's words (`known as "X"`, `'chip and pin' cards`). Rules consult these before guessing a speaker.

import People

extension DocState {
    /// The bytes inside the marks; an unclosed quote's content stops before trailing whitespace.
    func contentRange(_ q: RawQuote) -> Range<Int> {
        var s = q.open + q.openLen
        var e = q.close
        if q.unclosed {
            while e > s && spaceLen(p, e - 1, p.count) > 0 { e -= 1 }
        }
        if s > e { s = e }
        return s..<e
    }

    /// Whether a quote reads as someone's words rather than a quoted term: unclosed or multi-paragraph quotes, five
    /// words or more, or at least two words ending in `.` `!` `?` ("No pain, no gain."). Decides speech vs scare when no
    /// cue is found.
    func looksLikeSpeech(_ q: RawQuote) -> Bool {
        if q.unclosed || q.lastPara != q.para { return true }
        let r = contentRange(q)
        let w = countWords(p, r)
        if w >= 5 { return true }
        // terminal punctuation at the end of the content ("No pain, no gain."; "Everything." as a sentence of its own
        // right after the speaker's last words)
        var e = r.upperBound - 1
        while e >= r.lowerBound && p[e] == .space { e -= 1 }
        if e >= r.lowerBound, w >= 1, p[e] == .period || p[e] == .exclamation || p[e] == .question {
            return w >= 2 || endsItsParagraph(q)
        }
        return false
    }

    /// Whether nothing but spaces follows the quote's closing mark in its paragraph.
    func endsItsParagraph(_ q: RawQuote) -> Bool {
        guard q.closeLen > 0, q.lastPara < paras.count else { return false }
        var i = q.close + q.closeLen
        let end = paras[q.lastPara].upperBound
        while i < end && (p[i] == .space || p[i] == 0x0A || p[i] == 0x0D) { i += 1 }
        return i >= end
    }

    /// A quote introduced as a name: known as "X", called "X", entitled "X". Not `called "for a budget strategy …"`,
    /// `called "on ministers to act"`, `called "to wish her every success"`: the quote opens with the particle of
    /// `call for` / `call on` or an infinitive, and what follows is the subject's words.
    func isNaming(_ qo: Int) -> Bool {
        guard qo >= 1, toks[qo - 1].kind == Tok.word else { return false }
        let h = toks[qo - 1].hash
        // (nor `called "to wish her every success"`: an infinitive, the purpose of a call, is no name)
        if h == hCalled, qo + 1 < toks.count, toks[qo + 1].kind == Tok.word, !toks[qo + 1].cap,
            toks[qo + 1].hash == hFor || toks[qo + 1].hash == hOn || toks[qo + 1].hash == hTo
        {
            return false
        }
        if namingHashes.contains(h) { return !isWhatClause(verb: qo - 1) }
        if h == hAs && qo >= 2 && toks[qo - 2].kind == Tok.word {
            let v = toks[qo - 2].hash
            if asNamingHashes.contains(v) { return !isWhatClause(verb: qo - 2) }
            // passive "is described as", "was branded as"
            if qo >= 3 && toks[qo - 3].kind == Tok.word && beHashes.contains(toks[qo - 3].hash) && cues[v] != nil {
                return true
            }
            // (`known to colleagues as "Tad"`, `known by friends as "X"`, `known in the town as "X"`: a phrase
            // between the verb of naming and `as`)
            if let n = ((max(0, qo - 6))..<(qo - 2)).last(where: { asNamingHashes.contains(toks[$0].hash) }),
                toks[n + 1].hash == hTo || toks[n + 1].hash == hBy || toks[n + 1].hash == hIn,
                ((n + 1)..<(qo - 1)).allSatisfy({ toks[$0].kind == Tok.word })
            {
                return !isWhatClause(verb: n)
            }
        }
        return false
    }

    /// `for what he called "inappropriate comments"`, `what Ms Lee has branded "a farce"`, `the comment which he
    /// called "childish"`, `people who Pappas labelled as "members"`: `what`, `which`, `that`, `who` or `whom`, then a
    /// subject of at most four words, then the verb of naming -
    /// the subject's judgement, reported in its words, not a name. Not a passive (`what is called "X"`, `which has
    /// been dubbed "X"`: any form of `be` between).
    func isWhatClause(verb v: Int) -> Bool {
        var k = v - 1
        while k >= 0 && v - k <= 5 {
            let t = toks[k]
            guard t.kind == Tok.word, !beHashes.contains(t.hash) else { return false }
            if t.hash == hWhat || t.hash == hWhich || t.hash == hThat || t.hash == hWho || t.hash == hWhom {
                return k < v - 1
            }
            k -= 1
        }
        return false
    }

    /// `Clarence "Sweets" Mobley`: one or two capitalised words quoted between two capitalised words of a name - a
    /// nickname, never anyone's words.
    func isNickname(_ qi: Int) -> Bool {
        let q = quotes[qi]
        guard !q.unclosed else { return false }
        let qo = qOpenTok[qi]
        let qc = qCloseTok[qi]
        guard qo >= 1, qc + 1 < toks.count, qc - qo - 1 >= 1, qc - qo - 1 <= 2 else { return false }
        let before = toks[qo - 1]
        let after = toks[qc + 1]
        guard before.kind == Tok.word, before.cap, !before.allCaps, after.kind == Tok.word, after.cap, !after.allCaps,
            before.para == after.para
        else { return false }
        for k in (qo + 1)..<qc where toks[k].kind != Tok.word || !toks[k].cap { return false }
        return true
    }

    /// A short fragment used as a modifier: 'chip and pin' cards, 'blunt' meeting.
    func isModifierFragment(_ qi: Int) -> Bool {
        let q = quotes[qi]
        if q.unclosed { return false }
        let qc = qCloseTok[qi]
        guard qc + 1 < toks.count, toks[qc + 1].para == toks[qc].para else { return false }
        if countWords(p, contentRange(q)) > 3 { return false }
        let inner = toks[qc - 1]
        if inner.kind != Tok.word { return false }
        if endsWithIng(inner) { return false }  // "rushing"
        let qo = qOpenTok[qi]
        if qo >= 1 && toks[qo - 1].isPunct(.colon) { return false }
        // `the bill would "gut" rural hospitals`: after an auxiliary the quote is a verb, not a modifier
        if qo >= 1 && toks[qo - 1].kind == Tok.word && toks[qo - 1].flags & Lex.skipAdv != 0
            && !endsWithLy(toks[qo - 1])
        {
            return false
        }
        let nx = toks[qc + 1]
        // `had "no idea" whether …`: a clause follows, so the quote is an object, not a modifier of a noun
        if nx.flags & Lex.subordinator != 0 { return false }
        return nx.kind == Tok.word && !nx.cap
            && nx.flags
                & (Lex.prep | Lex.conj | Lex.det | Lex.skipAdv | Lex.pronOther | Lex.pronMale | Lex.pronFemale
                    | Lex.stopCap) == 0
            && cues[nx.hash] == nil && !isASCIIDigit(nx.firstByte)
    }
}
