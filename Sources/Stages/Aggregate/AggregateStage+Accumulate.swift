import TextMineCore

/// What one document adds to each table's part of the state, one function per table; ``AggregateStage/accumulate``
/// calls those the pipeline's `tables:` select.
extension AggregateStage {
    /// The interned (type, normalised text) id of each entity mention, in mention order. A resolved entity counts
    /// under its canonical name (`Mr Obama` and `Obama` as `Barack Obama`).
    static func internEntities(of document: Document, into state: inout State) -> [UInt32] {
        var entityIDs: [UInt32] = []
        entityIDs.reserveCapacity(document.entities.count)
        // Types repeat within a document: look each up once.
        var typeIDs: [(type: String, id: UInt32)] = []
        for entity in document.entities {
            let typeID: UInt32
            if let known = typeIDs.first(where: { $0.type == entity.type }) {
                typeID = known.id
            } else {
                typeID = state.strings.id(for: entity.type)
                typeIDs.append((entity.type, typeID))
            }
            let textID = state.strings.id(for: normalized(entity.canonical ?? document[entity.span]))
            entityIDs.append(state.entityPool.id(type: typeID, text: textID))
        }
        return entityIDs
    }

    /// `entities`: mentions, and one document for each entity mentioned.
    ///
    /// One update per distinct entity, its mentions counted in a sorted copy of the ids: a hashed update per mention
    /// and a set of the entities seen cost two hashes per mention (the table's rows come out sorted either way).
    static func countEntities(_ entityIDs: [UInt32], groupID: UInt32, into state: inout State) {
        var sorted = entityIDs
        sorted.sort()
        var index = 0
        while index < sorted.count {
            let entity = sorted[index]
            var next = index + 1
            while next < sorted.count && sorted[next] == entity { next += 1 }
            state.entities[packed(groupID, entity), default: EntityCounts()].add(mentions: next - index)
            index = next
        }
    }

    /// `money`: normalised MONEY mentions per currency. A range counts once, at its midpoint; the table's
    /// `ranges_at_midpoint` column says how many did.
    static func addMoney(of document: Document, group: String, into state: inout State) {
        for entity in document.entities where entity.type == "MONEY" {
            guard let value = entity.value, let amount = value.representative, amount.isFinite else { continue }
            let key = group + String(keySeparator) + (value.unit ?? "").keyPart
            state.money[key, default: MoneyTotal()].mentions += 1
            if value.isRange { state.money[key, default: MoneyTotal()].ranges += 1 }
            state.money[key, default: MoneyTotal()].total.add(amount)
        }
    }

    /// `speakers`: each attributed quotation under its normalised speaker, with its sentiment when scored.
    static func addSpeakers(of document: Document, groupID: UInt32, into state: inout State) {
        let index = document.codePoints
        for quote in document.quotes {
            guard let speaker = speaker(of: quote) else { continue }
            var stats = SpeakerStats()
            stats.quotes = 1
            if let sentiment = quote.sentiment {
                let compound = FixedPoint.units(sentiment.compound)
                stats.scored = 1
                stats.compoundUnits = compound
                switch polarity(sentiment) {
                case 1: stats.positive = 1
                case -1: stats.negative = 1
                default: break
                }
                let reference = QuoteReference(
                    compound: compound, document: document.id, start: index.codePointOffset(ofByte: quote.span.start),
                    text: document[quote.contentSpan])
                stats.mostPositive = reference
                stats.mostNegative = reference
            }
            state.speakers[packed(groupID, state.strings.id(for: speaker)), default: SpeakerStats()].merge(stats)
        }
    }

    /// `groups`: this document's counts and sentiment sums.
    static func groupStats(of document: Document) -> GroupStats {
        var stats = GroupStats()
        stats.documents = 1
        stats.entities = document.entities.count
        stats.quotes = document.quotes.count
        if let sentiment = document.sentiment {
            stats.scoredDocuments = 1
            stats.documentCompoundUnits = FixedPoint.units(sentiment.compound)
        }
        for quote in document.quotes {
            if let sentiment = quote.sentiment {
                stats.scoredQuotes += 1
                stats.quoteCompoundUnits += FixedPoint.units(sentiment.compound)
            }
            if speaker(of: quote) != nil { stats.attributedQuotes += 1 }
        }
        return stats
    }

    /// `quote_highlights`: every scored quotation is offered to the most positive and most negative lists.
    static func offerHighlights(of document: Document, into state: inout State) {
        let index = document.codePoints
        for quote in document.quotes {
            guard let sentiment = quote.sentiment else { continue }
            let (start, end) = index.codePoints(of: quote.span)
            let content = index.codePoints(of: quote.contentSpan)
            let row = QuoteRow(
                start: start, end: end, contentStart: content.start, contentEnd: content.end,
                speaker: speaker(of: quote),
                cue: quote.cue, kind: quote.kind.rawValue, text: document[quote.contentSpan],
                compound: FixedPoint.units(sentiment.compound), label: sentiment.label)
            state.highlights.offer(row, document: document.id)
        }
    }

    /// A quotation's speaker as counted: normalised, nil when there is none or it normalises to nothing.
    static func speaker(of quote: Quote) -> String? {
        quote.speaker.map(normalized).flatMap { $0.isEmpty ? nil : $0 }
    }
}
