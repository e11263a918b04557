public import TextMineCore

/// Exact, order-independent comparison of strings by their UTF-8 bytes (the order `sort` uses with `LC_ALL=C`, and
/// the order of document ids in `documents.jsonl`). Swift's `<` on `String` compares canonical equivalence classes;
/// bytes keep distinct strings distinct.
@inline(__always)
func bytesLess(_ a: String, _ b: String) -> Bool { bytesCompare(a, b) < 0 }

/// Byte-wise three-way comparison of the UTF-8 forms: negative, zero or positive.
@inline(__always)
func bytesCompare(_ a: String, _ b: String) -> Int {
    if let result = a.utf8.withContiguousStorageIfAvailable({ x in
        b.utf8.withContiguousStorageIfAvailable { y in compareBytes(x, y) }
    }), let result {
        return result
    }
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in compareBytes(x, y) } }
}

@inline(__always)
private func compareBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
    let count = min(x.count, y.count)
    var index = 0
    while index < count {
        if x[index] != y[index] { return x[index] < y[index] ? -1 : 1 }
        index += 1
    }
    return x.count - y.count
}

/// Byte-wise equality (distinguishes canonically equivalent but differently encoded strings).
@inline(__always)
func bytesEqual(_ a: String, _ b: String) -> Bool { bytesCompare(a, b) == 0 }

/// Adds `b` to `a`, saturating instead of trapping; returns true when the sum does not fit. Counts come from
/// state files too (`textmine merge`), so a damaged or hostile file must give an error, not a crash.
@inline(__always)
@discardableResult
func addChecked<T: FixedWidthInteger>(_ a: inout T, _ b: T) -> Bool {
    let (sum, overflow) = a.addingReportingOverflow(b)
    a = overflow ? (b > 0 ? T.max : T.min) : sum
    return overflow
}

/// The separator inside composite dictionary keys of the state (a control character normalisation removes from
/// every key part).
let keySeparator: Character = "\u{1F}"

/// Mention count and document frequency of one entity (encoded compactly as `[mentions, documents]`).
public struct EntityCounts: Codable, Sendable, Equatable {
    /// Mentions.
    public var mentions = 0
    /// Documents that mention it.
    public var documents = 0

    /// Zero counts.
    public init() {}

    /// Adds another entity's counts (documents partition, so document frequencies add).
    @discardableResult
    public mutating func add(_ other: EntityCounts) -> Bool {
        let overflow = addChecked(&mentions, other.mentions)
        return addChecked(&documents, other.documents) || overflow
    }

    /// Adds one document's `mentions` of the entity.
    @inline(__always)
    mutating func add(mentions count: Int) {
        mentions += count
        documents += 1
    }

    /// Decodes `[mentions, documents]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        mentions = try container.decode(Int.self)
        documents = try container.decode(Int.self)
    }

    /// Encodes `[mentions, documents]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(mentions)
        try container.encode(documents)
    }
}

/// Normalised MONEY mentions of one currency: how many, their exact total and how many of them were ranges counted at
/// their midpoint (encoded as `[mentions, "units", ranges]`; states written before ranges existed have two elements).
public struct MoneyTotal: Codable, Sendable, Equatable {
    /// MONEY mentions with a normalised value in this currency.
    public var mentions = 0
    /// Their sum (a range adds its midpoint).
    public var total = ExactSum()
    /// How many of the mentions were ranges (`$30-$35`), each counted at its midpoint in `total`.
    public var ranges = 0

    /// Zero.
    public init() {}

    /// Adds another total.
    @discardableResult
    public mutating func add(_ other: MoneyTotal) -> Bool {
        let overflow = addChecked(&mentions, other.mentions)
        let rangesOverflow = addChecked(&ranges, other.ranges)
        return total.add(other.total) || overflow || rangesOverflow
    }

    /// Decodes `[mentions, "units", ranges]` or the older `[mentions, "units"]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        mentions = try container.decode(Int.self)
        total = try container.decode(ExactSum.self)
        if !container.isAtEnd { ranges = try container.decode(Int.self) }
    }

    /// Encodes `[mentions, "units", ranges]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(mentions)
        try container.encode(total)
        try container.encode(ranges)
    }
}

