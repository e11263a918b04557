// Rules with the cue before the quote, in the quote's sentence: `name-verb-quote`, `name-verb-colon`,
// `name-verb-object-colon`, `name-verb-indirect`, `verb-name-colon`, `according-to-quote`, `split`, `participle`,
// `claim-owner`
// (and `pronoun` when the subject is he/she). One backward search finds the nearest cue with a subject; the rule
// name says how the cue, subject and quote are laid out.

extension DocState {
    /// How far before a quote, in tokens, its sentence's cue is looked for: a reported clause may run long before the
    /// words it quotes (`Corriher said the memo sent to council members … included two opinions …, and that he'd like
    /// to provide a "more thorough analysis."`).
    static let maxCueDistance = 60

    /// The nearest cue before the opening mark (at most ``maxCueDistance`` tokens back, within the sentence and after
    /// the previous quote, stopping at `;` and at a comma that opens a new clause, but not at `, and that`) whose
    /// subject is found:
    /// - a participle (`…, saying "Q"`): `participle`, the subject from `participleSubject`;
    /// - a right-hand phrase (`According to X, "Q"`): `according-to-quote`;
    /// - otherwise the subject on the left (`X said: "Q"`): `nameVerbRule` names the layout; or, with no subject on
    ///   the left, an invertible cue with its subject on the right ending at the quote, `:` or `,` (`said X: "Q"`):
    ///   `verb-name-colon`;
    /// - `split` when the cue sits right after the previous quote of the sentence (`"Q1," X said, "Q2"`).
    /// A cue whose subject does not resolve ends the search and is kept in `pendingCue`.
    mutating func cueBeforeQuote(_ site: QuoteSite, pendingCue: inout Range<Int>?) -> Attribution? {
        let qo = site.open
        let prevTop = site.prevTop
        var lb = sentFirst[Int(toks[qo].sent)]
        var splitStart = -1
        // a nickname inside a name (`Clarence "Sweets" Mobley, 71, said`) splits nothing; an unclosed quote ends with
        // its paragraph, and the token after it opens the next one (`Mr Toner stated: "Q1 ¶ The lawyer also argued:
        // "Q2"`): it is no closing mark to search after
        if prevTop >= 0, quotes[prevTop].depth == 0, !quotes[prevTop].unclosed, !isNickname(prevTop) {
            let pc = qCloseTok[prevTop]
            if pc >= lb && pc < qo {
                lb = pc + 1
                splitStart = pc + 1
            }
        }
        var c = qo - 1
        while c >= lb && qo - c <= Self.maxCueDistance {
            let t = toks[c]
            // `Alan Johnson described Theresa May's claim that there is "no direct correlation" …`: words quoted from
            // someone's claim, statement or remarks, nearer than any cue, are theirs (not `Mr Bell's comments were
            // "highly irresponsible"`, where a copula makes them someone's judgement of the remarks)
            // (nor when a cue before it judges or quotes the claim: ``claimJudgedAfterACue(_:possessor:qo:lb:)``)
            // (one or two lower-case words may stand between the possessor and the noun: `Anbalagan's alleged reply to
            // this was, "Q"`, `Smith's latest statement`)
            if t.kind == Tok.word, !t.cap, claimNouns.contains(t.hash), let owner = possessorOfClaimNoun(c, lb: lb),
                c + 1 < qo, !beHashes.contains(toks[c + 1].hash),
                !claimJudgedAfterACue(c, possessor: owner, qo: qo, lb: lb),
                toks[owner].seq >= 0, seqs[Int(toks[owner].seq)].end == owner, seqs[Int(toks[owner].seq)].personLike,
                !seqs[Int(toks[owner].seq)].inQuote
            {
                let si = Int(toks[owner].seq)
                // (the sentence's own speaker, `Alan Johnson described …`, is whom a later quote of it continues)
                if let outer = outerReportingCue(before: seqs[si].start, lb: lb), let sp = outer.speaker {
                    claimSentenceSpeakers[site.index] = sp
                }
                return Attribution(
                    speaker: personSpeaker(si), cue: byteRange(c, c),
                    rule: .claimOwner)
            }
            // `The court was told by Det Sgt McNulty that there was an 'indiscriminate selection'`: a passive cue's
            // agent, named right after `by` and before `that`, a colon or a comma, speaks the clause it reports
            if t.kind == Tok.word, let agent = agentOfAPassiveCue(c, qo: qo, lb: lb) {
                return Attribution(speaker: agent, cue: byteRange(c, c), rule: .quoteByAgent)
            }
            // `Glen Wood … asks; "Q"`: a semicolon between a cue and the quote stands for a colon
            if t.isPunct(.semicolon) && !(c == qo - 1 && c > lb && toks[c - 1].isCue) { break }
            // `Said Brennan, when asked about it: "Q"`: a cue after `when`/`if` is a clause of its own
            let subordinate = c > lb && toks[c - 1].kind == Tok.word && toks[c - 1].flags & Lex.subordinator != 0
            let accusedOf = t.kind == Tok.word && isAccusedOf(c)
            // (the accuser's words, whom the sentence may not name, when the quote follows the preposition within
            // two words and no participle of the accused's own (`accused of saying "Q"` quotes the accused): the cue
            // is kept, so that no later rule gives the quote to the accused)
            if accusedOf, qo - c <= 4, pendingCue == nil,
                !((c + 2)..<qo).contains(where: { toks[$0].kind == Tok.word && endsWith(p, toks[$0], "ing") })
            {
                pendingCue = byteRange(c, c)
            }
            if t.kind == Tok.word, !subordinate, !isPassiveParticiple(c, lb: lb), !accusedOf, !isSayingNoun(c, lb: lb),
                !isPassiveBeforeAnAgent(c, site),
                let (len, form) = cueAt(c, limit: qo) ?? describingAs(c, qo: qo)
            {
                var subj: Subj? = nil
                var sharedOpeningSubject = false
                var rule: AttributionRule
                if form.participle {
                    subj = participleSubject(c, lb: sentFirst[Int(toks[qo].sent)], qo: qo)
                    rule = .participle
                } else if form.speakerRight {
                    subj = subjectRight(c + len, ub: qo)
                    rule = .accordingToQuote
                } else {
                    subj = subjectLeft(c, lb: lb)
                    // `The Environment Agency has apologised for "any inconvenience caused" and says it is "working
                    // hard"`: a verb after `and` shares the sentence's subject, which a term quoted before it does not
                    // hide
                    if subj == nil, splitStart >= 0, c - 1 == splitStart, toks[c - 1].kind == Tok.word,
                        toks[c - 1].hash == hAnd, !toks[c - 1].cap,
                        let opening = sentenceOpeningSubject(before: c - 1, lb: sentFirst[Int(toks[qo].sent)])
                    {
                        subj = opening
                        sharedOpeningSubject = true
                    }
                    // `Mr Kennedy used a speech to say his party faced "painful realities"`: an infinitive cue's
                    // subject is the sentence's
                    let infinitive = subj == nil && c > lb && toks[c - 1].hash == hTo
                    if infinitive {
                        subj =
                            objectOfAResultVerb(beforeTo: c - 1, lb: lb)
                            ?? sentenceOpeningSubject(before: c - 1, lb: lb)
                    }
                    // `Boise trustee resigns, says board behavior is 'Q'`: a headline's verb after a comma shares the
                    // subject opening the headline
                    if subj == nil, toks[c].para == 0, c >= 1, toks[c - 1].isPunct(.comma) {
                        subj =
                            sentenceOpeningSubject(before: c - 1, lb: lb)
                            ?? headlineOpeningDescription(before: c, lb: lb)
                    }
                    // a weak cue (`notes`, `claims`) is a noun unless its subject touches it, or it follows `and`
                    // before an article or `that`, as a verb (`The DUP has defended its stance and claims the "messy"
                    // situation …`; `the allegations and claims of "bias"` are nouns)
                    let verbAfterAnd =
                        c > lb && toks[c - 1].hash == hAnd && !toks[c - 1].cap && c + 1 < qo
                        && toks[c + 1].kind == Tok.word && !toks[c + 1].cap
                        && (toks[c + 1].hash == hThe || toks[c + 1].hash == hThat)
                    if let s = subj, form.weak, !infinitive, !verbAfterAnd, !touches(s, cue: c),
                        !toks[c - 1].isPunct(.comma)
                    {
                        subj = nil
                    }
                    // (nor a name after a preposition and an article before a weak cue form, the preposition's
                    // object: `after the Paris attacks, … 'Q'` has no subject `Paris`)
                    if let s = subj, form.weak, case .seq(let si) = s.kind, seqs[si].afterDet,
                        followsPrepositionAndArticle(s.first)
                    {
                        subj = nil
                    }
                    // `the report notes "Q"`: a weak cue takes a description only when it is a document
                    if let s = subj, case .np(_, let hb) = s.kind, form.weak,
                        s.last != c - 1 || !documentHashes.contains(toks[hb].hash)
                    {
                        subj = nil
                    }
                    // (a pronoun only after a cue that opens its sentence: `Said he: "Q"`)
                    if subj == nil && form.invertible, let s = subjectRight(c + len, ub: qo),
                        !s.isPronoun || (toks[c].cap && c == sentFirst[Int(toks[c].sent)]),
                        s.last + 1 == qo || toks[s.last + 1].isPunct(.colon) || toks[s.last + 1].isPunct(.comma)
                    {
                        subj = s
                        rule = (splitStart >= 0 && c <= splitStart + 1) ? .split : .verbNameColon
                        // `Councillor Grady accused him of "being unfair" … and claimed the Cathaoirleach "hasn't a
                        // clue …"`: a name or description right before the quote, with no colon or comma, after a cue
                        // inside the sentence is the reported clause's subject; the person before the sentence's
                        // earlier cue speaks
                        if s.last + 1 == qo, !s.isPronoun, !toks[c].cap, let speaker = personBeforeEarlierCue(c) {
                            subj = speaker
                            rule = nameVerbRule(cueEnd: c + len, open: qo)
                        }
                    } else if !sharedOpeningSubject, splitStart >= 0 && subj.map({ $0.first <= splitStart + 1 }) == true
                    {
                        rule = .split
                    } else {
                        rule = nameVerbRule(cueEnd: c + len, open: qo)
                    }
                }
                let cr = byteRange(c, c + len - 1)
                if let s = subj, !sharedOpeningSubject, splitStart >= 0, s.first <= splitStart,
                    !toks[splitStart].isPunct(.comma),
                    !(toks[splitStart - 2].isPunct(.comma) || toks[splitStart - 2].isPunct(.question)
                        || toks[splitStart - 2].isPunct(.exclamation)),
                    !toks[qo - 1].isPunct(.colon), !(form.participle && c > lb && toks[c - 1].isPunct(.comma))
                {
                    // `the "X" New Labour had promised`: a relative clause after the previous quote, not a split quote
                    // (a colon before this quote introduces it: `… the knife's "real use" Fraser replied: "No"`; a
                    // participle after a comma shares the sentence's subject, past any term quoted before it:
                    // `Riley hammered its "unconscionable" failures …, saying he remains "hopeful and optimistic"`)
                    c -= 1
                    continue
                }
                // `Cllr Davies said those who had spoken in favour have been subjected to "abuse"`: a cue in a
                // relative clause on the reported clause's subject reports nothing; the search goes on to the outer cue
                if let s = subj, case .unknown = s.kind, opensARestrictiveRelative(s.first, cueEnd: c + len, qo: qo) {
                    c -= 1
                    continue
                }
                if let s = subj {
                    // `Acme said it welcomed "any clarity"`: speech reported inside reported speech, whose subject
                    // is `it`, `they` or `we`, is the outer speaker's
                    if case .unknown = s.kind, s.first > lb, toks[s.first].flags & Lex.pronOther != 0,
                        let outer = outerReportingCue(before: s.first, lb: lb)
                    {
                        return outer
                    }
                    if let sp = resolve(s) {
                        if rule == .nameVerbIndirect { reportedClauseQuotes.insert(site.index) }
                        if rule != .split { rule = .pronounOr(rule, subject: s) }
                        // `Weitz said New Line feared the film would be "unviable"`, `Mr Johnson told the BBC he
                        // thought it was a "non-story"`: a verb of thinking inside reported speech reports the outer
                        // speaker's words; take the outer cue when there is one
                        if toks[c].flags & Lex.thinking != 0, s.first > lb,
                            let outer = outerReportingCue(before: s.first, lb: lb)
                        {
                            return outer
                        }
                        // `He said the people of the district had spoken and that "there's a lot of work to do"`: a
                        // second that-clause, coordinated with the first, is the outer cue's, when the first clause
                        // ends in its verb (not `Smith said Ms Ali told him the plan had failed and that "Q"`, whose
                        // that-clause may go on with the inner cue's)
                        if qo >= 2, toks[qo - 1].hash == hThat, toks[qo - 2].hash == hAnd || toks[qo - 2].hash == hBut,
                            c + len == qo - 2, s.first > lb, let outer = outerReportingCue(before: s.first, lb: lb)
                        {
                            return outer
                        }
                        return Attribution(speaker: sp, cue: cr, rule: rule)
                    }
                    if pendingCue == nil { pendingCue = cr }
                    return nil
                }
            }
            // a clause boundary stops the search for indirect cues
            // (not a comma right after a cue: `Altria said, in a statement, the government "must …"`; nor one before
            // `and that`, which goes on with the same reported speech: `Corriher said the memo … included two
            // opinions …, and that he'd like to provide a "more thorough analysis."`)
            if t.isPunct(.comma), !toks[qo - 1].isPunct(.colon), c + 1 < qo, toks[c + 1].kind == Tok.word,
                !(c > lb && toks[c - 1].isCue),
                !(c + 2 < qo && toks[c + 1].hash == hAnd && toks[c + 2].hash == hThat),
                toks[c + 1].flags & (Lex.conj | Lex.prep) != 0,
                !toks[c + 1].cap || toks[c + 1].flags & Lex.conj != 0
            {
                break
            }
            c -= 1
        }
        return nil
    }

