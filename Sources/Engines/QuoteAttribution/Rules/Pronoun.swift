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
            if described.seq < 0, toks[a].hash == hThe, let si = si0, spoke.contains(si),
                !spokesHashes.contains(toks[b].hash), !(a...b).contains(where: { toks[$0].possessive }),
                !describesSomeoneNew(after: b)
            {
                return personSpeaker(si)
            }
            return described
        }
        guard let si = si0 else { return nil }
        return personSpeaker(si)
    }

    /// Whether the pronoun at `j` is the subject of a verb that continues a speech (`he added`, `she continued`, `he
    /// went on`, `she adds`).
    func goesOnSpeaking(after j: Int) -> Bool {
        guard j + 1 < toks.count, toks[j + 1].kind == Tok.word else { return false }
        let verb = toks[j + 1].hash
        if continuingVerbs.contains(verb) { return true }
        return (verb == hWent || verb == hGoes) && j + 2 < toks.count && toks[j + 2].hash == hOn
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
