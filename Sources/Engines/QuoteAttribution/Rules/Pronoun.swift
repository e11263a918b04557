// Rule `pronoun`: `"Q," he said`, `She told reporters: "Q"`. Any cue rule can find a pronoun subject; the quote then
// carries `pronoun` (the cue layout is in the cue) and the speaker is whom the pronoun refers to.

extension AttributionRule {
    /// `pronoun` when the subject a cue rule found is he/she, else that rule.
    static func pronounOr(_ rule: AttributionRule, subject: Subj) -> AttributionRule {
        subject.isPronoun ? .pronoun : rule
    }
}

extension DocState {
    /// The speaker a pronoun at token `j` refers to: the nearest earlier person of a compatible gender (see
    /// `antecedent`), unless a description was the subject of a cue more recently in the paragraph
    /// (`The prime minister's official spokesman said … "Q," he added.`) - then that description, resolved.
    mutating func resolvePronoun(_ j: Int, male: Bool) -> Speaker? {
        // (`Judge Butler told Young, who …, that it "Q1". He went on: "Q2"`: a pronoun that goes on speaking is the
        // person who spoke last, when no one the pronoun could mean was named since that quote opened and no one was
        // reported speaking after its sentence - `A Home Office spokesman said …. He added "Q2"` is the spokesman)
        if goesOnSpeaking(after: j), noSpeechSinceLastQuote(before: j), let si = lastSpeaker(before: j, male: male) {
            return personSpeaker(si)
        }
        // (`Cahill made nine changes, with veterans Noel McGrath and Seamus Callanan coming back in.` ¶ `"Q," he
        // added`: the person who spoke last opens the sentence before as its subject; the people named after its verb
        // are what it says, not who goes on)
        if goesOnSpeaking(after: j), noSpeechSinceLastQuote(before: j),
            let si = lastSpeakerOpening(before: j, male: male)
        {
            return personSpeaker(si)
        }
        if let described = describedSubjectInSentence(pronounAt: j, male: male) { return described }
        // (`… while the manager was delighted, … when he spoke to Sentinel Sport.` ¶ `"Q," he said`: the same he, when
        // no one is named between the two)
        if let earlier = previousPronoun(before: j, male: male),
            let described = describedSubjectInSentence(pronounAt: earlier, male: male)
        {
            return described
        }
        if let described = describedSubjectBefore(pronounAt: j, male: male) { return described }
        if let asked = personAsked(beforeAnswerAt: j, male: male) { return personSpeaker(asked) }
        let si0 = antecedent(j, male: male)
        // (not when the description turns out to be someone the pronoun cannot be: `The chief said she …` is not
        // the councillor)
        if let (a, b) = recentDescriptionSubject(before: j), si0.map({ seqs[$0].start < a }) ?? true,
            let described = resolve(Subj(kind: .np(a, b), first: a, last: b)),
            described.seq < 0 || !disagrees(seqs[described.seq], male: male)
        {
            // (`The wicketkeeper-batsman also hailed …` ¶ `"Q," he said` after Sarfraz spoke: a definite description
            // that resolves to no one refers back to someone all the same - the person who spoke and the pronoun
            // fits; not a description of someone new, `The store's owner, who asked not to be named`)
            // (nor a spokesperson, who speaks for someone and is seldom named: `the spokesman said`)
            // (`said Mashaba` … `Mashaba went on to single out …. The tactician believes …` ¶ `"Q," he said`: the
            // person spoke before under another mention)
            if described.seq < 0, toks[a].hash == hThe, let si = si0,
                spoke.contains(si) || (seqs[si].person >= 0 && spokePersons.contains(seqs[si].person)),
                !spokesHashes.contains(toks[b].hash), !(a...b).contains(where: { toks[$0].possessive }),
                !describesSomeoneNew(after: b)
            {
                return personSpeaker(si)
            }
            return described
        }
        guard let si = si0 else { return nil }
        if disagrees(seqs[si], male: male) { takeSexFromPronoun(of: si, male: male) }
        return personSpeaker(si)
    }

