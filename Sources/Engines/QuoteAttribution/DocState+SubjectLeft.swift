import People

// The speaker written before its cue: `X said`, `X, the chief executive, said`, `a spokesman for X said`, and the
// subject of a participle (`…, saying`).

extension DocState {
    /// Subject to the left of a cue token (X said); of people joined by `and`, the first (``firstOfJoinedPeople(_:lb:)``).
    /// `nested` is set for the one apposition allowed before a relative clause (see below), so the search stays bounded.
    func subjectLeft(_ c: Int, lb: Int, allowAppositive: Bool = true, nested: Bool = false) -> Subj? {
        subjectAsWrittenBeforeCue(c, lb: lb, allowAppositive: allowAppositive, nested: nested).map {
            firstOfJoinedPeople($0, lb: lb)
        }
    }

    /// `Council President Andrew Friedson and the council's committee chair Sidney Katz wrote`, `"Q," Rep. Ann Lee and
    /// Sen. Tim Knopp wrote`: when two or more people say something together, the quote goes to the first named, as
    /// readers and labellers take it (the nearest name before the cue is the last of them). The subject is a person
    /// whose name follows `and` (after at most eight words of a description: a determiner, possessives, role words,
    /// capitalised words of an office), itself right after another person in the same sentence, outside quotes;
    /// earlier people of a comma list count too (`A, B and C said` is A). Any other subject is returned as it is.
    func firstOfJoinedPeople(_ s: Subj, lb: Int) -> Subj {
        guard case .seq(let si) = s.kind, seqs[si].personLike else { return s }
        var k = seqs[si].start - 1
        let sent = toks[seqs[si].start].sent
        while k >= lb, seqs[si].start - k <= 8, toks[k].kind == Tok.word, toks[k].hash != hAnd, toks[k].quote < 0,
            toks[k].seq < 0 || !seqs[Int(toks[k].seq)].personLike,
            toks[k].cap || toks[k].possessive || toks[k].flags & Lex.det != 0 || isRoleOrPersonNoun(toks[k])
        {
            k -= 1
        }
        guard k - 1 >= lb, toks[k].kind == Tok.word, toks[k].hash == hAnd, toks[k].sent == sent else { return s }
        var first = -1
        var m = k - 1
        while m >= lb, toks[m].seq >= 0, toks[m].sent == sent {
            let a = Int(toks[m].seq)
            guard seqs[a].personLike, !seqs[a].inQuote, seqs[a].end == m, !toks[m].possessive else { break }
            // (a name after a comma opens no list when a preposition governs it: `In a letter to Elrich, Andrew
            // Friedson and …`)
            if first >= 0, seqs[a].start - 1 >= 0, toks[seqs[a].start - 1].flags & Lex.prep != 0 { break }
            first = a
            // (`A, B and C`: on through a comma right before another person's name)
            m = seqs[a].start - 1
            guard m - 1 >= lb, toks[m].isPunct(.comma) else { break }
            m -= 1
        }
        guard first >= 0, opensItsClause(first, lb: lb) else { return s }
        return Subj(kind: .seq(first), first: seqs[first].start, last: seqs[first].end)
    }

    /// Whether word `t` is `of` or a preposition of place, which make the name after it an object (`the father of
    /// Jane Reed`, `a farmer in Kerry`), not the subject of a clause that follows it.
    func governsAName(_ t: Tok) -> Bool {
        t.kind == Tok.word && !t.cap && (t.hash == hOf || placeOnlyPrepositionHashes.contains(t.hash))
    }

    /// Whether the name `si` opens its clause, as the first of people speaking together must: between it and the
    /// clause's start (punctuation, a quote, the sentence's start or `lb`) stand only determiners, possessives, role
    /// words, capitalised words that name no one, and at most two other lower-case words, none a preposition, a cue or
    /// a past form in -ed. Otherwise the name is an object: `The star of Rain Man and Tootsie said`, `Police arrested
    /// John Okafor and Inspector Musa Bello said`, `Serena Williams beat Maria Sharapova and Williams said`.
    func opensItsClause(_ si: Int, lb: Int) -> Bool {
        let sent = toks[seqs[si].start].sent
        var b = seqs[si].start - 1
        var others = 0
        while b >= lb, toks[b].kind == Tok.word, toks[b].sent == sent {
            let t = toks[b]
            if t.isCue || (t.seq >= 0 && seqs[Int(t.seq)].personLike) { return false }
            if !t.cap, !t.possessive, t.flags & Lex.det == 0, !isRoleOrPersonNoun(t) {
                if t.flags & Lex.prep != 0 || endsWith(p, t, "ed") || others == 2 { return false }
                others += 1
            }
            b -= 1
        }
        return true
    }

    /// Subject to the left of a cue token, as the sentence writes it (the last of people joined by `and`).
    private func subjectAsWrittenBeforeCue(_ c: Int, lb: Int, allowAppositive: Bool, nested: Bool) -> Subj? {
        // `X quizzed Mr Swinney, prompting him to reply: "Q"`: after a verb that makes someone speak, its object speaks
        if c >= 3, toks[c - 1].hash == hTo, toks[c - 2].kind == Tok.word, !toks[c - 2].cap,
            toks[c - 3].kind == Tok.word, resultVerbHashes.contains(toks[c - 3].hash)
        {
            return objectMadeToSpeak(c - 2, lb: lb)
        }
        var j = c - 1
        // `P.A. Muhammed Riyas on Wednesday said`, `Bob Geldof in July said`: a day or month between the subject and
        // the cue
        if j - 1 > lb, toks[j].cap, !toks[j - 1].cap,
            (weekdayHashes.contains(toks[j].hash) && toks[j - 1].hash == hOn)
                || (monthHashes.contains(toks[j].hash) && toks[j - 1].hash == hIn)
        {
            j -= 2
        }
        // `A Prison Service spokesman last night said`, `Ms Reid this morning told`: a time phrase (``timePhraseOpeners``
        // and a part of the day or a span of time) between the subject and the cue
        if j - 1 > lb, !toks[j].cap, !toks[j - 1].cap, timePhraseOpeners.contains(toks[j - 1].hash),
            toks[j - 1].hash != hOn, timePhraseNouns.contains(toks[j].hash)
        {
            j -= 2
        }
        // `A Cook County judge Thursday questioned`: a day standing alone between the subject and the cue, as American
        // copy writes it (not a family name: `Coach Mike Friday said`, nor `coach Friday said` after him, whom the
        // person finder found)
        if j - 1 >= lb, toks[j].cap, weekdayHashes.contains(toks[j].hash), toks[j - 1].kind == Tok.word,
            toks[j].seq < 0 || (seqs[Int(toks[j].seq)].start == j && !seqs[Int(toks[j].seq)].personLike)
        {
            j -= 1
        }
        // `Viliame Gavoka in his maiden speech asked`, `Ms Reid during her evidence said`: a phrase of `in`, `during`
        // or `at`, a possessive and at most three lower-case words between a name and its cue
        if j > lb, toks[j].kind == Tok.word, !toks[j].cap {
            var k = j
            while k > lb, j - k < 3, toks[k].kind == Tok.word, !toks[k].cap, toks[k].flags & Lex.prep == 0,
                !possessivePronounHashes.contains(toks[k].hash)
            {
                k -= 1
            }
            if k - 2 >= lb, k < j, possessivePronounHashes.contains(toks[k].hash),
                occasionPrepositionHashes.contains(toks[k - 1].hash), toks[k - 2].cap, toks[k - 2].seq >= 0,
                seqs[Int(toks[k - 2].seq)].end == k - 2, seqs[Int(toks[k - 2].seq)].personLike
            {
                j = k - 2
            }
        }
        // `Police Commissioner Vikash Kumar Vikash addressing the media on Saturday 5 December said`: a participle's
        // phrase with no commas (at most ten words, no cue) between the person opening the clause and the cue, as
        // South Asian copy writes it
        if j > lb, toks[j].kind == Tok.word {
            var k = j
            while k > lb, j - k < 10, toks[k].kind == Tok.word, !toks[k].isCue {
                if !toks[k].cap, endsWith(p, toks[k], "ing"), toks[k - 1].seq >= 0 {
                    let si = Int(toks[k - 1].seq)
                    let s = seqs[si]
                    if s.end == k - 1, s.personLike, !s.inQuote, !toks[s.end].possessive,
                        s.start == sentFirst[Int(toks[s.start].sent)]
                            || (s.start > lb && toks[s.start - 1].isPunct(.comma))
                    {
                        j = k - 1
                    }
                    break
                }
                k -= 1
            }
        }
        // `Whitley Sr. said`, `Acme Inc. said`: the full stop of an abbreviation ends the subject, not the sentence
        if j > lb, isAbbreviationStop(j), toks[j - 1].cap { j -= 1 }
        var skipped = 0
        var passive = false
        while j >= lb, toks[j].kind == Tok.word, !toks[j].cap,
            toks[j].flags & Lex.skipAdv != 0 || endsWithLy(toks[j]), skipped < 3
        {
            if beHashes.contains(toks[j].hash) { passive = true }
            j -= 1
            skipped += 1
        }
        guard j >= lb else { return nil }
        // `Redknapp, 57, quit his post and vowed: "Q"`: a second predicate shares the sentence's subject, a
        // description of someone the article wrote with its role too (`The chancellor would not comment on the
        // reports, but insisted he would not be "Q"` after `Chancellor Gordon Brown`)
        // (the subject of the clause the conjunction is in, when a name opens it after a comma: `Pryke said as the
        // nephew was led away, Richardson stood up and shouted: "Q"`)
        if toks[j].kind == Tok.word, !toks[j].cap, toks[j].hash == hAnd || toks[j].hash == hBut,
            let s = personOpeningTheClause(before: j, lb: lb) ?? sentenceOpeningSubject(before: j, lb: lb)
                ?? heldDescriptionOpening(before: j, lb: lb)
        {
            return s
        }
        // "he is described", "it was said": passive, the subject is not the speaker
        if passive && !toks[c].cap {
            let e = Int(toks[c].end)
            // (`It is thought the overhaul could mean a "career average"`: an impersonal passive names no one)
            if e - Int(toks[c].start) > 3
                && (endsWith(p, toks[c], "ed") || toks[c].hash == hSaid || toks[c].hash == hTold
                    || toks[c].flags & Lex.thinking != 0)
            {
                return Subj(kind: .unknown, first: j + 1, last: c - 1)
            }
        }
        let t = toks[j]
        if t.kind == Tok.word {
            guard let s = subjectEndingAt(j, lb: lb) else {
                return nameBeforeOpenRelativeClause(c, lb: lb) ?? personBeforeUnclosedDescription(endingAt: j, lb: lb)
            }
            // `Ross McKenzie, who represents Sighthill/Gorgie tweeted:`: a name ending a relative clause whose closing
            // comma is missing is the clause's object; the person the clause describes is the subject (so is a
            // description ending it: `McGeeney, who has now won an All-Ireland as a player and manager says`)
            if s.sequence != nil || s.isDescription, let head = nameBeforeOpenRelativeClause(c, lb: lb),
                head.last < s.first
            {
                return head
            }
            return personBeforeAffiliation(s, lb: lb) ?? personBeforeOffice(s, lb: lb) ?? personBeforeAddress(s, lb: lb)
                ?? (s.isDescription ? personBeforeUnclosedDescription(endingAt: s.last, lb: lb) : nil) ?? s
        }
        if allowAppositive && t.isPunct(.comma), let opening = personOpeningAClauseOnThem(c, lb: lb) { return opening }
        if t.isPunct(.comma), let named = nameOpeningTheClause(endingAt: j - 1, lb: lb) { return named }
        if allowAppositive && (t.isPunct(.comma) || t.isDash || t.isPunct(.closeParen)) {
            let closeIsParen = t.isPunct(.closeParen)
            var k = j - 1
            let stop = max(lb, j - 30)
            while k > stop {
                let tk = toks[k]
                if tk.kind == Tok.qclose || tk.kind == Tok.qopen { return nil }
                if closeIsParen ? tk.isPunct(.openParen) : (t.isPunct(.comma) ? tk.isPunct(.comma) : tk.isDash) {
                    break
                }
                if tk.isPunct(.semicolon) { return nil }
                // `Joseph ole Lenku who was hard pressed to explain it, said`: a relative clause opened without its
                // comma, right after the person
                if !closeIsParen, tk.kind == Tok.word, tk.flags & Lex.who != 0, tk.hash != hWhich, k - 1 >= lb,
                    toks[k - 1].seq >= 0, seqs[Int(toks[k - 1].seq)].end == k - 1,
                    seqs[Int(toks[k - 1].seq)].personLike, !toks[k - 1].possessive
                {
                    let s = seqs[Int(toks[k - 1].seq)]
                    return Subj(kind: .seq(Int(toks[k - 1].seq)), first: s.start, last: s.end)
                }
                // `Sen. Maria Lopez, D-N.M., said`: the full stops of a short abbreviation end no sentence
                if tk.isPeriodLike && !isAbbreviationStop(k) { return nil }
                k -= 1
            }
            guard k > lb, k + 1 < j else { return nil }
            let first = toks[k + 1]
            // (a participle may open it: `Raghunathan, asked afterward about it, said`, `X, speaking to reporters,`)
            guard first.kind == Tok.word,
                !first.isCue || endsWith(p, first, "ed") || endsWith(p, first, "ing")
            else { return nil }
            // "The charity's director, Barbara Stocking, said": the name inside the commas (`his son, Pat Dye Jr.,
            // said`: the full stop of a suffix before the comma)
            let innerEnd = j - 2 >= 0 && isAbbreviationStop(j - 1) ? j - 2 : j - 1
            if first.seq >= 0, seqs[Int(first.seq)].start == k + 1, seqs[Int(first.seq)].end == innerEnd,
                seqs[Int(first.seq)].personLike
            {
                let s = seqs[Int(first.seq)]
                return Subj(kind: .seq(Int(first.seq)), first: s.start, last: s.end)
            }
            // `Dazza's dad, former Millwall hardman Kev Whitlock, told`: role words, then the name, inside the commas
            if t.isPunct(.comma), toks[j - 1].seq >= 0, seqs[Int(toks[j - 1].seq)].end == j - 1,
                seqs[Int(toks[j - 1].seq)].personLike, !toks[j - 1].possessive
            {
                let s = seqs[Int(toks[j - 1].seq)]
                // (not `X, the daughter of co-founder Y, said` or `X, of Grant Thornton, said`: a preposition makes
                // the name part of the description)
                if s.start > k + 1, allWords(k + 1, s.start), !toks[k + 1].isCue, toks[k + 1].flags & Lex.who == 0,
                    !((k + 1)..<s.start).contains(where: { toks[$0].flags & Lex.prep != 0 })
                {
                    return Subj(kind: .seq(Int(toks[j - 1].seq)), first: s.start, last: s.end)
                }
            }
            // `Cllr Martin Cox (Lib Dem), the leader of the council, said`: a party or a place in brackets between the
            // name and its apposition
            if t.isPunct(.comma), toks[k].isPunct(.comma), k - 2 > lb, toks[k - 1].isPunct(.closeParen) {
                var o = k - 2
                while o > max(lb, k - 12) && !toks[o].isPunct(.openParen) && !toks[o].isPunct(.closeParen) { o -= 1 }
                if toks[o].isPunct(.openParen), o - 1 >= lb, toks[o - 1].seq >= 0, !toks[o - 1].possessive,
                    seqs[Int(toks[o - 1].seq)].end == o - 1, seqs[Int(toks[o - 1].seq)].personLike,
                    !seqs[Int(toks[o - 1].seq)].inQuote
                {
                    let si = Int(toks[o - 1].seq)
                    return Subj(kind: .seq(si), first: seqs[si].start, last: seqs[si].end)
                }
            }
            if let s = subjectEndingAt(k - 1, lb: lb) {
                // `Colette Sims, 55, of Wordsworth Road, Colne, who has worked there, said`: a town, street or body
                // ending an earlier apposition is not the speaker when a person opens the chain
                if case .seq(let si) = s.kind, !seqs[si].personLike || isGovernedByAPreposition(seqs[si].start, lb: lb),
                    let person = personBeforeAppositions(k, lb: lb)
                {
                    return person
                }
                switch s.kind {
                // `The Kenya Flower Council, which represents growers, said`: `which` follows an organisation;
                // after a person or a place (`growers in Kenya, which …, said`) it is not the speaker's clause
                case .seq(let si): if first.hash != hWhich || !(seqs[si].personLike || seqs[si].place) { return s }
                // `Keshav Ubale, assistant commissioner of North ward, under whose jurisdiction …, said`, `Ann Lee, a
                // teacher at Park School, who …, said`, `Jack Dromey, Labour MP for Birmingham, Erdington, said`: a noun
                // phrase after a preposition, one opened by `a`, or a capitalised office after a comma is an
                // apposition's description; the person opening the chain speaks (not `the prime minister` after
                // `Welcoming Emmanuel Macron,`: a description with `the` may be the subject itself)
                // (nor a description with a relative clause after it, between commas or dashes: `John Weighell, the
                // leader of the county council – which has found savings – said` is Weighell; nor one with a place
                // after it: `Tim Pratt, the farm manager at Hall Farms, near Woodbridge, said`)
                case .np(let a, _):
                    if a > lb,
                        toks[a - 1].flags & Lex.prep != 0 || indefiniteHashes.contains(toks[a].hash)
                            || (toks[a - 1].isPunct(.comma) && toks[a].cap && toks[a].flags & Lex.det == 0)
                            || (toks[a - 1].isPunct(.comma)
                                && (first.flags & (Lex.who | Lex.prep) != 0 || first.hash == hWhich)),
                        let person = personBeforeAppositions(k, lb: lb)
                    {
                        return person
                    }
                    return s
                default: break
                }
            }
            // `Steve Rose, 44, of Quilter Road, said`: an address ending the chain, after an age (no town to stop at)
            if t.isPunct(.comma), toks[k].isPunct(.comma), first.hash == hOf || first.hash == hFrom,
                let person = personBeforeAppositions(k, lb: lb)
            {
                return person
            }
            // `Sen. Teresa Valdez, D-N.M., who wrote the bill, called`: a relative clause after another apposition;
            // `Sen. Chuck Schumer, D-N.Y., the majority leader, told`: a description after another apposition
            if !nested, first.flags & Lex.who != 0 && first.hash != hWhich || first.flags & Lex.det != 0,
                toks[k].isPunct(.comma), let s = subjectLeft(k + 1, lb: lb, nested: true), case .seq = s.kind
            {
                return s
            }
            return nil
        }
        return nil
    }