    /// `Boise trustee resigns, says board behavior is 'inappropriate'`: a headline opening with at most three
    /// capitalised words and a lower-case role, then a lower-case verb - the description (``resolve(_:)`` finds whom the
    /// body names with that role), the subject a later verb of the headline shares. Nil elsewhere.
    func headlineOpeningDescription(before j: Int, lb: Int) -> Subj? {
        guard toks[j].para == 0, lb == sentFirst[Int(toks[j].sent)] else { return nil }
        var k = lb
        while k < j, k - lb < 3, toks[k].kind == Tok.word, toks[k].cap, !toks[k].possessive,
            toks[k].seq < 0 || !seqs[Int(toks[k].seq)].personLike
        {
            k += 1
        }
        guard k > lb, k + 1 < j, toks[k].kind == Tok.word, !toks[k].cap, isPersonRole(toks[k]),
            toks[k].flags & Lex.plural == 0, toks[k + 1].kind == Tok.word, !toks[k + 1].cap
        else { return nil }
        return Subj(kind: .np(lb, k), first: lb, last: k)
    }

    /// The person named right before an earlier cue of cue `c`'s sentence (`Councillor Grady accused him of …, and
    /// claimed`): the nearest such person, not in a quote, at most 60 tokens back. Nil when there is none.
    func personBeforeEarlierCue(_ c: Int) -> Subj? {
        let first = max(sentFirst[Int(toks[c].sent)], c - 60, 1)
        var k = c - 2
        while k >= first {
            if toks[k].isCue, toks[k].kind == Tok.word, !toks[k].cap, toks[k - 1].seq >= 0 {
                let si = Int(toks[k - 1].seq)
                let s = seqs[si]
                if s.end == k - 1, s.personLike, s.subject, !s.inQuote, !toks[s.end].possessive {
                    return Subj(kind: .seq(si), first: s.start, last: s.end)
                }
            }
            k -= 1
        }
        return nil
    }

