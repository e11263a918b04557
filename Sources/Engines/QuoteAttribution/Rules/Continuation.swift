// Rule `continuation`: news writes a speaker's words as several quotes and names the speaker once
// (`"Q1," said X. "Q2."`, or `"Q2."` opening the next paragraph). A quote with no cue of its own takes the previous
// quote's speaker unless another person is named in between.

extension DocState {
    /// `continuation`: the previous top-level quote `prevTop` had a speaker and
    /// - ends in the same sentence as this one opens, with no cue between them that has its own subject; or
    /// - (for quotes that read as speech) ends in the same paragraph with this quote opening a sentence, or ends the
    ///   previous paragraph, or the paragraph before a narrative aside (``isNarrativeAside(_:)``), with this quote
    ///   opening the paragraph;
    /// and no other person (by canonical name) is mentioned between the two quotes.
    mutating func continuation(_ qi: Int, prevTop: Int, speakers: [Speaker?]) -> Attribution? {
        let qo = qOpenTok[qi]
        let para = Int(toks[qo].para)
        // (`Adding: "Q"`: a cue word and a colon opening the paragraph before the quote go on with the speaker)
        let first = paraFirstTok[para]
        let paraStart =
            first == qo
            || (first + 2 == qo && toks[first].kind == Tok.word && toks[first].isCue
                && toks[qo - 1].isPunct(.colon))
        if prevTop >= 0, let sp = speakers[prevTop], qCloseTok[prevTop] < qo,
            toks[qCloseTok[prevTop]].sent == toks[qo].sent, !quotes[prevTop].unclosed
        {
            let pc = qCloseTok[prevTop]
            var cueBetween = false
            for k in (pc + 1)..<qo where toks[k].isCue {
                guard let (len, _) = cueAt(k, limit: qo) else { continue }
                // a cue with its own subject introduces another speaker; `the "X" Labour promised` does not, nor
                // one in a relative clause on the reported clause's subject (`and said those who had spoken in
                // favour have been subjected to "Q"`)
                if let s = subjectLeft(k, lb: pc + 1), s.first > pc + 1,
                    !opensARestrictiveRelative(s.first, cueEnd: k + len, qo: qo)
                {
                    cueBetween = true
                }
            }
            if !cueBetween && !personIntervenes(from: pc + 1, to: qo, except: sp.canonicalKey) {
                return Attribution(speaker: sp, cue: nil, rule: .continuation)
            }
        }
        // across sentences only quotes that look like speech continue a speaker ("Gaming widows" has become …)
        guard looksLikeSpeech(quotes[qi]) else { return nil }
        if let a = addingToTheParagraphBefore(qi) { return a }
        if prevTop >= 0 {
            let pc = qCloseTok[prevTop]
            let prevLastPara = Int(toks[min(max(pc - (quotes[prevTop].unclosed ? 1 : 0), 0), toks.count - 1)].para)
            let sentenceStart = sentFirst[Int(toks[qo].sent)] == qo || pc == qo - 1
            if let sp = speakers[prevTop],
                (prevLastPara == para && sentenceStart) || (paraStart && prevLastPara == para - 1)
                    || (paraStart && prevLastPara == para - 2 && isNarrativeAside(para - 1)
                        && !speakerFollows(qi) && !names(sp, inQuote: qi))
            {
                if !personIntervenes(from: pc + 1, to: qo, except: sp.canonicalKey) {
                    return Attribution(speaker: sp, cue: nil, rule: .continuation)
                }
            }
        }
        return nil
    }

    /// `Adam Price said that times in Wales are changing.` ¶ `Adding: "Q"`, `Kiragu stated …` ¶ `Adding that, "Q"`: a
    /// paragraph opening with a participle cue (`Adding`, `Continuing`) and a colon, or `that` and maybe a comma,
    /// right before the quote goes on with the person whose cue the paragraph before reported last - whether or not
    /// that paragraph quoted them (the previous quote's speaker is ``continuation(_:prevTop:speakers:)``'s first
    /// answer).
    mutating func addingToTheParagraphBefore(_ qi: Int) -> Attribution? {
        let qo = qOpenTok[qi]
        let para = Int(toks[qo].para)
        let first = paraFirstTok[para]
        guard para > 1, qo - first >= 2, qo - first <= 3, toks[first].kind == Tok.word, toks[first].isCue,
            endsWithIng(toks[first]),
            toks[qo - 1].isPunct(.colon) || toks[qo - 1].isPunct(.comma)
                || toks[qo - 1].hash == hThat,
            qo - first == 2 || (toks[first + 1].hash == hThat && toks[qo - 1].isPunct(.comma))
        else { return nil }
        let lo = paraFirstTok[para - 1]
        var k = paraLastTok[para - 1]
        while k >= lo {
            if toks[k].isCue, toks[k].quote < 0, let (_, form) = cueAt(k, limit: paraLastTok[para - 1] + 1),
                !form.participle, !form.speakerRight, let s = subjectLeft(k, lb: lo), let sp = resolve(s)
            {
                return Attribution(speaker: sp, cue: byteRange(first, first), rule: .continuation)
            }
            k -= 1
        }
        return nil
    }

