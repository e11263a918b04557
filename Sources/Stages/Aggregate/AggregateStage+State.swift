import Foundation
public import TextMineCore

extension AggregateStage {
    /// The mergeable state: every figure is an exact count or fixed-point sum, a min/max with a total tie-break, or a
    /// bounded list kept in a canonical order, so merging is commutative and associative, and equal inputs give equal
    /// states and byte-identical encodings.
    ///
    /// Entity texts, types, speakers and group names are interned in a ``StringPool`` and the large tables are keyed
    /// by packed ids: a mention costs one string hash and one integer-keyed update, and a table row a few bytes.
    /// Ids depend on arrival order; equality and the encoding go through a canonical form sorted by string bytes.
    public struct State: JSONWritingAggregateState, OverflowReportingState {
        /// Set when a merge (of states read from files) overflowed a count; not part of the state's value.
        public var overflow: String?
        /// Documents seen.
        public var documents = 0
        /// Totals per group key (`""` holds documents without a group, or all when `group_by: none`).
        public var groups: [String: GroupStats] = [:]
        /// `group␟currency` → total.
        public var money: [String: MoneyTotal] = [:]
        /// The most positive and most negative quotations (bounded; the full `quotes` table is streamed to CSV).
        public var highlights = QuoteHighlights()

        /// Group names, entity types and texts, speakers.
        var strings = StringPool()
        /// Entities as (type, text) string ids.
        var entityPool = EntityPool()
        /// `packed(group, entity)` → counts.
        var entities: [UInt64: EntityCounts] = [:]
        /// `packed(lower entity id, higher entity id)` → documents mentioning both.
        var documentPairs = PairCounts()
        /// `packed(lower entity id, higher entity id)` → sentences mentioning both.
        var sentencePairs = PairCounts()
        /// `packed(group, speaker)` → statistics.
        var speakers: [UInt64: SpeakerStats] = [:]

        /// An empty state.
        public init() {}

        /// The key of an unordered pair of entity ids.
        @inline(__always)
        static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 { a < b ? packed(a, b) : packed(b, a) }

        /// Folds `other` into this state, translating its ids into this state's.
        public mutating func merge(_ other: State) {
            if documents == 0 && strings.count == 0 && groups.isEmpty && money.isEmpty && highlights.positive.isEmpty {
                // Merging into an empty state (the runner's first worker): nothing to translate.
                let highlights = highlights
                self = other
                self.highlights.merge(highlights)
                return
            }
            var overflowed = addChecked(&documents, other.documents)
            for (key, value) in other.groups where groups[key, default: GroupStats()].merge(value) { overflowed = true }
            for (key, value) in other.money where money[key, default: MoneyTotal()].add(value) { overflowed = true }
            highlights.merge(other.highlights)
            defer { if overflowed || other.overflow != nil { overflow = other.overflow ?? "a count exceeds 64 bits" } }

            let stringMap = other.strings.strings.map { strings.id(for: $0) }
            let entityMap = other.entityPool.members.map {
                entityPool.id(type: stringMap[Int($0.type)], text: stringMap[Int($0.text)])
            }
            for (key, value) in other.entities {
                if entities[packed(stringMap[Int(key.highID)], entityMap[Int(key.lowID)]), default: EntityCounts()].add(
                    value)
                {
                    overflowed = true
                }
            }
            for (key, value) in other.documentPairs
            where addChecked(
                &documentPairs[Self.pairKey(entityMap[Int(key.highID)], entityMap[Int(key.lowID)]), default: 0], value)
            {
                overflowed = true
            }
            for (key, value) in other.sentencePairs
            where addChecked(
                &sentencePairs[Self.pairKey(entityMap[Int(key.highID)], entityMap[Int(key.lowID)]), default: 0], value)
            {
                overflowed = true
            }
            for (key, value) in other.speakers
            where speakers[packed(stringMap[Int(key.highID)], stringMap[Int(key.lowID)]), default: SpeakerStats()]
                .merge(value)
            {
                overflowed = true
            }
        }

        // MARK: Canonical form (equality and encoding)