    /// `Proposals to cut fire services slammed as 'ridiculous' by councillors`: a cue in `-ed` at most three tokens
    /// before the quote, whose quote (or the quotes joined to it) `by` follows, is passive though a headline leaves
    /// out `have been`: the agent speaks (``quoteByAgent(_:)``), not the cue's subject.
    func isPassiveBeforeAnAgent(_ c: Int, _ site: QuoteSite) -> Bool {
        guard toks[c].kind == Tok.word, !toks[c].cap, site.open - c <= 3, !site.quote.unclosed,
            endsWith(p, toks[c], "ed")
        else { return false }
        let qc = lastCoordinatedClose(from: site.close)
        return qc + 1 < toks.count && toks[qc + 1].kind == Tok.word && toks[qc + 1].hash == hBy
    }

    /// `the charges had been completely dismissed "without any blemish"`: a cue verb in `-ed` after a form of `be`
    /// (an adverb in `-ly` between them) is passive: its subject is what was dismissed, not a speaker, so the search
    /// goes on to an earlier cue (`Judge Steven Keown noted …`).
    /// Irregular participles count too: `Trevor Sargent claimed the Taoiseach was told that the plan would "go down
    /// like a lead balloon"` is Sargent's claim; whoever told the Taoiseach is not named.
    /// (Not a verb of naming: `could not be called an "open trial"` names a thing, and stays the nearest cue; but a
    /// particle after `called` makes another verb: `he had been called over in connection with "party
    /// reorganisation"`, and so does `to`, which names no one: `deputies were called to "an armed subject firing
    /// rounds"` is the sheriff's report of where they were sent.)
    func isPassiveParticiple(_ c: Int, lb: Int) -> Bool {
        guard toks[c].kind == Tok.word, !toks[c].cap,
            endsWith(p, toks[c], "ed") || irregularCueParticiples.contains(toks[c].hash),
            !passiveNamingParticiples.contains(toks[c].hash)
                || (toks[c].hash == hCalled && c + 1 < toks.count && toks[c + 1].kind == Tok.word
                    && (phrasalParticles.contains(toks[c + 1].hash) || toks[c + 1].hash == hTo))
        else { return false }
        var k = c - 1
        if k >= lb, toks[k].kind == Tok.word, endsWith(p, toks[k], "ly") { k -= 1 }
        return k >= lb && toks[k].kind == Tok.word && beHashes.contains(toks[k].hash)
    }

