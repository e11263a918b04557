import Foundation
public import TextMineCore

/// Corpus-level TF-IDF keywords, per document and per group (a bundled stage plugin).
///
/// The state holds only integer counts (term occurrences and document frequencies per group, and each document's
/// term counts), so merging is exact and `--jobs`, shards and `textmine merge` give identical tables. TF-IDF is
/// computed once, in ``report(_:)``, from the merged counts:
///
/// - `tf(t, d) = count(t, d) / terms(d)`; for a group, the group's pooled counts: `count(t, g) / terms(g)`.
/// - `idf(t) = ln((1 + N) / (1 + df(t))) + 1` over the whole corpus (`N` documents, `df` documents containing `t`),
///   the smoothed form scikit-learn uses.
/// - `score = tf × idf`, rounded to 6 decimals; ties are broken by term.
///
/// A term is a token that contains a letter, is at least `min_length` code points long and is not a stopword.
public struct KeywordsStage: Aggregator {
    /// `keywords` reads tokens and writes the `keywords` and `document_keywords` tables, not a layer.
    public static let descriptor = StageDescriptor(
        name: "keywords",
        summary: "corpus TF-IDF keywords per document and per group (tables keywords, document_keywords)",
        consumes: [.tokens],
        produces: [],
        options: [
            OptionDescriptor("top", .integer, default: "10", "keywords kept per document and per group"),
            OptionDescriptor("min_df", .integer, default: "1", "ignore terms found in fewer documents of the corpus"),
            OptionDescriptor(
                "stopwords", .choice(StopwordList.self), default: "english", "the built-in stopword list to use"),
            OptionDescriptor(
                "add_stopwords", .oneOrList(.string), default: "[]", "more stopwords (compared lowercased)"),
            OptionDescriptor("lowercase", .boolean, default: "true", "count 'Bank' and 'bank' as one term"),
            OptionDescriptor("min_length", .integer, default: "2", "ignore terms shorter than this (code points)"),
            OptionDescriptor(
                "per_document", .boolean, default: "true",
                "write document_keywords (keeps every document's counts in the state)"),
        ],
        example: "- keywords: {top: 10, min_df: 2, add_stopwords: [year, week]}")

    /// Which built-in stopword list to start from.
    public enum StopwordList: String, OptionEnum {
        /// The built-in English list.
        case english
        /// No built-in list (only `add_stopwords`).
        case none
    }

    /// The `keywords` stage's options.
    public struct Options: StageOptions {
        var top: Located<Int> = Located(10)
        var minDocumentFrequency: Located<Int> = Located(1)
        var stopwords: StopwordList = .english
        var addStopwords: [String] = []
        var lowercase = true
        var minLength: Located<Int> = Located(2)
        var perDocument = true

        enum CodingKeys: String, CodingKey {
            case top, stopwords, lowercase
            case minDocumentFrequency = "min_df"
            case addStopwords = "add_stopwords"
            case minLength = "min_length"
            case perDocument = "per_document"
        }

