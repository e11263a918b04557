import People

// The speaker written after its cue: `said X`, `according to the ministry`, `said chief executive John Smith`.

extension DocState {
    /// Whether the clause ends after token `k`: punctuation or the end follows, or one adverb and then punctuation
    /// (`afterwards`, `later`, `angrily`).
    func endsTheClause(after k: Int, ub: Int) -> Bool {
        let next = k + 1
        if next >= ub || toks[next].kind != Tok.word { return true }
        guard !toks[next].cap, toks[next].flags & Lex.skipAdv != 0 || endsWithLy(toks[next]) else { return false }
        return next + 1 >= ub || toks[next + 1].kind != Tok.word
    }

    /// Whether a phrase of time or place ends the clause after token `k`: a lower-case preposition that is no `of`
    /// (`after the meeting`, `at the press conference`, `on Sunday`), then at most five words with no cue or `and`
    /// among them, then punctuation or the end. What follows a name so is the circumstance of saying, not more of the
    /// subject.
    func endsInAPhraseOfTime(after k: Int, ub: Int) -> Bool {
        let prep = k + 1
        guard prep < ub, toks[prep].kind == Tok.word, !toks[prep].cap, toks[prep].flags & Lex.prep != 0,
            toks[prep].hash != hOf
        else { return false }
        var m = prep + 1
        while m < ub, toks[m].kind == Tok.word {
            if m > prep + 5 || toks[m].isCue || toks[m].hash == hAnd { return false }
            m += 1
        }
        return m > prep + 1
    }

    /// `Police Commissioner, McDonald Jacob`: a sequence that is only an office (every word a title or a noun that
    /// speaks, the last a title; no name) and, after a comma, a person: the person, in apposition to the office. The
    /// office may open with its place's or body's words when a role or a noun of a person ends it (`says Memphis
    /// National Weather Service Meteorologist, Scott McNeil`; the caller's person nouns, read capitalised here too).
    func personAfterOffice(_ s: CapSeq, ub: Int) -> Subj? {
        guard !s.personLike, !toks[s.end].possessive,
            (toks[s.end].flags & Lex.title != 0
                && (s.start...s.end).allSatisfy({ toks[$0].flags & (Lex.title | Lex.speakerNoun) != 0 }))
                || (s.start < s.end
                    && (isRoleOrPersonNoun(toks[s.end]) || callerWords[toks[s.end].hash] & Lex.personNoun != 0))
        else { return nil }
        return personApposed(after: s.end, ub: ub)
    }

    /// The person named right after a comma that follows token `k` (`the Huddersfield chief executive, Ralph Rimmer`,
    /// `Police Commissioner, McDonald Jacob`), before `ub`: a person-like sequence starting there, no possessive.
    func personApposed(after k: Int, ub: Int) -> Subj? {
        let at = k + 2
        guard at < ub, toks[k + 1].isPunct(.comma), toks[at].seq >= 0 else { return nil }
        let named = seqs[Int(toks[at].seq)]
        guard named.start == at, named.personLike, !toks[named.end].possessive else { return nil }
        return Subj(kind: .seq(Int(toks[at].seq)), first: at, last: named.end)
    }

