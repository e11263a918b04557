import TextMineCore

/// Renders an ``AggregateStage/State`` into the stage's tables.
///
/// The state keeps only per-group figures; the corpus rows (group `""`) are derived here by merging the groups,
/// which is exact because documents partition into groups. With `group_by: group`, documents outside any folder
/// count towards the corpus rows only.
struct AggregateTables {
    let options: AggregateStage.Options
    let state: AggregateStage.State
    /// Positions of the state's interned strings in byte order: rows sort on these integers.
    let ranks: [UInt32]

    init(options: AggregateStage.Options, state: AggregateStage.State) {
        self.options = options
        self.state = state
        self.ranks = state.strings.byteOrderRanks()
    }

    /// The byte-order rank of an interned string.
    @inline(__always)
    func rank(_ id: UInt32) -> Int { Int(ranks[Int(id)]) }

    typealias Value = OutputTable.Value

    func report() -> AggregateReport {
        var tables: [OutputTable] = []
        let wanted = Set(options.tables)
        if wanted.contains(.entities) { tables.append(entities()) }
        if wanted.contains(.money) { tables.append(money()) }
        if wanted.contains(.cooccurrence) { tables.append(cooccurrence()) }
        if wanted.contains(.speakers) { tables.append(speakers()) }
        if wanted.contains(.groups) { tables.append(groups()) }
        if wanted.contains(.quotes) { tables.append(highlights()) }
        let corpus = state.groups.values.reduce(into: GroupStats()) { $0.merge($1) }
        var summary: [String: JSONValue] = [
            "documents": .int(state.documents),
            "quotes": .int(corpus.quotes),
            "attributed_quotes": .int(corpus.attributedQuotes),
            "tables": .array(tables.map { .string($0.name) }),
        ]
        if wanted.contains(.entities) {
            summary["distinct_entities"] = .int(Set(state.entities.keys.map(\.lowID)).count)
        }
        if wanted.contains(.speakers) {
            summary["distinct_speakers"] = .int(Set(state.speakers.keys.map(\.lowID)).count)
        }
        return AggregateReport(tables: tables, summary: summary)
    }

    // MARK: Grouping

    /// Splits a composite key into `maxSplits + 1` parts.
    static func split(_ key: String, _ maxSplits: Int) -> [String] {
        key.split(separator: keySeparator, maxSplits: maxSplits, omittingEmptySubsequences: false).map(String.init)
    }

    /// Sums per-group values into corpus values (group `""`) and keeps the per-group ones for named groups.
    func withCorpus<V>(_ values: [String: V], merge: (inout V, V) -> Void, empty: V) -> [(
        group: String, rest: String, value: V
    )] {
        var corpus: [String: V] = [:]
        var rows: [(group: String, rest: String, value: V)] = []
        for (key, value) in values {
            let parts = Self.split(key, 1)
            let rest = parts.count > 1 ? parts[1] : ""
            merge(&corpus[rest, default: empty], value)
            if !parts[0].isEmpty { rows.append((parts[0], rest, value)) }
        }
        for (rest, value) in corpus { rows.append(("", rest, value)) }
        return rows
    }

    /// Keeps at most `options.top` rows of each block of consecutive rows with the same block key (rows are sorted).
    func limited<Row, Block: Equatable>(_ rows: [Row], block: (Row) -> Block) -> [Row] {
        guard options.top > 0 else { return rows }
        var kept: [Row] = []
        var current: Block?
        var count = 0
        for row in rows {
            let key = block(row)
            if current != key {
                current = key
                count = 0
            }
            count += 1
            if count <= options.top { kept.append(row) }
        }
        return kept
    }

    static func real(_ units: Int64, over count: Int) -> Value {
        count > 0 ? .real(Double(units) / FixedPoint.scale / Double(count)) : .null
    }

    static func optionalText(_ text: String?) -> Value { text.map(Value.text) ?? .null }

    // MARK: Tables