        /// The defaults.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            top = try container.decode(Located<Int>.self, forKey: .top, default: top)
            minDocumentFrequency = try container.decode(
                Located<Int>.self, forKey: .minDocumentFrequency, default: minDocumentFrequency)
            stopwords = try container.decode(StopwordList.self, forKey: .stopwords, default: .english)
            addStopwords = try container.decode(OneOrMany<String>.self, forKey: .addStopwords, default: OneOrMany())
                .values
            lowercase = try container.decode(Bool.self, forKey: .lowercase, default: true)
            minLength = try container.decode(Located<Int>.self, forKey: .minLength, default: minLength)
            perDocument = try container.decode(Bool.self, forKey: .perDocument, default: true)
        }
    }

    /// Integer counts for one group (or, merged, the corpus).
    public struct GroupCounts: Codable, Sendable, Equatable {
        /// Documents seen.
        public var documents = 0
        /// Term occurrences seen.
        public var terms = 0
        /// Occurrences of each term.
        public var counts: [String: Int] = [:]
        /// Documents containing each term.
        public var documentFrequency: [String: Int] = [:]

        /// Adds another group's counts.
        public mutating func merge(_ other: GroupCounts) {
            documents += other.documents
            terms += other.terms
            for (term, count) in other.counts { counts[term, default: 0] += count }
            for (term, count) in other.documentFrequency { documentFrequency[term, default: 0] += count }
        }
    }

    /// One document's term counts.
    public struct DocumentCounts: Codable, Sendable, Equatable {
        /// The document's group.
        public var group: String
        /// Term occurrences in the document.
        public var terms: Int
        /// Occurrences of each term.
        public var counts: [String: Int]
    }

    /// The mergeable state: integer counts only.
    public struct State: AggregateState {
        /// Counts by group (`""` holds top-level documents).
        public var groups: [String: GroupCounts] = [:]
        /// Counts by document id (empty when `per_document: false`).
        public var documents: [String: DocumentCounts] = [:]

        /// Adds another state's counts. Exact: integer sums, and for a document seen in both states (the same id
        /// processed twice) its counts are summed and the smaller group name kept, so the order never matters.
        public mutating func merge(_ other: State) {
            for (group, counts) in other.groups { groups[group, default: GroupCounts()].merge(counts) }
            for (id, theirs) in other.documents {
                guard var mine = documents[id] else {
                    documents[id] = theirs
                    continue
                }
                mine.group = min(mine.group, theirs.group)
                mine.terms += theirs.terms
                for (term, count) in theirs.counts { mine.counts[term, default: 0] += count }
                documents[id] = mine
            }
        }
    }

    let top: Int
    let minDocumentFrequency: Int
    let stopwords: Set<String>
    let lowercase: Bool
    let minLength: Int
    let perDocument: Bool

    /// Checks the numeric options and builds the stopword set (English, or none, plus `add_stopwords` lowercased).
    ///
    /// - Throws: ``ConfigError`` with a diagnostic at each of `top`, `min_df` and `min_length` below 1.
    public init(options: Options, context: StageContext) throws {
        var diagnostics: [Diagnostic] = []
        for (option, name, minimum) in [
            (options.top, "top", 1), (options.minDocumentFrequency, "min_df", 1), (options.minLength, "min_length", 1),
        ]
        where option.value < minimum {
            diagnostics.append(option.error("'\(name)' must be at least \(minimum), found \(option.value)"))
        }
        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
        top = options.top.value
        minDocumentFrequency = options.minDocumentFrequency.value
        lowercase = options.lowercase
        minLength = options.minLength.value
        perDocument = options.perDocument
        var words: Set<String> = options.stopwords == .english ? EnglishStopwords.words : []
        for word in options.addStopwords { words.insert(word.lowercased()) }
        stopwords = words
    }

    /// The term a token's text counts as, or nil when it is not a term.
    func term(_ text: String) -> String? {
        var length = 0
        var hasLetter = false
        for scalar in text.unicodeScalars {
            length += 1
            if !hasLetter, scalar.properties.isAlphabetic { hasLetter = true }
        }
        guard hasLetter, length >= minLength else { return nil }
        let lowered = text.lowercased()
        guard !stopwords.contains(lowered) else { return nil }
        return lowercase ? lowered : text
    }

    /// No groups and no documents counted yet.
    public func makeState() -> State { State() }

    /// Adds the document's term counts to its group (and, for `per_document`, keeps them by document id); each term
    /// adds one to its group's document frequency.
    public func accumulate(_ document: Document, into state: inout State) {
        var counts: [String: Int] = [:]
        var total = 0
        for token in document.tokens {
            guard let term = term(document[token.span]) else { continue }
            counts[term, default: 0] += 1
            total += 1
        }
        var group = state.groups[document.group, default: GroupCounts()]
        group.documents += 1
        group.terms += total
        for (term, count) in counts {
            group.counts[term, default: 0] += count
            group.documentFrequency[term, default: 0] += 1
        }
        state.groups[document.group] = group
        if perDocument {
            state.documents[document.id] = DocumentCounts(group: document.group, terms: total, counts: counts)
        }
    }

    /// A ranked keyword.
    struct Ranked {
        var term: String
        var score: Double
        var count: Int
    }

    /// The `top` terms of a set of counts by TF-IDF.
    func rank(_ counts: [String: Int], terms: Int, idf: [String: Double]) -> [Ranked] {
        guard terms > 0 else { return [] }
        var ranked: [Ranked] = []
        for (term, count) in counts {
            guard let weight = idf[term] else { continue }
            let score = (Double(count) / Double(terms) * weight * 1e6).rounded() / 1e6
            ranked.append(Ranked(term: term, score: score, count: count))
        }
        ranked.sort {
            $0.score != $1.score ? $0.score > $1.score : $0.term.utf8.lexicographicallyPrecedes($1.term.utf8)
        }
        return Array(ranked.prefix(top))
    }

    /// Computes IDF over the whole merged corpus and ranks each group's (and each document's) terms by TF-IDF.
    public func report(_ state: State) -> AggregateReport {
        var corpus = GroupCounts()
        let groups = state.groups.sorted { $0.key < $1.key }
        for (_, counts) in groups { corpus.merge(counts) }
        let documents = Double(corpus.documents)
        var idf: [String: Double] = [:]
        for (term, frequency) in corpus.documentFrequency where frequency >= minDocumentFrequency {
            idf[term] = log((1 + documents) / (1 + Double(frequency))) + 1
        }

        var groupRows: [[OutputTable.Value]] = []
        var scopes: [(String, GroupCounts)] = [("", corpus)]
        for (name, counts) in groups where !name.isEmpty { scopes.append((name, counts)) }
        for (name, counts) in scopes {
            for (rank, keyword) in rank(counts.counts, terms: counts.terms, idf: idf).enumerated() {
                groupRows.append([
                    .text(name), .integer(rank + 1), .text(keyword.term), .real(keyword.score), .integer(keyword.count),
                    .integer(counts.documentFrequency[keyword.term] ?? 0),
                ])
            }
        }
        var tables = [
            OutputTable(
                name: "keywords", title: "TF-IDF keywords per group (group empty = whole corpus)",
                columns: [
                    .init("group", .text), .init("rank", .integer), .init("term", .text), .init("score", .real),
                    .init("count", .integer), .init("documents", .integer),
                ],
                rows: groupRows, indexes: ["term"])
        ]

        if perDocument {
            var documentRows: [[OutputTable.Value]] = []
            for (id, counts) in state.documents.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                for (rank, keyword) in rank(counts.counts, terms: counts.terms, idf: idf).enumerated() {
                    documentRows.append([
                        .text(id), .text(counts.group), .integer(rank + 1), .text(keyword.term), .real(keyword.score),
                        .integer(keyword.count),
                    ])
                }
            }
            tables.append(
                OutputTable(
                    name: "document_keywords", title: "TF-IDF keywords per document",
                    columns: [
                        .init("id", .text), .init("group", .text), .init("rank", .integer), .init("term", .text),
                        .init("score", .real), .init("count", .integer),
                    ],
                    rows: documentRows, indexes: ["id", "term"]))
        }
        return AggregateReport(
            tables: tables,
            summary: [
                "documents": .int(corpus.documents), "terms": .int(corpus.terms), "distinct_terms": .int(idf.count),
            ])
    }
}
