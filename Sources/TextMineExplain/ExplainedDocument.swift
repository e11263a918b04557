public import TextMineCore

/// A processed document ready to be drawn: its marks in drawing order, the pipeline's rule catalog, and counts for the
/// legend and the rules panel. Built once; the terminal, plain and HTML views only read it.
public struct ExplainedDocument: Sendable {
    /// How often one rule of one stage fired in this document.
    public struct RuleCount: Sendable, Hashable {
        /// The stage instance.
        public var stage: String
        /// The rule id.
        public var rule: String
        /// The layer its annotations are in: `entities`, `quotes` or a plugin layer.
        public var layer: String
        /// How many marks carry it.
        public var count: Int
        /// The rule's pattern, when its stage describes it.
        public var pattern: String?
    }

    /// The document, with every layer the pipeline added.
    public let document: Document
    /// Entities and quotes, ordered by start, then longest first, quotes before entities on the same span.
    public let marks: [ExplainMark]
    /// The pipeline's name.
    public let pipelineName: String
    /// The stage instances that ran, in order.
    public let stages: [String]
    /// Corpus stages among them: they looked at the document but write their tables only in `textmine run`.
    public let corpusStages: [String]
    /// Line starts and columns.
    public let positions: TextPositions

    /// Builds the marks of a processed document.
    public init(
        document: Document, catalog: RuleCatalog, pipelineName: String, stages: [String], corpusStages: [String] = []
    ) {
        self.document = document
        self.pipelineName = pipelineName
        self.stages = stages
        self.corpusStages = corpusStages
        self.positions = TextPositions(document)
        var marks: [ExplainMark] = []
        marks.reserveCapacity(document.entities.count + document.quotes.count)
        for entity in document.entities {
            marks.append(
                ExplainMark(
                    number: 0, kind: .entity, span: entity.span, label: entity.type, stage: entity.stage,
                    rule: entity.rule,
                    pattern: catalog.pattern(stage: entity.stage, rule: entity.rule), canonical: entity.canonical,
                    value: entity.value))
        }
        for quote in document.quotes {
            marks.append(
                ExplainMark(
                    number: 0, kind: .quote, span: quote.span, label: "QUOTE", stage: quote.stage, rule: quote.rule,
                    pattern: catalog.pattern(stage: quote.stage, rule: quote.rule), speaker: quote.speaker,
                    speakerSpan: quote.speakerSpan, cue: quote.cue,
                    quoteKind: quote.kind.rawValue, sentiment: quote.sentiment))
        }
        marks += Self.pluginSpans(of: document)
        // Outer before inner, so a walk in this order opens a quote before the entities inside it.
        func rank(_ kind: ExplainMark.Kind) -> Int { kind == .quote ? 0 : kind == .span ? 1 : 2 }
        marks.sort { ($0.span.start, -$0.span.end, rank($0.kind)) < ($1.span.start, -$1.span.end, rank($1.kind)) }
        for index in marks.indices { marks[index].number = index + 1 }
        // Link each quote to the entity mark naming its speaker, so the views can point at it.
        var entityAt: [Span: Int] = [:]
        for mark in marks where mark.kind == .entity && entityAt[mark.span] == nil { entityAt[mark.span] = mark.number }
        for index in marks.indices {
            if let span = marks[index].speakerSpan { marks[index].speakerMark = entityAt[span] }
        }
        self.marks = marks
    }

    /// The spans of plugin layers: every top-level array of `{"start", "end", …}` objects (byte offsets inside
    /// TextMine), labelled with the layer's name; a string `rule` field is the rule, other scalar fields are shown.
    static func pluginSpans(of document: Document) -> [ExplainMark] {
        var marks: [ExplainMark] = []
        let length = document.utf8.count
        for name in document.extensionLayerNames {
            guard case .array(let items)? = document.jsonLayer(named: name) else { continue }
            for item in items {
                guard case .object(let fields) = item, case .int(let start)? = fields["start"],
                    case .int(let end)? = fields["end"],
                    0 <= start, start <= end, end <= length
                else { continue }
                var rule = ""
                if case .string(let text)? = fields["rule"] { rule = text }
                let shown = fields.sorted { $0.key < $1.key }.filter {
                    !["start", "end", "rule", "text"].contains($0.key)
                }.compactMap { field -> String? in
                    switch field.value {
                    case .array, .object, .null: return nil
                    case let scalar: return field.key + ": " + DisplayText.json(scalar)
                    }
                }
                marks.append(
                    ExplainMark(
                        number: 0, kind: .span, span: Span(start, end), label: name,
                        stage: document.producers[name] ?? "", rule: rule,
                        fields: shown))
            }
        }
        return marks
    }

    /// Document-level results in a few words each: sentiment, layer sizes, features, plugin layers.
    public var facts: [String] {
        var facts: [String] = []
        if let sentiment = document.sentiment {
            let sign = sentiment.compound >= 0 ? "+" : ""
            facts.append(
                "sentiment \(sentiment.label ?? "") \(sign)\(DisplayText.fixed(sentiment.compound, digits: 2))")
        }
        if !document.tokens.isEmpty { facts.append("\(document.tokens.count) tokens") }
        if !document.sentences.isEmpty { facts.append("\(document.sentences.count) sentences") }
        facts.append(document.entities.count == 1 ? "1 entity" : "\(document.entities.count) entities")
        facts.append(document.quotes.count == 1 ? "1 quote" : "\(document.quotes.count) quotes")
        for (key, value) in document.features.sorted(by: { $0.key < $1.key }) {
            facts.append(
                DisplayText.excerpt(key, limit: 40) + " " + DisplayText.excerpt(DisplayText.json(value), limit: 40))
        }
        if !document.extensionLayerNames.isEmpty {
            facts.append("layers " + document.extensionLayerNames.joined(separator: ", "))
        }
        return facts
    }

    /// The text a mark covers.
    public func text(of mark: ExplainMark) -> String { document[mark.span] }

    /// Marks per label — entity type, `QUOTE`, plugin layer — most frequent first, then by name.
    public var labelCounts: [(label: String, kind: ExplainMark.Kind, count: Int)] {
        var counts: [String: (kind: ExplainMark.Kind, count: Int)] = [:]
        for mark in marks { counts[mark.label, default: (mark.kind, 0)].count += 1 }
        return counts.map { (label: $0.key, kind: $0.value.kind, count: $0.value.count) }.sorted {
            ($1.count, $0.label) < ($0.count, $1.label)
        }
    }

    /// The rules that fired, most often first, then by stage order and id (plugin spans without a `rule` field are
    /// not counted).
    public var ruleCounts: [RuleCount] {
        var counts: [String: RuleCount] = [:]
        for mark in marks where !mark.rule.isEmpty {
            let key = mark.stage + "\u{0}" + mark.rule
            let layer = mark.kind == .entity ? "entities" : mark.kind == .quote ? "quotes" : mark.label
            counts[
                key,
                default: RuleCount(stage: mark.stage, rule: mark.rule, layer: layer, count: 0, pattern: mark.pattern)
            ].count += 1
        }
        let order = Dictionary(stages.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return counts.values.sorted {
            ($1.count, order[$0.stage] ?? Int.max, $0.rule) < ($0.count, order[$1.stage] ?? Int.max, $1.rule)
        }
    }
}