    /// `Judge Shomon Khan asked prosecutor Tabitha Walker why it had taken three years.` ¶ `She replied: "Q"`: the
    /// he/she of an answering cue (or a description: `The 33-year-old replied`) is the person the sentence before
    /// asked (its `asked` followed by a person, with at most two lower-case role or person nouns between: `asked
    /// prosecutor …`, not `asked why Tom Hart …`; or by `the` and a role someone was written with: `Mr Diamond asked
    /// the officer how …` after `PC Wishart`), when the pronoun can mean that person (`male` nil for a description).
    /// Nil otherwise.
    func personAsked(beforeAnswerAt j: Int, male: Bool?) -> Int? {
        guard j + 1 < toks.count, answeringHashes.contains(toks[j + 1].hash), let before = sentenceBefore(pronounAt: j)
        else { return nil }
        let sent = Int(before)
        var k = sentFirst[sent]
        while k < sentLast[sent] {
            if toks[k].kind == Tok.word, !toks[k].cap, toks[k].quote < 0, askingHashes.contains(toks[k].hash) {
                if k + 2 <= sentLast[sent], toks[k + 1].hash == hThe, !toks[k + 1].cap, isRoleHead(toks[k + 2]),
                    let si = roleHolder(toks[k + 2].hash, before: k + 1)
                        ?? narrowerRoleHolder(toks[k + 2].hash, before: k + 1)
                {
                    return male.map { disagrees(seqs[si], male: $0) } == true ? nil : si
                }
                var m = k + 1
                while m <= min(k + 2, sentLast[sent]), !toks[m].cap, isRoleOrPersonNoun(toks[m]) {
                    m += 1
                }
                if toks[m].seq >= 0, seqs[Int(toks[m].seq)].start == m || seqs[Int(toks[m].seq)].nameStart == m {
                    let si = Int(toks[m].seq)
                    return seqs[si].personLike && !seqs[si].inQuote
                        && male.map({ disagrees(seqs[si], male: $0) }) != true ? si : nil
                }
            }
            k += 1
        }
        return nil
    }

    /// `Dr Jess Neumann explained: "Q"` ¶ `"Q"` ¶ `She continued: "Q"` ¶ `She added: "Q"`: when a pronoun was
    /// resolved to a person whom only a given name's usual sex set against it (the 1990 Census's Jess is a man), the
    /// article has said which the person is; later pronouns agree with that, not with the name list.
    mutating func takeSexFromPronoun(of si: Int, male: Bool) {
        let s = seqs[si]
        guard !disagrees(s, male: male, byTitle: true) else { return }
        if s.person >= 0 {
            if male {
                femalePersons.remove(s.person)
                malePersons.insert(s.person)
            } else {
                malePersons.remove(s.person)
                femalePersons.insert(s.person)
            }
        }
        // (the family name only gains the sex, keeping the other: others may share it)
        if male { maleLast.insert(s.lastHash) } else { femaleLast.insert(s.lastHash) }
    }

    /// `The two-time Olympic champion also praised … Ronald Korir, who finished fourth.` ¶ `He emphasised …`: a he or
    /// she opening its sentence goes on with the description that opened the sentence before it as its subject (the
    /// subject is the likeliest referent), not with the people that sentence names after its verb. The description
    /// is a whole noun phrase right before its verb (not `The chief inspector of schools, David Bell, said`, nor `The
    /// barrister who …`), no one in that sentence is reported speaking and no other cue follows its verb (`…, said Mr
    /// Clarke.`), and it resolves (``resolve(_:)``) to a person who spoke before and whom the pronoun can be; nil
    /// otherwise.
    mutating func describedSubjectBefore(pronounAt j: Int, male: Bool) -> Speaker? {
        guard subjectPronoun(in: toks[j].sent, male: male) == j, let before = sentenceBefore(pronounAt: j) else {
            return nil
        }
        let a = sentFirst[Int(before)]
        let end = sentLast[Int(before)]
        guard toks[a].hash == hThe, toks[a].quote < 0, let h = descriptionHead(after: a, before: end + 1),
            h + 1 <= end, !isSpeakerNoun(toks[h + 1]), toks[h + 1].flags & (Lex.who | Lex.pronOther) == 0
        else { return nil }
        // (`The minister had been saying …, the spokesman said.`: a later cue there is someone else's)
        var verb = h + 1
        while verb < end && toks[verb].flags & Lex.skipAdv != 0 { verb += 1 }
        if verb < end, ((verb + 1)...end).contains(where: { toks[$0].isCue && toks[$0].quote < 0 }) { return nil }
        var si = seqsStarting(before: a)
        while si < seqs.count && seqs[si].start <= end {
            if seqs[si].personLike && !seqs[si].inQuote && spoke.contains(si) { return nil }
            si += 1
        }
        guard let described = resolve(Subj(kind: .np(a, h), first: a, last: h)), described.seq >= 0,
            seqs[described.seq].personLike, spoke.contains(described.seq), !disagrees(seqs[described.seq], male: male)
        else { return nil }
        return described
    }

