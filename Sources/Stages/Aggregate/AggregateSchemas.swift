import TextMineCore

/// The aggregate stage's tables, each declared once: name, title, columns in order, indexes and key.
/// ``AggregateTables`` builds the tables from these and ``HTMLReport`` reads their rows back by them, so the report
/// cannot ask for a column the tables no longer have.
protocol AggregateTableSchema {
    /// The table name (file and SQLite table).
    static var name: String { get }
    /// What the table holds, for the report.
    static var title: String { get }
    /// The columns, in order.
    static var columns: [OutputTable.Column] { get }
    /// Columns to index in SQLite.
    static var indexes: [OutputTable.Column] { get }
    /// The columns that identify a row.
    static var primaryKey: [OutputTable.Column] { get }
}

extension AggregateTableSchema {
    /// A table of this schema (rows to be set by the caller unless given).
    static func table(name: String = name, title: String = title, rows: [[OutputTable.Value]] = []) -> OutputTable {
        OutputTable(
            name: name, title: title, columns: columns, rows: rows, indexes: indexes.map(\.name),
            primaryKey: primaryKey.map(\.name))
    }
}

/// `entities.csv`: mentions and documents per type and text.
enum EntitiesTable: AggregateTableSchema {
    static let name = "entities"
    static let title = "Entities: mentions and documents per type and text (group empty = whole corpus)"
    static let group = OutputTable.Column("group", .text)
    static let type = OutputTable.Column("type", .text)
    static let text = OutputTable.Column("text", .text)
    static let mentions = OutputTable.Column("mentions", .integer)
    static let documents = OutputTable.Column("documents", .integer)
    static let columns = [group, type, text, mentions, documents]
    static let indexes: [OutputTable.Column] = [type, text]
    static let primaryKey = [group, type, text]
}

/// `money.csv`: normalised MONEY mentions summed per currency.
enum MoneyTable: AggregateTableSchema {
    static let name = "money"
    static let title =
        "Money: normalised MONEY mentions summed per currency, ranges at their midpoint (group empty = whole corpus)"
    static let group = OutputTable.Column("group", .text)
    static let currency = OutputTable.Column("currency", .text)
    static let mentions = OutputTable.Column("mentions", .integer)
    static let total = OutputTable.Column("total", .real)
    static let rangesAtMidpoint = OutputTable.Column("ranges_at_midpoint", .integer)
    static let columns = [group, currency, mentions, total, rangesAtMidpoint]
    static let indexes: [OutputTable.Column] = []
    static let primaryKey = [group, currency]
}

/// `cooccurrence.csv`: entity pairs in one sentence or one document.
enum CooccurrenceTable: AggregateTableSchema {
    static let name = "cooccurrence"
    static let title = "Entity pairs mentioned in the same sentence or the same document"
    static let scope = OutputTable.Column("scope", .text)
    /// The values of ``scope``.
    static let sentenceScope = "sentence", documentScope = "document"
    static let aType = OutputTable.Column("a_type", .text)
    static let a = OutputTable.Column("a", .text)
    static let bType = OutputTable.Column("b_type", .text)
    static let b = OutputTable.Column("b", .text)
    static let count = OutputTable.Column("count", .integer)
    static let columns = [scope, aType, a, bType, b, count]
    static let indexes: [OutputTable.Column] = [a, b]
    static let primaryKey = [scope, aType, a, bType, b]
}

/// `speakers.csv`: quotations per speaker and their sentiment.
enum SpeakersTable: AggregateTableSchema {
    static let name = "speakers"
    static let title = "Speakers: how often they are quoted and how positive their quotations are"
    static let group = OutputTable.Column("group", .text)
    static let speaker = OutputTable.Column("speaker", .text)
    static let quotes = OutputTable.Column("quotes", .integer)
    static let scored = OutputTable.Column("scored", .integer)
    static let meanCompound = OutputTable.Column("mean_compound", .real)
    static let minCompound = OutputTable.Column("min_compound", .real)
    static let maxCompound = OutputTable.Column("max_compound", .real)
    static let sharePositive = OutputTable.Column("share_positive", .real)
    static let shareNegative = OutputTable.Column("share_negative", .real)
    static let mostPositive = OutputTable.Column("most_positive", .text)
    static let mostPositiveDocument = OutputTable.Column("most_positive_document", .text)
    static let mostPositiveStart = OutputTable.Column("most_positive_start", .integer)
    static let mostNegative = OutputTable.Column("most_negative", .text)
    static let mostNegativeDocument = OutputTable.Column("most_negative_document", .text)
    static let mostNegativeStart = OutputTable.Column("most_negative_start", .integer)
    static let columns = [
        group, speaker, quotes, scored, meanCompound, minCompound, maxCompound, sharePositive, shareNegative,
        mostPositive, mostPositiveDocument, mostPositiveStart, mostNegative, mostNegativeDocument, mostNegativeStart,
    ]
    static let indexes: [OutputTable.Column] = [speaker]
    static let primaryKey = [group, speaker]
}

