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
            return described
        }
        guard let si = si0 else { return nil }
        return personSpeaker(si)
    }
}
