import People
public import TextMineCore

/// The people stage's rules for `textmine explain`: `people:<rule>` for each way the person finder recognises a name,
/// with the shape it looks for (the cases of ``PersonRule``; docs/people.md has the details).
extension PeopleStage: RuleDescribing {
    /// One description per ``PersonRule``, with the ids this instance writes and the entity type it is configured for.
    public var ruleDescriptions: [RuleDescription] {
        PersonRule.allCases.map { rule in
            RuleDescription(
                id: ruleIDs[rule] ?? "people:\(rule.rawValue)", layer: .entities, type: type,
                pattern: Self.shapes[rule] ?? rule.rawValue)
        }
    }

    /// What each rule looks for, in the words of the people engine's documentation. A rule added to the engine
    /// without a shape here is listed with its name alone.
    static let shapes: [PersonRule: String] = [
        .title: "a name after an honorific or title: Mr Okafor, President Obama, Sen. Warren",
        .role: "a name after a lower-case role noun: striker Jermain Defoe, chief executive Sam Hale",
        .speechVerb: "a name next to a speech verb: Ronaldinho said, said Gordon Brown",
        .apposition:
            "a name followed by an age or a description: Ada Okafor, 34, / Okafor, the chief executive / Okafor, who",
        .predicate:
            "a name given a person's role by a copula, a relative of its own, or (unlisted words) a verb in the past: Savopoulos was the CEO of / Savvas Savopoulos and his wife / Marcotte's mother / Obinwa Makuruse headed home",
        .byline: "a writer's byline alone on its line: By Cloe Read",
        .givenName: "a name starting with a known given name (given_names lists): Ada Okafor",
        .familyName: "a name ending with a known family name (family_names list): Thierry Henry",
        .lineup: "a name in a team line-up: Man City: James, Mills (Wright-Phillips 83), Dunne",
        .list: "a full name listed beside a person found otherwise: Nadeem Nusrat, Farooq Sattar and Waseem Akhter",
        .coreference: "a mention of a person found elsewhere in the document: Okafor after Ada Okafor",
    ]
}
