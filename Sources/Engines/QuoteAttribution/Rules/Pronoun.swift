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

    /// Whether the description ending at `b` goes on with a relative clause that keeps the person unnamed (`, who asked
    /// not to be named,`, `, who declined to be identified`): someone new, not someone named before.
    func describesSomeoneNew(after b: Int) -> Bool {
        guard b + 2 < toks.count, toks[b + 1].isPunct(.comma), toks[b + 2].flags & Lex.who != 0 else { return false }
        return true
    }
}
