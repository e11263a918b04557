import PCRE2
public import TextMineCore

/// The entities stage's rules for `textmine explain`: each regex rule with its id and pattern as written, then one
/// `list:TYPE` rule per phrase-list type (all files of a type share one trie, so they share one id).
extension EntitiesStage: RuleDescribing {
    /// The regex rules in the order they run, then the phrase lists by type.
    public var ruleDescriptions: [RuleDescription] {
        rules.map { RuleDescription(id: $0.id, layer: .entities, type: $0.type, pattern: $0.regex.pattern) }
            + listTypes.map {
                RuleDescription(
                    id: "list:\($0)", layer: .entities, type: $0,
                    pattern:
                        "phrase list (lists: \($0)), matched on word boundaries, \(gazetteers.first?.caseSensitive == true ? "case-sensitive" : "ignoring ASCII case")"
                )
            }
    }
}
