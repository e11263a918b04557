import Foundation
import Testing
import TextMineCore
import TextMineStages
import TextMineTesting

/// Person mentions, canonical names and speakers of the default pipeline against hand labels of 159 BBC articles
/// (`Fixtures/people_gold.jsonl`: references into the corpus, no article text; labelled by the spec in
/// docs/people.md) and of 112 articles written in other outlets' styles (`Fixtures/world-news`). `dev` (30 articles)
/// was used while writing the rules; `heldout` (30), `dev2` (24) and `dev3` (25) were measured once, then used for
/// development too; `heldout2` (30) and `heldout3` (20) were never looked into (docs/people.md gives every figure and
/// when it was taken). The floors below sit just under the measured figures: they guard against regressions.
/// Skipped, with the reason shown, when the corpus is absent.
@Suite struct PeopleQuality {
    struct Gold: Decodable {
        struct Person: Decodable {
            var text: String
            var canonical: String
        }
        struct QuoteLabel: Decodable {
            var quote: String
            var speaker: String?
            var kind: String
        }
        var doc: String
        var split: String
        var persons: [Person]
        var quotes: [QuoteLabel]
    }

    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var canonicalRight = 0, speechQuotes = 0, quotesFound = 0, speakersRight = 0
        var precision: Double { Double(truePositives) / Double(max(truePositives + falsePositives, 1)) }
        var recall: Double { Double(truePositives) / Double(max(truePositives + falseNegatives, 1)) }
        var f1: Double { 2 * precision * recall / max(precision + recall, 1e-9) }
        var canonicalAccuracy: Double { Double(canonicalRight) / Double(max(truePositives, 1)) }
        var speakerAccuracy: Double { Double(speakersRight) / Double(max(quotesFound, 1)) }
        var description: String {
            String(
                format:
                    "PERSON P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); canonical %.3f; speech quotes found %d/%d, speaker accuracy %.3f",
                precision, recall, f1, truePositives, falsePositives, falseNegatives, canonicalAccuracy, quotesFound,
                speechQuotes, speakerAccuracy)
        }
    }

    static func normalized(_ s: String?) -> String {
        (s ?? "").replacingOccurrences(of: "’", with: "'").lowercased().split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }

    /// The speaker matches when equal after normalising; organisations match by containment when one side is a
    /// description (`the RFU` ~ `a spokeswoman for the RFU`).
    static func sameSpeaker(_ gold: String?, _ found: String?) -> Bool {
        let g = normalized(gold)
        let f = normalized(found)
        if g == f { return true }
        guard !g.isEmpty, !f.isEmpty else { return false }
        let descriptive = ["the ", "a "].contains { g.hasPrefix($0) || f.hasPrefix($0) }
        return descriptive && (g.contains(f) || f.contains(g))
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func score(split: String, count: Int = 30) throws -> Score? {
        guard let corpus = TestSupport.bbcCorpus else { return nil }
        return try score(
            gold: Self.fixtures.appendingPathComponent("people_gold.jsonl"), split: split, articles: corpus,
            count: count)
    }

    /// Scores the default pipeline on the labelled articles of one split: `articles` is the folder the gold's `doc`
    /// paths are relative to.
    func score(gold fixture: URL, split: String, articles corpus: String, count: Int) throws -> Score {
        let gold = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }.filter { $0.split == split }
        #expect(gold.count == count)
        let pipeline = try PipelineLoader(registry: BuiltinStages.registry).load(
            path: TestSupport.repositoryRoot + "/Pipelines/news.yaml")
        var score = Score()
        for article in gold {
            let text = try String(contentsOfFile: corpus + "/" + article.doc, encoding: .utf8)
            var document = Document(id: article.doc, text: text)
            for entry in pipeline.entries { try entry.stage.process(&document) }
            let bytes = Array(text.utf8)
            // gold spans: each name searched from the end of the previous one
            var expected: [Range<Int>: String] = [:]
            var from = 0
            for person in article.persons {
                let needle = Array(person.text.utf8)
                guard
                    let start = (from...(bytes.count - needle.count)).first(where: {
                        bytes[$0..<($0 + needle.count)].elementsEqual(needle)
                    })
                else {
                    Issue.record("\(article.doc): gold mention '\(person.text)' not found")
                    break
                }
                expected[start..<(start + needle.count)] = person.canonical
                from = start + needle.count
            }
            var found: [Range<Int>: String] = [:]
            for entity in document.entities where entity.type == "PERSON" {
                found[entity.span.range] = entity.canonical ?? document[entity.span]
            }
            for (range, canonical) in found {
                if let want = expected[range] {
                    score.truePositives += 1
                    if Self.normalized(want) == Self.normalized(canonical) { score.canonicalRight += 1 }
                } else {
                    score.falsePositives += 1
                }
            }
            score.falseNegatives += expected.keys.filter { found[$0] == nil }.count
            var used = Set<Int>()
            for label in article.quotes where label.kind == "speech" {
                score.speechQuotes += 1
                let want = Self.normalized(label.quote)
                guard
                    let index = document.quotes.indices.first(where: { i in
                        let quote = document.quotes[i]
                        guard !used.contains(i), !quote.nested else { return false }
                        let content = Self.normalized(document[quote.contentSpan])
                        return content.hasPrefix(want) || (content.count >= 3 && want.hasPrefix(content))
                    })
                else { continue }
                used.insert(index)
                score.quotesFound += 1
                if Self.sameSpeaker(label.speaker, document.quotes[index].speaker) { score.speakersRight += 1 }
            }
        }
        return score
    }

    /// Prints a set's figures and expects each at or above its floor (`canonical` only where a floor is set).
    func expectFloors(
        _ score: Score, _ label: String, f1: Double, canonical: Double? = nil, speakers: Double,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        print("\(label): \(score)")
        #expect(score.f1 >= f1, "\(label): PERSON F1", sourceLocation: sourceLocation)
        if let canonical {
            #expect(score.canonicalAccuracy >= canonical, "\(label): canonical", sourceLocation: sourceLocation)
        }
        #expect(score.speakerAccuracy >= speakers, "\(label): speakers", sourceLocation: sourceLocation)
    }

    static let corpusPresent = TestSupport.bbcCorpus != nil
    static let skipReason: Comment =
        "BBC corpus not found: set TEXTMINE_BBC_CORPUS or put it at ../shared/corpora/bbc-news"

    @Test(.enabled(if: corpusPresent, skipReason)) func developmentSet() throws {
        let score = try #require(try score(split: "dev"))
        expectFloors(
            score, "people dev (30 articles, rules written against it)", f1: 0.96, canonical: 0.98, speakers: 0.87)
    }

    @Test(.enabled(if: corpusPresent, skipReason)) func firstHeldOutSet() throws {
        let score = try #require(try score(split: "heldout"))
        expectFloors(
            score, "people heldout (30 articles, measured once, then used for development)", f1: 0.94, speakers: 0.91)
    }

    @Test(.enabled(if: corpusPresent, skipReason)) func secondHeldOutSet() throws {
        let score = try #require(try score(split: "heldout2"))
        expectFloors(score, "people heldout2 (30 articles, never tuned on)", f1: 0.89, canonical: 0.98, speakers: 0.82)
    }

    /// Articles written for TextMine in the styles of American papers and wires (no courtesy titles, `Sen. X, D-N.M.`,
    /// bare surnames) and of Australian, Indian, Canadian, Irish, Nigerian, Kenyan, Singaporean, South African,
    /// Philippine, Pakistani, New Zealand, Scottish, Ghanaian and Hong Kong outlets (Fixtures/world-news, docs/people.md).
    /// `us_a` was used while writing rules; `us_b` was never looked into (only its totals measured).
    func worldNews(_ split: String, count: Int = 20) throws -> Score {
        let dir = Self.fixtures.appendingPathComponent("world-news/" + split)
        return try score(
            gold: dir.appendingPathComponent("gold.jsonl"), split: split, articles: dir.path + "/articles", count: count
        )
    }

    @Test func worldNewsDevelopmentSet() throws {
        let score = try worldNews("us_a")
        expectFloors(score, "people quality, world-news us_a (in-sample)", f1: 0.95, canonical: 0.96, speakers: 0.94)
    }

    @Test func worldNewsHeldOutSet() throws {
        let score = try worldNews("us_b")
        expectFloors(
            score, "people quality, world-news us_b (never looked into)", f1: 0.89, canonical: 0.88, speakers: 0.80)
    }

    /// Labelled at the start of round 2's third session by two more helpers and **never looked into**: 20 BBC articles
    /// (`heldout3`) and 16 American articles in AP, Reuters, NYT, Washington Post, Politico, local TV, local paper,
    /// ESPN, Bloomberg, Variety, court and medical styles (`us_d`). Measured untouched at the session's start (BBC F1
    /// 0.943, speakers 0.828; American F1 0.910, speakers 0.769) and at its end; no error of them has been read.
    @Test(.enabled(if: corpusPresent, skipReason)) func thirdHeldOutSet() throws {
        let score = try #require(try score(split: "heldout3", count: 20))
        expectFloors(
            score, "people heldout3 (20 BBC articles, never looked into)", f1: 0.93, canonical: 0.98, speakers: 0.82)
    }

    @Test func worldNewsAmericanHeldOutSet() throws {
        let score = try worldNews("us_d", count: 16)
        expectFloors(
            score, "people quality, world-news us_d (American, never looked into)", f1: 0.93, canonical: 0.91,
            speakers: 0.81)
    }

    /// Labelled late in round 2 (24 BBC articles and 16 world-news articles in wire, US local, broadsheet, Indian,
    /// Australian and Canadian styles): measured once untouched (BBC F1 0.895, speakers 0.832; world 0.931, 0.756),
    /// then used to find the organisation and gender rules, so in-sample since.
    @Test(.enabled(if: corpusPresent, skipReason)) func lateDevelopmentSet() throws {
        let score = try #require(try score(split: "dev2", count: 24))
        expectFloors(
            score, "people dev2 (24 BBC articles, in-sample since its first measurement)", f1: 0.92, speakers: 0.89)
    }

    @Test func worldNewsLateDevelopmentSet() throws {
        let score = try worldNews("us_c", count: 16)
        expectFloors(
            score, "people quality, world-news us_c (in-sample since its first measurement)", f1: 0.94, speakers: 0.89)
    }

    /// Labelled in round 2's third session, measured once untouched (BBC dev3: F1 0.918, speakers 0.878; American
    /// us_e: F1 0.888, speakers 0.790), then used to find rules (generational suffixes, offices, unnamed
    /// descriptions, organisation descriptions), so in-sample since.
    @Test(.enabled(if: corpusPresent, skipReason)) func thirdDevelopmentSet() throws {
        let score = try #require(try score(split: "dev3", count: 25))
        expectFloors(
            score, "people dev3 (25 BBC articles, in-sample since its first measurement)", f1: 0.93, canonical: 0.95,
            speakers: 0.89)
    }

    /// Labelled at the end of round 2's third session and measured once untouched (American us_f: F1 0.926, speakers
    /// 0.837; British and Irish uk_g: F1 0.929, speakers 0.851), then used for development.
    @Test func worldNewsLateAmericanAndBritishSets() throws {
        let american = try worldNews("us_f", count: 16)
        expectFloors(
            american, "people quality, world-news us_f (American, in-sample since its first measurement)", f1: 0.92,
            speakers: 0.90)
        let british = try worldNews("uk_g", count: 16)
        expectFloors(
            british, "people quality, world-news uk_g (British and Irish, in-sample since its first measurement)",
            f1: 0.93, speakers: 0.90)
    }

    @Test func worldNewsSecondAmericanSet() throws {
        let score = try worldNews("us_e", count: 16)
        expectFloors(
            score, "people quality, world-news us_e (American, in-sample since its first measurement)", f1: 0.93,
            canonical: 0.98, speakers: 0.92)
    }
}