    /// The person named before a chain of appositions that ends at the comma `comma`: `Colette Sims, 55, of
    /// Wordsworth Road, Colne, who …, said`, `Chris Hardy, Wells Lifeboat Operations Manager, said` - an age, an
    /// address, a town or a role between the name and its cue. Walks back over at most five comma-separated parts of
    /// the sentence, 80 tokens at most (a sentence may be the whole document); the person's part holds the name alone
    /// or words before it without a preposition - a name after a preposition belongs to a description, and the walk
    /// goes on (`Asked about Jones, the club, which …, said` is no person's chain).
    /// With `afterPreposition` (for a `who` clause, which can only mean a person) the name may follow a preposition
    /// (`an email from Dean Mastrojohn, …, who wrote`).
    func personBeforeAppositions(_ comma: Int, lb: Int, afterPreposition: Bool = false) -> Subj? {
        let lb = max(lb, comma - 80)
        var end = comma
        for _ in 0..<5 {
            let last = end - 1
            guard last > lb || (last == lb && toks[last].kind == Tok.word) else { return nil }
            if toks[last].seq >= 0 {
                let si = Int(toks[last].seq)
                let s = seqs[si]
                if s.end == last, s.personLike, !s.place, !s.inQuote, !toks[last].possessive {
                    var a = s.start - 1
                    var governed = false
                    while !afterPreposition && a >= lb && !toks[a].isPunct(.comma) {
                        if toks[a].kind != Tok.word { return nil }
                        // (a name a preposition governs is the description's: `Ann Lee, the daughter of John Smith,
                        // said`, `Tim Pratt, the farm manager at Wantisden Hall Farms, near Woodbridge, said`)
                        if toks[a].flags & Lex.prep != 0 {
                            governed = true
                            break
                        }
                        a -= 1
                    }
                    if !governed { return Subj(kind: .seq(si), first: s.start, last: s.end) }
                }
            }
            var k = last
            while k >= lb && !toks[k].isPunct(.comma) {
                let t = toks[k]
                if t.kind == Tok.qopen || t.kind == Tok.qclose || t.isPunct(.semicolon) { return nil }
                if t.isPeriodLike && !isAbbreviationStop(k) { return nil }
                k -= 1
            }
            guard k > lb else { return nil }
            end = k
        }
        return nil
    }

    /// The person opening the sentence (at `lb` or the sentence's first token, after words with no preposition among
    /// them: `Labour councillor Terry Waiting`) before a comma, when all from that comma to token `end` (exclusive,
    /// where a body's name begins) is an apposition of titles: capitalised words, role words, prepositions, articles,
    /// `and`, brackets - at most 16 tokens, a title or speaker noun among them (`, Assistant Superintendent of Police
    /// (ASP) and Spokesman for the`, `, leader of Barrow Borough Council and chairman of KOFAC said:`). Nil otherwise.
    func personOpeningAnUnclosedApposition(before end: Int, lb: Int) -> Subj? {
        var k = end - 1
        var titled = false
        while k > lb, end - k <= 16, !toks[k].isPunct(.comma) {
            let t = toks[k]
            if t.kind == Tok.word {
                if t.flags & (Lex.title | Lex.speakerNoun) != 0 && t.flags & Lex.honorific == 0 {
                    titled = true
                } else if !t.cap && t.flags & (Lex.prep | Lex.det | Lex.conj) == 0 {
                    return nil
                }
            } else if !t.isPunct(.openParen) && !t.isPunct(.closeParen) {
                return nil
            }
            k -= 1
        }
        guard titled, k - 1 >= lb, toks[k].isPunct(.comma), toks[k - 1].seq >= 0 else { return nil }
        let si = Int(toks[k - 1].seq)
        let s = seqs[si]
        guard s.end == k - 1, s.personLike, !s.place, !s.inQuote, !toks[s.end].possessive else { return nil }
        var a = s.start
        while a > lb, a > sentFirst[Int(toks[s.start].sent)] {
            guard toks[a - 1].kind == Tok.word, toks[a - 1].flags & Lex.prep == 0, !toks[a - 1].isCue else {
                return nil
            }
            a -= 1
        }
        return Subj(kind: .seq(si), first: s.start, last: s.end)
    }

    /// `Finance Minister Simon Hamilton, who was standing in for his colleague, Mr McCausland, at Question Time,
    /// replied`, `Sean Guerin SC, defending Mr Murphy, suggested`: the person opening the sentence (a post-nominal in
    /// capitals may follow: `SC`, `QC`), a comma, then a relative clause (`who`) or a participle clause (a lower-case
    /// word in -ing) on that person running to the comma before cue `c` - whatever names it holds are its objects, and
    /// the person speaks. The clause holds no cue but its first word (`at Question Time` is none), no quote, no
    /// sentence end; at most 40 tokens.
    func personOpeningAClauseOnThem(_ c: Int, lb: Int) -> Subj? {
        func opensTheClause(_ k: Int) -> Bool {
            toks[k].kind == Tok.word && !toks[k].cap
                && ((toks[k].flags & Lex.who != 0 && toks[k].hash != hWhich)
                    || endsWithIng(toks[k]))
        }
        // (first the cheap test, over at most 16 tokens: a comma and such a clause's first word near the opening)
        guard
            (lb..<max(lb, min(c - 1, lb + 16))).contains(where: { toks[$0].isPunct(.comma) && opensTheClause($0 + 1) }),
            let opening = sentenceOpeningSubject(before: c, lb: lb), case .seq(let si) = opening.kind
        else { return nil }
        let s = seqs[si]
        var comma = s.end + 1
        if comma < c, toks[comma].kind == Tok.word, toks[comma].allCaps { comma += 1 }
        let head = comma + 1
        guard s.personLike, !s.inQuote, !toks[s.end].possessive, head < c - 1, c - head <= 40,
            toks[comma].isPunct(.comma), opensTheClause(head)
        else { return nil }
        for k in (head + 1)..<c {
            let t = toks[k]
            if t.kind == Tok.qopen || t.kind == Tok.qclose || t.isPunct(.semicolon) || (t.isCue && !t.cap) {
                return nil
            }
            if t.isPeriodLike && !isAbbreviationStop(k) { return nil }
        }
        return opening
    }

    /// `Denise, who has worked there for eight years and is married with three children said: "Q"`: a person, then a
    /// relative clause whose closing comma is missing before the cue (no other comma, cue or quote in it; at most 25
    /// tokens). An apposition may stand between the person and the clause: `Todd Berman, chair of Hampstead Hill
    /// Gardens Residents Association, who objected to the changes said` (at most 12 tokens, none a cue or a quote).
    func nameBeforeOpenRelativeClause(_ c: Int, lb: Int) -> Subj? {
        func isBreak(_ k: Int) -> Bool {
            let t = toks[k]
            return t.kind == Tok.qopen || t.kind == Tok.qclose || t.isPunct(.semicolon) || t.isCue
                || (t.isPeriodLike && !isAbbreviationStop(k))
        }
        var k = c - 1
        while k > lb && c - k <= 25 {
            let t = toks[k]
            if isBreak(k) { return nil }
            if t.isPunct(.comma) {
                guard toks[k + 1].flags & Lex.who != 0, toks[k + 1].hash != hWhich else { return nil }
                if let named = personEnding(at: k - 1, lb: lb) { return named }
                var m = k - 1
                while m > lb && k - m <= 12 && !toks[m].isPunct(.comma) && !isBreak(m) { m -= 1 }
                guard m > lb, m + 1 < k, toks[m].isPunct(.comma), toks[m + 1].flags & Lex.who == 0 else { return nil }
                return personEnding(at: m - 1, lb: lb)
            }
            k -= 1
        }
        return nil
    }

