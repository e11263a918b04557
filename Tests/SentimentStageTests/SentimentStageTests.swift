import TextMineCore
import TextMineTesting
import XCTest

@testable import SentimentStage

final class SentimentStageTests: XCTestCase {
    let registry = StageRegistry([SentimentStage.self])

    func stage(_ options: String) throws -> SentimentStage {
        try TestSupport.makeStage(SentimentStage.self, options)
    }

    func testScoresQuoteContentWithLabels() throws {
        let quotes = try SentimentStage(options: .init(), context: .standalone("sentiment"))
        var document = Document(
            id: "a", text: "He said \"This is a great, wonderful day\" and \"it is a terrible, awful mess\".")
        document.quotes = [
            Quote(span: Span(8, 40), contentSpan: Span(9, 39), kind: .speech, rule: "t", stage: "quotes"),
            Quote(span: Span(45, 75), contentSpan: Span(46, 74), kind: .speech, rule: "t", stage: "quotes"),
        ]
        try quotes.process(&document)
        let first = try XCTUnwrap(document.quotes[0].sentiment)
        let second = try XCTUnwrap(document.quotes[1].sentiment)
        XCTAssertGreaterThan(first.compound, 0.5)
        XCTAssertEqual(first.label, "positive")
        XCTAssertLessThan(second.compound, -0.5)
        XCTAssertEqual(second.label, "negative")
        XCTAssertEqual(first.neg + first.neu + first.pos, 1, accuracy: 0.002)
    }

    func testDocumentAndSentenceTargetsDeclareTheirLayers() throws {
        let document = try stage("{on: document}")
        XCTAssertEqual(document.consumes, [])
        XCTAssertEqual(document.produces, [.documentSentiment])
        let sentences = try stage("{on: sentences}")
        XCTAssertEqual(sentences.consumes, [.sentences])
        var scored = Document(id: "a", text: "I love it. I hate it.")
        scored.sentences = [Sentence(span: Span(0, 10)), Sentence(span: Span(11, 21))]
        try sentences.process(&scored)
        XCTAssertEqual(scored.sentences.map { $0.sentiment?.label }, ["positive", "negative"])
        var whole = Document(id: "b", text: "What a wonderful result!")
        try document.process(&whole)
        XCTAssertEqual(whole.sentiment?.label, "positive")
    }

    func testOverridesChangeDomainWords() throws {
        let plain = try stage("{on: document}")
        let tuned = try stage("{on: document, overrides: {ceasefire: 2.5}}")
        var a = Document(id: "a", text: "The ceasefire holds.")
        var b = a
        try plain.process(&a)
        try tuned.process(&b)
        XCTAssertEqual(a.sentiment?.compound, 0)
        XCTAssertGreaterThan(b.sentiment?.compound ?? 0, 0.3)
    }

    func testThresholdsAndBadOptions() throws {
        let strict = try stage("{on: document, positive: 0.9, negative: -0.9}")
        var document = Document(id: "a", text: "A good day.")
        try strict.process(&document)
        XCTAssertEqual(document.sentiment?.label, "neutral")
        XCTAssertThrowsError(try stage("{on: paragraphs}"))
        XCTAssertThrowsError(try stage("{positive: -0.5, negative: 0.5}"))
        XCTAssertThrowsError(try stage("{lexicon: /nonexistent/lexicon.txt}"))
    }

    func testQuotesTargetNeedsQuotes() {
        guard case .failure(let error) = TestSupport.load("stages:\n  - sentiment\n", registry: registry) else {
            return XCTFail("sentiment on quotes without a quotes stage must be rejected")
        }
        XCTAssertTrue(error.diagnostics[0].message.contains("needs 'quotes'"), error.description)
    }
}
