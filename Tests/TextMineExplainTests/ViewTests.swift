import TextMineCore
import XCTest

@testable import TextMineExplain

/// The three views of one hand-made document (a quote holding a MONEY mention, a speaker, a hostile headline), so
/// every expected line here is exact and independent of how the rules evolve.
final class ViewTests: XCTestCase {
    static let text = "Budget <script>alert('x')</script> day\n\n\"We will win £5m,\" said Ann Lee.\n"

    static func span(_ needle: String) -> Span {
        let range = text.range(of: needle)!
        return Span(
            text.utf8.distance(from: text.startIndex, to: range.lowerBound),
            text.utf8.distance(from: text.startIndex, to: range.upperBound))
    }

    static func explained(text: String = text) -> ExplainedDocument {
        var document = Document(id: "politics/budget.txt", text: text)
        document.entities = [
            Entity(
                span: span("£5m"), type: "MONEY", rule: "MONEY", stage: "entities",
                value: EntityValue(amount: 5_000_000, unit: "GBP")),
            Entity(
                span: span("Ann Lee"), type: "PERSON", rule: "people:speech-verb", stage: "people", canonical: "Ann Lee"
            ),
        ]
        document.quotes = [
            Quote(
                span: span("\"We will win £5m,\""), contentSpan: span("We will win £5m,"), kind: .speech,
                speaker: "Ann Lee",
                speakerSpan: span("Ann Lee"), cue: "said", rule: "quote-comma-verb-name", stage: "quotes",
                sentiment: SentimentScores(neg: 0, neu: 0.5, pos: 0.5, compound: 0.5859, label: "positive"))
        ]
        let catalog = RuleCatalog(entries: [
            .init(
                stage: "entities",
                rule: RuleDescription(id: "MONEY", layer: .entities, type: "MONEY", pattern: "£\\d+m<b>")),
            .init(
                stage: "people",
                rule: RuleDescription(
                    id: "people:speech-verb", layer: .entities, type: "PERSON", pattern: "a name next to a speech verb")
            ),
            .init(
                stage: "quotes",
                rule: RuleDescription(id: "quote-comma-verb-name", layer: .quotes, pattern: "\"Q,\" said X")),
        ])
        return ExplainedDocument(
            document: document, catalog: catalog, pipelineName: "news",
            stages: ["entities", "people", "quotes", "aggregate"],
            corpusStages: ["aggregate"])
    }

    func testPlainFormIsTheTextThenAlignedAnnotationLines() {
        let plain = PlainView(Self.explained()).render()
        XCTAssertEqual(
            plain,
            """
            politics/budget.txt · pipeline news (entities → people → quotes → aggregate)
            corpus stages (nothing written by explain): aggregate
            2 entities · 1 quote

            1  Budget <script>alert('x')</script> day
            2
            3  "We will win £5m," said Ann Lee.

            #  line:col  offsets  type    stage     rule                   text
            1  3:1       40-58    QUOTE   quotes    quote-comma-verb-name  "We will win £5m,"  (speaker: Ann Lee (#3) · cue: said · speech · positive +0.59)
            2  3:14      53-56    MONEY   entities  MONEY                  £5m  (value: 5000000 GBP)
            3  3:25      64-71    PERSON  people    people:speech-verb     Ann Lee

            legend  MONEY 1 · PERSON 1 · QUOTE 1
            rules   MONEY 1 · people:speech-verb 1 · quote-comma-verb-name 1

            """)
        XCTAssertFalse(plain.contains("\u{1B}"))
    }

    func testColouredFormPaintsTypesAndAttributesQuotes() {
        let coloured = TerminalView(Self.explained()).render()
        // MONEY on its colour inside the underlined quote (underline colour = positive green), then its label.
        XCTAssertTrue(
            coloured.contains(
                "\u{1B}[48;5;228;38;5;16;4;58;5;34m£5m\u{1B}[0m\u{1B}[1;48;5;228;38;5;238m MONEY \u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[4;38;5;34m\"We will win \u{1B}[0m"))
        XCTAssertTrue(
            coloured.contains("\u{1B}[3;38;5;34m⟨speaker: Ann Lee · cue: said · speech · positive +0.59⟩\u{1B}[0m"))
        XCTAssertTrue(
            coloured.contains("\u{1B}[48;5;183;38;5;16mAnn Lee\u{1B}[0m\u{1B}[1;48;5;183;38;5;238m PERSON \u{1B}[0m"))
        XCTAssertTrue(coloured.contains("rules\u{1B}[0m   MONEY ×1 · people:speech-verb ×1 · quote-comma-verb-name ×1"))
    }