        /// The state with its ids replaced by positions in the byte-sorted string list and its tables sorted: the
        /// same for every arrival order. This is what the state file holds.
        struct Canonical: Codable, Equatable {
            /// Layout version of the state file.
            var format = State.format
            var documents: Int
            var groups: [String: GroupStats]
            var money: [String: MoneyTotal]
            var highlights: QuoteHighlights
            /// Every interned string, in byte order; the tables below refer to them by index.
            var strings: [String]
            /// Rows of five: group, type, text, mentions, documents.
            var entities: PackedIntegers
            /// Rows of six: scope (0 document, 1 sentence), type and text of A, type and text of B, count; A is the
            /// entity whose type, then text, comes first in byte order.
            var pairs: PackedIntegers
            /// Rows of nine: group, speaker, quotes, scored, compound sum, positive, negative, and the most positive
            /// and most negative quotation (indexes into ``references``, -1 for none).
            var speakers: PackedIntegers
            /// Document ids and quotation texts the references use, in order of first use.
            var referenceTexts: [String]
            /// Rows of four, in order of first use: compound, document (index into ``referenceTexts``), start, text
            /// (index).
            var references: PackedIntegers
        }

        /// The version of the state file's layout (1: string-keyed tables; 2: interned strings and flat rows).
        static let format = 2

        /// The canonical form.
        var canonical: Canonical {
            let ranks = strings.byteOrderRanks()
            var sorted = [String](repeating: "", count: strings.count)
            for (id, rank) in ranks.enumerated() { sorted[Int(rank)] = strings.strings[id] }

            // Entities in (type rank, text rank) order, the order every table row names them in: `position[id]` is
            // an entity's place in that order and `ranksAt[place]` its two ranks in one integer. (Type, text) pairs
            // are distinct, so the order is total, and comparing positions compares (type, text) ranks.
            var byRanks: [(ranks: UInt64, id: UInt32)] = []
            byRanks.reserveCapacity(entityPool.count)
            for (id, member) in entityPool.members.enumerated() {
                byRanks.append((UInt64(ranks[Int(member.type)]) << 32 | UInt64(ranks[Int(member.text)]), UInt32(id)))
            }
            byRanks.sort { $0.ranks < $1.ranks }
            var position = [UInt32](repeating: 0, count: byRanks.count)
            for (place, entry) in byRanks.enumerated() { position[Int(entry.id)] = UInt32(place) }
            let ranksAt = byRanks.map(\.ranks)
            byRanks = []

            // Rows sort on one 8-byte key worked out once per row (entities: group rank and position; pairs: the two
            // positions, lower first) and carry their counts, so nothing is looked up again after the sort: looking
            // each sorted key up again in its table, a cache miss per row, was the largest part of this function,
            // which runs at every checkpoint and at the end.
            struct Sortable {
                var key: UInt64
                var first: Int
                var second: Int
            }
            var rows: [Sortable] = []
            rows.reserveCapacity(Swift.max(entities.count, documentPairs.count, sentencePairs.count))
            for (key, counts) in entities {
                rows.append(
                    Sortable(
                        key: UInt64(ranks[Int(key.highID)]) << 32 | UInt64(position[Int(key.lowID)]),
                        first: counts.mentions, second: counts.documents))
            }
            rows.sort { $0.key < $1.key }
            var flatEntities = PackedIntegers()
            for row in rows {
                let entityRanks = ranksAt[Int(row.key.lowID)]
                flatEntities.append(Int(row.key.highID))
                flatEntities.append(Int(entityRanks >> 32))
                flatEntities.append(Int(entityRanks & 0xFFFF_FFFF))
                flatEntities.append(row.first)
                flatEntities.append(row.second)
            }

            // Rows of (scope, type and text rank of A, of B, count); A is the entity whose type, then text, comes
            // first in byte order, which is the lower position.
            var flatPairs = PackedIntegers()
            for (scope, table) in [documentPairs, sentencePairs].enumerated() {
                rows.removeAll(keepingCapacity: true)
                for (key, count) in table {
                    let x = position[Int(key.highID)]
                    let y = position[Int(key.lowID)]
                    rows.append(Sortable(key: x < y ? packed(x, y) : packed(y, x), first: count, second: 0))
                }
                rows.sort { $0.key < $1.key }
                for row in rows {
                    let a = ranksAt[Int(row.key.highID)]
                    let b = ranksAt[Int(row.key.lowID)]
                    flatPairs.append(scope)
                    flatPairs.append(Int(a >> 32))
                    flatPairs.append(Int(a & 0xFFFF_FFFF))
                    flatPairs.append(Int(b >> 32))
                    flatPairs.append(Int(b & 0xFFFF_FFFF))
                    flatPairs.append(row.first)
                }
            }
            rows = []

            // (group rank, speaker rank) in one integer per key, worked out once, as for the entities.
            var speakerOrders = speakers.map { key, stats in
                (order: UInt64(ranks[Int(key.highID)]) << 32 | UInt64(ranks[Int(key.lowID)]), stats: stats)
            }
            speakerOrders.sort { $0.order < $1.order }
            // References and their texts are numbered in order of first use by the sorted speakers, which is already
            // the same for every arrival order. A quotation belongs to one speaker in one group, so only a speaker's
            // own two references can coincide.
            var texts = StringPool()
            var references = PackedIntegers()
            var referenceCount = 0
            func reference(_ quote: QuoteReference?) -> Int {
                guard let quote else { return -1 }
                for value in [
                    Int(quote.compound), Int(texts.id(for: quote.document)), quote.start,
                    Int(texts.id(for: quote.text)),
                ] {
                    references.append(value)
                }
                referenceCount += 1
                return referenceCount - 1
            }
            var flatSpeakers = PackedIntegers()
            for (order, stats) in speakerOrders {
                for value in [
                    Int(order >> 32), Int(order & 0xFFFF_FFFF), stats.quotes, stats.scored, Int(stats.compoundUnits),
                    stats.positive, stats.negative,
                ] {
                    flatSpeakers.append(value)
                }
                let mostPositive = reference(stats.mostPositive)
                flatSpeakers.append(mostPositive)
                flatSpeakers.append(
                    stats.mostNegative == stats.mostPositive ? mostPositive : reference(stats.mostNegative))
            }

            return Canonical(
                documents: documents, groups: groups, money: money, highlights: highlights, strings: sorted,
                entities: flatEntities, pairs: flatPairs, speakers: flatSpeakers,
                referenceTexts: texts.strings, references: references)
        }

