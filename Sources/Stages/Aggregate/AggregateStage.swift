import Foundation
public import TextMineCore

/// Corpus-wide tables: entities (with MONEY totals), entity co-occurrence, speakers, per-group totals, and one row
/// per document and per quotation. Writes `report.html` when the pipeline asks for the `html` format.
public struct AggregateStage: Aggregator, DocumentRowProducer, TableFormatProvider {
    /// `aggregate` reads whatever layers the tables draw on when present and writes no layer, only tables.
    public static let descriptor = StageDescriptor(
        name: "aggregate",
        summary:
            "corpus tables: entities, money, co-occurrence, speakers, groups, documents, quotes (overall and per group)",
        consumes: [],
        produces: [],
        options: [
            OptionDescriptor(
                "tables", .list(.choice(Options.Table.self)), default: "(all)",
                "which tables to produce"),
            OptionDescriptor(
                "top", .integer, default: "0",
                "keep the top N rows per group and type (entities), scope (co-occurrence), group (speakers); 0: all"),
            OptionDescriptor("min_count", .integer, default: "1", "drop entities, pairs and speakers seen fewer times"),
            OptionDescriptor(
                "group_by", .choice(Options.GroupBy.self), default: "group",
                "also break tables down by the document's group (first folder)"),
            OptionDescriptor(
                "pair_types", .list(.string), default: "[PERSON, ORG, LOCATION]",
                "entity types counted in co-occurrence pairs ([] for all types)"),
            OptionDescriptor(
                "max_pair_entities", .integer, default: "200",
                "pairs are counted among at most this many distinct entities per document and per sentence (the first ones; a warning line says when); 0: no cap"
            ),
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
        /// Distinct entities per document and per sentence among which pairs are counted (0: no cap): pairs grow with
        /// the square of it, so one long line of names must not make the pair table explode.
        public var maxPairEntities = 200

        enum CodingKeys: String, CodingKey {
            case tables, top
            case minCount = "min_count"
            case groupBy = "group_by"
            case pairTypes = "pair_types"
            case maxPairEntities = "max_pair_entities"
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
            maxPairEntities = try container.decode(Int.self, forKey: .maxPairEntities, default: 200)
        }
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
        if options.maxPairEntities < 0 {
            problem("'max_pair_entities' must be 0 (no cap) or more, found \(options.maxPairEntities)")
        }
        if !problems.isEmpty { throw ConfigError(problems) }
        self.options = options
        self.tables = Set(options.tables)
        self.pairTypes = Set(options.pairTypes)
    }

    /// An empty state.
    public func makeState() -> State { State() }

    /// Adds one document: one step per table it feeds (the `groups` table always).
    public func accumulate(_ document: Document, into state: inout State) {
        let group = options.groupBy == .group ? document.group.keyPart : ""
        state.documents += 1
        let wantsEntities = tables.contains(.entities)
        let wantsPairs = tables.contains(.cooccurrence)
        let wantsSpeakers = tables.contains(.speakers)
        let groupID = wantsEntities || wantsSpeakers ? state.strings.id(for: group) : 0
        let entityIDs = wantsEntities || wantsPairs ? Self.internEntities(of: document, into: &state) : []
        if wantsEntities { Self.countEntities(entityIDs, groupID: groupID, into: &state) }
        if tables.contains(.money) { Self.addMoney(of: document, group: group, into: &state) }
        if wantsPairs {
            Self.countPairs(
                document, entityIDs: entityIDs, types: pairTypes, cap: options.maxPairEntities, into: &state)
        }
        if wantsSpeakers { Self.addSpeakers(of: document, groupID: groupID, into: &state) }
        state.groups[group, default: GroupStats()].merge(Self.groupStats(of: document))
        if tables.contains(.quotes) { Self.offerHighlights(of: document, into: &state) }
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
            let speaker = Self.speaker(of: quote)
            if speaker != nil { attributed += 1 }
            quoteRows.append(
                QuoteRow(
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
        if tables.contains(.quotes) {
            result.append(quoteRows.map { AggregateTables.quoteValues($0, document: document.id) })
        }
        return result
    }

    /// Counts each unordered pair of distinct entities once per sentence and once per document.
    static func countPairs(
        _ document: Document, entityIDs: [UInt32], types: Set<String>, cap: Int, into state: inout State
    ) {
        var filter = TypeFilter(types)
        let counted = document.entities.indices.filter { filter.counts(document.entities[$0].type) }
        guard counted.count > 1 else { return }
        var members: [UInt32] = []
        members.reserveCapacity(counted.count)
        // `members` arrive in text order, so the cap keeps the first distinct entities, the same for any --jobs.
        func add(_ table: inout PairCounts) {
            if cap > 0 && members.count > cap { members = Self.firstDistinct(members, cap) }
            members.sort()
            var distinct = 0
            for index in members.indices where distinct == 0 || members[distinct - 1] != members[index] {
                members[distinct] = members[index]
                distinct += 1
            }
            guard distinct > 1 else { return }
            for i in 0..<(distinct - 1) {
                for j in (i + 1)..<distinct { table[packed(members[i], members[j]), default: 0] += 1 }
            }
        }
        members = counted.map { entityIDs[$0] }
        add(&state.documentPairs)
        guard !document.sentences.isEmpty else { return }
        let order = counted.sorted { document.entities[$0].span < document.entities[$1].span }
        var next = 0
        for sentence in document.sentences {
            while next < order.count, document.entities[order[next]].span.start < sentence.span.start { next += 1 }
            members.removeAll(keepingCapacity: true)
            var cursor = next
            while cursor < order.count, document.entities[order[cursor]].span.start < sentence.span.end {
                members.append(entityIDs[order[cursor]])
                cursor += 1
            }
            add(&state.sentencePairs)
        }
    }

    /// The first `limit` distinct values, in order.
    static func firstDistinct<T: Hashable>(_ values: [T], _ limit: Int) -> [T] {
        var seen: Set<T> = []
        var kept: [T] = []
        for value in values where kept.count < limit && seen.insert(value).inserted { kept.append(value) }
        return kept
    }

    /// Adds a warning to a document whose pairs the cap limits (`max_pair_entities`): the same count of distinct
    /// entities (type and normalised text) per document and per sentence as ``countPairs``, done only when the
    /// document has more mentions than the cap.
    public func process(_ document: inout Document) throws {
        let cap = options.maxPairEntities
        guard cap > 0, tables.contains(.cooccurrence) else { return }
        var filter = TypeFilter(pairTypes)
        var countedMentions = 0
        for entity in document.entities where filter.counts(entity.type) { countedMentions += 1 }
        guard countedMentions > cap else { return }
        let counted = document.entities.filter { filter.counts($0.type) }
        let keys = counted.map { $0.type + String(keySeparator) + Self.normalized(document[$0.span]) }
        var places: [String] = []
        let inDocument = Set(keys).count
        if inDocument > cap { places.append("\(inDocument) in the document") }
        var sentences = 0
        let order = counted.indices.sorted { counted[$0].span < counted[$1].span }
        var next = 0
        for sentence in document.sentences {
            while next < order.count, counted[order[next]].span.start < sentence.span.start { next += 1 }
            var cursor = next
            var distinct: Set<String> = []
            while cursor < order.count, counted[order[cursor]].span.start < sentence.span.end {
                distinct.insert(keys[order[cursor]])
                cursor += 1
            }
            if distinct.count > cap { sentences += 1 }
        }
        if sentences > 0 { places.append("more in \(sentences) sentence\(sentences == 1 ? "" : "s")") }
        guard !places.isEmpty else { return }
        document.warnings.append(
            (
                reason: "pair_cap",
                message:
                    "co-occurrence pairs counted among the first \(cap) distinct entities only (\(places.joined(separator: ", "))); raise the aggregate option max_pair_entities to count more"
            ))
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
        func isSimple(_ bytes: some Sequence<UInt8>) -> Bool {
            var previousSpace = true
            for byte in bytes {
                if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previousSpace) { return false }
                previousSpace = byte == 0x20
            }
            return !previousSpace
        }
        // A native string's bytes are read in place (walking the UTF-8 view cost several times as much).
        if text.utf8.withContiguousStorageIfAvailable(isSimple) ?? isSimple(text.utf8) { return text }
        let composed = text.precomposedStringWithCanonicalMapping
        return composed.split(whereSeparator: {
            $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
        })
        .joined(separator: " ")
    }

    /// Renders the tables.
    public func report(_ state: State) -> AggregateReport {
        AggregateTables(options: options, state: state).report()
    }

    /// `report.html`, written when the pipeline's `output.formats` includes `html`.
    public static var tableFormats: [TableFormatRegistry.Writer] {
        [
            TableFormatRegistry.Writer(format: .html) { tables, directory, pipeline in
                let html = HTMLReport(tables: tables, pipelineName: pipeline.name).render()
                try AtomicFile.write(html, to: directory + "/report.html")
                return ["report.html"]
            }
        ]
    }
}

extension String {
    /// The string with the key separator replaced, so it can be one part of a composite key.
    var keyPart: String { utf8.contains(0x1F) ? String(map { $0 == keySeparator ? " " : $0 }) : self }
}

/// Whether entities' types are among a set of types (every type when it is empty), for the mentions of one document:
/// its few types are each hashed once and then compared, instead of a hash of the type for every mention.
struct TypeFilter {
    private let types: Set<String>
    private var known: [(type: String, counted: Bool)] = []

    init(_ types: Set<String>) { self.types = types }

    /// Whether mentions of `type` are counted.
    mutating func counts(_ type: String) -> Bool {
        if types.isEmpty { return true }
        for entry in known where entry.type == type { return entry.counted }
        let counted = types.contains(type)
        known.append((type, counted))
        return counted
    }
}