    /// The possessive token that owns claim noun `c`: right before it, or before one or two lower-case words that are
    /// no function words (`latest`; `alleged`, a cue's form used as an adjective). Nil when there is none at or after
    /// `lb`.
    func possessorOfClaimNoun(_ c: Int, lb: Int) -> Int? {
        var k = c - 1
        while k >= lb, c - k <= 2, toks[k].kind == Tok.word, !toks[k].cap, !toks[k].possessive,
            toks[k].flags & (Lex.det | Lex.prep | Lex.conj | Lex.who | Lex.skipAdv | Lex.pronOther) == 0
        {
            k -= 1
        }
        return k >= lb && toks[k].possessive ? k : nil
    }

    /// Whether a cue before the possessor of claim noun `c` makes the quote its own: `Critics described Michael Gove's
    /// plan as "Q"`, `Campaigners say Sadiq Khan's plan to expand the zone is "Q"` (an `as` or a copula between the
    /// noun and the quote, unless a `that` clause, the claim itself, follows the noun: `said Tom Reed's claim that the
    /// site was "never viable"` is Reed's), `He later said of McKee's letter, "Q"` (the claim the cue's object after
    /// `of`, and a comma or colon setting the quote off; not `The BBC reported John Smith's statement, "Q"`, `She
    /// agreed with Emily Thornberry's statement: "Q"`, which quote the statement), `Hale wrote Wrenfield's letter to the
    /// "Post"` (`the` before the quote: a name). With no cue before it the claim is its owner's (`Peter Hain's
    /// description of him as an "attack mongrel"`, `carried Theresa May's statement in full: "Q"`).
    func claimJudgedAfterACue(_ c: Int, possessor: Int, qo: Int, lb: Int) -> Bool {
        guard (lb..<possessor).contains(where: { toks[$0].isCue }) else { return false }
        // (`the` before the quote is a name's, unless `of` after the noun makes the quote the claim's words: `said he
        // was incensed by Ann Lee's criticism of the "bland design"`)
        if toks[qo - 1].hash == hThe { return toks[c + 1].hash != hOf }
        if toks[qo - 1].isPunct(.comma) || toks[qo - 1].isPunct(.colon) {
            let owner = toks[possessor].seq >= 0 ? seqs[Int(toks[possessor].seq)].start : possessor
            return owner - 1 >= lb && toks[owner - 1].hash == hOf
        }
        return toks[c + 1].hash != hThat
            && ((c + 1)..<qo).contains { beHashes.contains(toks[$0].hash) || toks[$0].hash == hAs }
    }