    func entities() -> OutputTable {
        /// `group` is the group's rank, or -1 for the corpus rows (group `""`, first in byte order); `groupID` is
        /// `UInt32.max` for those. Four 32-bit ids and two counts (32 bytes): at x20 with a group per copy the table
        /// has about 600k rows, and this array is most of the end of the run's memory.
        struct Row {
            var group: Int32
            var groupID: UInt32
            var entity: UInt32
            var type: UInt32
            var mentions: Int
            var documents: Int
        }
        var corpus = [EntityCounts](repeating: EntityCounts(), count: state.entityPool.count)
        var rows: [Row] = []
        // Group rows plus at most one corpus row per entity: reserved once, so the array never doubles.
        rows.reserveCapacity(state.entities.count + state.entityPool.count)
        for (key, counts) in state.entities {
            corpus[Int(key.lowID)].add(counts)
            guard counts.mentions >= options.minCount, !state.strings[key.highID].isEmpty else { continue }
            rows.append(
                Row(
                    group: Int32(rank(key.highID)), groupID: key.highID, entity: key.lowID,
                    type: UInt32(rank(state.entityPool[key.lowID].type)), mentions: counts.mentions,
                    documents: counts.documents))
        }
        for (entity, counts) in corpus.enumerated() where counts.mentions > 0 && counts.mentions >= options.minCount {
            let id = UInt32(entity)
            rows.append(
                Row(
                    group: -1, groupID: .max, entity: id, type: UInt32(rank(state.entityPool[id].type)),
                    mentions: counts.mentions, documents: counts.documents))
        }
        corpus = []
        rows.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.type != b.type { return a.type < b.type }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            if a.documents != b.documents { return a.documents > b.documents }
            return rank(state.entityPool[a.entity].text) < rank(state.entityPool[b.entity].text)
        }
        rows = limited(rows) { Int($0.group) << 32 | Int($0.type) }
        var table = EntitiesTable.table()
        let strings = state.strings
        let entities = state.entityPool
        table.rows = .lazy(
            .init(count: rows.count) { [rows] index in
                let row = rows[index]
                let member = entities[row.entity]
                return [
                    .text(row.groupID == .max ? "" : strings[row.groupID]), .text(strings[member.type]),
                    .text(strings[member.text]),
                    .integer(row.mentions), .integer(row.documents),
                ]
            })
        return table
    }

    func money() -> OutputTable {
        var rows = withCorpus(state.money, merge: { $0.add($1) }, empty: MoneyTotal())
        rows.sort { a, b in bytesEqual(a.group, b.group) ? bytesLess(a.rest, b.rest) : bytesLess(a.group, b.group) }
        return MoneyTable.table(
            rows: rows.map {
                [
                    .text($0.group), .text($0.rest), .integer($0.value.mentions), .real($0.value.total.value),
                    .integer($0.value.ranges),
                ]
            })
    }

    func cooccurrence() -> OutputTable {
        /// Entity A is the one whose type, then text, comes first in byte order; `orderA` and `orderB` are each
        /// entity's (type rank, text rank) in one integer, so comparing them compares those pairs. 32 bytes a row,
        /// one array per scope (the scope is where a row is, not a field): the pair tables are the largest of the
        /// run, and their rows are built all at once at the end.
        struct Row {
            var a: UInt32
            var b: UInt32
            var orderA: UInt64
            var orderB: UInt64
            var count: Int
        }
        func order(_ entity: (type: UInt32, text: UInt32)) -> UInt64 {
            UInt64(rank(entity.type)) << 32 | UInt64(rank(entity.text))
        }
        func rows(of table: PairCounts) -> [Row] {
            var rows: [Row] = []
            rows.reserveCapacity(table.count)
            for (key, count) in table where count >= options.minCount {
                var a = (id: key.highID, order: order(state.entityPool[key.highID]))
                var b = (id: key.lowID, order: order(state.entityPool[key.lowID]))
                if b.order < a.order { swap(&a, &b) }
                rows.append(Row(a: a.id, b: b.id, orderA: a.order, orderB: b.order, count: count))
            }
            rows.sort { a, b in
                if a.count != b.count { return a.count > b.count }
                return (a.orderA, a.orderB) < (b.orderA, b.orderB)
            }
            return options.top > 0 && rows.count > options.top ? Array(rows.prefix(options.top)) : rows
        }
        let documentRows = rows(of: state.documentPairs)
        let sentenceRows = rows(of: state.sentencePairs)
        var table = CooccurrenceTable.table()
        let strings = state.strings
        let entities = state.entityPool
        table.rows = .lazy(
            .init(count: documentRows.count + sentenceRows.count) { [documentRows, sentenceRows] index in
                let inDocument = index < documentRows.count
                let row = inDocument ? documentRows[index] : sentenceRows[index - documentRows.count]
                let a = entities[row.a]
                let b = entities[row.b]
                return [
                    .text(inDocument ? CooccurrenceTable.documentScope : CooccurrenceTable.sentenceScope),
                    .text(strings[a.type]), .text(strings[a.text]),
                    .text(strings[b.type]), .text(strings[b.text]), .integer(row.count),
                ]
            })
        return table
    }

    func speakers() -> OutputTable {
        /// `group` is the group's rank, or -1 for the corpus rows; the statistics stay in the state (or `corpus`) and
        /// are looked up as rows are made, so a row costs a few integers, not a copy of its quotations.
        struct Row {
            var group: Int
            var groupID: UInt32?
            var speaker: UInt32
            var quotes: Int
        }
        var corpus: [UInt32: SpeakerStats] = [:]
        var rows: [Row] = []
        for (key, stats) in state.speakers {
            corpus[key.lowID, default: SpeakerStats()].merge(stats)
            guard stats.quotes >= options.minCount, !state.strings[key.highID].isEmpty else { continue }
            rows.append(Row(group: rank(key.highID), groupID: key.highID, speaker: key.lowID, quotes: stats.quotes))
        }
        for (speaker, stats) in corpus where stats.quotes >= options.minCount {
            rows.append(Row(group: -1, groupID: nil, speaker: speaker, quotes: stats.quotes))
        }
        rows.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.quotes != b.quotes { return a.quotes > b.quotes }
            return rank(a.speaker) < rank(b.speaker)
        }
        rows = limited(rows) { $0.group }
        var table = SpeakersTable.table()
        let strings = state.strings
        let speakers = state.speakers
        table.rows = .lazy(
            .init(count: rows.count) { [rows, corpus] index in
                func reference(_ quote: QuoteReference?) -> [Value] {
                    guard let quote else { return [.null, .null, .null] }
                    return [.text(quote.text), .text(quote.document), .integer(quote.start)]
                }
                let row = rows[index]
                // Every row was made from a key of these tables, so the lookups always find their statistics.
                let stats =
                    (row.groupID.map { speakers[packed($0, row.speaker)] } ?? corpus[row.speaker]) ?? SpeakerStats()
                let shares: [Value] =
                    stats.scored > 0
                    ? [
                        .real(Double(stats.positive) / Double(stats.scored)),
                        .real(Double(stats.negative) / Double(stats.scored)),
                    ]
                    : [.null, .null]
                return [
                    .text(row.groupID.map { strings[$0] } ?? ""), .text(strings[row.speaker]), .integer(stats.quotes),
                    .integer(stats.scored),
                    Self.real(stats.compoundUnits, over: stats.scored),
                    stats.mostNegative.map { .real(FixedPoint.value($0.compound)) } ?? .null,
                    stats.mostPositive.map { .real(FixedPoint.value($0.compound)) } ?? .null,
                ]
                    + shares + reference(stats.mostPositive) + reference(stats.mostNegative)
            })
        return table
    }

    func groups() -> OutputTable {
        var corpus = GroupStats()
        var rows: [(String, GroupStats)] = []
        for (group, stats) in state.groups {
            corpus.merge(stats)
            if !group.isEmpty { rows.append((group, stats)) }
        }
        rows.sort { bytesLess($0.0, $1.0) }
        rows.insert(("", corpus), at: 0)
        return GroupsTable.table(
            rows: rows.map { group, stats in
                [
                    .text(group), .integer(stats.documents), .integer(stats.entities), .integer(stats.quotes),
                    .integer(stats.attributedQuotes), Self.real(stats.quoteCompoundUnits, over: stats.scoredQuotes),
                    Self.real(stats.documentCompoundUnits, over: stats.scoredDocuments),
                ]
            })
    }

    /// The `documents` table's schema (rows are streamed per document by the runner).
    func documents() -> OutputTable {
        DocumentsTable.table()
    }

    /// One `documents` row.
    static func documentValues(_ row: DocumentRow) -> [Value] {
        [
            .text(row.id), .text(row.group), .text(row.headline), .integer(row.length), .integer(row.tokens),
            .integer(row.sentences), .integer(row.entities), .integer(row.quotes), .integer(row.attributedQuotes),
            row.compound.map { .real(FixedPoint.value($0)) } ?? .null, optionalText(row.label),
        ]
    }

    /// The `quotes` table's schema (rows are streamed per document by the runner).
    func quotes() -> OutputTable { QuotesTable.table() }

    /// One `quotes` row.
    static func quoteValues(_ quote: QuoteRow, document: String) -> [Value] {
        [
            .text(document), .integer(quote.start), .integer(quote.end), .integer(quote.contentStart),
            .integer(quote.contentEnd), optionalText(quote.speaker), optionalText(quote.cue), .text(quote.kind),
            .text(quote.text), quote.compound.map { .real(FixedPoint.value($0)) } ?? .null, optionalText(quote.label),
        ]
    }

    /// The most positive and most negative scored quotations (for the report), in document order.
    func highlights() -> OutputTable {
        let rows = state.highlights.all.map { Self.quoteValues($0.quote, document: $0.document) }
        return QuotesTable.table(name: QuotesTable.highlightsName, title: QuotesTable.highlightsTitle, rows: rows)
    }
}