    /// `said Lands, Agriculture, Fisheries, Water and Rural Development Minister Dr Anxious Masuka`: a minister's
    /// portfolios listed with commas and a last `and` before the title: where the sequence of the titled name starts,
    /// when token `j0` opens such a list (capitalised words, commas and `and`, no person among them, at most 16
    /// tokens). Without the `and` the words before the comma are a body and the titled name an apposition to it
    /// (`said Downing Street, Prime Minister Rishi Sunak's office`).
    func titledNameAfterPortfolios(_ j0: Int, ub: Int) -> Int? {
        guard toks[j0].seq >= 0, !seqs[Int(toks[j0].seq)].personLike else { return nil }
        let opening = seqs[Int(toks[j0].seq)]
        guard opening.start == j0, opening.end + 1 < ub, toks[opening.end + 1].isPunct(.comma) else { return nil }
        var k = opening.end + 1
        var and = false
        while k < ub, k < j0 + 16 {
            let t = toks[k]
            if t.isPunct(.comma) {
                k += 1
                continue
            }
            guard t.kind == Tok.word, t.cap || t.hash == hAnd else { return nil }
            if t.hash == hAnd && !t.cap { and = true }
            if t.seq >= 0, seqs[Int(t.seq)].personLike {
                let s = seqs[Int(t.seq)]
                // (the last `and` may fall inside the titled name's sequence: `Water and Rural Development Minister`)
                let joined = and || (s.start..<s.nameStart).contains { toks[$0].hash == hAnd && !toks[$0].cap }
                return joined && k == s.start && s.nameStart > s.start && !toks[s.end].possessive ? k : nil
            }
            k += 1
        }
        return nil
    }

    /// `said NWS Meteorologist in Charge Jim Meyer`, `Commander in Chief Ann Lee`: an office whose name goes on with
    /// `in Charge` or `in Chief` (the capitals say it is the title's) before its holder: the holder, when the office
    /// opening at `j0` names no person and a person's name follows `Charge`/`Chief` in the same capitalised run.
    func holderAfterInCharge(_ j0: Int, ub: Int) -> Subj? {
        guard toks[j0].seq >= 0, !seqs[Int(toks[j0].seq)].personLike else { return nil }
        let k = seqs[Int(toks[j0].seq)].end + 1
        guard k + 2 < ub, toks[k].kind == Tok.word, !toks[k].cap, toks[k].hash == hIn, toks[k + 1].cap,
            toks[k + 1].hash == hCharge || toks[k + 1].hash == hChief, toks[k + 1].seq >= 0
        else { return nil }
        let named = seqs[Int(toks[k + 1].seq)]
        guard named.start == k + 1, named.personLike, named.nameStart > k + 1, !toks[named.end].possessive else {
            return nil
        }
        return Subj(kind: .seq(Int(toks[k + 1].seq)), first: j0, last: named.end)
    }

    /// The speaker noun that the lower-case words from `k`, after a speaker noun, go on to before `ub`: `chief medical
    /// director` is one role, not `chief` and then other words. Nil when another kind of word comes first.
    func roleGoingOn(from k: Int, ub: Int) -> Int? {
        var m = k
        while m < ub, toks[m].kind == Tok.word, !toks[m].cap, !toks[m].isCue, !toks[m].possessive,
            toks[m].flags & (Lex.prep | Lex.conj | Lex.det) == 0
        {
            if isSpeakerNoun(toks[m]) { return m }
            m += 1
        }
        return nil
    }

    /// `said the Speaker of the House of Representatives, Tajudeen Abbas.`, `said the Director of Public Health for
    /// Lancashire, Dr Sakthi Karunanithi.`: after a title at `k`, `of`, `for` or `at` and the body's or place's words
    /// (no cue, quote mark or punctuation among them, at most ten tokens), then a comma and a person's name: that name.
    /// `linked`: the link is inside the capitalised words already (`the Premier of Gauteng` ¶ `province, Panyaza
    /// Lesufi`), and the body's words go on from `k + 1`.
    func nameAfterRoleComplement(_ k: Int, ub: Int, linked: Bool = false) -> Subj? {
        guard k + 2 < ub, toks[k + 1].kind == Tok.word, !toks[k + 1].cap,
            linked || toks[k + 1].hash == hOf || toks[k + 1].hash == hFor || toks[k + 1].hash == hAt
        else { return nil }
        var m = linked ? k + 1 : k + 2
        while m < ub, m <= k + 11, toks[m].kind == Tok.word, !toks[m].isCue, !toks[m].possessive {
            if m + 1 < ub, toks[m + 1].isPunct(.comma) { return personApposed(after: m, ub: ub) }
            m += 1
        }
        return nil
    }