        /// Rebuilds a state from its canonical form.
        ///
        /// - Throws: `DecodingError` for another layout version, repeated strings or out-of-range references.
        init(_ canonical: Canonical, codingPath: [any CodingKey]) throws {
            func corrupt(_ message: String) -> DecodingError {
                DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
            }
            guard canonical.format == Self.format else {
                throw corrupt(
                    "aggregate state format \(canonical.format) is not the supported format \(Self.format); rerun the aggregation"
                )
            }
            documents = canonical.documents
            groups = canonical.groups
            money = canonical.money
            highlights = canonical.highlights
            for string in canonical.strings { _ = strings.id(for: string) }
            guard strings.count == canonical.strings.count else {
                throw corrupt("the state's string list repeats a string")
            }
            // The tables refer to strings by their rank in byte order: a list out of that order would silently give
            // every row another string.
            for index in canonical.strings.indices.dropFirst()
            where !bytesLess(canonical.strings[index - 1], canonical.strings[index]) {
                throw corrupt("the state's strings are not in byte order (at \(index))")
            }
            let count = strings.count
            func id(_ index: Int) throws -> UInt32 {
                guard index >= 0 && index < count else { throw corrupt("string index \(index) out of range") }
                return UInt32(index)
            }
            let entityValues = canonical.entities.values
            let pairValues = canonical.pairs.values
            let speakerValues = canonical.speakers.values
            let referenceValues = canonical.references.values
            guard entityValues.count % 5 == 0, pairValues.count % 6 == 0, speakerValues.count % 9 == 0,
                referenceValues.count % 4 == 0
            else {
                throw corrupt("the state's entity, pair, speaker or reference rows are incomplete")
            }
            for row in stride(from: 0, to: entityValues.count, by: 5) {
                let entity = entityPool.id(type: try id(entityValues[row + 1]), text: try id(entityValues[row + 2]))
                var counts = EntityCounts()
                counts.mentions = entityValues[row + 3]
                counts.documents = entityValues[row + 4]
                if entities[packed(try id(entityValues[row]), entity), default: EntityCounts()].add(counts) {
                    overflow = "a count exceeds 64 bits"
                }
            }
            for row in stride(from: 0, to: pairValues.count, by: 6) {
                let a = entityPool.id(type: try id(pairValues[row + 1]), text: try id(pairValues[row + 2]))
                let b = entityPool.id(type: try id(pairValues[row + 3]), text: try id(pairValues[row + 4]))
                switch pairValues[row] {
                case 0:
                    if addChecked(&documentPairs[Self.pairKey(a, b), default: 0], pairValues[row + 5]) {
                        overflow = "a count exceeds 64 bits"
                    }
                case 1:
                    if addChecked(&sentencePairs[Self.pairKey(a, b), default: 0], pairValues[row + 5]) {
                        overflow = "a count exceeds 64 bits"
                    }
                default: throw corrupt("pair scope \(pairValues[row]) is neither 0 (document) nor 1 (sentence)")
                }
            }
            let texts = canonical.referenceTexts
            func text(_ index: Int) throws -> String {
                guard index >= 0 && index < texts.count else {
                    throw corrupt("reference text index \(index) out of range")
                }
                return texts[index]
            }
            func reference(_ index: Int) throws -> QuoteReference? {
                guard index >= 0 else { return nil }
                let row = index * 4
                guard row + 3 < referenceValues.count else {
                    throw corrupt("quotation reference \(index) out of range")
                }
                return QuoteReference(
                    compound: Int64(referenceValues[row]), document: try text(referenceValues[row + 1]),
                    start: referenceValues[row + 2],
                    text: try text(referenceValues[row + 3]))
            }
            for row in stride(from: 0, to: speakerValues.count, by: 9) {
                var stats = SpeakerStats()
                stats.quotes = speakerValues[row + 2]
                stats.scored = speakerValues[row + 3]
                stats.compoundUnits = Int64(speakerValues[row + 4])
                stats.positive = speakerValues[row + 5]
                stats.negative = speakerValues[row + 6]
                stats.mostPositive = try reference(speakerValues[row + 7])
                stats.mostNegative = try reference(speakerValues[row + 8])
                if speakers[packed(try id(speakerValues[row]), try id(speakerValues[row + 1])), default: SpeakerStats()]
                    .merge(stats)
                {
                    overflow = "a count exceeds 64 bits"
                }
            }
        }