/// A scored quotation remembered as a speaker's most positive or most negative one.
public struct QuoteReference: Codable, Sendable, Equatable {
    /// Compound score in fixed-point units (see ``FixedPoint``).
    public var compound: Int64
    /// The document's id.
    public var document: String
    /// The quotation's start in code points.
    public var start: Int
    /// The quoted words.
    public var text: String

    /// Creates a reference.
    public init(compound: Int64, document: String, start: Int, text: String) {
        self.compound = compound
        self.document = document
        self.start = start
        self.text = text
    }

    /// Whether `self` beats `other` as the extreme quote: the higher (`positive`) or lower compound wins; ties go to
    /// the smaller document id, then the earlier start, then the smaller text, so the choice never depends on the
    /// order quotes or states arrive in.
    func beats(_ other: QuoteReference, positive: Bool) -> Bool {
        if compound != other.compound { return positive ? compound > other.compound : compound < other.compound }
        if !bytesEqual(document, other.document) { return bytesLess(document, other.document) }
        if start != other.start { return start < other.start }
        return bytesLess(text, other.text)
    }

    /// The better of two optional references.
    static func best(_ a: QuoteReference?, _ b: QuoteReference?, positive: Bool) -> QuoteReference? {
        guard let a else { return b }
        guard let b else { return a }
        return b.beats(a, positive: positive) ? b : a
    }
}

/// One speaker's quotations in one group: counts, exact compound sum and extremes.
public struct SpeakerStats: Codable, Sendable, Equatable {
    /// Quotations attributed to the speaker.
    public var quotes = 0
    /// Of those, how many carry a sentiment score.
    public var scored = 0
    /// Sum of their compound scores in fixed-point units.
    public var compoundUnits: Int64 = 0
    /// Scored quotations labelled positive.
    public var positive = 0
    /// Scored quotations labelled negative.
    public var negative = 0
    /// The most positive scored quotation.
    public var mostPositive: QuoteReference?
    /// The most negative scored quotation.
    public var mostNegative: QuoteReference?

    /// Empty statistics.
    public init() {}

    /// Folds in another speaker's statistics (commutative and associative).
    @discardableResult
    public mutating func merge(_ other: SpeakerStats) -> Bool {
        // Every field is added (no short-circuit); the flags are or-ed afterwards.
        var overflow = addChecked(&quotes, other.quotes)
        overflow = addChecked(&scored, other.scored) || overflow
        overflow = addChecked(&compoundUnits, other.compoundUnits) || overflow
        overflow = addChecked(&positive, other.positive) || overflow
        overflow = addChecked(&negative, other.negative) || overflow
        mostPositive = QuoteReference.best(mostPositive, other.mostPositive, positive: true)
        mostNegative = QuoteReference.best(mostNegative, other.mostNegative, positive: false)
        return overflow
    }

    enum CodingKeys: String, CodingKey {
        case quotes = "q"
        case scored = "s"
        case compoundUnits = "c"
        case positive = "p"
        case negative = "n"
        case mostPositive = "max"
        case mostNegative = "min"
    }
}

/// Per-group totals for the `groups` table and the report's breakdown.
public struct GroupStats: Codable, Sendable, Equatable {
    /// Documents.
    public var documents = 0
    /// Entity mentions.
    public var entities = 0
    /// Quotations.
    public var quotes = 0
    /// Quotations with a speaker.
    public var attributedQuotes = 0
    /// Scored quotations.
    public var scoredQuotes = 0
    /// Sum of quotation compounds, fixed point.
    public var quoteCompoundUnits: Int64 = 0
    /// Documents with a document-level sentiment.
    public var scoredDocuments = 0
    /// Sum of document compounds, fixed point.
    public var documentCompoundUnits: Int64 = 0

    /// Zero.
    public init() {}

    /// Adds another group's totals.
    @discardableResult
    public mutating func merge(_ other: GroupStats) -> Bool {
        var overflow = addChecked(&documents, other.documents)
        overflow = addChecked(&entities, other.entities) || overflow
        overflow = addChecked(&quotes, other.quotes) || overflow
        overflow = addChecked(&attributedQuotes, other.attributedQuotes) || overflow
        overflow = addChecked(&scoredQuotes, other.scoredQuotes) || overflow
        overflow = addChecked(&quoteCompoundUnits, other.quoteCompoundUnits) || overflow
        overflow = addChecked(&scoredDocuments, other.scoredDocuments) || overflow
        return addChecked(&documentCompoundUnits, other.documentCompoundUnits) || overflow
    }

