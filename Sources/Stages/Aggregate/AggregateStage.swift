import Foundation
import TextMineCore

/// Corpus-wide tables: entities (with MONEY totals), entity co-occurrence, speakers, per-group totals, and one row
/// per document and per quotation. Writes `report.html` when the pipeline asks for the `html` format.
public struct AggregateStage: Aggregator, DocumentRowProducer, TableFormatProvider {
    public static let descriptor = StageDescriptor(
        name: "aggregate",
        summary: "corpus tables: entities, money, co-occurrence, speakers, groups, documents, quotes (overall and per group)",
        consumes: [],
        produces: [],
        options: [
            OptionDescriptor(
                "tables", "[entities|money|cooccurrence|speakers|groups|documents|quotes]", default: "(all)",
                "which tables to produce"),
            OptionDescriptor("top", "int", default: "0", "keep the top N rows per group and type (entities), scope (co-occurrence), group (speakers); 0: all"),
            OptionDescriptor("min_count", "int", default: "1", "drop entities, pairs and speakers seen fewer times"),
            OptionDescriptor("group_by", "group | none", default: "group", "also break tables down by the document's group (first folder)"),
            OptionDescriptor("pair_types", "[string]", default: "[PERSON, ORG, LOCATION]", "entity types counted in co-occurrence pairs ([] for all types)"),
        ],
        example: "- aggregate: {tables: [entities, speakers], top: 100, min_count: 2}")

    /// The stage's options.
    public struct Options: StageOptions {
        /// A table the stage can produce.
        public enum Table: String, OptionEnum {
            /// Mentions and document frequency per (group, type, text).
            case entities
            /// Normalised MONEY totals per (group, currency).
            case money
            /// Entity pairs within a sentence and within a document.
            case cooccurrence
            /// Quotation statistics per (group, speaker).
            case speakers
            /// Totals per group.
            case groups
            /// One row per document.
            case documents
            /// One row per quotation.
            case quotes
        }

        /// How rows are broken down.
        public enum GroupBy: String, OptionEnum {
            /// Per document group (and overall, group `""`).
            case group
            /// Overall only.
            case none
        }

        /// Tables to produce.
        public var tables: [Table] = Table.allCases
        /// Rows kept per ranked block (0: all).
        public var top = 0
        /// Minimum count for entity, pair and speaker rows.
        public var minCount = 1
        /// The breakdown.
        public var groupBy: GroupBy = .group
        /// Entity types counted in co-occurrence pairs (empty: all). Numbers, dates and acronyms pair with everything
        /// and would make the pair table grow with the square of each document's mentions.
        public var pairTypes: [String] = ["PERSON", "ORG", "LOCATION"]

        enum CodingKeys: String, CodingKey {
            case tables, top
            case minCount = "min_count"
            case groupBy = "group_by"
            case pairTypes = "pair_types"
        }