/// `groups.csv`: documents, mentions, quotations and mean sentiment per group.
enum GroupsTable: AggregateTableSchema {
    static let name = "groups"
    static let title =
        "Groups (first folder): documents, mentions, quotations and mean sentiment (group empty = whole corpus)"
    static let group = OutputTable.Column("group", .text)
    static let documents = OutputTable.Column("documents", .integer)
    static let entities = OutputTable.Column("entities", .integer)
    static let quotes = OutputTable.Column("quotes", .integer)
    static let attributedQuotes = OutputTable.Column("attributed_quotes", .integer)
    static let meanQuoteCompound = OutputTable.Column("mean_quote_compound", .real)
    static let meanDocumentSentiment = OutputTable.Column("mean_document_sentiment", .real)
    static let columns = [
        group, documents, entities, quotes, attributedQuotes, meanQuoteCompound, meanDocumentSentiment,
    ]
    static let indexes: [OutputTable.Column] = []
    static let primaryKey = [group]
}

/// `documents.csv`: one row per document (streamed by the runner).
enum DocumentsTable: AggregateTableSchema {
    static let name = "documents"
    static let title = "Documents: annotation counts and document sentiment"
    static let id = OutputTable.Column("id", .text)
    static let group = OutputTable.Column("group", .text)
    static let headline = OutputTable.Column("headline", .text)
    static let length = OutputTable.Column("length", .integer)
    static let tokens = OutputTable.Column("tokens", .integer)
    static let sentences = OutputTable.Column("sentences", .integer)
    static let entities = OutputTable.Column("entities", .integer)
    static let quotes = OutputTable.Column("quotes", .integer)
    static let attributedQuotes = OutputTable.Column("attributed_quotes", .integer)
    static let sentiment = OutputTable.Column("sentiment", .real)
    static let sentimentLabel = OutputTable.Column("sentiment_label", .text)
    static let columns = [
        id, group, headline, length, tokens, sentences, entities, quotes, attributedQuotes, sentiment, sentimentLabel,
    ]
    static let indexes: [OutputTable.Column] = [group]
    static let primaryKey = [id]
}

/// `quotes.csv` (one row per quotation, streamed by the runner) and `quote_highlights.csv` (the most positive and
/// most negative ones, for the report): the same columns.
enum QuotesTable: AggregateTableSchema {
    static let name = "quotes"
    static let title = "Quotations: speaker, cue, kind, text and sentiment (offsets in code points)"
    /// The highlights table's name and title.
    static let highlightsName = "quote_highlights"
    static let highlightsTitle = "The most positive and most negative quotations"
    static let documentID = OutputTable.Column("document_id", .text)
    static let start = OutputTable.Column("start", .integer)
    static let end = OutputTable.Column("end", .integer)
    static let contentStart = OutputTable.Column("content_start", .integer)
    static let contentEnd = OutputTable.Column("content_end", .integer)
    static let speaker = OutputTable.Column("speaker", .text)
    static let cue = OutputTable.Column("cue", .text)
    static let kind = OutputTable.Column("kind", .text)
    static let text = OutputTable.Column("text", .text)
    static let compound = OutputTable.Column("compound", .real)
    static let label = OutputTable.Column("label", .text)
    static let columns = [documentID, start, end, contentStart, contentEnd, speaker, cue, kind, text, compound, label]
    static let indexes: [OutputTable.Column] = [speaker]
    static let primaryKey = [documentID, start, end]
}