    /// Subject to the right of a cue (said X / according to X).
    func subjectRight(_ j0: Int, ub: Int) -> Subj? {
        guard j0 < ub, j0 < toks.count else { return nil }
        let t = toks[j0]
        guard t.kind == Tok.word else { return nil }
        if t.flags & Lex.pronMale != 0 { return Subj(kind: .pronoun(j0, male: true), first: j0, last: j0) }
        if t.flags & Lex.pronFemale != 0 { return Subj(kind: .pronoun(j0, male: false), first: j0, last: j0) }
        // `According to him, …`: the object form after `to` (`her` only when no noun follows: `according to her
        // lawyer` is the lawyer)
        if j0 >= 1, toks[j0 - 1].hash == hTo, t.hash == hHim || t.hash == hHer,
            t.hash == hHim || j0 + 1 >= ub || toks[j0 + 1].kind != Tok.word
        {
            return Subj(kind: .pronoun(j0, male: t.hash == hHim), first: j0, last: j0)
        }
        if t.cap, let k = titledNameAfterPortfolios(j0, ub: ub), let holder = subjectRight(k, ub: ub) { return holder }
        if t.cap, let holder = holderAfterInCharge(j0, ub: ub) { return holder }
        // (`said A. Raja`: `A` and its full stop opening a person's name is an initial, no article)
        let initialA =
            t.cap && t.end - t.start == 1 && j0 + 1 < ub && toks[j0 + 1].isPunct(.period)
            && toks[j0 + 1].start == t.end && t.seq >= 0 && seqs[Int(t.seq)].start == j0 && seqs[Int(t.seq)].personLike
        if t.flags & Lex.det != 0 && !initialA
            && !(t.cap && t.seq >= 0 && seqs[Int(t.seq)].nameLen > 1 && seqs[Int(t.seq)].start == j0
                && t.flags & Lex.stopCap == 0)
        {
            if t.seq < 0 || t.flags & Lex.stopCap != 0 {
                // determiner NP
                var k = j0 + 1
                var lastWord = -1
                var headEnd = -1
                while k < ub && k < j0 + 7 {
                    let tk = toks[k]
                    if tk.kind != Tok.word || tk.flags & (Lex.prep | Lex.conj) != 0 || tk.isCue { break }
                    if !tk.cap && isSpeakerNoun(tk) && !tk.possessive {
                        headEnd = k
                    } else if headEnd >= 0 && !tk.cap {
                        // (`said the chief medical director, Vesta Sandoval.`: lower-case words on to another
                        // speaker noun, and a name in apposition after it, which is who the role describes)
                        if let role = roleGoingOn(from: k, ub: min(ub, j0 + 7)),
                            let named = personApposed(after: role, ub: ub)
                        {
                            return named
                        }
                        break
                    }
                    if tk.seq >= 0 && toks[k].cap {
                        let s = seqs[Int(tk.seq)]
                        // (a caller's person noun too: `said the council's elder statesman David Mann`)
                        if s.start == k && k > j0 + 1
                            && (toks[k - 1].flags & (Lex.title | Lex.speakerNoun) != 0
                                || (toks[k - 1].flags & Lex.personNoun != 0 && !toks[k - 1].cap))
                            && s.personLike
                        {
                            return Subj(kind: .seq(Int(tk.seq)), first: k, last: s.end)
                        }
                        // `said a visibly joyous Sarfraz.`, `said an emotional Andy Murray,`: words that describe,
                        // then a person ending the clause (an adverb may close it: `said a delighted McFarland
                        // afterwards`, or a phrase of time or place: `said a distraught Mrs Livesey after the meeting`)
                        if s.start == k && k > j0 + 1 && s.personLike && !toks[s.end].possessive,
                            endsTheClause(after: s.end, ub: ub) || endsInAPhraseOfTime(after: s.end, ub: ub),
                            ((j0 + 1)..<k).allSatisfy({
                                toks[$0].kind == Tok.word && !toks[$0].cap && !isSpeakerNoun(toks[$0])
                            })
                        {
                            return Subj(kind: .seq(Int(tk.seq)), first: k, last: s.end)
                        }
                        // `said the Rev Neil Richardson`: an honorific British style writes after `the`
                        if s.start == k && k == j0 + 1 && s.personLike && theHonorificHashes.contains(tk.hash) {
                            return Subj(kind: .seq(Int(tk.seq)), first: k, last: s.end)
                        }
                        if s.start == k && k == j0 + 1 && !s.personLike {
                            // "the White House", "the BBC", and a place before a lower-case noun of a person: "the
                            // Armagh native", not "the Armagh"
                            if s.end + 1 < ub, toks[s.end + 1].kind == Tok.word, !toks[s.end + 1].cap,
                                toks[s.end + 1].flags & Lex.prep == 0, isSpeakerNoun(toks[s.end + 1])
                            {
                                k = s.end + 1
                                lastWord = k
                                k += 1
                                continue
                            }
                            if s.start == s.end && isAgeOrDemonym(toks[s.end]) {
                                return Subj(kind: .np(j0, s.end), first: j0, last: s.end)  // "the German"
                            }
                            if toks[s.end].flags & Lex.title != 0 && toks[s.end].flags & Lex.orgWord == 0 {
                                // (`said the Lovelace Chief Medical Director, Dr. Vesta Sandoval.`: the name in
                                // apposition is who the title describes)
                                if let named = personApposed(after: s.end, ub: ub)
                                    ?? nameAfterRoleComplement(s.end, ub: ub)
                                {
                                    return named
                                }
                                return Subj(kind: .np(j0, s.end), first: j0, last: s.end)  // "the Ealing North MP"
                            }
                            // `said the Red Cross’ Jonathan McNamara`: a body's possessive before a person's name
                            // is that person's affiliation
                            if toks[s.end].possessive, s.end + 1 < ub, toks[s.end + 1].seq >= 0 {
                                let named = seqs[Int(toks[s.end + 1].seq)]
                                if named.start == s.end + 1 && named.personLike && !toks[named.end].possessive {
                                    return Subj(
                                        kind: .seq(Int(toks[s.end + 1].seq)), first: named.start, last: named.end)
                                }
                            }
                            // (`said the Medical Director of Presbyterian, Dr. Denise Gonzales.`: a capitalised
                            // title and its body, then the name in apposition)
                            if (s.start...s.end).contains(where: {
                                toks[$0].flags & Lex.title != 0 && toks[$0].flags & Lex.orgWord == 0
                            }),
                                let named = personApposed(after: s.end, ub: ub)
                                    ?? nameAfterRoleComplement(
                                        s.end, ub: ub,
                                        linked: (s.start...s.end).contains {
                                            toks[$0].hash == hOf || toks[$0].hash == hFor
                                        })
                            {
                                return named
                            }
                            return Subj(kind: .seq(Int(tk.seq)), first: j0, last: s.end)
                        }
                        k = s.end + 1
                        lastWord = s.end
                        continue
                    }
                    lastWord = k
                    k += 1
                }
                // `according to a statement from the American Civil Liberties Union`: the document's author
                if lastWord >= 0, documentHashes.contains(toks[lastWord].hash), lastWord + 2 < ub,
                    toks[lastWord + 1].hash == hFrom || toks[lastWord + 1].hash == hBy,
                    let author = subjectRight(lastWord + 2, ub: ub), !author.isPronoun
                {
                    return author
                }
                // `"Q," said the Huddersfield chief executive, Ralph Rimmer.`: the name in apposition after the
                // description is who it describes
                let descriptionEnd = max(lastWord, headEnd)
                if descriptionEnd >= 0, isSpeakerNoun(toks[descriptionEnd]), !toks[descriptionEnd].possessive,
                    let named = personApposed(after: descriptionEnd, ub: ub)
                {
                    return named
                }
                if lastWord >= 0 && isSpeakerNoun(toks[lastWord]) && !toks[lastWord].possessive {
                    return Subj(kind: .np(j0, lastWord), first: j0, last: lastWord)
                }
                if headEnd >= 0 { return Subj(kind: .np(j0, headEnd), first: j0, last: headEnd) }
                return nil
            }
        }
        if t.flags & Lex.pronOther != 0 && !t.cap { return Subj(kind: .unknown, first: j0, last: j0) }
        if let described = headlineDescription(j0, ub: ub) { return described }
        if t.seq >= 0 && t.cap {
            let si = Int(t.seq)
            let s = seqs[si]
            // (`Said Brennan, …:` - the sequence may start at the capitalised cue, a title after it too: `“Q,” Said
            // Commissioner Gene Strong`)
            guard s.start == j0 || s.nameStart == j0 || (s.start == j0 - 1 && toks[s.start].isCue) else { return nil }
            // "said Xbox's Peter Moore"
            if toks[s.end].possessive && s.end + 1 < ub && toks[s.end + 1].cap && toks[s.end + 1].seq >= 0 {
                let n2 = seqs[Int(toks[s.end + 1].seq)]
                if n2.start == s.end + 1 {
                    return Subj(kind: .seq(Int(toks[s.end + 1].seq)), first: n2.start, last: n2.end)
                }
            }
            // "White House spokesman Josh Earnest", "Daiwa Securities analyst Mark Pervan" (past the full stop of a
            // dotted abbreviation: `said U.S. envoy John Smith`, `said N.D.G. resident Alex Montagano`)
            if let r = roleThenName(s.end + 1 + closingAbbreviationStop(after: s.end), ub: ub) { return r }
            // `says Hamilton City's outgoing mayor.`: a place's or body's possessive, then lower-case words ending in a
            // role that ends the clause, describes its holder (``resolve(_:)`` finds whom the article names with it)
            if !s.personLike, toks[s.end].possessive, let head = roleEndingTheClause(after: s.end, ub: ub) {
                return Subj(kind: .np(j0, head), first: j0, last: head)
            }
            // `said Mansfield's daughter.`: a person's relative or aide, whom the possessive describes, is someone
            // else, whom the clause does not name
            let relative = s.end + 1
            if s.personLike, toks[s.end].possessive, relative < ub, toks[relative].kind == Tok.word,
                !toks[relative].cap, isSpeakerNoun(toks[relative]), toks[relative].flags & Lex.plural == 0,
                relative + 1 >= ub || toks[relative + 1].kind != Tok.word
            {
                return Subj(kind: .unknown, first: j0, last: relative)
            }
            // `said Police Commissioner, Gary Griffith.`
            if let holder = personAfterOffice(s, ub: ub) { return holder }
            // `said South Dakota Public Utilities Commissioner (PUC) Chris Nelson`: an office, its acronym in
            // brackets, then its holder
            if !s.personLike, toks[s.end].flags & Lex.title != 0, s.end + 4 < ub, toks[s.end + 1].isPunct(.openParen),
                toks[s.end + 2].kind == Tok.word, toks[s.end + 2].allCaps, toks[s.end + 3].isPunct(.closeParen),
                toks[s.end + 4].seq >= 0
            {
                let named = seqs[Int(toks[s.end + 4].seq)]
                if named.start == s.end + 4, named.personLike, !toks[named.end].possessive {
                    return Subj(kind: .seq(Int(toks[s.end + 4].seq)), first: named.start, last: named.end)
                }
            }
            // `said Chipotle Mexican Grill Director of Communications, Chris Arnold.`: a body's name, an office in it,
            // then the person after a comma
            if !s.personLike, (s.start...s.end).contains(where: { toks[$0].flags & Lex.title != 0 }),
                let holder = personApposed(after: s.end, ub: ub)
            {
                return holder
            }
            // `said Canaan Western resident.`: a place or another name that is no one's and no body's, then a person
            // noun ending the clause, describes someone the article may not name - not the place (a body's
            // spokesperson, `said Tesco spokesman`, is the body's)
            let noun = s.end + 1
            if !s.personLike, !s.org, noun < ub, toks[noun].kind == Tok.word, !toks[noun].cap, !toks[noun].possessive,
                isSpeakerNoun(toks[noun]), !spokesHashes.contains(toks[noun].hash),
                noun + 1 >= ub || toks[noun + 1].kind != Tok.word
            {
                return Subj(kind: .np(j0, noun), first: j0, last: noun)
            }
            // `said United Educators of San Francisco President Curiel`: the body's name goes on with `of` and a
            // place, then the person's title and name (past the full stop of a dotted abbreviation: `said L.A. County
            // Supervisor Mark Ridley-Thomas`)
            // (a given name may open the body's name: `said Summer of the Arts Executive Director Lisa Barnes`)
            if !s.personLike || (s.start == s.end && s.end + 1 < ub && toks[s.end + 1].hash == hOf),
                let r = titledPersonAfterBody(s.end + 1 + closingAbbreviationStop(after: s.end), ub: ub)
            {
                return r
            }
            return Subj(kind: .seq(si), first: j0, last: s.end)
        }
        if !t.cap, let r = personAfterABareDescription(j0, ub: ub) ?? roleThenName(j0, ub: ub) { return r }
        // `According to police, the "intimidating" behaviour …`, `"Q," said police in a statement.`: the police,
        // speaking without a determiner and alone before the clause's end (or a phrase of time or place), as before a
        // cue (not other plurals: `according to researchers, … the "robotiquette"` names no one, and the quote stays a
        // term)
        if !t.cap, policeWordHashes.contains(t.hash), !t.possessive,
            endsTheClause(after: j0, ub: ub) || endsInAPhraseOfTime(after: j0, ub: ub)
        {
            return Subj(kind: .np(j0, j0), first: j0, last: j0)
        }
        return nil
    }