    enum CodingKeys: String, CodingKey {
        case documents = "d"
        case entities = "e"
        case quotes = "q"
        case attributedQuotes = "a"
        case scoredQuotes = "qs"
        case quoteCompoundUnits = "qc"
        case scoredDocuments = "ds"
        case documentCompoundUnits = "dc"
    }
}

/// One quotation as a row of the `quotes` table; encoded as a JSON array to keep states small.
public struct QuoteRow: Codable, Sendable, Equatable {
    /// Start of the quotation (with its marks), in code points.
    public var start: Int
    /// End (exclusive), in code points.
    public var end: Int
    /// Start of the quoted words, in code points.
    public var contentStart: Int
    /// End of the quoted words, in code points.
    public var contentEnd: Int
    /// The speaker, if attributed.
    public var speaker: String?
    /// The speech cue as written.
    public var cue: String?
    /// `speech` or `scare`.
    public var kind: String
    /// The quoted words.
    public var text: String
    /// Compound score in fixed-point units, when scored.
    public var compound: Int64?
    /// Sentiment label, when scored.
    public var label: String?

    /// Creates a row.
    public init(
        start: Int, end: Int, contentStart: Int, contentEnd: Int, speaker: String?, cue: String?, kind: String,
        text: String, compound: Int64?, label: String?
    ) {
        self.start = start
        self.end = end
        self.contentStart = contentStart
        self.contentEnd = contentEnd
        self.speaker = speaker
        self.cue = cue
        self.kind = kind
        self.text = text
        self.compound = compound
        self.label = label
    }

    /// Decodes `[start, end, content_start, content_end, speaker, cue, kind, text, compound, label]`.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        start = try c.decode(Int.self)
        end = try c.decode(Int.self)
        contentStart = try c.decode(Int.self)
        contentEnd = try c.decode(Int.self)
        speaker = try c.decode(String?.self)
        cue = try c.decode(String?.self)
        kind = try c.decode(String.self)
        text = try c.decode(String.self)
        compound = try c.decode(Int64?.self)
        label = try c.decode(String?.self)
    }

    /// Encodes the array form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
        try c.encode(contentStart)
        try c.encode(contentEnd)
        try c.encode(speaker)
        try c.encode(cue)
        try c.encode(kind)
        try c.encode(text)
        try c.encode(compound)
        try c.encode(label)
    }
}

/// One document as a row of the `documents` table, with its quotation rows; encoded as a JSON array.
public struct DocumentRow: Codable, Sendable, Equatable {
    /// The document id.
    public var id: String
    /// Its group.
    public var group: String
    /// Its headline.
    public var headline: String
    /// Length in code points.
    public var length: Int
    /// Tokens.
    public var tokens: Int
    /// Sentences.
    public var sentences: Int
    /// Entity mentions.
    public var entities: Int
    /// Quotations.
    public var quotes: Int
    /// Quotations with a speaker.
    public var attributedQuotes: Int
    /// Document compound in fixed-point units, when a sentiment stage scored the document.
    public var compound: Int64?
    /// Document sentiment label.
    public var label: String?
    /// Quotation rows (only kept when the `quotes` table is produced), sorted by start.
    public var quoteRows: [QuoteRow]

    /// Creates a row.
    public init(
        id: String, group: String, headline: String, length: Int, tokens: Int, sentences: Int, entities: Int,
        quotes: Int, attributedQuotes: Int, compound: Int64?, label: String?, quoteRows: [QuoteRow]
    ) {
        self.id = id
        self.group = group
        self.headline = headline
        self.length = length
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.quotes = quotes
        self.attributedQuotes = attributedQuotes
        self.compound = compound
        self.label = label
        self.quoteRows = quoteRows
    }

