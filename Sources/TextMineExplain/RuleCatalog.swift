public import TextMineCore

/// Every rule a pipeline's stages can fire, by stage: where `explain` finds an annotation's pattern and checks a
/// `--rule` id.
public struct RuleCatalog: Sendable {
    /// One rule of one stage instance.
    public struct Entry: Sendable, Hashable {
        /// The stage instance (`entities`, `entities.2`).
        public var stage: String
        /// The rule.
        public var rule: RuleDescription
    }

    /// The rules in pipeline order, each stage's in its own order.
    public let entries: [Entry]
    /// Stages that produce entities or quotes without describing their rules (an `exec` program): their rule ids are
    /// only known from their output.
    public let undescribedStages: [String]
    private let patterns: [String: String]

    /// Collects the rules of a pipeline's stages.
    public init(pipeline: Pipeline) {
        var entries: [Entry] = []
        var undescribed: [String] = []
        for entry in pipeline.entries {
            if let describing = entry.stage as? any RuleDescribing {
                entries += describing.ruleDescriptions.map { Entry(stage: entry.name, rule: $0) }
            } else if entry.stage.produces.contains(.entities) || entry.stage.produces.contains(.quotes) {
                undescribed.append(entry.name)
            }
        }
        self.init(entries: entries, undescribedStages: undescribed)
    }

    /// A catalog made directly (tests, embedding).
    public init(entries: [Entry], undescribedStages: [String] = []) {
        self.entries = entries
        self.undescribedStages = undescribedStages
        var patterns: [String: String] = [:]
        for entry in entries where patterns[Self.key(entry.stage, entry.rule.id)] == nil {
            patterns[Self.key(entry.stage, entry.rule.id)] = entry.rule.pattern
        }
        self.patterns = patterns
    }

    /// The pattern of `rule` in `stage`, when that stage describes it.
    public func pattern(stage: String, rule: String) -> String? { patterns[Self.key(stage, rule)] }

    /// Whether some stage has a rule with this id.
    public func contains(_ id: String) -> Bool { entries.contains { $0.rule.id == id } }

    /// The distinct rule ids, in pipeline order.
    public var ids: [String] {
        var seen: Set<String> = []
        return entries.map(\.rule.id).filter { seen.insert($0).inserted }
    }

    /// The ids closest to `id`: by edit distance, ties in pipeline order, those sharing a prefix or containing it first.
    public func nearest(to id: String, count: Int = 5) -> [String] {
        let lowered = id.lowercased()
        let ranked = ids.enumerated().map { index, candidate -> (Int, Int, String) in
            let other = candidate.lowercased()
            let related = !lowered.isEmpty && (other.contains(lowered) || lowered.contains(other))
            return (related ? 0 : 1 + Suggestion.editDistance(lowered, other), index, candidate)
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(count).map(\.2)
    }

    private static func key(_ stage: String, _ rule: String) -> String { stage + "\u{0}" + rule }
}