    /// `says long time Salt Lake resident, Sammy Baurile`, `said longtime member, Ann Lee`: a description without its
    /// article (at most six lower-case words and capitalised names of places or bodies) that ends in a noun of a
    /// person (or goes on with `for` or `of` and a place's or body's name), then a comma and the person's name: the
    /// person (``personApposed(after:ub:)``). Nil otherwise.
    func personAfterABareDescription(_ j0: Int, ub: Int) -> Subj? {
        var k = j0
        var head = -1
        while k < ub, k < j0 + 7, toks[k].kind == Tok.word {
            let t = toks[k]
            if t.cap {
                guard t.seq >= 0, seqs[Int(t.seq)].start == k, !seqs[Int(t.seq)].personLike else { return nil }
                k = seqs[Int(t.seq)].end + 1
                continue
            }
            // (`said county councillor for Hexham East, Cath Homer`: the role's place or body after `for` or `of`,
            // then the name)
            if head >= 0, head == k - 1, t.hash == hFor || t.hash == hOf, k + 1 < ub, toks[k + 1].seq >= 0 {
                let place = seqs[Int(toks[k + 1].seq)]
                guard place.start == k + 1, !place.personLike else { return nil }
                return personApposed(after: place.end, ub: ub)
            }
            let function = Lex.prep | Lex.conj | Lex.det | Lex.pronOther | Lex.pronMale | Lex.pronFemale
            if t.isCue || t.possessive || t.flags & function != 0 { return nil }
            if isSpeakerNoun(t) { head = k }
            k += 1
        }
        guard head >= 0, head == k - 1 else { return nil }
        return personApposed(after: head, ub: ub)
    }