    /// `Bristol mayor's office accused of "lying"` (a headline leaves out `has been`), `was slammed for "arrogance"`:
    /// a verb of accusing or blaming right before `of` or `for` has no object, so it is passive: the quote is the
    /// accuser's, whom the sentence may not name, and the search goes on to an earlier cue.
    func isAccusedOf(_ c: Int) -> Bool {
        guard c + 1 < toks.count else { return false }
        // (the preposition first: it rules out almost every token without a set look-up)
        let next = toks[c + 1]
        guard next.kind == Tok.word, !next.cap, next.hash == hOf || next.hash == hFor else { return false }
        return (!toks[c].cap || c == sentFirst[Int(toks[c].sent)]) && accusingParticiples.contains(toks[c].hash)
    }

    /// Whether the `who` at token `w` opens a restrictive relative clause on a lower-case noun (`those who had spoken
    /// in favour`, `residents who complained`) whose cue, ending before `cueEnd`, is followed by the finite verb of the
    /// clause the noun is subject of, before the quote opening at `qo` - right after the cue or after a preposition or
    /// particle and its object (`who spoke to the BBC were "terrified"`), with no pronoun, `that` or cue between, which
    /// would make it the cue's own clause (`residents who said they were "terrified"` quotes the residents). The quote
    /// may open with that verb: `The council says two-thirds of people who responded to its consultation "supported the
    /// rise"` (a lower-case auxiliary or a word in -ed first inside the marks).
    func opensARestrictiveRelative(_ w: Int, cueEnd: Int, qo: Int) -> Bool {
        guard w >= 1, cueEnd < qo, toks[w].kind == Tok.word, !toks[w].cap, toks[w].flags & Lex.who != 0,
            toks[w].hash != hWhich, toks[w - 1].kind == Tok.word, !toks[w - 1].cap, toks[w - 1].seq < 0
        else { return false }
        var k = cueEnd
        if toks[k].kind == Tok.word, !finiteAuxHashes.contains(toks[k].hash) {
            guard toks[k].flags & Lex.prep != 0 || phrasalParticles.contains(toks[k].hash) else { return false }
        }
        while k < qo, k - cueEnd <= 8 {
            let t = toks[k]
            guard t.kind == Tok.word, t.hash != hThat, !t.isCue,
                t.flags & (Lex.pronMale | Lex.pronFemale | Lex.pronOther | Lex.who) == 0
            else { return false }
            if !t.cap, finiteAuxHashes.contains(t.hash) { return true }
            k += 1
        }
        guard k == qo, qo + 1 < toks.count else { return false }
        let first = toks[qo + 1]
        return first.kind == Tok.word && !first.cap
            && (finiteAuxHashes.contains(first.hash) || endsWith(p, first, "ed"))
    }

