// Rule `sentence-subject`: words quoted inside a sentence that has no cue of its own, whose sentence opens with a
// person: `Sheriff Gordon Liddle launched an attack from the bench over courts "clogged up with cases"`, `Grace Poe
// filed a resolution to craft "measures to ensure compliance"`, `He remembered Lea walking in "with his fitted
// hat"`. News quotes a fragment of what someone said inside a sentence about what that person did, and the verb is
// often not one of saying. Tried last: any cue, and the context rules, come first.

extension DocState {
    /// `sentence-subject`: quote `qi` sits inside its sentence (words of the sentence before its opening mark), no
    /// rule found a cue for it, and the sentence opens with a person or he/she (`sentenceOpeningSubject`) that
    /// resolves. Not for quotes that name something (`known as "X"`), nicknames or modifiers (`a "blunt" meeting`:
    /// terms, as everywhere else in the engine) or titles (`the "Hall of Fame"`, `dubbed him "Officer Friendly"`); not
    /// for a sub-heading in the body (`Obama has 'blunt' meeting with Putin`: often another story's headline); not
    /// for a sentence opened by an
    /// organisation (`The council approved the "Local Plan"`: on the development sets an organisation opening the
    /// sentence was the speaker less often than not) or by a possessor (`Smith's lawyer …`).
    mutating func sentenceSubject(_ qi: Int) -> Attribution? {
        let qo = qOpenTok[qi]
        let lb = sentFirst[Int(toks[qo].sent)]
        guard qo > lb, !isNaming(qo), !isNickname(qi), !isModifierFragment(qi), !isTitleCased(qi),
            !isSubheading(Int(toks[qo].para)),
            let s = sentenceOpeningSubject(before: qo, lb: lb, describingRoles: false)
                ?? openingDescription(before: qo, lb: lb),
            s.isPronoun || s.sequence.map({ seqs[$0].personLike }) == true || s.isDescription,
            let sp = resolve(s),
            // (a description counts only when it resolves to a person the article named: `the judge` alone is no
            // one's name)
            !s.isDescription || sp.seq >= 0
        else { return nil }
        // (`Malcolm Glazer owns a stake, and United's statement said: "Q"`: not past a clause with its own subject)
        if opensAnotherClause(after: s.last, before: qo) { return nil }
        // (`Instead, he pointed to how Tony Blair had in 1997 complained about "Q"`: nor past another person who
        // speaks)
        if personSpeaks(from: s.last + 1, to: qo) { return nil }
        // (`He was told to "stay away"`, `Five has been criticised for sending "offensive" material`: when the last
        // cue before the quote is passive, the subject is the one spoken to or about and whoever spoke is not named;
        // not `was quoted as saying`, `is alleged to have said`, where an active cue follows)
        if let cue = ((s.last + 1)..<qo).last(where: { toks[$0].isCue }), isPassiveParticiple(cue, lb: lb) {
            return nil
        }
        // (`… quizzed Mr Swinney, prompting him to reply: "Q"`: someone the sentence makes speak is not its subject)
        if s.last + 3 < qo,
            ((s.last + 3)..<qo).contains(where: {
                toks[$0].hash == hTo && toks[$0 - 2].kind == Tok.word && resultVerbHashes.contains(toks[$0 - 2].hash)
            })
        {
            return nil
        }
        return Attribution(speaker: sp, cue: nil, rule: .sentenceSubject)
    }

    /// Whether a person named in tokens `a..<b` (outside quotes) is followed, within five words and before `b`, by a
    /// cue: someone else who speaks between a subject ending before `a` and a quote. Not a person joined to the
    /// subject by `and` (`Princes William and Harry said they are "very happy"`): the subject is both.
    func personSpeaks(from a: Int, to b: Int) -> Bool {
        var si = seqsStarting(before: a)
        var subjectEnd = a - 1
        while si < seqs.count && seqs[si].start < b {
            let s = seqs[si]
            if s.start == subjectEnd + 2, toks[subjectEnd + 1].hash == hAnd {
                subjectEnd = s.end
            } else if s.personLike && !s.inQuote {
                var k = s.end + 1
                while k < min(b, s.end + 6), toks[k].kind == Tok.word {
                    if toks[k].isCue { return true }
                    k += 1
                }
            }
            si += 1
        }
        return false
    }