    /// `'Q' says city councillor as …`, `'Q', claims Llanelli councillor`: a headline drops the article, so a role
    /// after the cue with at most a place or body and lower-case words before it (three words at most) is a
    /// description (``personNamedAfterTheLead(_:_:)`` finds whom the body names with it); not a role before a name
    /// (`says councillor Katie Porrer`) nor a plural.
    func headlineDescription(_ j0: Int, ub: Int) -> Subj? {
        guard toks[j0].para == 0 else { return nil }
        var k = j0
        var head = -1
        while k < ub && k < j0 + 4 && toks[k].kind == Tok.word && head < 0 {
            let t = toks[k]
            if t.cap {
                guard t.seq >= 0, seqs[Int(t.seq)].start == k, !seqs[Int(t.seq)].personLike else { return nil }
                k = seqs[Int(t.seq)].end + 1
                continue
            }
            if (isPersonRole(t) || t.flags & Lex.speakerNoun != 0 && t.flags & Lex.orgWord == 0)
                && t.flags & Lex.plural == 0 && !t.possessive
            {
                head = k
            } else if t.flags & (Lex.prep | Lex.conj | Lex.det | Lex.pronOther) != 0 || t.isCue {
                return nil
            }
            k += 1
        }
        guard head >= 0, head + 1 >= ub || !toks[head + 1].cap else { return nil }
        return Subj(kind: .np(j0, head), first: j0, last: head)
    }