    /// `X said (that) …`: the nearest cue before `end` in the sentence, directly followed by its clause (no colon,
    /// no quote), whose subject on the left resolves - or a participle's (`…, with X telling reporters that …`), which
    /// ends the search whether or not its subject resolves.
    mutating func outerReportingCue(before end: Int, lb: Int) -> Attribution? {
        var c = end - 1
        while c >= lb {
            let t = toks[c]
            if t.isPunct(.semicolon) || t.kind == Tok.qclose || t.kind == Tok.qopen { return nil }
            if t.kind == Tok.word, t.flags & Lex.thinking == 0, let (len, form) = cueAt(c, limit: end),
                !form.speakerRight, !form.weak, c + len <= end, toks[c + len].kind == Tok.word
            {
                // (a participle reports the clause too, its subject speaking: `The family spoke out, with Minister
                // Simon Coveney telling reporters that he hopes gardai "take up the case"` is Coveney's, not the
                // family's)
                if form.participle {
                    guard let s = participleSubject(c, lb: lb, qo: end), let sp = resolve(s) else { return nil }
                    return Attribution(speaker: sp, cue: byteRange(c, c + len - 1), rule: .participle)
                }
                if let s = subjectLeft(c, lb: lb), let sp = resolve(s) {
                    return Attribution(
                        speaker: sp, cue: byteRange(c, c + len - 1), rule: .pronounOr(.nameVerbIndirect, subject: s))
                }
            }
            c -= 1
        }
        return nil
    }