    /// Whether a person other than `key` is mentioned (outside quotes) in tokens `a..<b`. Mentions in the sentence
    /// that ends the previous quote are its own attribution clause (`"Q1," said X, Y's deputy.`) and do not count.
    mutating func personIntervenes(from a: Int, to b: Int, except key: String) -> Bool {
        guard a < b else { return false }
        let skipSent = toks[a - 1].sent  // mentions in the previous quote's own attribution clause do not count
        var lo = 0
        var hi = seqs.count
        while lo < hi {
            let m = (lo + hi) >> 1
            if seqs[m].start < a { lo = m + 1 } else { hi = m }
        }
        var si = lo
        while si < seqs.count && seqs[si].start < b {
            if seqs[si].personLike && !seqs[si].inQuote && toks[seqs[si].start].sent != skipSent {
                if canonical(si).0 != key { return true }
            }
            si += 1
        }
        return false
    }

    /// Whether a cue, a person or a description stands after quote `qi` in its paragraph (`"Q," the former monopoly
    /// said in a statement`, `"We were robbed." Sean Dyche did not hold back`, `… The Everton boss was seething.`): the
    /// quote may have a speaker of its own, even when no rule could resolve it.
    func speakerFollows(_ qi: Int) -> Bool {
        guard !quotes[qi].unclosed else { return true }
        let close = qCloseTok[qi]
        let last = paraLastTok[Int(toks[close].para)]
        guard close < last else { return false }
        return ((close + 1)...last).contains {
            toks[$0].quote < 0
                && ((toks[$0].isCue && cueAt($0, limit: last + 1) != nil)
                    || (toks[$0].seq >= 0 && seqs[Int(toks[$0].seq)].personLike)
                    || (!toks[$0].cap && isSpeakerNoun(toks[$0]) && followsADeterminer($0)))
        }
    }

    /// Whether a determiner stands right before word `k`, or before the capitalised words right before it (`the
    /// Everton boss`).
    func followsADeterminer(_ k: Int) -> Bool {
        var m = k - 1
        while m >= 0 && m >= k - 4 && toks[m].kind == Tok.word && toks[m].cap && toks[m].flags & Lex.det == 0 { m -= 1 }
        return m >= 0 && toks[m].kind == Tok.word && toks[m].flags & Lex.det != 0
    }

    /// Whether quote `qi` names speaker `sp` by the first or last word of the name (`"Vincent has transformed this
    /// club."`, `"Thank you, Kompany!"`): words about or to a person are someone else's.
    func names(_ sp: Speaker, inQuote qi: Int) -> Bool {
        guard sp.seq >= 0, !quotes[qi].unclosed else { return false }
        let s = seqs[sp.seq]
        let first = toks[s.nameStart].hash
        return ((qOpenTok[qi] + 1)..<qCloseTok[qi]).contains {
            toks[$0].kind == Tok.word && toks[$0].cap && (toks[$0].hash == first || toks[$0].hash == s.lastHash)
        }
    }

    /// Whether paragraph `para`, between a speaker's quote and a quote opening the next paragraph, is narrative: not a
    /// sub-heading, no cue in it (no one else, not even someone unnamed, is said to speak) and no word for people as a
    /// sentence's subject (`The owner arrived at dawn.`, `Police fired rubber bullets.`: a new party who may speak
    /// next). Match reports put a line of fact between two paragraphs of the coach's words (`"Q1," Rohr said.` ¶ `The
    /// Eagles ended as group winners.` ¶ `"Q2."`); the quote after it goes on with the same speaker when no other
    /// person is named in between. Two or more paragraphs between gained nothing more on the development sets.
    func isNarrativeAside(_ para: Int) -> Bool {
        guard !isSubheading(para) else { return false }
        let lo = paraFirstTok[para]
        let hi = paraLastTok[para]
        guard lo != Int.max, lo <= hi else { return false }
        for k in lo...hi where toks[k].kind == Tok.word && toks[k].quote < 0 {
            if toks[k].isCue && cueAt(k, limit: hi + 1) != nil { return false }
            // (a subject: among the first four words of its sentence; `ended as group winners` names no one; a body's
            // word too: `The prosecution disagreed.`)
            let first = sentFirst[Int(toks[k].sent)]
            if k - first < 4
                && (isWordForPeople(toks[k], plurals: true, capitalisedFirst: k == first)
                    || (!toks[k].cap && isSpeakerNoun(toks[k]) && toks[k].flags & Lex.skipAdv == 0))
            {
                return false
            }
        }
        return true
    }
}