    /// 1 when token `k` is a dotted abbreviation (`L.A`, `N.J`: a full stop inside, at most six bytes) and the token
    /// after it is its closing full stop, written against it; else 0.
    func closingAbbreviationStop(after k: Int) -> Int {
        let t = toks[k]
        guard k + 1 < toks.count, isAbbreviationStop(k + 1), t.end - t.start <= 6,
            (Int(t.start)..<Int(t.end)).contains(where: { p[$0] == UInt8(ascii: ".") })
        else { return 0 }
        return 1
    }

    /// A person named with a title within the next eight words after a body's name, when only the rest of that name
    /// (`of`, `of the`, `for`, `for the`, `and`, capitalised words) stands between: `… of San Francisco President
    /// Curiel`, `said Commissioner for the Environment Tokunbo Wahab`; or with a
    /// lower-case role right before the name: `said Department of Employment and Economic Development commissioner
    /// Steve Grove` (the body's name runs on past `and`).
    func titledPersonAfterBody(_ j0: Int, ub: Int) -> Subj? {
        var k = j0
        while k < ub && k < j0 + 8 && toks[k].kind == Tok.word {
            let t = toks[k]
            if t.seq >= 0, seqs[Int(t.seq)].personLike, seqs[Int(t.seq)].titled, seqs[Int(t.seq)].start == k {
                let p = seqs[Int(t.seq)]
                return Subj(kind: .seq(Int(t.seq)), first: p.start, last: p.end)
            }
            if k > j0, !t.cap, t.flags & Lex.title != 0 || isSpeakerNoun(t), k + 1 < ub, toks[k + 1].seq >= 0 {
                let p = seqs[Int(toks[k + 1].seq)]
                if p.start == k + 1, p.personLike {
                    return Subj(kind: .seq(Int(toks[k + 1].seq)), first: p.start, last: p.end)
                }
            }
            guard
                t.cap || t.hash == hOf || t.hash == hFor || t.hash == hAnd
                    || (t.hash == hThe && (toks[k - 1].hash == hOf || toks[k - 1].hash == hFor))
            else { return nil }
            k += 1
        }
        return nil
    }

