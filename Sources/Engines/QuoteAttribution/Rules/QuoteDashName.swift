// Rule `quote-dash-name`: `'We will fight this' - John Smith`, `"Q" – Taoiseach`, `'Q': Smith`. Headlines (and pull
// quotes opening a paragraph) name the speaker after the words, with a dash or a colon and no verb.

extension DocState {
    /// `quote-dash-name`: a closed quote in the headline, or opening its paragraph, followed by a dash or a colon and
    /// then at most six words (ten when a role word stands right before the name) that end the paragraph (a full stop
    /// aside): a person's name among them ending them (`- council leader John Smith`), or, in the headline, one role
    /// word that the body gives a person (`- Taoiseach`; longer descriptions are left alone: `UKIP MEP` names no one
    /// MEP).
    mutating func quoteDashName(_ site: QuoteSite) -> Attribution? {
        let close = site.close
        guard !site.quote.unclosed, close + 2 < toks.count else { return nil }
        let para = Int(toks[site.open].para)
        guard para == 0 || paraFirstTok[para] == site.open, Int(toks[close + 1].para) == para,
            toks[close + 1].isDash || toks[close + 1].isPunct(.colon)
        else { return nil }
        let first = close + 2
        if para == 0, let a = headlineSpeakerAfterColon(first) { return a }
        var last = min(paraLastTok[para], toks.count - 1)
        if toks[last].isPeriodLike { last -= 1 }
        // (up to ten words when a role word stands right before the name: `– Phoenix Suns first-year head coach Igor
        // Kokoskov`, a team's or body's capitalised words and the role's words before the person; any other
        // lower-case word makes it a sentence about the person: `– tributes paid to popular local headteacher John
        // Brown`)
        let roleBeforeName =
            toks[last].seq >= 0 && seqs[Int(toks[last].seq)].start - 1 >= first
            && isRoleHead(toks[seqs[Int(toks[last].seq)].start - 1])
            && (first..<seqs[Int(toks[last].seq)].start).allSatisfy {
                toks[$0].cap || toks[$0].flags & Lex.title != 0 || containsHyphen(toks[$0])
            }
        guard last >= first, last - first <= (roleBeforeName ? 9 : 5),
            (first...last).allSatisfy({ toks[$0].kind == Tok.word })
        else {
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

extension DocState {
    /// `'Nationalist, political spin': Robert Abela says media reports …`, `"Q" - Biden says …`: in the headline, a
    /// person's name right after the quote's colon or dash, and a cue right after the name - the headline says who
    /// said the words before it and goes on with the rest of the story.
    mutating func headlineSpeakerAfterColon(_ first: Int) -> Attribution? {
        // (a description may open the name: `'Q': Auckland mayor Wayne Brown slams central Government` - capitalised
        // words and a lower-case role word right before the name, at most four tokens)
        var start = first
        while start < toks.count, start - first < 4, toks[start].para == 0, toks[start].kind == Tok.word,
            !(toks[start].seq >= 0 && seqs[Int(toks[start].seq)].personLike
                && seqs[Int(toks[start].seq)].start == start),
            toks[start].cap || isRoleOrPersonNoun(toks[start])
        {
            start += 1
        }
        guard start < toks.count, start == first || isRoleOrPersonNoun(toks[start - 1]) else { return nil }
        // (`‘People demand action’: Honolulu Mayor displeased by …`, `‘Q’: Cleveland police chief’s strong message`: a
        // description without a name, then the headline's own words - the person the body writes with that role,
        // `Honolulu Mayor Kirk Caldwell`)
        if start > first, toks[start].para == 0, toks[start].kind == Tok.word, !toks[start].cap,
            isRoleHead(toks[start - 1]),
            let sp = resolve(Subj(kind: .np(first, start - 1), first: first, last: start - 1)), sp.seq >= 0
        {
            return Attribution(speaker: sp, cue: nil, rule: .quoteDashName)
        }
        guard toks[start].para == 0, toks[start].seq >= 0 else { return nil }
        let si = Int(toks[start].seq)
        let s = seqs[si]
        guard s.start == start, s.personLike, !s.place, !s.inQuote, !toks[s.end].possessive, s.end + 1 < toks.count,
            toks[s.end + 1].para == 0, let (_, form) = cueAt(s.end + 1, limit: paraLastTok[0] + 1), !form.participle,
            !form.speakerRight, let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end))
        else { return nil }
        return Attribution(speaker: sp, cue: nil, rule: .quoteDashName)
    }

    /// `PM 'agreed' to change Punjab chief minister: Cheema`, `Manitoba 'the most racist …': Grand Chief Sheila North
    /// Wilson`: a headline that ends in a colon and a person's name (titles, role words and capitalised words before
    /// it, at most six words after the colon) is that person's claim, and its quotes before the colon are theirs.
    mutating func headlineEndingInAName(_ site: QuoteSite) -> Attribution? {
        guard !site.quote.unclosed, toks[site.open].para == 0, paraLastTok.count > 0 else { return nil }
        var last = paraLastTok[0]
        guard last != Int.max, last > site.close else { return nil }
        if toks[last].isPeriodLike { last -= 1 }
        guard last > site.close, toks[last].seq >= 0 else { return nil }
        let si = Int(toks[last].seq)
        let s = seqs[si]
        guard s.end == last, s.personLike, !s.place, !s.inQuote, !toks[s.end].possessive else { return nil }
        var colon = s.start - 1
        while colon > site.close, s.start - colon <= 6, toks[colon].kind == Tok.word,
            toks[colon].cap || toks[colon].flags & Lex.title != 0 || isRoleOrPersonNoun(toks[colon])
        {
            colon -= 1
        }
        guard colon > site.close, toks[colon].isPunct(.colon) else { return nil }
        // (a claim, not a label: a lower-case word outside the quotes that is no article, preposition or conjunction
        // before the colon (`PM 'agreed' to change …`), or a quote of four words or more (`'the most racist
        // provincial government in Canada'`) - `'Rising star' of the Proteas: Kagiso Rabada` describes him)
        let claim =
            countWords(p, site.quote.content) >= 4
            || (0..<colon).contains {
                toks[$0].para == 0 && toks[$0].kind == Tok.word && toks[$0].quote < 0 && !toks[$0].cap
                    && toks[$0].flags & (Lex.det | Lex.prep | Lex.conj) == 0
            }
        guard claim, let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end)) else { return nil }
        return Attribution(speaker: sp, cue: nil, rule: .quoteDashName)
    }

    /// `quote-dash-name` with the colon inside the marks: `'This is a new day at city hall:' Randall Woodfin sworn in
    /// as Birmingham mayor`. A quote opening the headline whose words end in a colon, and right after it a person's
    /// name that the headline goes on to say something of.
    mutating func headlineQuoteColonName(_ site: QuoteSite) -> Attribution? {
        let close = site.close
        guard !site.quote.unclosed, toks[site.open].para == 0, site.open == paraFirstTok[0], close >= 2,
            close + 1 < toks.count, toks[close - 1].isPunct(.colon), toks[close + 1].para == 0,
            toks[close + 1].seq >= 0
        else { return nil }
        let si = Int(toks[close + 1].seq)
        let s = seqs[si]
        guard s.start == close + 1, s.personLike, !s.place, !s.inQuote, !toks[s.end].possessive else { return nil }
        guard let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end)) else { return nil }
        return Attribution(speaker: sp, cue: nil, rule: .quoteDashName)
    }
}

extension DocState {
    /// Whether a word token holds a hyphen (`first-year`, `co-founder`): a compound modifier of a role.
    func containsHyphen(_ t: Tok) -> Bool {
        var k = Int(t.start)
        while k < Int(t.end) {
            if p[k] == .hyphen { return true }
            k += 1
        }
        return false
    }
}