        /// Defaults: every table, no limits, per group.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            tables = try container.decode([Table].self, forKey: .tables, default: Table.allCases)
            top = try container.decode(Int.self, forKey: .top, default: 0)
            minCount = try container.decode(Int.self, forKey: .minCount, default: 1)
            groupBy = try container.decode(GroupBy.self, forKey: .groupBy, default: .group)
            pairTypes = try container.decode([String].self, forKey: .pairTypes, default: ["PERSON", "ORG", "LOCATION"])
        }
    }

    /// The mergeable state: every field is an exact count or fixed-point sum, a min/max with a total tie-break, or a
    /// list kept sorted canonically, so merging is commutative and associative and equal inputs give equal states
    /// (and byte-identical encodings).
    public struct State: AggregateState {
        /// Documents seen.
        public var documents = 0
        /// Totals per group key (`""` holds documents without a group, or all when `group_by: none`).
        public var groups: [String: GroupStats] = [:]
        /// `group␟type␟text` → counts.
        public var entities: [String: EntityCounts] = [:]
        /// `group␟currency` → total.
        public var money: [String: MoneyTotal] = [:]
        /// `scope␟typeA␟textA␟typeB␟textB` → count (A before B in byte order).
        public var pairs: [String: Int] = [:]
        /// `group␟speaker` → statistics.
        public var speakers: [String: SpeakerStats] = [:]
        /// The most positive and most negative quotations (bounded; the full `quotes` table is streamed to CSV).
        public var highlights = QuoteHighlights()

        /// An empty state.
        public init() {}

        /// Folds `other` into this state.
        public mutating func merge(_ other: State) {
            documents += other.documents
            for (key, value) in other.groups { groups[key, default: GroupStats()].merge(value) }
            for (key, value) in other.entities { entities[key, default: EntityCounts()].add(value) }
            for (key, value) in other.money { money[key, default: MoneyTotal()].add(value) }
            for (key, value) in other.pairs { pairs[key, default: 0] += value }
            for (key, value) in other.speakers { speakers[key, default: SpeakerStats()].merge(value) }
            highlights.merge(other.highlights)
        }

        enum CodingKeys: String, CodingKey { case documents, groups, entities, money, pairs, speakers, highlights }
    }

    let options: Options
    let tables: Set<Options.Table>
    let pairTypes: Set<String>

    /// Builds the stage.
    ///
    /// - Throws: ``ConfigError`` for a negative `top` or a `min_count` below 1.
    public init(options: Options, context: StageContext) throws {
        var problems: [Diagnostic] = []
        func problem(_ message: String) {
            problems.append(context.entry?.error(message) ?? Diagnostic(at: .unknown(), message))
        }
        if options.top < 0 { problem("'top' must be 0 (all rows) or more, found \(options.top)") }
        if options.minCount < 1 { problem("'min_count' must be at least 1, found \(options.minCount)") }
        if !problems.isEmpty { throw ConfigError(problems) }
        self.options = options
        self.tables = Set(options.tables)
        self.pairTypes = Set(options.pairTypes)
    }

    /// An empty state.
    public func makeState() -> State { State() }

    /// Adds one document.
    public func accumulate(_ document: Document, into state: inout State) {
        let group = options.groupBy == .group ? document.group.keyPart : ""
        let separator = String(keySeparator)
        state.documents += 1

        var groupStats = GroupStats()
        groupStats.documents = 1
        groupStats.entities = document.entities.count
        groupStats.quotes = document.quotes.count
        if let sentiment = document.sentiment {
            groupStats.scoredDocuments = 1
            groupStats.documentCompoundUnits = FixedPoint.units(sentiment.compound)
        }

        let wantsEntities = tables.contains(.entities), wantsMoney = tables.contains(.money)
        let wantsPairs = tables.contains(.cooccurrence)
        var entityKeys: [String] = []
        if wantsEntities || wantsPairs {
            entityKeys = document.entities.map { $0.type.keyPart + separator + Self.normalized(document[$0.span]) }
        }
        if wantsEntities {
            var seen: Set<String> = []
            seen.reserveCapacity(entityKeys.count)
            for key in entityKeys {
                let full = group + separator + key
                let first = seen.insert(full).inserted
                state.entities[full, default: EntityCounts()].mentions += 1
                if first { state.entities[full]!.documents += 1 }
            }
        }
        if wantsMoney {
            for entity in document.entities where entity.type == "MONEY" {
                guard let value = entity.value, value.amount.isFinite else { continue }
                let key = group + String(keySeparator) + (value.unit ?? "").keyPart
                state.money[key, default: MoneyTotal()].mentions += 1
                state.money[key, default: MoneyTotal()].total.add(value.amount)
            }
        }
        if wantsPairs { Self.countPairs(document, keys: entityKeys, types: pairTypes, into: &state.pairs) }

        let wantsSpeakers = tables.contains(.speakers), wantsQuotes = tables.contains(.quotes)
        var quoteRows: [QuoteRow] = []
        var attributed = 0
        if !document.quotes.isEmpty {
            let index = document.codePoints
            for quote in document.quotes {
                let (start, end) = index.codePoints(of: quote.span)
                let text = document[quote.contentSpan]
                let compound = quote.sentiment.map { FixedPoint.units($0.compound) }
                if let compound {
                    groupStats.scoredQuotes += 1
                    groupStats.quoteCompoundUnits += compound
                }
                let speaker = quote.speaker.map(Self.normalized).flatMap { $0.isEmpty ? nil : $0 }
                if let speaker {
                    attributed += 1
                    if wantsSpeakers {
                        var stats = SpeakerStats()
                        stats.quotes = 1
                        if let compound, let sentiment = quote.sentiment {
                            stats.scored = 1
                            stats.compoundUnits = compound
                            switch Self.polarity(sentiment) {
                            case 1: stats.positive = 1
                            case -1: stats.negative = 1
                            default: break
                            }
                            let reference = QuoteReference(compound: compound, document: document.id, start: start, text: text)
                            stats.mostPositive = reference
                            stats.mostNegative = reference
                        }
                        state.speakers[group + String(keySeparator) + speaker, default: SpeakerStats()].merge(stats)
                    }
                }
                if wantsQuotes, compound != nil {
                    let content = index.codePoints(of: quote.contentSpan)
                    quoteRows.append(QuoteRow(
                        start: start, end: end, contentStart: content.start, contentEnd: content.end, speaker: speaker,
                        cue: quote.cue, kind: quote.kind.rawValue, text: text, compound: compound, label: quote.sentiment?.label))
                }
            }
        }
        groupStats.attributedQuotes = attributed
        state.groups[group, default: GroupStats()].merge(groupStats)

        for row in quoteRows { state.highlights.offer(row, document: document.id) }
    }

    // MARK: Per-document rows (streamed by the runner, not kept in the state)

    /// The `documents` and `quotes` tables, when selected.
    public var rowTables: [OutputTable] {
        let empty = AggregateTables(options: options, state: State())
        var result: [OutputTable] = []
        if tables.contains(.documents) { result.append(empty.documents()) }
        if tables.contains(.quotes) { result.append(empty.quotes()) }
        return result
    }

    /// One `documents` row and one `quotes` row per quotation.
    public func rows(for document: Document) -> [[[OutputTable.Value]]] {
        let index = document.codePoints
        var quoteRows: [QuoteRow] = []
        var attributed = 0
        for quote in document.quotes {
            let (start, end) = index.codePoints(of: quote.span)
            let content = index.codePoints(of: quote.contentSpan)
            let speaker = quote.speaker.map(Self.normalized).flatMap { $0.isEmpty ? nil : $0 }
            if speaker != nil { attributed += 1 }
            quoteRows.append(QuoteRow(
                start: start, end: end, contentStart: content.start, contentEnd: content.end, speaker: speaker,
                cue: quote.cue, kind: quote.kind.rawValue, text: document[quote.contentSpan],
                compound: quote.sentiment.map { FixedPoint.units($0.compound) }, label: quote.sentiment?.label))
        }
        quoteRows.sort { ($0.start, $0.end, $0.contentStart) < ($1.start, $1.end, $1.contentStart) }
        let row = DocumentRow(
            id: document.id, group: document.group, headline: document.headline,
            length: index.codePointOffset(ofByte: document.utf8.count),
            tokens: document.tokens.count, sentences: document.sentences.count, entities: document.entities.count,
            quotes: document.quotes.count, attributedQuotes: attributed,
            compound: document.sentiment.map { FixedPoint.units($0.compound) }, label: document.sentiment?.label,
            quoteRows: quoteRows)
        var result: [[[OutputTable.Value]]] = []
        if tables.contains(.documents) { result.append([AggregateTables.documentValues(row)]) }
        if tables.contains(.quotes) { result.append(quoteRows.map { AggregateTables.quoteValues($0, document: document.id) }) }
        return result
    }

    /// Counts each unordered pair of distinct entities once per sentence and once per document.
    static func countPairs(_ document: Document, keys: [String], types: Set<String>, into pairs: inout [String: Int]) {
        let counted = types.isEmpty ? Array(document.entities.indices) : document.entities.indices.filter { types.contains(document.entities[$0].type) }
        guard counted.count > 1 else { return }
        func add(_ scope: String, _ members: [String]) {
            let distinct = Array(Set(members)).sorted(by: bytesLess)
            guard distinct.count > 1 else { return }
            for i in 0..<(distinct.count - 1) {
                for j in (i + 1)..<distinct.count {
                    pairs[scope + String(keySeparator) + distinct[i] + String(keySeparator) + distinct[j], default: 0] += 1
                }
            }
        }
        add("document", counted.map { keys[$0] })
        guard !document.sentences.isEmpty else { return }
        let order = counted.sorted { document.entities[$0].span < document.entities[$1].span }
        var next = 0
        for sentence in document.sentences {
            while next < order.count, document.entities[order[next]].span.start < sentence.span.start { next += 1 }
            var members: [String] = []
            var cursor = next
            while cursor < order.count, document.entities[order[cursor]].span.start < sentence.span.end {
                members.append(keys[order[cursor]])
                cursor += 1
            }
            add("sentence", members)
        }
    }

    /// +1 positive, −1 negative, 0 neutral: the sentiment stage's label, else VADER's ±0.05 thresholds.
    static func polarity(_ sentiment: SentimentScores) -> Int {
        switch sentiment.label {
        case "positive": return 1
        case "negative": return -1
        case .some: return 0
        case nil: return sentiment.compound >= 0.05 ? 1 : sentiment.compound <= -0.05 ? -1 : 0
        }
    }

    /// How entity texts and speaker names are normalised for counting: Unicode NFC, whitespace runs collapsed to one
    /// space, trimmed, and control characters (which could collide with the state's key separator) turned to spaces.
    static func normalized(_ text: String) -> String {
        // Fast path: ASCII text with single spaces is already normalised (NFC changes nothing in ASCII).
        var simple = true
        var previousSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previousSpace) {
                simple = false
                break
            }
            previousSpace = byte == 0x20
        }
        if simple && !previousSpace { return text }
        let composed = text.precomposedStringWithCanonicalMapping
        return composed.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } })
            .joined(separator: " ")
    }

    /// Renders the tables.
    public func report(_ state: State) -> AggregateReport {
        AggregateTables(options: options, state: state).report()
    }

    /// `report.html`, written when the pipeline's `output.formats` includes `html`.
    public static var tableFormats: [TableFormatRegistry.Writer] {
        [TableFormatRegistry.Writer(format: .html) { tables, directory, pipeline in
            let html = HTMLReport(tables: tables, pipelineName: pipeline.name).render()
            try AtomicFile.write(html, to: directory + "/report.html")
            return ["report.html"]
        }]
    }
}

extension String {
    /// The string with the key separator replaced, so it can be one part of a composite key.
    var keyPart: String { utf8.contains(0x1F) ? String(map { $0 == keySeparator ? " " : $0 }) : self }
}