    /// The role noun ending the clause within three lower-case words after token `k` (`outgoing mayor.`), or nil.
    func roleEndingTheClause(after k: Int, ub: Int) -> Int? {
        var m = k + 1
        while m < ub && m <= k + 3 && toks[m].kind == Tok.word && !toks[m].cap && !toks[m].isCue {
            if isSpeakerNoun(toks[m]) && toks[m].flags & Lex.plural == 0 && !toks[m].possessive {
                if endsTheClause(after: m, ub: ub) { return m }
                // (`according to Reading's council leader.`: a body's noun may stand before the role)
                if m + 1 < ub, m < k + 3, toks[m + 1].kind == Tok.word, !toks[m + 1].cap, isSpeakerNoun(toks[m + 1]) {
                    m += 1
                    continue
                }
                return nil
            }
            guard toks[m].flags & (Lex.prep | Lex.conj | Lex.det | Lex.pronOther) == 0 else { return nil }
            m += 1
        }
        return nil
    }

    /// The person whose name follows one to three lower-case role words starting at `k` (`attorney Courtney Turner`,
    /// `chief executive Ann Lee`), before `ub`; nil when another word comes first.
    func holderAfterRoleWords(_ k: Int, ub: Int) -> Subj? {
        var m = k
        while m < ub, m < k + 3, toks[m].kind == Tok.word, !toks[m].cap, !toks[m].possessive,
            toks[m].flags & Lex.title != 0 || isSpeakerNoun(toks[m])
        {
            m += 1
        }
        guard m > k, m < ub, toks[m].seq >= 0 else { return nil }
        let named = seqs[Int(toks[m].seq)]
        guard named.start == m, named.personLike, !toks[named.end].possessive else { return nil }
        return Subj(kind: .seq(Int(toks[m].seq)), first: m, last: named.end)
    }

