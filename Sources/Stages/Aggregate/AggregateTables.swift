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
        /// `group` is the group's rank, or -1 for the corpus rows (group `""`, first in byte order).
        struct Row {
            var group: Int
            var groupID: UInt32?
            var entity: UInt32
            var type: Int
            var counts: EntityCounts
        }
        var corpus = [EntityCounts](repeating: EntityCounts(), count: state.entityPool.count)
        var rows: [Row] = []
        rows.reserveCapacity(state.entities.count)
        for (key, counts) in state.entities {
            corpus[Int(key.lowID)].add(counts)
            guard counts.mentions >= options.minCount, !state.strings[key.highID].isEmpty else { continue }
            rows.append(
                Row(
                    group: rank(key.highID), groupID: key.highID, entity: key.lowID,
                    type: rank(state.entityPool[key.lowID].type), counts: counts))
        }
        for (entity, counts) in corpus.enumerated() where counts.mentions > 0 && counts.mentions >= options.minCount {
            let id = UInt32(entity)
            rows.append(Row(group: -1, groupID: nil, entity: id, type: rank(state.entityPool[id].type), counts: counts))
        }
        rows.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.type != b.type { return a.type < b.type }
            if a.counts.mentions != b.counts.mentions { return a.counts.mentions > b.counts.mentions }
            if a.counts.documents != b.counts.documents { return a.counts.documents > b.counts.documents }
            return rank(state.entityPool[a.entity].text) < rank(state.entityPool[b.entity].text)
        }
        rows = limited(rows) { [$0.group, $0.type] }
        var table = EntitiesTable.table()
        let strings = state.strings
        let entities = state.entityPool
        table.rows = .lazy(
            .init(count: rows.count) { [rows] index in
                let row = rows[index]
                let member = entities[row.entity]
                return [
                    .text(row.groupID.map { strings[$0] } ?? ""), .text(strings[member.type]),
                    .text(strings[member.text]),
                    .integer(row.counts.mentions), .integer(row.counts.documents),
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
        /// Entity A is the one whose type, then text, comes first in byte order.
        struct Row {
            var scope: Int
            var a: UInt32
            var b: UInt32
            var order: (Int, Int, Int, Int)
            var count: Int
        }
        var rows: [Row] = []
        rows.reserveCapacity(state.documentPairs.count + state.sentencePairs.count)
        for (scope, table) in [state.documentPairs, state.sentencePairs].enumerated() {
            for (key, count) in table where count >= options.minCount {
                let x = state.entityPool[key.highID]
                let y = state.entityPool[key.lowID]
                var a = (id: key.highID, type: rank(x.type), text: rank(x.text))
                var b = (id: key.lowID, type: rank(y.type), text: rank(y.text))
                if (b.type, b.text) < (a.type, a.text) { swap(&a, &b) }
                rows.append(Row(scope: scope, a: a.id, b: b.id, order: (a.type, a.text, b.type, b.text), count: count))
            }
        }
        rows.sort { a, b in
            if a.scope != b.scope { return a.scope < b.scope }
            if a.count != b.count { return a.count > b.count }
            return a.order < b.order
        }
        rows = limited(rows) { $0.scope }
        var table = CooccurrenceTable.table()
        let strings = state.strings
        let entities = state.entityPool
        table.rows = .lazy(
            .init(count: rows.count) { [rows] index in
                let row = rows[index]
                let a = entities[row.a]
                let b = entities[row.b]
                return [
                    .text(row.scope == 0 ? CooccurrenceTable.documentScope : CooccurrenceTable.sentenceScope),
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