    /// The speaker named by `by` after passive cue `c` (`was told by X that`, `were informed by X:`), when the person's
    /// name follows `by` (after at most two lower-case words of a role: `by pathologist Dr Helen Marsh`) and `that`, a
    /// colon or a comma follows the name, before the opening mark `qo`.
    mutating func agentOfAPassiveCue(_ c: Int, qo: Int, lb: Int) -> Speaker? {
        guard c + 3 < qo, toks[c + 1].hash == hBy, isPassiveParticiple(c, lb: lb), cueAt(c, limit: qo) != nil else {
            return nil
        }
        let n = pastRoleWords(from: c + 2, ub: qo)
        guard toks[n].seq >= 0 else { return nil }
        let si = Int(toks[n].seq)
        let s = seqs[si]
        guard s.start == n, s.end + 1 < qo, s.personLike, !s.inQuote, !toks[s.end].possessive else { return nil }
        let next = toks[s.end + 1]
        guard next.hash == hThat || next.isPunct(.colon) || (next.isPunct(.comma) && s.end + 2 == qo) else {
            return nil
        }
        return resolve(Subj(kind: .seq(si), first: s.start, last: s.end))
    }

    /// Whether a lower-case preposition and an article come right before the name starting at token `start` (or
    /// before the article that `start` is): `in light of the Dallas attacks`.
    func followsPrepositionAndArticle(_ start: Int) -> Bool {
        let article = toks[start].flags & Lex.det != 0 ? start : start - 1
        guard article >= 1, toks[article].kind == Tok.word, toks[article].flags & Lex.det != 0 else { return false }
        let preposition = toks[article - 1]
        return preposition.kind == Tok.word && !preposition.cap && preposition.flags & Lex.prep != 0
    }