    /// Lower-case role words followed by a capitalised person name ("chief executive John Smith").
    func roleThenName(_ j0: Int, ub: Int) -> Subj? {
        var k = j0
        var n = 0
        var roles = 0
        var portfolio = false
        while k < ub && n < 6 {
            var tk = toks[k]
            if n > 0 && tk.isPunct(.comma) && k + 1 < ub && toks[k + 1].cap {
                k += 1
                tk = toks[k]
            }  // "economist, Steve Radley"
            if tk.kind == Tok.word && tk.cap && tk.seq >= 0 {
                let s = seqs[Int(tk.seq)]
                if toks[s.end].possessive && s.start == k {
                    k = s.end + 1
                    n += 1
                    roles += 1
                    continue
                }  // "Young's Sanjay Mehta"
                // `said acting Police Commissioner, McDonald Jacob.`: an office in capitals, a comma, then the person
                if s.start == k, let holder = personAfterOffice(s, ub: ub) { return holder }
                // `said assistant Commonwealth attorney Courtney Turner`, `said former Fed chairman Ben Bernanke`: a
                // body's or a place's name among the role words, then the holder
                if n > 0, s.start == k, !s.personLike, let holder = holderAfterRoleWords(s.end + 1, ub: ub) {
                    return holder
                }
                if n > 0 && roles > 0 && s.start == k && (s.personLike || s.nameLen >= 1 && !s.org && !s.place) {
                    return Subj(kind: .seq(Int(tk.seq)), first: k, last: s.end)
                }
                return nil
            }
            if tk.kind == Tok.word && tk.flags & Lex.conj == 0 { roles += 1 }
            // "director of commercial planning, Robert Boyle"
            if n > 0 && tk.kind == Tok.word && (tk.hash == hOf || tk.hash == hFor) && k + 1 < ub && !toks[k + 1].cap {
                k += 1
                n += 1
                portfolio = true
                continue
            }
            // (after `of`/`for`, the portfolio's plain words: `said Acme director of communications Ann Arnold`)
            let plain = tk.flags & (Lex.prep | Lex.det | Lex.skipAdv | Lex.pronOther | Lex.stopCap) == 0
            // (a cue's first word only when its form goes on here: `said fire Capt. Jeff Afonso` - `fire` opens `fire
            // back` only)
            // (`said noted director and designer Joel Sass`: right after the clause's cue, a cue's participle before a
            // role word describes the holder - two verbs of speech do not follow each other)
            let describingParticiple =
                k == j0 && j0 > 0 && toks[j0 - 1].isCue && k + 1 < ub && toks[k + 1].kind == Tok.word
                && !toks[k + 1].cap
                && (toks[k + 1].flags & (Lex.title | Lex.speakerNoun) != 0 || isSpeakerNoun(toks[k + 1]))
            guard tk.kind == Tok.word, !tk.cap, describingParticiple || !(tk.isCue && cueAt(k, limit: ub) != nil),
                tk.flags & (Lex.title | Lex.speakerNoun | Lex.conj) != 0 || isSpeakerNoun(tk) || (n < 2 && plain)
                    || (portfolio && plain)
            else { return nil }
            k += 1
            n += 1
        }
        return nil
    }
}