    /// A description of a person opening the sentence of token `j` (`The First Minister said …`, `The home secretary
    /// said …`): `The`, at most two words and a role head (``descriptionHead(after:before:)``; a role or title, not a
    /// nationality or a place, which as often head a thing: `The German exchange`), at most 40 tokens before `j`
    /// with no clause of its own (but `when he …`, which is the described person's) and no person named in between,
    /// and someone the article wrote with that role before
    /// (`Home Secretary Charles Clarke`: ``roleHolder(_:before:modifiers:)``). News names a person with a role once
    /// and goes on with the role; the quoted words in that sentence are the person's.
    func openingDescription(before j: Int, lb: Int) -> Subj? {
        let k = subjectStart(before: j, lb: lb)
        // (`the` after a fronted phrase is written in lower case: `Despite the draw, the head coach pointed …`)
        guard k < j, toks[k].kind == Tok.word, toks[k].cap || k > sentFirst[Int(toks[j].sent)], toks[k].hash == hThe,
            let head = descriptionHead(after: k, before: j),
            isPersonRole(toks[head]),
            j - head <= 40, !hasClauseOfItsOwn(after: head, before: j, pronounSubjects: true),
            roleHolder(toks[head].hash, before: k) != nil,
            // (`The mayor accused Oliver Finegold of "doorstepping" him`, `claims from Michael Howard that he led a
            // "grubby government"`: with another person between, the words may be that person's)
            !personNamed(from: head + 1, to: j)
        else { return nil }
        return Subj(kind: .np(k, head), first: k, last: head)
    }

    /// Whether the closed quote `qi` holds two or more words, each capitalised or a function word, the first
    /// capitalised: the title of a work, a scheme or an honour (`"Hall of Fame"`, `"The Good, the Bad"`), not words
    /// someone said.
    func isTitleCased(_ qi: Int) -> Bool {
        guard !quotes[qi].unclosed else { return false }
        var words = 0
        for k in (qOpenTok[qi] + 1)..<qCloseTok[qi] where toks[k].kind == Tok.word {
            let t = toks[k]
            if words == 0 && !t.cap { return false }
            if !t.cap && t.flags & (Lex.det | Lex.prep | Lex.conj) == 0 { return false }
            words += 1
        }
        return words >= 2
    }

    /// Whether the title-cased quote `qi` (``isTitleCased(_:)``) follows a capitalised possessive: `he said on CNN's
    /// "State of the Union."`, `told CBS' "Face the Nation"`, `Mozart's "Don Giovanni"` - the title of a network's
    /// show or an author's work, no one's words, even with a full stop inside its marks.
    func isTitleOfAWork(_ qi: Int) -> Bool {
        let open = qOpenTok[qi]
        return open >= 1 && toks[open - 1].kind == Tok.word && toks[open - 1].cap && toks[open - 1].possessive
            && isTitleCased(qi)
    }

    /// Whether paragraph `para`, after the first (the headline), is a line of at most 20 words with no `.` `!` `?`
    /// at its end (closing marks aside): a sub-heading or a link to another story, not a sentence.
    func isSubheading(_ para: Int) -> Bool {
        guard para > 0, para < paraFirstTok.count else { return false }
        let lo = paraFirstTok[para]
        var hi = paraLastTok[para]
        guard lo != Int.max, lo <= hi, hi - lo <= 40 else { return false }
        while hi > lo && toks[hi].kind == Tok.qclose { hi -= 1 }
        if toks[hi].isPeriodLike { return false }
        var words = 0
        for k in lo...hi where toks[k].kind == Tok.word { words += 1 }
        return words <= 20
    }

    /// Whether a comma and `and`/`but` followed by a capitalised word or a determiner (`…, and United's statement
    /// said`, `…, but the board`) lie between tokens `from` and `to`: a clause with a subject of its own.
    func opensAnotherClause(after from: Int, before to: Int) -> Bool {
        var k = from + 1
        while k + 2 < to {
            if toks[k].isPunct(.comma), toks[k + 1].kind == Tok.word, !toks[k + 1].cap,
                toks[k + 1].hash == hAnd || toks[k + 1].hash == hBut,
                toks[k + 2].kind == Tok.word, toks[k + 2].cap || toks[k + 2].flags & Lex.det != 0
            {
                return true
            }
            k += 1
        }
        return false
    }
}