    /// The layout of `X <cue> … "Q"` with the cue ending before token `cueEnd`: `name-verb-quote` (`X said "Q"`),
    /// `name-verb-colon` (`X said: "Q"`, `X said, "Q"`), `name-verb-object-colon` (`X told reporters: "Q"`) or
    /// `name-verb-indirect` (`X said the merger would be "painless"`).
    func nameVerbRule(cueEnd: Int, open qo: Int) -> AttributionRule {
        let between = qo - cueEnd
        if between == 0 { return .nameVerbQuote }
        if between == 1 && (toks[qo - 1].isPunct(.colon) || toks[qo - 1].isPunct(.comma)) { return .nameVerbColon }
        if toks[qo - 1].isPunct(.colon) { return .nameVerbObjectColon }
        return .nameVerbIndirect
    }

    /// `describing it as "Q"`, `branding the plan as "Q"`: a participle of describing whose `as` opens the quote is
    /// the speaker's judgement, as `saying` is (`with Stephen Flynn describing it as "idiotic"`, `…, describing it
    /// as "Q"`). Only after a comma or in a `with` clause: after any other noun it may be an object's (`he wrote to
    /// the council describing it as "Q"`). Other uses of `describing` (`describing the scene`) are no cue.
    func describingAs(_ c: Int, qo: Int) -> (Int, CueForm)? {
        guard describingParticiples.contains(toks[c].hash), !toks[c].cap, c >= 1, qo - c >= 2, qo - c <= 5,
            toks[qo - 1].hash == hAs
        else { return nil }
        var inWithClause = false
        var k = c - 1
        while k >= max(0, c - 7) && toks[k].kind == Tok.word && toks[k].sent == toks[c].sent {
            if toks[k].hash == hWith && !toks[k].cap {
                inWithClause = true
                break
            }
            k -= 1
        }
        guard toks[c - 1].isPunct(.comma) || inWithClause else { return nil }
        return (1, CueForm(tail: [], speakerRight: false, invertible: false, participle: true, weak: false))
    }
}

extension DocState {
    /// `describing the incident with the Malay saying, "Q"`, `as the old saying goes`: `saying` after an article, or
    /// after an article and a word that names no one (not `the minister saying`), is a noun - a proverb, no cue.
    func isSayingNoun(_ c: Int, lb: Int) -> Bool {
        guard toks[c].hash == hSaying, c - 1 >= lb, toks[c - 1].kind == Tok.word else { return false }
        func isArticle(_ k: Int) -> Bool { toks[k].hash == hThe || indefiniteHashes.contains(toks[k].hash) }
        if isArticle(c - 1) { return true }
        let before = toks[c - 1]
        let namesSomeone =
            isSpeakerNoun(before) || (before.seq >= 0 && seqs[Int(before.seq)].personLike)
            || before.flags & (Lex.pronMale | Lex.pronFemale | Lex.pronOther) != 0
        return c - 2 >= lb && toks[c - 2].kind == Tok.word && isArticle(c - 2) && !namesSomeone
    }

    /// `His one-liner prompted retiring skipper Gorden Tallis to say: "Q"`: the person right before token `to` of an
    /// infinitive cue, after a verb of a result (``resultVerbHashes``) and at most three lower-case words (`retiring
    /// skipper`), is the infinitive's subject - not the sentence's. (A lower-case noun there is left to
    /// the sentence's subject: `Senator Waters urged supporters to warn the plan "sets a dangerous precedent"` quotes
    /// words she wrote for them.)
    func objectOfAResultVerb(beforeTo to: Int, lb: Int) -> Subj? {
        guard to - 1 > lb, toks[to - 1].seq >= 0 else { return nil }
        let si = Int(toks[to - 1].seq)
        let s = seqs[si]
        guard s.end == to - 1, s.personLike, !s.inQuote, !toks[s.end].possessive else { return nil }
        var k = s.start - 1
        while k >= lb, s.start - k <= 4, toks[k].kind == Tok.word, !toks[k].cap {
            if resultVerbHashes.contains(toks[k].hash) {
                return Subj(kind: .seq(si), first: s.start, last: s.end)
            }
            if toks[k].flags & (Lex.prep | Lex.conj) != 0 { return nil }
            k -= 1
        }
        return nil
    }
}