        /// The canonical form as JSON, written directly: the packed integer lists and string lists go into one
        /// buffer sized up front, with no encoder tree beside them. Reads back through ``init(from:)``.
        public func jsonBytes() throws -> [UInt8] {
            let canonical = canonical
            let small = JSONEncoder()
            small.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let groups = try small.encode(canonical.groups)
            let money = try small.encode(canonical.money)
            let highlights = try small.encode(canonical.highlights)
            let packed = [canonical.entities, canonical.pairs, canonical.references, canonical.speakers]
            let estimate =
                packed.reduce(0) { $0 + $1.text.count } + groups.count + money.count + highlights.count
                + (canonical.strings + canonical.referenceTexts).reduce(0) { $0 + $1.utf8.count + 3 } + 256
            var writer = JSONWriter(capacity: estimate + estimate / 16)
            func packedValue(_ list: PackedIntegers) { list.text.withUnsafeBufferPointer { writer.string(utf8: $0) } }
            func strings(_ list: [String]) {
                writer.beginArray()
                for string in list { writer.string(string) }
                writer.endArray()
            }
            writer.beginObject()
            writer.key("documents")
            writer.int(canonical.documents)
            writer.key("entities")
            packedValue(canonical.entities)
            writer.key("format")
            writer.int(canonical.format)
            writer.key("groups")
            writer.raw(groups)
            writer.key("highlights")
            writer.raw(highlights)
            writer.key("money")
            writer.raw(money)
            writer.key("pairs")
            packedValue(canonical.pairs)
            writer.key("referenceTexts")
            strings(canonical.referenceTexts)
            writer.key("references")
            packedValue(canonical.references)
            writer.key("speakers")
            packedValue(canonical.speakers)
            writer.key("strings")
            strings(canonical.strings)
            writer.endObject()
            return writer.bytes
        }

        /// Decodes the canonical form.
        public init(from decoder: any Decoder) throws {
            try self.init(try Canonical(from: decoder), codingPath: decoder.codingPath)
        }

        /// Encodes the canonical form.
        public func encode(to encoder: any Encoder) throws { try canonical.encode(to: encoder) }

        /// States are equal when their canonical forms are.
        public static func == (lhs: State, rhs: State) -> Bool { lhs.canonical == rhs.canonical }
    }
}
