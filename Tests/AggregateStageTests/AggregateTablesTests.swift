import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import AggregateStage

/// The tables' contents on small corpora worked out by hand.
final class AggregateTablesTests: XCTestCase {
    /// Two politics articles and one top-level article with entities, sentences, quotes and sentiment.
    static func corpus() -> [Document] {
        func make(
            _ id: String, _ group: String, _ text: String, entities: [(String, String)],
            quotes: [(String, String?, Double?)],
            sentiment: Double? = nil
        ) -> Document {
            var document = Document(id: id, group: group, text: text)
            let bytes = Array(text.utf8)
            func find(_ needle: String, from: Int = 0) -> Span {
                let target = Array(needle.utf8)
                for start in from...(bytes.count - target.count)
                where Array(bytes[start..<start + target.count]) == target {
                    return Span(start, start + target.count)
                }
                fatalError("\(needle) not in \(text)")
            }
            var cursor = 0
            for (type, needle) in entities {
                let span = find(needle, from: cursor)
                cursor = span.end
                document.entities.append(
                    Entity(
                        span: span, type: type, rule: type, stage: "entities",
                        value: type == "MONEY" ? EntityValue(amount: 2.5, unit: "GBP") : nil))
            }
            for (content, speaker, compound) in quotes {
                let contentSpan = find(content)
                document.quotes.append(
                    Quote(
                        span: Span(contentSpan.start - 3, contentSpan.end + 3), contentSpan: contentSpan, kind: .speech,
                        speaker: speaker,
                        cue: "said", rule: "q", stage: "quotes",
                        sentiment: compound.map {
                            SentimentScores(
                                neg: 0, neu: 1, pos: 0, compound: $0,
                                label: $0 >= 0.05 ? "positive" : $0 <= -0.05 ? "negative" : "neutral")
                        }))
            }
            // Sentences end at each ". ".
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
                document.sentences.append(Sentence(span: Span(start, index + 1)))
                start = index + 2
            }
            if let sentiment { document.sentiment = SentimentScores(neg: 0, neu: 1, pos: 0, compound: sentiment) }
            return document
        }
        return [
            make(
                "politics/b.txt", "politics",
                "Ann Lee met Bob Day. Ann Lee said “We won” today. Café owners paid £2.50.",
                entities: [
                    ("PERSON", "Ann Lee"), ("PERSON", "Bob Day"), ("PERSON", "Ann Lee"), ("ORG", "Café"),
                    ("MONEY", "£2.50"),
                ],
                quotes: [("We won", "Ann Lee", 0.6)], sentiment: 0.25),
            make(
                "politics/a.txt", "politics", "Bob Day and Ann Lee. Bob said “it is bad” and “it is fine”.",
                entities: [("PERSON", "Bob Day"), ("PERSON", "Ann Lee")],
                quotes: [("it is bad", "Bob Day", -0.7), ("it is fine", "Bob Day", 0.2)], sentiment: -0.5),
            make(
                "top.txt", "", "Ann  Lee spoke. She said “awful” then.", entities: [("PERSON", "Ann  Lee")],
                quotes: [("awful", "Ann Lee", -0.7)]),
        ]
    }

    func report(_ options: String = "{}", _ documents: [Document] = corpus()) throws -> [String: OutputTable] {
        let stage = try TestSupport.makeStage(AggregateStage.self, options)
        var state = stage.makeState()
        for document in documents { stage.accumulate(document, into: &state) }
        // The per-document tables are streamed by the runner in id order; build them the same way.
        var rowTables = stage.rowTables
        var streamed = rowTables.map { _ in [[OutputTable.Value]]() }
        for document in documents.sorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            for (index, rows) in stage.rows(for: document).enumerated() { streamed[index] += rows }
        }
        for index in rowTables.indices { rowTables[index].rows = .values(streamed[index]) }
        return Dictionary(uniqueKeysWithValues: (stage.report(state).tables + rowTables).map { ($0.name, $0) })
    }

    func testEntitiesCountMentionsAndDocumentsOverallAndPerGroup() throws {
        let csv = try XCTUnwrap(report()["entities"]).csv()
        XCTAssertEqual(
            csv,
            """
            group,type,text,mentions,documents
            ,MONEY,£2.50,1,1
            ,ORG,Café,1,1
            ,PERSON,Ann Lee,4,3
            ,PERSON,Bob Day,2,2
            politics,MONEY,£2.50,1,1
            politics,ORG,Café,1,1
            politics,PERSON,Ann Lee,3,2
            politics,PERSON,Bob Day,2,2

            """)
        XCTAssertEqual(
            try XCTUnwrap(report("{group_by: none, min_count: 2}")["entities"]).csv(),
            """
            group,type,text,mentions,documents
            ,PERSON,Ann Lee,4,3
            ,PERSON,Bob Day,2,2

            """)
        XCTAssertEqual(try XCTUnwrap(report("{top: 1}")["entities"]).rowCollection.count, 6)
        XCTAssertEqual(
            try XCTUnwrap(report()["money"]).csv(),
            "group,currency,mentions,total,ranges_at_midpoint\n,GBP,1,2.5,0\npolitics,GBP,1,2.5,0\n")
    }

    func testCooccurrenceCountsOnlyPairTypesByDefault() throws {
        let csv = try XCTUnwrap(report()["cooccurrence"]).csv()
        XCTAssertFalse(csv.contains("MONEY"), csv)
        XCTAssertTrue(csv.contains("document,PERSON,Ann Lee,PERSON,Bob Day,2"), csv)
    }

    func testCooccurrenceWithinSentencesAndDocuments() throws {
        let csv = try XCTUnwrap(report("{pair_types: []}")["cooccurrence"]).csv()
        XCTAssertEqual(
            csv,
            """
            scope,a_type,a,b_type,b,count
            document,PERSON,Ann Lee,PERSON,Bob Day,2
            document,MONEY,£2.50,ORG,Café,1
            document,MONEY,£2.50,PERSON,Ann Lee,1
            document,MONEY,£2.50,PERSON,Bob Day,1
            document,ORG,Café,PERSON,Ann Lee,1
            document,ORG,Café,PERSON,Bob Day,1
            sentence,PERSON,Ann Lee,PERSON,Bob Day,2
            sentence,MONEY,£2.50,ORG,Café,1

            """)
        XCTAssertEqual(try XCTUnwrap(report("{min_count: 2}")["cooccurrence"]).rowCollection.count, 2)
        XCTAssertEqual(try XCTUnwrap(report("{top: 1}")["cooccurrence"]).rowCollection.count, 2)
    }

    func testSpeakersStatisticsAndExtremes() throws {
        let speakers = try XCTUnwrap(report()["speakers"])
        XCTAssertEqual(
            speakers.csv(),
            """
            group,speaker,quotes,scored,mean_compound,min_compound,max_compound,share_positive,share_negative,most_positive,most_positive_document,most_positive_start,most_negative,most_negative_document,most_negative_start
            ,Ann Lee,2,2,-0.05,-0.7,0.6,0.5,0.5,We won,politics/b.txt,34,awful,top.txt,25
            ,Bob Day,2,2,-0.25,-0.7,0.2,0.5,0.5,it is fine,politics/a.txt,46,it is bad,politics/a.txt,30
            politics,Bob Day,2,2,-0.25,-0.7,0.2,0.5,0.5,it is fine,politics/a.txt,46,it is bad,politics/a.txt,30
            politics,Ann Lee,1,1,0.6,0.6,0.6,1,0,We won,politics/b.txt,34,We won,politics/b.txt,34

            """)
    }

    func testTiesBetweenExtremesGoToTheSmallerDocumentIdWhateverTheOrder() throws {
        // Bob's −0.7 in politics/a.txt ties with a −0.7 in politics/0.txt, which sorts first.
        var documents = Self.corpus()
        var extra = Document(id: "politics/0.txt", group: "politics", text: "Bob said “no way” then.")
        extra.quotes = [
            Quote(
                span: Span(9, 21), contentSpan: Span(12, 18), kind: .speech, speaker: "Bob Day", rule: "q", stage: "q",
                sentiment: SentimentScores(neg: 1, neu: 0, pos: 0, compound: -0.7, label: "negative"))
        ]
        documents.append(extra)
        for order in [documents, documents.reversed()] {
            let speakers = try XCTUnwrap(report("{}", order)["speakers"])
            let bob = try XCTUnwrap(speakers.rowCollection.first { $0[0] == .text("") && $0[1] == .text("Bob Day") })
            XCTAssertEqual(bob[12], .text("no way"))
            XCTAssertEqual(bob[13], .text("politics/0.txt"))
        }
    }

    func testDocumentsAndQuotesComeOutSortedWithCodePointOffsets() throws {
        let tables = try report()
        XCTAssertEqual(
            try XCTUnwrap(tables["documents"]).csv(),
            """
            id,group,headline,length,tokens,sentences,entities,quotes,attributed_quotes,sentiment,sentiment_label
            politics/a.txt,politics,Bob Day and Ann Lee. Bob said “it is bad” and “it is fine”.,59,0,2,2,2,2,-0.5,
            politics/b.txt,politics,Ann Lee met Bob Day. Ann Lee said “We won” today. Café owners paid £2.50.,73,0,4,5,1,1,0.25,
            top.txt,,Ann  Lee spoke. She said “awful” then.,38,0,2,1,1,1,,

            """)
        let quotes = try XCTUnwrap(tables["quotes"])
        XCTAssertEqual(
            quotes.rowCollection.map { $0[0].text }, ["politics/a.txt", "politics/a.txt", "politics/b.txt", "top.txt"])
        // Lengths in code points, as Python counts them.
        XCTAssertEqual(quotes.rowCollection.map { $0[1].text }, ["30", "46", "34", "25"])
        XCTAssertEqual(quotes.rowCollection.map { $0[3].text }, ["31", "47", "35", "26"])
        XCTAssertEqual(quotes.rowCollection.map { $0[8].text }, ["it is bad", "it is fine", "We won", "awful"])
        let groups = try XCTUnwrap(tables["groups"])
        XCTAssertEqual(
            groups.csv(),
            """
            group,documents,entities,quotes,attributed_quotes,mean_quote_compound,mean_document_sentiment
            ,3,8,4,4,-0.15,-0.125
            politics,2,7,3,3,0.033333,-0.125

            """)
    }

    func testOptionsAreValidatedWithPositions() throws {
        let registry = StageRegistry([AggregateStage.self])
        let bad = TestSupport.load(
            "stages:\n  - aggregate: {tables: [entitys], group_by: folder, top: -1}\n", registry: registry)
        guard case .failure(let error) = bad else { return XCTFail("expected errors") }
        let text = "\(error)"
        XCTAssertTrue(text.contains("did you mean 'entities'"), text)
        XCTAssertTrue(text.contains("'folder'"), text)
        let negative = TestSupport.load("stages:\n  - aggregate: {top: -1}\n", registry: registry)
        guard case .failure(let topError) = negative else { return XCTFail("expected an error for top: -1") }
        XCTAssertTrue("\(topError)".contains("'top' must be 0"), "\(topError)")
        let tables = try report("{tables: [speakers, groups]}")
        XCTAssertEqual(Set(tables.keys), ["speakers", "groups"])
    }
}