    /// The person whose name ends at token `k` (not in the possessive, starting at or after `lb`), or nil.
    func personEnding(at k: Int, lb: Int) -> Subj? {
        guard k >= lb, toks[k].seq >= 0 else { return nil }
        let si = Int(toks[k].seq)
        guard seqs[si].end == k, seqs[si].personLike, !toks[k].possessive, seqs[si].start >= lb else { return nil }
        return Subj(kind: .seq(si), first: seqs[si].start, last: seqs[si].end)
    }

    /// `Ann Waine, 27, of Pennine Road, Bacup said`, `Ann Waine, 27, from Bacup said`: a name found as the subject
    /// ends the address of the person named before it, whose apposition (a comma after the name, then ages, also in
    /// brackets as Northern Irish copy writes them, `Brian Milligan, (56) from Windsor Avenue, Lurgan contended`; `of`,
    /// `from`, `in`, street and place names, commas; at most 12 tokens) runs up to the cue.
    func personBeforeAddress(_ s: Subj, lb: Int) -> Subj? {
        guard case .seq(let si) = s.kind, !seqs[si].personLike else { return nil }
        var k = s.first - 1
        var sawAddressWord = false
        while k >= lb && s.first - k <= 12 {
            let t = toks[k]
            if t.seq >= 0, seqs[Int(t.seq)].end == k, seqs[Int(t.seq)].personLike, !t.possessive,
                k + 1 < s.first, toks[k + 1].isPunct(.comma), sawAddressWord
            {
                let person = seqs[Int(t.seq)]
                return Subj(kind: .seq(Int(t.seq)), first: person.start, last: person.end)
            }
            let isNumber = t.firstByte >= .digit0 && t.firstByte <= .digit9
            if t.kind == Tok.word && !t.cap && !isNumber {
                guard t.hash == hOf || t.hash == hFrom || t.hash == hIn else { return nil }
                sawAddressWord = true
            } else if !(t.kind == Tok.word || t.isPunct(.comma) || t.isPunct(.openParen) || t.isPunct(.closeParen)) {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// `Sergeant Tom Faudskar, of the Rochester Police Department says`, `Miguel Flores Jr. of Kingwood said`: an
    /// organisation, a place or any name that is no person's, found as the subject, is the affiliation of the person
    /// named before it (`of`/`from`/`with`/`at`, or `for` the side the person acts for: `Advocate Ismail Jamie for the
    /// residents argued`; a comma before them or not), who speaks.
    func personBeforeAffiliation(_ s: Subj, lb: Int) -> Subj? {
        let isOrganisation: Bool
        switch s.kind {
        case .np: isOrganisation = true
        case .seq(let si): isOrganisation = !seqs[si].personLike && seqs[si].person < 0
        default: isOrganisation = false
        }
        var a = s.first
        // (`Gary Nolan of industry body OneBus said`: a lower-case noun of what the body is, and one word before it,
        // may stand between the preposition and the name)
        if a - 1 >= lb, toks[a - 1].kind == Tok.word, !toks[a - 1].cap, orgHeadHashes.contains(toks[a - 1].hash) {
            a -= 1
            if a - 1 >= lb, toks[a - 1].kind == Tok.word, !toks[a - 1].cap,
                toks[a - 1].flags & (Lex.prep | Lex.det | Lex.conj) == 0, !toks[a - 1].isCue
            {
                a -= 1
            }
        }
        // (`Yvonne Bright of east Reid Avenue said`: a lower-case compass point before a place's name)
        if isOrganisation, a - 1 > lb, toks[a - 1].kind == Tok.word, !toks[a - 1].cap,
            compassPoints.contains(toks[a - 1].hash)
        {
            a -= 1
        }
        // (`Major Charles Kabona of the 1st Division explains`, `… of the UPDF’s 1st Division`, `… of the army's 2nd
        // Brigade`: an ordinal in figures, a possessive before it and an article may stand between the preposition
        // and the name)
        if isOrganisation, a - 1 > lb, isOrdinalInFigures(a - 1) {
            a -= 1
            if a - 1 > lb, toks[a - 1].kind == Tok.word, toks[a - 1].possessive {
                a = toks[a - 1].seq >= 0 ? seqs[Int(toks[a - 1].seq)].start : a - 1
            }
            if a - 1 > lb, toks[a - 1].kind == Tok.word, toks[a - 1].hash == hThe { a -= 1 }
        }
        guard isOrganisation, a - 2 >= lb, toks[a - 1].kind == Tok.word, !toks[a - 1].cap,
            affiliationPrepositions.contains(toks[a - 1].hash)
        else { return nil }
        // (`Detective Chief Inspector Rachel Smith from GMP Major Incident Team said`: no comma is needed; `Miguel
        // Flores Jr. of Kingwood said`: nor is the place a body, and the suffix's full stop ends no name)
        var end = toks[a - 2].isPunct(.comma) ? a - 3 : a - 2
        if end > lb, toks[end].seq < 0, isAbbreviationStop(end) { end -= 1 }
        guard end >= lb, toks[end].seq >= 0 else { return nil }
        let person = seqs[Int(toks[end].seq)]
        guard person.end == end, person.personLike, !toks[end].possessive else { return nil }
        return Subj(kind: .seq(Int(toks[end].seq)), first: person.start, last: person.end)
    }

    /// Whether token `k` is an ordinal written in figures: `1st`, `22nd`, `3rd`, `101st`, `4th`.
    func isOrdinalInFigures(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.end - t.start >= 3, isASCIIDigit(p[Int(t.start)]) else { return false }
        return endsWith(p, t, "st") || endsWith(p, t, "nd") || endsWith(p, t, "rd") || endsWith(p, t, "th")
    }

    /// `Cllr Mohammed Iqbal, leader of Pendle Council said`, `Mary Smith, chair of the Leeds Civic Trust said`, `The
    /// Rt Rev. Julian Henderson, Bishop of Blackburn said`: local copy leaves out the comma closing an apposition, so
    /// the subject found is the body or place the office is of. An office (one to four words after a comma, one of
    /// them a title, role or person noun, then `of`/`for`/`at` and maybe `the`, or a capitalised office run into the
    /// place: `Bishop of Blackburn`) between that subject and a person named before the comma makes the person the
    /// speaker.
    /// The body may be a description too: `Councillor Bill Hoult, deputy leader of the Liberal Democrat group on the
    /// council said`.
    func personBeforeOffice(_ s: Subj, lb: Int) -> Subj? {
        var office = false
        var k: Int
        switch s.kind {
        case .np(let a, _) where a == s.first && toks[a].hash == hThe:
            guard isOfficePreposition(a - 1, lb: lb) else { return nil }
            k = a - 2
        case .seq(let si) where !seqs[si].personLike:
            if seqs[si].start < s.first || toks[s.first].flags & Lex.title != 0 {
                // (the office is the sequence's own start: `Bishop of Blackburn`)
                office = toks[seqs[si].start].flags & (Lex.title | Lex.speakerNoun | Lex.personNoun) != 0
                k = seqs[si].start - 1
            } else {
                var p = s.first - 1
                // (a body's name may open with a possessive: `minister of St George’s Tron Church said`)
                if p >= lb, toks[p].possessive, toks[p].seq >= 0, seqs[Int(toks[p].seq)].end == p {
                    p = seqs[Int(toks[p].seq)].start - 1
                }
                if p >= lb, toks[p].hash == hThe { p -= 1 }
                guard isOfficePreposition(p, lb: lb) else { return nil }
                k = p - 1
            }
        default:
            return nil
        }
        var words = 0
        while k >= lb, words < 4, toks[k].kind == Tok.word, !toks[k].possessive {
            if toks[k].seq >= 0 && seqs[Int(toks[k].seq)].personLike { return nil }
            if toks[k].flags & (Lex.title | Lex.speakerNoun | Lex.personNoun) != 0 { office = true }
            words += 1
            k -= 1
        }
        guard office, k - 1 >= lb, toks[k].isPunct(.comma), toks[k - 1].seq >= 0 else { return nil }
        let person = seqs[Int(toks[k - 1].seq)]
        guard person.end == k - 1, person.personLike, !toks[k - 1].possessive else { return nil }
        return Subj(kind: .seq(Int(toks[k - 1].seq)), first: person.start, last: person.end)
    }

    /// The person `him` or `her` at token `o` stands for after a verb of a result (``resultVerbHashes``: `prompting him
    /// to reply`), as ``objectOfAResultVerb(beforeTo:lb:)`` finds a named object: the nearest person of that sex before
    /// it in the sentence who does not open it (the main clause's object: `Daniel Johnson quizzed Mr Swinney …,
    /// prompting him to reply`). An unknown subject when there is none, so the subject before the verb is never taken.
    func objectMadeToSpeak(_ o: Int, lb: Int) -> Subj? {
        let male: Bool
        switch toks[o].hash {
        case hHim: male = true
        case hHer: male = false
        default: return Subj(kind: .unknown, first: o, last: o)
        }
        let opening = sentenceOpeningSubject(before: o, lb: lb)?.sequence
        var k = o - 1
        while k >= lb, toks[k].sent == toks[o].sent {
            if toks[k].seq >= 0, seqs[Int(toks[k].seq)].end == k {
                let si = Int(toks[k].seq)
                if seqs[si].personLike, !seqs[si].inQuote, si != opening, !disagrees(seqs[si], male: male) {
                    return Subj(kind: .seq(si), first: seqs[si].start, last: k)
                }
            }
            k -= 1
        }
        return Subj(kind: .unknown, first: o, last: o)
    }

    /// `Jez Martin, Borough of Poole nature conservation officer said:`: local copy leaves out the comma closing an
    /// apposition of role words, so the subject found is a description, or none. When the words ending at token `b`
    /// end in a role or a noun of a speaker, and only such words - lower case (no indefinite article: `a police
    /// officer` is someone new), `of`, or a body's capitalised name - stand between it and a comma after a person's
    /// name opening the sentence, the person speaks.
    func personBeforeUnclosedDescription(endingAt b: Int, lb: Int) -> Subj? {
        guard b > lb, toks[b].kind == Tok.word, !toks[b].cap, isRoleHead(toks[b]) || isSpeakerNoun(toks[b]) else {
            return nil
        }
        var k = b - 1
        while k >= lb, b - k <= 8, toks[k].kind == Tok.word, !toks[k].possessive,
            toks[k].seq < 0 || !seqs[Int(toks[k].seq)].personLike
        {
            if !toks[k].cap,
                indefiniteHashes.contains(toks[k].hash) || toks[k].isCue
                    || (toks[k].flags & (Lex.prep | Lex.conj | Lex.pronOther) != 0 && toks[k].hash != hOf)
            {
                return nil
            }
            k -= 1
        }
        guard k - 1 >= lb, toks[k].isPunct(.comma), toks[k - 1].seq >= 0 else { return nil }
        let person = seqs[Int(toks[k - 1].seq)]
        // (a name the people stage found, or two name-like words that are no body or place: the apposition is the
        // evidence)
        guard person.end == k - 1, person.personLike || (person.nameLen >= 2 && !person.org && !person.place),
            !person.inQuote, !toks[k - 1].possessive, person.start == sentFirst[Int(toks[person.start].sent)]
        else { return nil }
        return Subj(kind: .seq(Int(toks[k - 1].seq)), first: person.start, last: person.end)
    }

    /// `"Q," Coach Kermit Davis Jr., said Wednesday`: a stray comma between a cue and a person's name that opens the
    /// search's clause (nothing from `lb` before it, or only a closing mark): the person, ending at token `e` (or at
    /// the full stop of its suffix).
    func nameOpeningTheClause(endingAt e0: Int, lb: Int) -> Subj? {
        let e = e0 > lb && isAbbreviationStop(e0) ? e0 - 1 : e0
        guard e >= lb, toks[e].seq >= 0, !toks[e].possessive else { return nil }
        let s = seqs[Int(toks[e].seq)]
        guard s.end == e, s.personLike, !s.inQuote, !s.place, s.start >= lb,
            s.start == lb || (s.start - 1 == lb && toks[lb].kind == Tok.qclose)
        else { return nil }
        return Subj(kind: .seq(Int(toks[e].seq)), first: s.start, last: s.end)
    }

    /// Whether a lower-case preposition governs the name starting at token `start` (at or after `lb`): right before
    /// it, or before at most three lower-case words that describe the person (`of firefighter Paul Bellamy`, `of the
    /// late surgeon Kola Balogun`).
    func isGovernedByAPreposition(_ start: Int, lb: Int) -> Bool {
        var k = start - 1
        while k >= lb, start - k <= 4, toks[k].kind == Tok.word, !toks[k].cap, !toks[k].isCue {
            if toks[k].flags & Lex.prep != 0 { return true }
            if toks[k].flags & (Lex.conj | Lex.who | Lex.subordinator) != 0 { return false }
            k -= 1
        }
        return false
    }

    /// Whether token `k` is the lower-case `of`, `for` or `at` joining an office to its body or place.
    private func isOfficePreposition(_ k: Int, lb: Int) -> Bool {
        k >= lb && toks[k].kind == Tok.word && !toks[k].cap
            && (toks[k].hash == hOf || toks[k].hash == hFor || toks[k].hash == hAt)
    }

    /// Whether word token `t` is (part of) a person's name, or a title, role, person noun or age that stands for a
    /// person, or a plural that speaks without a determiner (``Lex/plural``: `residents`, also bodies such as `banks`)
    /// or is the plural of a person word (`councillors in Derry said`: they, not the place, speak) - not a
    /// spokesperson's or a document's word, whose body speaks.
    func standsForAPerson(_ t: Tok) -> Bool {
        guard t.kind == Tok.word, !spokesHashes.contains(t.hash), !documentHashes.contains(t.hash) else { return false }
        if t.seq >= 0 && seqs[Int(t.seq)].personLike { return true }
        if t.flags & (Lex.speakerNoun | Lex.title | Lex.personNoun) != 0 && t.flags & Lex.honorific == 0 { return true }
        if t.flags & Lex.plural != 0 || isPluralOfAPersonWord(t) { return true }
        return isAgeOrDemonym(t) && !t.cap
    }

    /// A subject mention whose last token is `j`.
    func subjectEndingAt(_ j0: Int, lb: Int) -> Subj? {
        guard j0 >= lb, j0 >= 0 else { return nil }
        // `Ald. Jerome Pruitt Jr., 9th, said`: the full stop of an abbreviation ends no name
        let j = j0 > lb && isAbbreviationStop(j0) && toks[j0 - 1].cap ? j0 - 1 : j0
        let t = toks[j]
        guard t.kind == Tok.word else { return nil }
        // `the Smith family said`: the family speaks, not the Smith named before the word
        if !t.cap, t.hash == hFamily, j - 1 >= lb, toks[j - 1].seq >= 0, !toks[j - 1].possessive {
            let named = seqs[Int(toks[j - 1].seq)]
            if named.end == j - 1, named.start - 1 >= lb, toks[named.start - 1].hash == hThe {
                return Subj(kind: .np(named.start - 1, j), first: named.start - 1, last: j)
            }
        }
        if t.flags & Lex.pronMale != 0 { return Subj(kind: .pronoun(j, male: true), first: j, last: j) }
        if t.flags & Lex.pronFemale != 0 { return Subj(kind: .pronoun(j, male: false), first: j, last: j) }
        // `new data from property website Rightmove(,) which suggested`: `which` right after an organisation's name
        if t.hash == hWhich, !t.cap {
            let n = j - 1 >= lb && toks[j - 1].isPunct(.comma) ? j - 2 : j - 1
            if n >= lb, toks[n].kind == Tok.word, toks[n].seq >= 0, !toks[n].possessive {
                let named = seqs[Int(toks[n].seq)]
                if named.end == n, named.start >= lb, !named.place, !named.personLike {
                    // (`the National Council for Adoption, which said`: the whole name)
                    if let org = organisationNameStart(Int(toks[n].seq)), org.person == nil {
                        let start = org.start
                        let first = seqs[Int(toks[start].seq)].afterDet ? start - 1 : start
                        if first >= lb { return Subj(kind: .np(first, n), first: first, last: n) }
                    }
                    return Subj(kind: .seq(Int(toks[n].seq)), first: named.start, last: named.end)
                }
            }
        }
        if t.flags & Lex.who != 0 {
            // `Jane Roe who said`: `who` right after a person's name
            if j - 1 >= lb, toks[j - 1].kind == Tok.word, toks[j - 1].seq >= 0, !toks[j - 1].possessive {
                let named = seqs[Int(toks[j - 1].seq)]
                if named.end == j - 1, named.start >= lb, named.personLike {
                    return Subj(kind: .seq(Int(toks[j - 1].seq)), first: named.start, last: named.end)
                }
            }
            if j - 1 >= lb && toks[j - 1].isPunct(.comma), let s = subjectEndingAt(j - 2, lb: lb) {
                // (`an email from Dean Mastrojohn, Unilever's media manager for North America, who wrote`: `who` is
                // no place or body; the person opening the appositions is)
                if case .seq(let si) = s.kind, !seqs[si].personLike,
                    let person = personBeforeAppositions(j - 1, lb: lb, afterPreposition: true)
                {
                    return person
                }
                if case .seq = s.kind { return s }
                // (`Cllr Pauline Dee, who is a Shropshire member for Wem, who said:`: a description that is the
                // predicate of an earlier `who` clause is said of the person whose name ends right before that
                // clause's comma - not one an `of` or a place's preposition governs: `the father of Jane Reed, who is
                // a retired bus driver, who said`)
                // (nor when the description names someone: `Mary Lee, who is a friend of Cllr Pauline Dee, who said`)
                if case .np(let a, let b) = s.kind, a >= 4, beHashes.contains(toks[a - 1].hash),
                    !(a...b).contains(where: { toks[$0].seq >= 0 && seqs[Int(toks[$0].seq)].personLike }),
                    toks[a - 2].flags & Lex.who != 0, toks[a - 2].hash != hWhich, t.hash != hWhich,
                    toks[a - 3].isPunct(.comma), toks[a - 4].seq >= 0, !toks[a - 4].possessive
                {
                    let named = seqs[Int(toks[a - 4].seq)]
                    if named.end == a - 4, named.personLike, !named.place, !named.inQuote, named.start >= lb,
                        named.start == 0 || !governsAName(toks[named.start - 1])
                    {
                        return Subj(kind: .seq(Int(toks[a - 4].seq)), first: named.start, last: named.end)
                    }
                }
                // `denied by a UKIP spokesman, who said:` - a description that speaks (not `which`)
                if case .np = s.kind, t.hash != hWhich { return s }
            }
            // `said Linda Morad, another longtime at-large councilor who said`: `who` right after a lower-case
            // description in apposition to a person's name, with no comma before `who`
            if t.hash != hWhich, j - 1 >= lb, toks[j - 1].kind == Tok.word, !toks[j - 1].cap,
                isRoleOrPersonNoun(toks[j - 1])
            {
                var k = j - 2
                while k > lb, j - k <= 8, toks[k].kind == Tok.word, !toks[k].cap || toks[k].flags & Lex.det != 0,
                    !toks[k].isCue, toks[k].flags & Lex.who == 0
                {
                    k -= 1
                }
                if k > lb, toks[k].isPunct(.comma), let person = personBeforeAppositions(k, lb: lb) { return person }
            }
            // `another resident, Suzette Witter, 44, who said`: an age between the person and `who`
            if j - 2 >= lb, toks[j - 1].isPunct(.comma), toks[j - 2].kind == Tok.word,
                isASCIIDigit(p[Int(toks[j - 2].start)]), toks[j - 2].end - toks[j - 2].start <= 3,
                let person = personBeforeAppositions(j - 1, lb: lb, afterPreposition: true)
            {
                return person
            }
            // `conceded to Sheehan, (31), who told reporters`, `Sheehan (31), who`: an age in brackets, as Irish
            // papers write it; or a party-and-state label, as American papers do (`Sen. Bob Corker (R-TN), who`)
            if j - 5 >= lb, toks[j - 1].isPunct(.comma), toks[j - 2].isPunct(.closeParen), toks[j - 3].kind == Tok.word,
                (isASCIIDigit(p[Int(toks[j - 3].start)]) && toks[j - 3].end - toks[j - 3].start <= 3)
                    || isPartyAndStateLabel(p, Int(toks[j - 3].start), Int(toks[j - 3].end)),
                toks[j - 4].isPunct(.openParen)
            {
                let e = toks[j - 5].isPunct(.comma) ? j - 6 : j - 5
                if e >= lb, toks[e].seq >= 0, !toks[e].possessive, seqs[Int(toks[e].seq)].end == e,
                    seqs[Int(toks[e].seq)].personLike, !seqs[Int(toks[e].seq)].inQuote
                {
                    let si = Int(toks[e].seq)
                    return Subj(kind: .seq(si), first: seqs[si].start, last: seqs[si].end)
                }
            }
            return Subj(kind: .unknown, first: j, last: j)
        }
        if t.flags & Lex.pronOther != 0 && !t.cap
            || (t.cap && t.flags & Lex.pronOther != 0 && t.seq >= 0 && seqs[Int(t.seq)].start == seqs[Int(t.seq)].end)
        {
            return Subj(kind: .unknown, first: j, last: j)
        }
        if t.seq >= 0 {
            let s = seqs[Int(t.seq)]
            guard s.end == j, !t.possessive else { return nil }
            // `Despite protests`, `However, one dealer … told`: a function word capitalised to open its sentence is
            // no name, whatever follows it (unless it is a person's: `May said` after `Brian May`)
            if s.start == j, !s.personLike, sentFirst[Int(t.sent)] == j, isCapitalisedFunctionWord(t) { return nil }
            // `A statement on Twitter said`, `a post on Facebook read`: the platform a document appeared on is no
            // speaker, and the document names none
            if s.start - 2 >= lb, toks[s.start - 1].kind == Tok.word, !toks[s.start - 1].cap,
                platformPrepositions.contains(toks[s.start - 1].hash), toks[s.start - 2].kind == Tok.word,
                documentHashes.contains(toks[s.start - 2].hash)
            {
                return Subj(kind: .unknown, first: s.start - 2, last: j)
            }
            if let (start, person) = organisationNameStart(Int(t.seq)) {
                // `Gerard Rijk of Inbev said`: the person is the subject, the organisation describes them
                if let person = person {
                    return Subj(kind: .seq(person), first: seqs[person].start, last: seqs[person].end)
                }
                let named = seqs[Int(toks[start].seq)]
                let first = named.afterDet ? start - 1 : start
                if first >= lb {
                    let np = extendNP(first, lb: lb) ?? first
                    // `Mark Serwotka, the leader of the Public and Commercial Services Union said`: the apposition's
                    // closing comma is missing; the person before it speaks
                    if np < first, np - 2 >= lb, toks[np - 1].isPunct(.comma), toks[np - 2].seq >= 0 {
                        let person = seqs[Int(toks[np - 2].seq)]
                        if person.end == np - 2, person.personLike, !toks[np - 2].possessive {
                            return Subj(kind: .seq(Int(toks[np - 2].seq)), first: person.start, last: person.end)
                        }
                    }
                    // (`Mohammed Jalige, Assistant Superintendent of Police (ASP) and Spokesman for the Kaduna State
                    // Police Command told`: a longer apposition of titles, its closing comma missing too)
                    if let person = personOpeningAnUnclosedApposition(before: np, lb: lb) { return person }
                    return Subj(kind: .np(np, j), first: np, last: j)
                }
            }
            // "Rain Man and Tootsie said", `she and Harper agreed`: only part of a coordination of names or
            // pronouns; `…, and Kluft said`, `The committee met and Terry Parish said`, `… – and Cllr Parish told` open
            // a new clause (another lower-case word or punctuation before the conjunction)
            if s.start >= 2 && toks[s.start - 1].kind == Tok.word && toks[s.start - 1].flags & Lex.conj != 0
                && !toks[s.start - 1].cap
                && toks[s.start - 1].hash != hBut
                && toks[s.start - 2].kind == Tok.word
                && (toks[s.start - 2].cap
                    || toks[s.start - 2].flags & (Lex.pronMale | Lex.pronFemale | Lex.pronOther) != 0)
            {
                // (people joined by `and` speak together, the first named for them: `"Q," Ann Lee and Tom Hart said`)
                let joined = Subj(kind: .seq(Int(t.seq)), first: s.start, last: j)
                let first = s.personLike ? firstOfJoinedPeople(joined, lb: lb) : joined
                return first.first < s.start ? first : nil
            }
            let first = s.afterDet ? s.start - 1 : s.start
            // `The MP for Gainsborough added`, `Lord Nicholls of Birkenhead said`, `Audrey Brown, an 81-year-old from
            // Netherlee told`, `councillors in Derry said`, `a lawyer for Trump said`: a name that is no body's after
            // a preposition, after a person or a word for one (or people), is no subject; the person or description
            // before the preposition is (not `a spokesman for Acme` nor `a statement from Chelsea`: there the body
            // speaks). A place that ends a clause with `said` looks like a person's name here, so only a name of two
            // words or more is kept as the subject (`opposition leader on Pendle Mohammed Iqbal said`).
            // (a participle may stand between the word for people and the preposition: `residents living in Robinia
            // Crescent said`)
            let person =
                first - 3 >= lb && toks[first - 2].kind == Tok.word && !toks[first - 2].cap
                    && endsWith(p, toks[first - 2], "ing") && standsForAPerson(toks[first - 3]) ? first - 3 : first - 2
            if !s.org, !s.personLike || s.start == s.end, first - 2 >= lb, toks[first - 1].kind == Tok.word,
                !toks[first - 1].cap,
                toks[first - 1].flags & Lex.prep != 0, standsForAPerson(toks[person])
            {
                return subjectEndingAt(person, lb: lb) ?? Subj(kind: .unknown, first: first - 1, last: j)
            }
            // `The Chancellor who was speaking at an event in Georgetown said`, `Peterborough MP ordered from Commons
            // says`: a name right after a preposition of place (or `from`) is where the subject was; the person or
            // office opening the sentence speaks
            if !s.org, !s.personLike || s.start == s.end, first - 1 >= lb, toks[first - 1].kind == Tok.word,
                !toks[first - 1].cap,
                placeOnlyPrepositionHashes.contains(toks[first - 1].hash) || toks[first - 1].hash == hFrom,
                let opening = personOrOfficeOpeningTheSentence(before: first - 1, lb: lb)
            {
                return opening
            }
            if first < lb && !s.afterDet { return nil }
            if s.detBefore && first >= lb && toks[j].flags & Lex.title != 0 && toks[j].flags & Lex.orgWord == 0
                && !s.personLike
            {
                return Subj(kind: .np(first, j), first: first, last: j)  // "the Ealing North MP said"
            }
            // `The local MSP accused`: an office written as an acronym after lower-case words and an article
            // describes
            if s.start == j, s.end == j, toks[j].allCaps, toks[j].flags & Lex.title != 0, j - 1 >= lb,
                toks[j - 1].kind == Tok.word, !toks[j - 1].cap
            {
                var k = j - 1
                while k >= lb && k >= j - 4 && toks[k].kind == Tok.word {
                    if toks[k].flags & Lex.det != 0 && toks[k].flags & Lex.pronMale == 0 {
                        return Subj(kind: .np(k, j), first: k, last: j)
                    }
                    k -= 1
                }
            }
            if let ext = extendNP(first, lb: lb) { return Subj(kind: .np(ext, j), first: ext, last: j) }
            if !s.personLike, let person = personOpeningAnUnclosedApposition(before: first, lb: lb) { return person }
            return Subj(kind: .seq(Int(t.seq)), first: max(first, lb), last: j)
        }
        // `Whitlock's office said`, `her office called`: a person's office speaks for them, and so does a person's
        // spokesperson (`Mr Corbyn's spokesperson said it "regretted" …`)
        if !t.cap, t.hash == hOffice || spokesHashes.contains(t.hash), j - 1 >= lb, toks[j - 1].kind == Tok.word {
            let owner = toks[j - 1]
            if owner.hash == hHer || owner.hash == hHis {
                return Subj(kind: .pronoun(j - 1, male: owner.hash == hHis), first: j - 1, last: j)
            }
            if owner.possessive, owner.seq >= 0, seqs[Int(owner.seq)].end == j - 1, seqs[Int(owner.seq)].personLike {
                return Subj(kind: .seq(Int(owner.seq)), first: seqs[Int(owner.seq)].start, last: j)
            }
        }
        // `"Q," Mr Tanzi's statement said`: a person's or organisation's document speaks for them (one word may
        // describe the document: `Mr Tanzi's official statement`, ``documentModifiers``)
        if !t.cap, documentHashes.contains(t.hash) {
            var o = j - 1
            if o - 1 >= lb, toks[o].kind == Tok.word, !toks[o].cap, documentModifiers.contains(toks[o].hash) { o -= 1 }
            // (`"Q," his plea said`, `her lawsuit states`: what a person filed or wrote speaks for them, as their
            // office does - when the phrase opens its clause, not as an object: `A judge reviewing her lawsuit said`)
            if o >= lb, toks[o].hash == hHer || toks[o].hash == hHis,
                o == lb || toks[o - 1].kind != Tok.word || toks[o - 1].flags & Lex.conj != 0
            {
                return Subj(kind: .pronoun(o, male: toks[o].hash == hHis), first: o, last: j)
            }
            if o >= lb, toks[o].possessive, toks[o].seq >= 0 {
                let owner = seqs[Int(toks[o].seq)]
                if owner.end == o, owner.start >= lb, !owner.place {
                    return Subj(kind: .seq(Int(toks[o].seq)), first: owner.start, last: owner.end)
                }
            }
            // (`"Q," the department's news release said` after `the Ohio Department of Health`: the body's description,
            // resolved as `the department said` is)
            if o - 1 >= lb, toks[o].possessive, toks[o].kind == Tok.word, !toks[o].cap, toks[o - 1].hash == hThe,
                orgHeadHashes.contains(toks[o].hash)
            {
                return Subj(kind: .np(o - 1, o), first: o - 1, last: j)
            }
        }
        // (`A SHERIFF has claimed`: a role in capitals that is no name's word is a description)
        if !t.cap || t.flags & Lex.speakerNoun != 0 || (t.allCaps && t.seq < 0) {
            guard isSpeakerNoun(t) else { return nil }
            // walk back to a determiner
            var k = j - 1
            var steps = 0
            while k >= lb && steps < 5 {
                // (`A Police Service of Northern Ireland (PSNI) spokesman said`: a body's initials in brackets after
                // its name belong to the description)
                if k - 2 >= lb, toks[k].isPunct(.closeParen), toks[k - 1].allCaps, toks[k - 2].isPunct(.openParen) {
                    k -= 3
                    continue
                }
                let tk = toks[k]
                if tk.kind != Tok.word { break }
                // (`A Department of Health spokesperson said`: a body's name, prepositions and all, is one modifier)
                if tk.seq >= 0, seqs[Int(tk.seq)].end == k, !seqs[Int(tk.seq)].personLike,
                    seqs[Int(tk.seq)].nameStart < k, seqs[Int(tk.seq)].nameStart >= lb
                {
                    k = seqs[Int(tk.seq)].nameStart - 1
                    steps += 1
                    continue
                }
                if tk.flags & Lex.det != 0 && tk.flags & Lex.pronMale == 0 {
                    // "Michael Lamberty, a Lufthansa spokesman told": the name before the appositive (after `the`
                    // too when the name follows a quote and its comma: `"Q," Tiffany Attakorah, the victim's sister
                    // said` - elsewhere `Welcoming Emmanuel Macron, the prime minister said` is the description's)
                    if k >= lb + 2 && toks[k - 1].isPunct(.comma) && toks[k - 2].seq >= 0 {
                        let s = seqs[Int(toks[k - 2].seq)]
                        let afterTheQuote =
                            s.start >= 2
                            && (toks[s.start - 1].kind == Tok.qclose
                                || (toks[s.start - 1].isPunct(.comma) && toks[s.start - 2].kind == Tok.qclose))
                        if s.end == k - 2 && s.personLike && !toks[k - 2].possessive
                            && (tk.hash != hThe || afterTheQuote)
                        {
                            return Subj(kind: .seq(Int(toks[k - 2].seq)), first: s.start, last: s.end)
                        }
                    }
                    let a = extendNP(k, lb: lb) ?? k
                    return Subj(kind: .np(a, j), first: a, last: j)
                }
                // (`PTC president and conservative activist said`: roles joined by `and` are one description)
                if tk.flags & (Lex.prep | Lex.skipAdv) != 0 || tk.isCue || (tk.flags & Lex.conj != 0 && tk.hash != hAnd)
                {
                    break
                }
                k -= 1
                steps += 1
            }
            if t.flags & Lex.plural != 0 { return Subj(kind: .np(j, j), first: j, last: j) }
            // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said" (appositive without its closing comma)
            if k >= lb + 1 && toks[k].isPunct(.comma), toks[k - 1].seq >= 0 {
                let s = seqs[Int(toks[k - 1].seq)]
                if s.end == k - 1 && s.personLike && !toks[k - 1].possessive {
                    return Subj(kind: .seq(Int(toks[k - 1].seq)), first: s.start, last: s.end)
                }
            }
            // "UKIP spokesman said": organisation + role
            // (also opening the sentence: `TfL chief warns of 'hard choices'`)
            // (`Northern Ireland's health minister says`: a capitalised role word, `Northern` of `Northern Ireland
            // Secretary`, may open the name)
            let named =
                k + 2 < j && toks[k + 1].cap && isSpeakerNoun(toks[k + 1]) && toks[k + 2].cap && toks[k + 2].seq >= 0
                ? k + 2 : k + 1
            if k >= lb - 1 && k < j && k + 1 >= lb && toks[named].cap && toks[named].seq >= 0
                && !isSpeakerNoun(toks[named])
            {
                let s = seqs[Int(toks[named].seq)]
                let first = min(s.start, k + 1)
                if !s.personLike && first >= lb { return Subj(kind: .np(first, j), first: first, last: j) }
            }
        }
        return nil
    }

    /// "a spokesman for" + NP: the start of the larger noun phrase, if any.
    func extendNP(_ k: Int, lb: Int) -> Int? {
        guard k - 2 >= lb else { return nil }
        let pr = toks[k - 1]
        // (`an aide on the Commerce Committee`, `a lawyer with the firm`, `an analyst in London`, `a councillor from
        // Dundee`)
        guard pr.kind == Tok.word,
            pr.hash == hOf || pr.hash == hFor || pr.hash == hAt || pr.hash == hOn || pr.hash == hWith || pr.hash == hIn
                || pr.hash == hFrom
        else { return nil }
        let head = toks[k - 2]
        guard head.kind == Tok.word, !head.cap, isSpeakerNoun(head) else { return nil }
        // (after `from`, a person's role only: `a spokesperson from Icstis`, `the letter from Qwest` speak as the body)
        if pr.hash == hFrom && (!isPersonRole(head) || spokesHashes.contains(head.hash)) { return nil }
        var m = k - 3
        var steps = 0
        while m >= lb && steps < 4 {
            let tm = toks[m]
            if tm.kind != Tok.word { return nil }
            if tm.flags & Lex.det != 0 && tm.flags & Lex.pronMale == 0 { return m }
            if tm.flags & (Lex.prep | Lex.conj) != 0 || tm.isCue { return nil }
            m -= 1
            steps += 1
        }
        return nil
    }

    /// Subject of a participle cue (", saying ..."): the nearest person or pronoun earlier in the sentence.
    mutating func participleSubject(_ c: Int, lb: Int, qo: Int) -> Subj? {
        if let quoted = quotedFrame(c) {
            var k = quoted - 1
            while k >= lb && toks[k].kind == Tok.word && toks[k].flags & Lex.skipAdv != 0 { k -= 1 }
            return subjectEndingAt(k, lb: lb)
        }
        // `NAN quoted him as saying: "Q"`, `the paper quoted Odumosu as saying`: the object of an active `quoted` speaks
        if let object = quotedObject(beforeAs: c - 1, lb: lb) { return object }
        // `She handed Anne a bouquet before telling the BBC: "Q"`, `… after saying`, `… while adding`: the
        // participle after a preposition shares the sentence's subject, not the nearest person (the object)
        // (`Provost Jim Leishman said … and Cllr Alexander finished the matter by adding: "Q"`: the subject of the
        // clause an `and` or a `but` opened, when one did)
        if c >= 1, toks[c - 1].kind == Tok.word, participlePrepositions.contains(toks[c - 1].hash),
            let s = coordinatedSubject(before: c - 1, lb: lb) ?? sentenceOpeningSubject(before: c - 1, lb: lb)
        {
            return s
        }
        // (a dash sets a participle's clause off as a comma does: `Councillor Ann Reid backed the plan - claiming it
        // would "go a long way"`, `… – saying`)
        if c >= 1 && !toks[c - 1].isPunct(.comma) && !toks[c - 1].isDash {
            let left = subjectLeft(c, lb: lb)
            // `He said the Government has targets for FOIs saying he wants to "Q"`, `The Police Ombudsman has
            // written to the chief constable asking that "Q"`: a noun after a preposition is no subject; the
            // sentence's opening subject is (not after `from`, `by` or `with`: `a letter from the council saying` is
            // the council's, `with Charles Kennedy claiming` Kennedy's)
            // (and no one when the sentence opens with no person and the participle follows the addressee: `They wrote
            // a letter to Mr Drakeford saying they had "no confidence"`; `on Thursday Mr Blair is saying` is Blair's,
            // `after a government warning about` the government's)
            if let s = left, s.first > lb, toks[s.first - 1].kind == Tok.word, toks[s.first - 1].flags & Lex.prep != 0,
                toks[s.first - 1].hash != hFrom, toks[s.first - 1].hash != hBy, toks[s.first - 1].hash != hWith
            {
                if let opening = sentenceOpeningSubject(before: s.first - 1, lb: lb) { return opening }
                if s.last == c - 1 && toks[s.first - 1].hash == hTo { return nil }
            }
            // `Lawson released a statement saying she was "deeply disappointed"`, `Police issued a warning urging
            // …`: a document right before the participle says what its author says - the sentence's subject
            if let s = left, case .np(_, let head) = s.kind, s.last == c - 1, documentHashes.contains(toks[head].hash),
                s.first > lb, let author = sentenceOpeningSubject(before: s.first, lb: lb), !toks[author.first].allCaps
            {
                return author
            }
            return left
        }
        // `Mr Ross appeared to mock Mr Swinney, who was sitting beside Nicola Sturgeon, saying: "Q"`, `Willie Mackay
        // backed Mrs Ross's suggestion, saying`: a participle clause after a comma shares the subject of the clause
        // it follows, which is the sentence's when a person or he/she opens it (not past a quote, whose own cue may
        // have another subject: `Mr Sullivan "made accounting decisions," he told the court, saying`), or the
        // subject of a clause `and` or `but` opened after it (`Johnny Sexton kicked the winner and Andy Farrell praised
        // his captain, saying`)
        if c >= 1, let s = coordinatedSubject(before: c - 1, lb: lb) { return s }
        if c >= 2, toks[c - 1].isPunct(.comma), let s = personSubjectOfTheCueBefore(c, lb: lb) { return s }
        if c >= 1, let s = sentenceOpeningSubject(before: c - 1, lb: lb), !toks[s.first].allCaps,
            s.isPronoun || { if case .seq(let si) = s.kind { return seqs[si].personLike } else { return false } }(),
            !(s.last..<c).contains(where: { toks[$0].kind == Tok.qclose && !closesATerm($0) })
        {
            return s
        }
        // else the nearest person-like name or pronoun; else the nearest other name (`Rourke, 61, a former Augusta car
        // dealer, repeated his pledge, saying` is Rourke's, not Augusta's)
        // (a person after a preposition other than `by` is an object, taken only when no subject is found before it:
        // `when he dismissed the case against Austin Pratt, blaming prosecutors for a "Q"` is the judge's)
        var k = c - 2
        var fallback: Subj? = nil
        var object: Subj? = nil
        while k >= lb {
            let t = toks[k]
            if t.kind == Tok.qclose && !closesATerm(k) { break }
            if t.kind == Tok.word {
                if t.flags & (Lex.pronMale | Lex.pronFemale) != 0 {
                    return fallback ?? Subj(kind: .pronoun(k, male: t.flags & Lex.pronMale != 0), first: k, last: k)
                }
                if t.seq >= 0 && seqs[Int(t.seq)].end == k && !seqs[Int(t.seq)].org && !seqs[Int(t.seq)].place
                    && !seqs[Int(t.seq)].afterDet && !t.allCaps
                {
                    let s = seqs[Int(t.seq)]
                    let found = Subj(kind: .seq(Int(t.seq)), first: s.start, last: k)
                    let before = s.start - 1
                    // (a possessive is no subject either: `Herrera said she liked Liccardo's call for …, saying`)
                    if s.personLike,
                        t.possessive
                            || (before >= lb && toks[before].kind == Tok.word && !toks[before].cap
                                && toks[before].flags & Lex.prep != 0 && toks[before].hash != hBy)
                    {
                        if object == nil { object = found }
                    } else if s.personLike {
                        return found
                    } else if fallback == nil {
                        // (`An Ulster Unionist councillor has expressed …, contending`: the councillor, not the party)
                        fallback = roleHolderDescription(Int(t.seq), before: c) ?? found
                    }
                }
            }
            k -= 1
        }
        return object ?? fallback
    }

    /// The subject of the last clause that `and` or `but` opens between the sentence's start `lb` and token `j` (`…
    /// and Cllr Alexander finished the matter by adding`, `… but he ended by saying`): a person's name or he/she right
    /// after the conjunction, then a verb, an adverb maybe before it - a cue or a lower-case word in -ed (`and Anne Lee
    /// yesterday` is an object joined to another). Nil when no such clause opens, a quote stands in between, or a cue
    /// before the conjunction opened reported speech that no quote closed (`Pat Kelly said the squad was tired but
    /// Ronan Curtis looked sharp, adding`, `Cllr Ann Foy said the mayor and Cllr Tom Hale attended, adding`: the
    /// clause is what Kelly or Foy said; `Jim Leishman said the words were a "bit harsh" and Cllr Alexander finished
    /// …` is not; nor a cue's infinitive or noun: `attempted to pose a question`). Two passes over the sentence at
    /// most.
    func coordinatedSubject(before j: Int, lb: Int) -> Subj? {
        var k = j - 1
        while k > lb {
            let t = toks[k]
            if t.kind == Tok.qopen || t.kind == Tok.qclose { return nil }
            if t.kind == Tok.word, !t.cap, t.hash == hAnd || t.hash == hBut, k + 2 < j {
                let n = toks[k + 1]
                var verb = k + 2
                var subject: Subj? = nil
                if n.kind == Tok.word, !n.cap, n.flags & (Lex.pronMale | Lex.pronFemale) != 0 {
                    subject = Subj(kind: .pronoun(k + 1, male: n.flags & Lex.pronMale != 0), first: k + 1, last: k + 1)
                } else if n.seq >= 0, seqs[Int(n.seq)].start == k + 1, seqs[Int(n.seq)].personLike,
                    !seqs[Int(n.seq)].org, !seqs[Int(n.seq)].inQuote, !toks[seqs[Int(n.seq)].end].possessive
                {
                    let s = seqs[Int(n.seq)]
                    subject = Subj(kind: .seq(Int(n.seq)), first: s.start, last: s.end)
                    verb = s.end + 1
                }
                // (an adverb may stand before the verb: `but Chief Justice Isa promptly intervened, asserting`; not an
                // auxiliary: `Annastacia Palaszczuk and Health Minister Steven Miles have defended` joins two subjects)
                if subject != nil, verb + 1 < j, toks[verb].kind == Tok.word, !toks[verb].cap,
                    endsWithLy(toks[verb]) || clauseAdverbHashes.contains(toks[verb].hash)
                {
                    verb += 1
                }
                if let subject, verb < j, toks[verb].kind == Tok.word, !toks[verb].cap,
                    toks[verb].isCue || endsWith(p, toks[verb], "ed")
                {
                    var m = k - 1
                    while m >= lb, toks[m].kind != Tok.qclose {
                        // (not a cue's infinitive or noun: `Justice Munib attempted to pose a question …, but Chief
                        // Justice Isa intervened, asserting`)
                        if toks[m].isCue, m == 0 || (toks[m - 1].hash != hTo && toks[m - 1].flags & Lex.det == 0) {
                            return nil
                        }
                        m -= 1
                    }
                    return subject
                }
            }
            k -= 1
        }
        return nil
    }

    /// The person whose name opens the clause holding token `j`: right after the nearest comma before `j` (after
    /// `lb`, at most 12 tokens back, no quote mark between) and followed by a lower-case word that is no function word
    /// or participle in -ing - the clause's verb (`…, Richardson stood up and shouted`; not `…, Tom Hale and`, `…, Tom
    /// Hale, the chairman`). Nil otherwise.
    func personOpeningTheClause(before j: Int, lb: Int) -> Subj? {
        var k = j - 1
        while k > lb, j - k <= 12, !toks[k].isPunct(.comma) {
            if toks[k].kind == Tok.qopen || toks[k].kind == Tok.qclose { return nil }
            k -= 1
        }
        guard k > lb, toks[k].isPunct(.comma), toks[k + 1].seq >= 0 else { return nil }
        let si = Int(toks[k + 1].seq)
        let s = seqs[si]
        guard s.start == k + 1, s.end + 1 < j, s.personLike, !s.inQuote, !toks[s.end].possessive else { return nil }
        let verb = toks[s.end + 1]
        let function =
            Lex.prep | Lex.det | Lex.conj | Lex.who | Lex.subordinator | Lex.pronMale | Lex.pronFemale | Lex.pronOther
        guard verb.kind == Tok.word, !verb.cap, verb.flags & function == 0, !endsWithIng(verb) else { return nil }
        return Subj(kind: .seq(si), first: s.start, last: s.end)
    }

    /// Whether the closing mark at token `k` ends a quoted term of at most three words that no comma closes
    /// (`mentioned the ‘Strexit’ (Strabane Exit) presence, adding`): a word held up in the clause, not a quote with a
    /// cue and a subject of its own, so the participle after it still shares the clause's subject.
    func closesATerm(_ k: Int) -> Bool {
        let q = Int(toks[k].quote)
        guard q >= 0, q < qOpenTok.count else { return false }
        var words = 0
        for i in (qOpenTok[q] + 1)..<k {
            if toks[i].kind == Tok.word {
                words += 1
                if words > 3 { return false }
            } else if toks[i].kind == Tok.punct {
                return false
            }
        }
        return words >= 1 && (k + 1 >= toks.count || !toks[k + 1].isPunct(.comma))
    }

    /// The object of an active `quoted` before `as` at token `asTok` (`quoted him as saying`, `quoted the commissioner
    /// as saying`): at most four tokens between them, a person, a description or `him`/`her`.
    func quotedObject(beforeAs asTok: Int, lb: Int) -> Subj? {
        guard asTok - 2 >= lb, toks[asTok].hash == hAs, !toks[asTok].cap else { return nil }
        var k = asTok - 2
        while k >= max(lb, asTok - 5) && toks[k].hash != hQuoted { k -= 1 }
        // (not the passive `was quoted by The Australian as saying`: the outlet is no speaker)
        guard k >= max(lb, asTok - 5), toks[k].hash == hQuoted, !toks[k].cap, toks[k + 1].hash != hBy else {
            return nil
        }
        let last = asTok - 1
        if last == k + 1, toks[last].kind == Tok.word, !toks[last].cap {
            if toks[last].hash == hHim { return Subj(kind: .pronoun(last, male: true), first: last, last: last) }
            if toks[last].hash == hHer { return Subj(kind: .pronoun(last, male: false), first: last, last: last) }
        }
        if let s = subjectEndingAt(last, lb: k + 1), s.first > k, !s.isPronoun { return s }
        // (a description no rule reads, `one trader`: still the speaker, if an unknown one)
        guard (k + 1...last).allSatisfy({ toks[$0].kind == Tok.word && !toks[$0].isCue }) else { return nil }
        return Subj(kind: .np(k + 1, last), first: k + 1, last: last)
    }

    /// `International Chamber of Shipping`, `Transport for Greater Manchester`, `Department of Employment and
    /// Workplace Relations`: the name sequences stop at `of`, `for` and `and`, so a subject ending in sequence `si`
    /// may be the end of a longer organisation name. Walks left over `of`/`for`/`and` + a capitalised sequence in the
    /// same sentence (at most four steps; `and` only inside an `of`/`for` name, so `Sony and Philips said` stays a
    /// coordination) and returns the token where the name starts. When the word before `of` ends a person's name
    /// (`Gerard Rijk of Inbev said`), that person is returned instead. `nil` when the sequence is not part of a longer
    /// name.
    func organisationNameStart(_ si: Int) -> (start: Int, person: Int?)? {
        var at = seqs[si].start
        // `Capt. Forrest Smith of the Mesa Fire Department told`: the person before `of the` speaks
        if at >= 3, toks[at - 1].hash == hThe, !toks[at - 1].cap, toks[at - 2].hash == hOf, !toks[at - 2].cap,
            toks[at - 3].seq >= 0, seqs[si].org
        {
            let named = seqs[Int(toks[at - 3].seq)]
            if named.end == at - 3, named.personLike, named.nameLen >= 2, !toks[at - 3].possessive, !named.inQuote {
                return (named.start, Int(toks[at - 3].seq))
            }
        }
        var starts: [(start: Int, isAnd: Bool)] = []
        while at >= 2, starts.count < 4 {
            let glue = toks[at - 1]
            let left = toks[at - 2]
            guard glue.kind == Tok.word, !glue.cap, glue.sent == toks[at].sent,
                glue.hash == hOf || glue.hash == hFor || glue.hash == hAnd,
                left.kind == Tok.word, left.cap, left.seq >= 0, !left.possessive
            else { break }
            let named = seqs[Int(left.seq)]
            guard named.end == at - 2, !named.inQuote else { break }
            if named.personLike {
                if glue.hash == hOf, starts.isEmpty, named.nameLen >= 2 { return (named.start, Int(left.seq)) }
                break
            }
            // `Department of Employment` is one sequence already: its `of` makes the `and` part of the name
            let hasOf = (named.start...named.end).contains { toks[$0].hash == hOf }
            starts.append((named.start, glue.hash == hAnd && !hasOf))
            at = named.start
        }
        // a name never starts with `X and` (`Sony and Philips said`), unless an article shows the whole is one name
        // (`the Public and Commercial Services Union`): drop coordinated parts on the left
        while let last = starts.last, last.isAnd,
            !(seqs[Int(toks[last.start].seq)].afterDet && seqs[si].org)
        {
            starts.removeLast()
        }
        // (`the Public and Commercial Services Union` found as one sequence is such a name already)
        if starts.isEmpty, seqs[si].org, (seqs[si].start...seqs[si].end).contains(where: { toks[$0].hash == hAnd }) {
            return (seqs[si].start, nil)
        }
        return starts.last.map { ($0.start, nil) }
    }

    /// A preposition, conjunction, determiner, pronoun, adverb or clause opener (`Despite`, `However`, `Other`,
    /// `Ultimately`), written with a capital because it opens a sentence; not a day or a month (`May` is a name too).
    func isCapitalisedFunctionWord(_ t: Tok) -> Bool {
        let function = Lex.prep | Lex.conj | Lex.det | Lex.skipAdv | Lex.pronOther | Lex.stopCap
        // (a negative contraction too: `Don't think my phone was hacked, says …` in a headline)
        return t.cap && !t.allCaps
            && (t.flags & function != 0 || openingSubordinators.contains(t.hash) || endsWithLy(t)
                || endsWith(p, t, "n't") || endsWith(p, t, "n\u{2019}t"))
            && !weekdayHashes.contains(t.hash) && !monthHashes.contains(t.hash)
    }

    /// A lower-case word that is no function word, cue, pronoun or verb form in -ed/-ing (`worker`, `floor`).
    func isPlainWord(_ t: Tok) -> Bool {
        let function =
            Lex.prep | Lex.det | Lex.conj | Lex.skipAdv | Lex.pronMale | Lex.pronFemale | Lex.pronOther
            | Lex.who | Lex.subordinator
        return t.flags & function == 0 && !t.isCue && !endsWith(p, t, "ed") && !endsWith(p, t, "ing")
    }

    /// Where the subject of the sentence of token `j` begins (not before `lb`): after a subordinate clause, a fronted
    /// phrase or a participle clause opening the sentence, to its comma (`As Mr Lyons persisted, Judge Windle thumped
    /// …`, `Despite the draw, the head coach pointed …`, `Speaking after the game, Walker …`; within 30 tokens), then
    /// after connectives and adverbs and the commas that follow them (`But`, `However,`, `Meanwhile,`, `Separately,`);
    /// connectives may come first, the clause after them (`However, at 9am on Saturday, Deputy Returning Officer …`).
    func subjectStart(before j: Int, lb: Int) -> Int {
        let first = afterDateline(from: max(sentFirst[Int(toks[j].sent)], lb), before: j)
        let opening = afterOpeningClause(from: first, before: j)
        let k = afterConnectives(from: opening, before: j)
        // (`However, at 9am on Saturday, Deputy Returning Officer Vincent Murray … informed`: a connective may come
        // before the opening clause; only after one is a clause looked for again)
        guard k > opening else { return k }
        let clause = afterOpeningClause(from: k, before: j)
        return clause == k ? k : afterConnectives(from: clause, before: j)
    }

    /// The token after a dateline opening a paragraph at `first` (`LONDON - `, `NEW YORK (Reuters) — `): one to three
    /// words in capitals, an agency in brackets maybe, and a dash - the place the story was filed from is no subject.
    /// `first` itself when there is none.
    func afterDateline(from first: Int, before j: Int) -> Int {
        guard first < j, first == paraFirstTok[Int(toks[first].para)] else { return first }
        var k = first
        while k < j, k < first + 3, toks[k].kind == Tok.word, toks[k].allCaps { k += 1 }
        guard k > first, k < j else { return first }
        if toks[k].isPunct(.openParen), k + 2 < j, toks[k + 1].kind == Tok.word, toks[k + 2].isPunct(.closeParen) {
            k += 3
        }
        return k + 1 < j && toks[k].isDash ? k + 1 : first
    }

    /// A description opening the sentence of token `j` (``subjectStart(before:lb:)``) and followed by its verb, whose
    /// role the article gave someone before: `the`, at most three lower-case modifiers and a role (`The chancellor
    /// would not comment`), then an auxiliary, a cue or a word in -ed. Nil otherwise - also for a description no one
    /// was written with (`The young mother wept and said`), which would go to whoever was named last.
    func heldDescriptionOpening(before j: Int, lb: Int) -> Subj? {
        let k = subjectStart(before: j, lb: lb)
        guard k + 2 < j, toks[k].kind == Tok.word, toks[k].hash == hThe else { return nil }
        var m = k + 1
        while m + 1 < j, m - k <= 4, toks[m].kind == Tok.word, !toks[m].cap,
            toks[m].flags & (Lex.prep | Lex.det | Lex.conj) == 0
        {
            let verb = toks[m + 1]
            if isRoleHead(toks[m]), verb.kind == Tok.word, !verb.cap, !isRoleHead(verb),
                verb.isCue || verb.flags & Lex.skipAdv != 0 || endsWith(p, verb, "ed")
            {
                let modifiers = ((k + 1)..<m).map { toks[$0].hash }
                guard roleHolder(toks[m].hash, before: k, modifiers: modifiers) != nil else { return nil }
                return Subj(kind: .np(k, m), first: k, last: m)
            }
            m += 1
        }
        return nil
    }

    /// Past a subordinate or participle clause that opens at token `k`, to its comma (within 30 tokens); `k` itself
    /// when none opens there.
    private func afterOpeningClause(from k: Int, before j: Int) -> Int {
        let subordinate = k < j && toks[k].kind == Tok.word && openingSubordinators.contains(toks[k].hash)
        let participle = k < j && toks[k].kind == Tok.word && !subordinate && opensAParticipleClause(k)
        if subordinate || participle, let comma = (k..<min(j, k + 30)).first(where: { toks[$0].isPunct(.comma) }),
            // (a participle clause names no person: `Re-treading worker Dan Moss, 53,` is the subject itself; but a
            // person after a preposition or an article there is its object: `Quizzed by MLA Stewart Dickson, the
            // minister said`, `Echoing the new US Secretary of State Condoleezza Rice, the prime minister said`)
            subordinate || !personNamed(from: k + 1, to: comma)
                || (toks[k + 1].kind == Tok.word && !toks[k + 1].cap && toks[k + 1].flags & (Lex.prep | Lex.det) != 0)
        {
            return comma + 1
        }
        return k
    }

    /// Past connectives and adverbs starting at token `k` and the commas that follow them (`But`, `However,`).
    private func afterConnectives(from opening: Int, before j: Int) -> Int {
        var k = opening
        while k < j {
            if toks[k].kind == Tok.word, toks[k].flags & (Lex.conj | Lex.skipAdv) != 0 || endsWithLy(toks[k]) {
                k += 1
            } else if k > opening, toks[k].isPunct(.comma), toks[k - 1].kind == Tok.word {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    /// Whether the comma at token `comma` closes a phrase or clause opening its sentence (``subjectStart(before:lb:)``):
    /// the words after it are the sentence's subject, not an apposition of a name before it (`After talks with
    /// Stewart Dickson, the minister said` does not make Dickson the minister).
    func closesOpeningPhrase(_ comma: Int) -> Bool {
        let first = sentFirst[Int(toks[comma].sent)]
        guard comma > first, comma + 1 < toks.count, toks[comma + 1].sent == toks[comma].sent else { return false }
        return subjectStart(before: comma + 1, lb: first) == comma + 1
    }

    /// Whether token `k` opens its sentence with a participle (`Speaking after the game, Walker could not hide his
    /// joy`, `Asked about the deal, she …`): a capitalised word in -ing or -ed that begins no name; the clause's
    /// subject is the sentence's, after the comma.
    func opensAParticipleClause(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.cap, !t.allCaps, t.seq < 0 || !seqs[Int(t.seq)].personLike else { return false }
        return endsWith(p, t, "ing") || endsWith(p, t, "ed")
    }

    /// The subject that opens the sentence of token `j` (``subjectStart(before:lb:)``): a pronoun, or a name sequence
    /// that is a person or an organisation. Nil when the sentence opens otherwise or before `lb`.
    /// `wholeSentence`: `j` ends the sentence and the question is whom the sentence is about, not whose predicate
    /// stands at `j`; a relative clause on a noun of the predicate, or a participle's clause, then changes nothing
    /// (``hasClauseOfItsOwn(after:before:pronounSubjects:wholeSentence:)``).
    /// `describingRoles`: a body's name before a role (`The Celtic boss`) gives the description of the role's holder
    /// (``roleHolderDescription(_:before:)``) - for a cue's subject; the `sentence-subject` rule, which has no cue,
    /// reads descriptions by its own stricter rule and passes false.
    func sentenceOpeningSubject(before j: Int, lb: Int, wholeSentence: Bool = false, describingRoles: Bool = true)
        -> Subj?
    {
        var k = subjectStart(before: j, lb: lb)
        guard k < j, toks[k].kind == Tok.word else { return nil }
        let t = toks[k]
        if t.flags & Lex.pronMale != 0 { return Subj(kind: .pronoun(k, male: true), first: k, last: k) }
        if t.flags & Lex.pronFemale != 0 { return Subj(kind: .pronoun(k, male: false), first: k, last: k) }
        // `The committee's convener, Labour's Neil Findlay, quizzed …`: a description in lower case, then the person
        // named between commas
        if let named = personNamedAfterOpeningDescription(k, before: j) { k = named }
        // (`However, cllr Phelan was adamant:`: a courtesy title in lower case, as Irish local copy writes `cllr`)
        if toks[k].kind == Tok.word, !toks[k].cap, toks[k].flags & Lex.honorific != 0, k + 1 < j, toks[k + 1].seq >= 0,
            seqs[Int(toks[k + 1].seq)].start == k + 1
        {
            k += 1
        }
        guard toks[k].seq >= 0 else { return nil }
        var s = seqs[Int(toks[k].seq)]
        // `Labour's Neil Findlay quizzed …`: a body's or a place's possessive before the person
        if !s.personLike, toks[s.end].possessive, s.end + 1 < j, toks[s.end + 1].seq >= 0 {
            let named = seqs[Int(toks[s.end + 1].seq)]
            if named.start == s.end + 1, named.end < j, named.personLike, !named.inQuote {
                k = s.end + 1
                s = named
            }
        }
        // `Wrexham's Council Leader has raised "serious concerns"`: a place's possessive before a capitalised role is
        // a description of the role's holder, not the place
        if !s.personLike, toks[s.end].possessive, s.end + 1 < j, toks[s.end + 1].seq >= 0 {
            let role = seqs[Int(toks[s.end + 1].seq)]
            if role.start == s.end + 1, role.end < j, !role.personLike, isRoleHead(toks[role.end]) {
                return Subj(kind: .np(s.start, role.end), first: s.start, last: role.end)
            }
        }
        // `However, Education Minister, Rosy Akbar rubbished these claims`, `Opposition MP, Mosese Bulitavu …`: a
        // capitalised office and a comma before the person, as Pacific and South Asian copy writes it
        if !s.personLike, toks[s.end].flags & Lex.title != 0, s.end + 2 < j, toks[s.end + 1].isPunct(.comma),
            toks[s.end + 2].seq >= 0
        {
            let named = seqs[Int(toks[s.end + 2].seq)]
            if named.start == s.end + 2, named.personLike, !named.inQuote {
                k = s.end + 2
                s = named
            }
        }
        // `Lyon president Jean-Luc Mercier is holding out … and insists`: a place or body and role words before
        // the person
        // (`Re-treading worker Mark Lewis`: any plain lower-case noun, not only a speaker noun, when a person follows)
        // (`Haringey’s Highgate ward councillor Bob Hare supported …, and said`: another place or body among them)
        // (not a person noun in -ed, a verb there: `The Lib Dems accused Mr Brown of …` opens with no person)
        if !s.personLike, s.end + 1 < j {
            var m = s.end + 1
            while m < min(j, s.end + 7), toks[m].kind == Tok.word {
                if !toks[m].cap && ((isSpeakerNoun(toks[m]) && !endsWith(p, toks[m], "ed")) || isPlainWord(toks[m])) {
                    m += 1
                } else if !toks[m].cap, toks[m].hash == hAnd, m + 1 < j,
                    toks[m + 1].cap || (toks[m + 1].kind == Tok.word && isSpeakerNoun(toks[m + 1]))
                        || (m + 2 < j && toks[m + 1].kind == Tok.word && isPlainWord(toks[m + 1])
                            && isSpeakerNoun(toks[m + 2]))
                {
                    // (`NFP Leader and Opposition Professor Biman Prasad then raised …`, `County councillor and cabinet
                    // member Cllr Catrin Miles opposed …`: two offices joined)
                    m += 1
                } else if toks[m].cap, toks[m].seq >= 0, seqs[Int(toks[m].seq)].start == m,
                    !seqs[Int(toks[m].seq)].personLike, m + 1 < j, !toks[m + 1].cap
                {
                    m = seqs[Int(toks[m].seq)].end + 1
                } else {
                    break
                }
            }
            if m > s.end + 1, m < j, toks[m].seq >= 0, seqs[Int(toks[m].seq)].start == m,
                seqs[Int(toks[m].seq)].personLike
            {
                s = seqs[Int(toks[m].seq)]
                k = m
            }
        }
        // (`But Councillor Hinchcliffe`: the capitalised connective skipped above may open the sequence itself)
        guard s.start == k || s.nameStart == k || (s.start < k && k < s.nameStart), s.end < j else { return nil }
        // `The Celtic boss picked up an injury … and said`: a body's name before a role describes the role's holder
        if describingRoles, let described = roleHolderDescription(Int(toks[k].seq), before: j) {
            guard j - described.last <= 40,
                !hasClauseOfItsOwn(after: described.last, before: j, wholeSentence: wholeSentence)
            else { return nil }
            return described
        }
        guard !toks[s.end].possessive, s.personLike || s.org else { return nil }
        // `Frank Capra was the butt of a gaffe when the host … declared`: a clause in between has its own subject
        // (and a subject more than 40 tokens before is no subject of this predicate)
        // (`Gwendoline Gallagher, 46, who has worked at the firm for five years, battled … but said`: a relative
        // clause between commas is the subject's apposition, not a clause of its own)
        guard j - s.end <= 40, !hasClauseOfItsOwn(after: s.end, before: j, wholeSentence: wholeSentence) else {
            return nil
        }
        return Subj(kind: .seq(Int(toks[k].seq)), first: s.start, last: s.end)
    }

    /// `The Celtic boss picked up an injury as he celebrated and said`, `An Ulster Unionist councillor has expressed
    /// …, contending he`, `The City West representative urged …`: capitalised words that name no person (a club, a
    /// party, a place, a body; a possessive too: `Reading's council leader`), then lower-case words ending in a
    /// role (`boss`, `council leader`; at most three words, no name after them), describe the role's holder: the
    /// subject is that description, from its article, which resolution reads as it reads `the Tory leader` - not the
    /// body. A spokesperson speaks for the body (`the Labour spokesman`), so is left to the body. Nil otherwise.
    func roleHolderDescription(_ si: Int, before j: Int) -> Subj? {
        let s = seqs[si]
        // (a name's word, not only the capitalised `The` opening the sentence: `The mayor accused …` is read by the
        // rules of descriptions)
        guard !s.personLike, (s.start...s.end).contains(where: { toks[$0].flags & Lex.det == 0 }) else { return nil }
        var head = -1
        var m = s.end + 1
        while m < j, m <= s.end + 3, toks[m].kind == Tok.word, !toks[m].cap {
            if isRoleHead(toks[m]) && !toks[m].possessive {
                head = m
            } else if !isPlainWord(toks[m]) || toks[m].possessive {
                break
            }
            m += 1
        }
        guard head >= 0, !spokesHashes.contains(toks[head].hash),
            head + 1 >= toks.count || !toks[head + 1].cap || toks[head + 1].kind != Tok.word
        else { return nil }
        let first =
            s.start > 0 && toks[s.start - 1].kind == Tok.word && toks[s.start - 1].flags & Lex.det != 0
                && !toks[s.start - 1].possessive ? s.start - 1 : s.start
        return Subj(kind: .np(first, head), first: first, last: head)
    }

    /// `"Q," Sheriff Roger Scott told reporter Mike Garrigan in Fairdale, adding that …`: in a sentence a quote opens
    /// (whose opening subject ``sentenceOpeningSubject(before:lb:wholeSentence:)`` cannot read), the person (or he/she)
    /// who is the subject of the nearest cue before participle `c` after the quote - the clause the participle's
    /// follows, whose object is no subject. Nil when that cue's subject is no person.
    func personSubjectOfTheCueBefore(_ c: Int, lb: Int) -> Subj? {
        let sent = toks[c].sent
        guard toks[sentFirst[Int(sent)]].kind == Tok.qopen else { return nil }
        var k = c - 2
        while k >= lb, toks[k].sent == sent, toks[k].kind != Tok.qclose, toks[k].quote < 0 {
            if toks[k].kind == Tok.word, !toks[k].cap, let (len, form) = cueAt(k, limit: c), !form.participle {
                let found = form.speakerRight ? subjectRight(k + len, ub: c - 1) : subjectLeft(k, lb: lb)
                guard let s = found else { return nil }
                if s.isPronoun { return s }
                if case .seq(let si) = s.kind, seqs[si].personLike, !seqs[si].inQuote { return s }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// The first token of the person named between commas after a description opening the sentence at `k`: `The
    /// convener, Neil Findlay,`, `The committee's convener, Labour's Neil Findlay,` - an optional determiner, at most
    /// four words (lower-case, or a capitalised possessive) ending in a role or a noun of a speaker, a comma, an
    /// optional body's possessive, a person's name and a comma, all before `j`. Nil otherwise.
    func personNamedAfterOpeningDescription(_ k: Int, before j: Int) -> Int? {
        var m = toks[k].kind == Tok.word && toks[k].flags & Lex.det != 0 ? k + 1 : k
        let first = m
        while m < min(j, first + 4), toks[m].kind == Tok.word, !toks[m].cap || toks[m].possessive { m += 1 }
        guard m > first, m + 2 < j, toks[m].isPunct(.comma), toks[m - 1].kind == Tok.word, !toks[m - 1].cap,
            !toks[m - 1].possessive, isRoleHead(toks[m - 1]) || isSpeakerNoun(toks[m - 1])
        else { return nil }
        var n = m + 1
        guard toks[n].seq >= 0 else { return nil }
        var named = seqs[Int(toks[n].seq)]
        if named.start == n, !named.personLike, toks[named.end].possessive, named.end + 1 < j,
            toks[named.end + 1].seq >= 0
        {
            n = named.end + 1
            named = seqs[Int(toks[n].seq)]
        }
        guard named.start == n, named.personLike, !named.inQuote, !toks[named.end].possessive, named.end + 1 < j,
            toks[named.end + 1].isPunct(.comma)
        else { return nil }
        return n
    }

    /// The person opening the sentence before token `j` (``sentenceOpeningSubject(before:lb:wholeSentence:)``), or a
    /// capitalised office opening it after `the` (`The Chancellor who was speaking …`) or with the words of its place
    /// or body (`Peterborough MP`), which ``resolve(_:)`` gives to the office's holder.
    func personOrOfficeOpeningTheSentence(before j: Int, lb: Int) -> Subj? {
        if let s = sentenceOpeningSubject(before: j, lb: lb), case .seq(let si) = s.kind, seqs[si].personLike {
            return s
        }
        let k = subjectStart(before: j, lb: lb)
        guard k < j, toks[k].kind == Tok.word else { return nil }
        // (`The mayor, who spoke at a breakfast in Manchester said`: an article and a role in lower case)
        if toks[k].hash == hThe, k + 1 < j, toks[k + 1].kind == Tok.word, !toks[k + 1].cap, isRoleHead(toks[k + 1]),
            !toks[k + 1].possessive, !hasClauseOfItsOwn(after: k + 1, before: j)
        {
            return Subj(kind: .np(k, k + 1), first: k, last: k + 1)
        }
        // (a capitalised `The` opening the sentence may open the sequence itself; with no article, the office's place
        // or body opens it: `Peterborough MP`; the office may go on with its body: `The Commissioner of Police`)
        let at = toks[k].hash == hThe && toks[k].seq < 0 ? k + 1 : k
        guard at < j, toks[at].seq >= 0 else { return nil }
        let si = Int(toks[at].seq)
        let s = seqs[si]
        let office = toks[s.start].hash == hThe ? s.start + 1 : s.start
        guard s.start == at, s.end < j, !s.personLike, !s.org || isRoleHead(toks[office]),
            isRoleHead(toks[s.end]) || isRoleHead(toks[office]), !toks[s.end].possessive,
            !hasClauseOfItsOwn(after: s.end, before: j)
        else { return nil }
        return Subj(kind: .seq(si), first: s.start, last: s.end)
    }

    /// Whether a subordinate clause opens between a subject ending at `end` and token `j` (`Frank Capra was the butt
    /// of a gaffe when the host … declared`): the predicate at `j` may be that clause's. A relative clause between
    /// commas (`Gwendoline Gallagher, 46, who has worked at the firm for five years, battled … but said`) is the
    /// subject's apposition, not a clause of its own.
    /// With `pronounSubjects`, a clause whose subject is `he` or `she` right after its subordinator is the subject's
    /// own (`The cardinal will touch on this theme when he will tell the congregation that …`).
    /// A `who` right after the subject, without a comma, opens a clause on the subject itself (`Opposition MP, Mosese
    /// Bulitavu who served in the last term claims …`), and a subordinator alone between commas is an adverb
    /// (`Ridley, though, sees …`). A subordinator right before a participle (`when asked about it`, `while
    /// speaking`) opens a clause with no subject of its own.
    /// With `wholeSentence` (whom is the sentence about?), `who` right after a lower-case word opens a relative clause
    /// on that noun (`Michael Ryan was one of those who had dismissed them`, `… met fans who had waited`), and a
    /// participle after a comma opens a clause of the subject's own to the sentence's end (`Cllr John Maher pushed
    /// back, saying there are more than enough houses`): both leave the sentence about its subject.
    func hasClauseOfItsOwn(
        after end: Int, before j: Int, pronounSubjects: Bool = false, wholeSentence: Bool = false
    ) -> Bool {
        var m = end + 1
        // (`Opposition MP, Mosese Bulitavu who served in the last term claims …`: `who` right after the name, with no
        // comma, as Pacific and South Asian copy writes it, opens a clause on the subject itself)
        if m < j, toks[m].kind == Tok.word, !toks[m].cap, toks[m].flags & Lex.who != 0 { m += 1 }
        while m < j {
            if wholeSentence, toks[m].kind == Tok.word, toks[m].flags & Lex.who != 0, m - 1 > end,
                toks[m - 1].kind == Tok.word, !toks[m - 1].cap
            {
                m += 1
                continue
            }
            if wholeSentence, toks[m].isPunct(.comma), m + 1 < j, toks[m + 1].kind == Tok.word, !toks[m + 1].cap,
                endsWith(p, toks[m + 1], "ing")
            {
                return false
            }
            if toks[m].kind == Tok.word, toks[m].flags & Lex.subordinator != 0, m + 1 < j,
                toks[m + 1].kind == Tok.word, !toks[m + 1].cap,
                endsWith(p, toks[m + 1], "ing") || endsWith(p, toks[m + 1], "ed")
            {
                m += 2
                continue
            }
            if pronounSubjects, toks[m].kind == Tok.word, toks[m].flags & Lex.subordinator != 0, m + 1 < j,
                toks[m + 1].flags & (Lex.pronMale | Lex.pronFemale) != 0, !toks[m + 1].cap
            {
                m += 2
                continue
            }
            // (`Ridley, though, sees this as a positive`: a subordinator alone between commas is an adverb)
            if toks[m].kind == Tok.word, toks[m].flags & Lex.subordinator != 0, m - 1 > end,
                toks[m - 1].isPunct(.comma),
                m + 1 < j, toks[m + 1].isPunct(.comma)
            {
                m += 2
                continue
            }
            if toks[m].kind == Tok.word && toks[m].flags & (Lex.subordinator | Lex.who) != 0 {
                // (between dashes as between commas: `Cllr Glynn — who was appointed Mayor at the meeting — made the
                // suggestion and said`)
                let dashed = toks[m - 1].isDash
                guard toks[m].flags & Lex.who != 0, toks[m - 1].isPunct(.comma) || dashed,
                    let close = ((m + 1)...j).first(where: { dashed ? toks[$0].isDash : toks[$0].isPunct(.comma) })
                else { return true }
                m = close
            }
            m += 1
        }
        return false
    }
}

/// Adverbs that may stand between a clause's subject and its verb besides those in -ly (`but Isa then intervened`).
private let clauseAdverbHashes: Set<UInt64> = Set(["then", "also", "later", "again", "soon"].map { foldedHash($0) })