    /// `… while the manager was delighted …, there was little celebration when he spoke to Sentinel Sport`: a
    /// definite description with its verb earlier in the pronoun's sentence, with no person named between them, is
    /// whom the pronoun goes on with - when it resolves to a person written with that role (`Galway FC manager Tommy
    /// Dunne`) whom the pronoun can be; not the person opening the sentence (`Ryan Manning converted …`).
    mutating func describedSubjectInSentence(pronounAt j: Int, male: Bool) -> Speaker? {
        let first = sentFirst[Int(toks[j].sent)]
        var k = j - 1
        while k >= first && j - k <= 40 {
            let t = toks[k]
            if t.quote >= 0 || t.kind == Tok.qclose { return nil }
            if t.seq >= 0 && seqs[Int(t.seq)].personLike { return nil }
            if t.hash == hThe, let h = descriptionHead(after: k, before: j), h + 1 < j, !isSpeakerNoun(toks[h + 1]),
                toks[h + 1].flags & (Lex.who | Lex.pronOther) == 0
            {
                guard let described = resolve(Subj(kind: .np(k, h), first: k, last: h)), described.seq >= 0,
                    seqs[described.seq].personLike, holdsRole(described.seq, toks[h].hash),
                    !disagrees(seqs[described.seq], male: male)
                else { return nil }
                return described
            }
            k -= 1
        }
        return nil
    }

    /// The he (`male`) or she outside quotes nearest before token `j` (at most 300 tokens back), when no person is
    /// named outside quotes between it and `j`.
    func previousPronoun(before j: Int, male: Bool) -> Int? {
        let flag = male ? Lex.pronMale : Lex.pronFemale
        var k = j - 1
        while k >= 0 && j - k <= 300 {
            let t = toks[k]
            if t.quote < 0 && t.kind == Tok.word {
                if t.seq >= 0 && seqs[Int(t.seq)].personLike { return nil }
                if t.flags & flag != 0 { return k }
            }
            k -= 1
        }
        return nil
    }

    /// Whether the pronoun at `j` is the subject of a verb that continues a speech (`he added`, `she continued`, `he
    /// went on`, `she adds`).
    func goesOnSpeaking(after j: Int) -> Bool {
        guard j + 1 < toks.count, toks[j + 1].kind == Tok.word else { return false }
        let verb = toks[j + 1].hash
        if continuingVerbs.contains(verb) { return true }
        return (verb == hWent || verb == hGoes) && j + 2 < toks.count && toks[j + 2].hash == hOn
    }

    /// The sequence of the person who spoke last (``lastQuoteSpeaker``) when a name of that person opens the sentence
    /// before pronoun `j` (not as a possessor: `Cahill's side`) and the pronoun can mean them; nil otherwise.
    func lastSpeakerOpening(before j: Int, male: Bool) -> Int? {
        let (seq, open, _) = lastQuoteSpeaker
        guard seq >= 0, open < j, seqs[seq].personLike, !disagrees(seqs[seq], male: male),
            let before = sentenceBefore(pronounAt: j)
        else { return nil }
        let first = sentFirst[Int(before)]
        guard first > open, toks[first].seq >= 0 else { return nil }
        let opening = Int(toks[first].seq)
        let s = seqs[opening]
        let same = seqs[seq].person >= 0 ? s.person == seqs[seq].person : s.lastHash == seqs[seq].lastHash
        guard s.start == first, same, s.personLike, !s.inQuote, !toks[s.end].possessive else { return nil }
        // (not when the quote names that person: `"Rory pushed me all the way," he added` is someone else's)
        return isNamedInQuoteBeingAttributed(seqs[seq]) ? nil : seq
    }

    /// Whether no cue outside quotes lies between the sentence where the latest speech quote closed and token `j`
    /// (at most 400 tokens; further is no going on).
    func noSpeechSinceLastQuote(before j: Int) -> Bool {
        let close = lastQuoteSpeaker.close
        guard close >= 0, close < j else { return false }
        let from = sentLast[Int(toks[close].sent)] + 1
        guard from < j else { return true }  // (the pronoun is in the quote's sentence)
        guard j - from <= 400 else { return false }
        return !(from..<j).contains { toks[$0].quote < 0 && toks[$0].isCue }
    }

    /// Whether the description ending at `b` goes on with a relative clause that keeps the person unnamed (`, who asked
    /// not to be named,`, `, who declined to be identified`): someone new, not someone named before.
    func describesSomeoneNew(after b: Int) -> Bool {
        guard b + 2 < toks.count, toks[b + 1].isPunct(.comma), toks[b + 2].flags & Lex.who != 0 else { return false }
        return true
    }
}
