// The attribution rules as tools outside the engine see them (`textmine explain` shows a quote's rule and its shape on
// hover and lists the rules a `--rule` id may name). The shapes are one-line summaries of the cases' doc comments in
// AttributionRule.swift.

/// The names of the attribution rules (the `rule` strings of quotes) and the shape each looks for.
public enum AttributionRules {
    /// Every rule, in declaration order: its name and its shape (`X said "Q"`).
    public static let all: [(name: String, shape: String)] = AttributionRule.allCases.map {
        ($0.rawValue, shapes[$0] ?? $0.rawValue)
    }

    /// One line per rule; a rule added without a shape here is listed with its name alone.
    private static let shapes: [AttributionRule: String] = [
        .quoteCommaNameVerb: "\"Q,\" X said — the speaker before the cue, after the quote",
        .quoteCommaVerbName: "\"Q,\" said X — an invertible cue right after the quote, the speaker after it",
        .quoteCommaAccordingTo: "\"Q,\" according to X",
        .quoteByAgent: "branded a \"Q\" by X — a passive participle before the quote, by + agent after it",
        .nameVerbQuote: "X said \"Q\" — the cue touches the opening mark",
        .nameVerbColon: "X said: \"Q\" / X said, \"Q\"",
        .nameVerbObjectColon: "X told reporters: \"Q\" — words between the cue and a colon",
        .nameVerbIndirect: "X said the merger would be \"painless\" — a partial quote inside reported speech",
        .verbNameColon: "Said the Pew report: \"Q\" — an invertible cue with its speaker after it",
        .accordingToQuote: "According to X, \"Q\"",
        .split: "\"Q1,\" X said, \"Q2\" — the second half takes the cue between the halves",
        .participle: "X walked out, saying \"Q\" — the subject is the nearest person earlier in the sentence",
        .nameColon: "X: \"Q\" — a name and a colon (headlines, transcripts)",
        .quoteDashName: "'Q' - X — a headline's quote, a dash or colon, and the speaker's name",
        .messageFrom: "\"Q.\" That is the message from X — a sentence after the quote says whose words they were",
        .commaClause: "… \"Q\" …, X said. — a cue clause at the end of the quote's sentence",
        .commaAccordingTo: "… \"Q\" …, according to X.",
        .pronoun: "a cue rule whose subject is he/she: the speaker is the pronoun's antecedent",
        .continuation: "no cue of its own: goes on from the previous quote's speaker",
        .intro: "a quote after a sentence with a cue and no quote, or after a colon ending a person's sentence",
        .headlineRepeat:
            "a headline quote repeating words quoted in the body (or inside one) takes that quote's speaker",
        .leadRepeat: "a lead paragraph's short quote whose words a later attributed quote holds takes its speaker",
        .crossheadRepeat:
            "a crosshead (a paragraph that is only a short quote) takes the speaker of a later quote holding its words",
        .partialRepeat:
            "a body paragraph's quote of two to six words whose words a later attributed quote holds takes its speaker",
        .nested: "a quote inside another quote: never attributed",
        .none: "no rule found a speaker",
    ]
}