    /// Decodes the array form.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        id = try c.decode(String.self)
        group = try c.decode(String.self)
        headline = try c.decode(String.self)
        length = try c.decode(Int.self)
        tokens = try c.decode(Int.self)
        sentences = try c.decode(Int.self)
        entities = try c.decode(Int.self)
        quotes = try c.decode(Int.self)
        attributedQuotes = try c.decode(Int.self)
        compound = try c.decode(Int64?.self)
        label = try c.decode(String?.self)
        quoteRows = try c.decode([QuoteRow].self)
    }

    /// Encodes `[id, group, headline, length, tokens, sentences, entities, quotes, attributed, compound, label, [quotes]]`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(id)
        try c.encode(group)
        try c.encode(headline)
        try c.encode(length)
        try c.encode(tokens)
        try c.encode(sentences)
        try c.encode(entities)
        try c.encode(quotes)
        try c.encode(attributedQuotes)
        try c.encode(compound)
        try c.encode(label)
        try c.encode(quoteRows)
    }

    /// The canonical order of rows: by id bytes; rows with the same id (possible with JSON Lines input) by their
    /// content, so the order never depends on arrival order.
    static func precedes(_ a: DocumentRow, _ b: DocumentRow) -> Bool {
        if !bytesEqual(a.id, b.id) { return bytesLess(a.id, b.id) }
        return a.tieBreakKey.lexicographicallyPrecedes(b.tieBreakKey)
    }

    private var tieBreakKey: [UInt8] {
        var key: [UInt8] = []
        for part in [
            group, headline, String(length), String(tokens), String(sentences), String(entities), String(quotes),
            String(attributedQuotes), compound.map { String($0) } ?? "", label ?? "",
        ] {
            key += Array(part.utf8) + [0]
        }
        for row in quoteRows {
            for part in [
                String(row.start), String(row.end), String(row.contentStart), String(row.contentEnd), row.speaker ?? "",
                row.cue ?? "", row.kind, row.text,
                row.compound.map { String($0) } ?? "", row.label ?? "",
            ] {
                key += Array(part.utf8) + [0]
            }
        }
        return key
    }
}

/// The most positive and most negative scored quotations seen, at most ``limit`` of each: a bounded, mergeable
/// stand-in for the full `quotes` table in the report. Ties are broken by document id, then position, so the result
/// does not depend on the order documents arrive in.
public struct QuoteHighlights: Codable, Sendable, Equatable {
    /// A quotation and its document.
    public struct Entry: Codable, Sendable, Equatable {
        /// The document id.
        public var document: String
        /// The quotation row.
        public var quote: QuoteRow
    }

    /// How many of each kind are kept.
    public static let limit = 10
    /// Most positive first.
    public var positive: [Entry] = []
    /// Most negative first.
    public var negative: [Entry] = []

    /// None yet.
    public init() {}

    /// Both lists, positive then negative, without duplicates, in document order.
    public var all: [Entry] {
        var seen: Set<String> = []
        let unique = (positive + negative).filter { seen.insert("\($0.document)\u{1F}\($0.quote.start)").inserted }
        return unique.sorted {
            bytesLess($0.document, $1.document) || ($0.document == $1.document && $0.quote.start < $1.quote.start)
        }
    }

    static func before(_ a: Entry, _ b: Entry, positiveFirst: Bool) -> Bool {
        let x = a.quote.compound ?? 0
        let y = b.quote.compound ?? 0
        if x != y { return positiveFirst ? x > y : x < y }
        if a.document != b.document { return bytesLess(a.document, b.document) }
        return (a.quote.start, a.quote.end) < (b.quote.start, b.quote.end)
    }

    /// Considers one scored quotation.
    public mutating func offer(_ quote: QuoteRow, document: String) {
        guard quote.compound != nil else { return }
        let entry = Entry(document: document, quote: quote)
        Self.insert(entry, into: &positive, positiveFirst: true)
        Self.insert(entry, into: &negative, positiveFirst: false)
    }

    /// Folds in another set.
    public mutating func merge(_ other: QuoteHighlights) {
        for entry in other.positive { Self.insert(entry, into: &positive, positiveFirst: true) }
        for entry in other.negative { Self.insert(entry, into: &negative, positiveFirst: false) }
    }

    private static func insert(_ entry: Entry, into list: inout [Entry], positiveFirst: Bool) {
        if list.count >= limit, let last = list.last, !before(entry, last, positiveFirst: positiveFirst) { return }
        if list.contains(entry) { return }
        let position = list.firstIndex { before(entry, $0, positiveFirst: positiveFirst) } ?? list.count
        list.insert(entry, at: position)
        if list.count > limit { list.removeLast() }
    }
}