    func testTerminalFormsNeutraliseControlCharactersOfTheArticle() {
        let hostile = "Title \u{1B}]0;pwned\u{7}\u{1B}[2J here\r\n\nBody \u{9B}31m text.\n"
        var document = Document(id: "x\u{1B}[31m.txt", text: hostile)
        document.entities = [Entity(span: Span(0, 5), type: "T\u{1B}[5m", rule: "r\u{1B}", stage: "s")]
        let explained = ExplainedDocument(
            document: document, catalog: RuleCatalog(entries: []), pipelineName: "p", stages: ["s"])
        for rendered in [PlainView(explained).render(), TerminalView(explained).render()] {
            // Only our own SGR sequences (ESC [ digits/semicolons m) may appear.
            let withoutOurs = rendered.replacingOccurrences(
                of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            XCTAssertFalse(
                withoutOurs.unicodeScalars.contains {
                    ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                }, rendered)
            XCTAssertFalse(rendered.contains("\u{1B}]0;"))
            XCTAssertFalse(rendered.contains("\u{1B}[2J"))
            XCTAssertFalse(rendered.contains("\u{1B}[5m"))
        }
    }

    func testHTMLNestsEntitiesInQuotesAndEscapesEverything() {
        let page = HTMLExplainPage(Self.explained()).render()
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(
            page.contains("Budget &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; day"), "article text escaped")
        XCTAssertEqual(page.components(separatedBy: "<script").count, 2, "only the page's own script")
        // The quote element holds the MONEY mark and ends with its speaker badge.
        let quoteOpen = page.range(
            of:
                "<span class=\"quote pos\" data-speaker=\"Ann Lee\" data-kind=\"speech\" data-speaker-n=\"3\" data-n=\"1\""
        )!
        let money = page.range(of: "<mark class=\"ent\" data-type=\"MONEY\"")!
        let moneyEnd = page.range(of: "£5m<span class=\"lbl\">MONEY</span></mark>")!
        let badge = page.range(
            of: ",&quot;<span class=\"spk\">— Ann Lee · cue: said · speech · positive +0.59</span></span>")!
        XCTAssertTrue(
            quoteOpen.lowerBound < money.lowerBound && money.lowerBound < moneyEnd.lowerBound
                && moneyEnd.upperBound <= badge.lowerBound)
        // Provenance on hover: stage, rule and the (escaped) pattern.
        XCTAssertTrue(
            page.contains(
                "data-stage=\"entities\" data-rule=\"MONEY\" title=\"MONEY · stage entities · rule MONEY\npattern: £\\d+m&lt;b&gt;\""
            ))
        // The rules panel: each rule with its count, stage and full pattern.
        XCTAssertTrue(
            page.contains(
                "<code class=\"rule-id\">quote-comma-verb-name</code><div class=\"where\">quotes → quotes</div>"))
        XCTAssertTrue(page.contains("<pre class=\"pattern\">£\\d+m&lt;b&gt;</pre>"))
        for forbidden in ["http:", "https:", "<link", "@import", "<img", "<iframe"] {
            XCTAssertFalse(page.lowercased().contains(forbidden), forbidden)
        }
    }

    func testHostileIdsTypesAndRulesAreEscapedInAttributes() {
        var document = Document(id: "a\"><script>x</script>.txt", text: "Ann met Bob")
        document.entities = [Entity(span: Span(0, 3), type: "P\"onmouseover=\"alert(1)", rule: "r'<x>", stage: "s&t")]
        let page = HTMLExplainPage(
            ExplainedDocument(
                document: document, catalog: RuleCatalog(entries: []), pipelineName: "<p>", stages: ["s&t"])
        ).render()
        XCTAssertTrue(page.contains("data-type=\"P&quot;onmouseover=&quot;alert(1)\""))
        XCTAssertTrue(page.contains("data-rule=\"r&#39;&lt;x&gt;\""))
        XCTAssertTrue(page.contains("<h1>a&quot;&gt;&lt;script&gt;x&lt;/script&gt;.txt</h1>"))
        XCTAssertFalse(page.contains("onmouseover=\"alert"))
        XCTAssertEqual(page.components(separatedBy: "<script").count, 2)
    }

    /// Doubling the document doubles the page, within a small margin: no part of rendering is quadratic.
    func testOutputGrowsLinearlyWithTheDocument() {
        func page(paragraphs: Int) -> (plain: Int, html: Int, seconds: Double) {
            let paragraph = "\"We will win £5m,\" said Ann Lee.\n\n"
            let text = String(repeating: paragraph, count: paragraphs)
            var document = Document(id: "big", text: text)
            let length = paragraph.utf8.count
            let money = Self.span("£5m").start - Self.span("\"We will").start
            for index in 0..<paragraphs {
                let base = index * length
                document.entities.append(
                    Entity(span: Span(base + money, base + money + 4), type: "MONEY", rule: "MONEY", stage: "e"))
                document.quotes.append(
                    Quote(
                        span: Span(base, base + 19), contentSpan: Span(base + 1, base + 18), kind: .speech, rule: "q",
                        stage: "q"))
            }
            let explained = ExplainedDocument(
                document: document, catalog: RuleCatalog(entries: []), pipelineName: "p", stages: ["e", "q"])
            let start = Date()
            let plain = PlainView(explained).render().utf8.count + TerminalView(explained).render().utf8.count
            let html = HTMLExplainPage(explained).render().utf8.count
            return (plain, html, Date().timeIntervalSince(start))
        }
        let small = page(paragraphs: 2_000)
        let large = page(paragraphs: 8_000)
        XCTAssertEqual(Double(large.plain) / Double(small.plain), 4, accuracy: 0.4)
        XCTAssertEqual(Double(large.html) / Double(small.html), 4, accuracy: 0.4)
        XCTAssertLessThan(
            large.seconds, small.seconds * 8 + 0.5, "4x the text took \(large.seconds) s vs \(small.seconds) s")
    }

    /// Spans of a plugin layer (an `exec` program's `topics`) are drawn too, with their fields.
    func testPluginLayerSpansAreShown() {
        var document = Document(id: "d", text: "Ann scored twice. Rain fell.")
        document.setLayer(
            named: "topics",
            to: .array([
                .object(["start": .int(0), "end": .int(17), "topic": .string("sport"), "hits": .int(2)]),
                .object(["start": .int(5), "end": .int(99), "topic": .string("outside the text")]),
            ]))
        document.entities = [Entity(span: Span(0, 3), type: "PERSON", rule: "people:given-name", stage: "people")]
        document.recordProducer("exec", of: "topics")
        let explained = ExplainedDocument(
            document: document, catalog: RuleCatalog(entries: []), pipelineName: "p", stages: ["people", "exec"])
        XCTAssertEqual(
            explained.marks.map(\.label), ["topics", "PERSON"], "the span past the text is dropped; outer first")
        XCTAssertTrue(
            PlainView(explained).render().contains("1  1:1       0-17     topics  exec    "),
            PlainView(explained).render())
        XCTAssertTrue(PlainView(explained).render().contains("Ann scored twice.  (hits: 2 · topic: sport)"))
        let coloured = TerminalView(explained).render()
        XCTAssertTrue(coloured.contains("\u{1B}[2m⟦\u{1B}[0m\u{1B}[48;5;183;38;5;16mAnn"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[2m⟧topics · hits: 2 · topic: sport\u{1B}[0m"), coloured)
        let page = HTMLExplainPage(explained).render()
        XCTAssertTrue(page.contains("<span class=\"span\" data-type=\"topics\" data-n=\"1\""), page)
        XCTAssertTrue(page.contains("twice.<span class=\"lbl\">topics · hits: 2 · topic: sport</span></span>"))
        XCTAssertEqual(explained.ruleCounts.map(\.rule), ["people:given-name"], "spans without a rule are not rules")
    }

    func testNearestRuleIds() {
        let catalog = RuleCatalog(
            entries: ["MONEY", "MONEY.2", "PERCENT", "people:title", "pronoun", "list:ORG"].map {
                .init(stage: "s", rule: RuleDescription(id: $0, layer: .entities, pattern: ""))
            })
        XCTAssertEqual(catalog.nearest(to: "MONY", count: 2), ["MONEY", "MONEY.2"])
        XCTAssertEqual(catalog.nearest(to: "title", count: 1), ["people:title"])
        XCTAssertTrue(catalog.contains("list:ORG"))
        XCTAssertFalse(catalog.contains("ORG"))
    }
}
