import Foundation
import XCTest

@testable import TextSegmentation

final class SentenceSplitterTests: XCTestCase {
    private func split(_ s: String, _ splitter: SentenceSplitter = SentenceSplitter(headlineIsSentence: false))
        -> [String]
    {
        FixtureSupport.sentences(s, splitter: splitter)
    }

    /// The Golden-Rules-style set in Fixtures/golden_rules.json: at least 47 of 48 must pass, with `headline: false`
    /// and with the default splitter (single-line texts have no headline).
    func testGoldenRules() throws {
        try checkGoldenRules(SentenceSplitter(headlineIsSentence: false))
    }

    func testGoldenRulesWithDefaultOptions() throws {
        try checkGoldenRules(SentenceSplitter())
    }

    private func checkGoldenRules(_ splitter: SentenceSplitter) throws {
        let root = try XCTUnwrap(
            JSONSerialization.jsonObject(with: FixtureSupport.fixture("golden_rules.json")) as? [String: Any])
        let rules = try XCTUnwrap(root["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, 48)
        var passed = 0
        for rule in rules {
            let input = try XCTUnwrap(rule["input"] as? String)
            let expected = try XCTUnwrap(rule["expected"] as? [String])
            let got = split(input, splitter)
            if got == expected {
                passed += 1
            } else {
                print(
                    "golden rule \(rule["id"] ?? "?") \(rule["name"] ?? "") failed\n  expected \(expected)\n  got      \(got)"
                )
            }
        }
        print("golden rules passed: \(passed)/\(rules.count)")
        XCTAssertGreaterThanOrEqual(passed, 47)
    }

    func testHeadlineAndParagraphs() {
        let text = "Shell to pay $1m to ex-boss\n\nShell is to pay $1m. It said so\n\nA new paragraph. Done."
        XCTAssertEqual(
            FixtureSupport.sentences(text),
            [
                "Shell to pay $1m to ex-boss", "Shell is to pay $1m.", "It said so", "A new paragraph.", "Done.",
            ])
        XCTAssertEqual(
            FixtureSupport.sentences("\n\n  Headline? Yes\nBody. More."), ["Headline? Yes", "Body.", "More."])
    }

    /// Only a short first line without final punctuation, followed by a line break that does not continue it, is a
    /// headline; anything else is prose.
    func testHeadlineOnlyWhenItLooksLikeOne() {
        let splitter = SentenceSplitter()
        // One line, no line break: prose.
        XCTAssertEqual(
            FixtureSupport.sentences("Prices rose. Markets fell", splitter: splitter), ["Prices rose.", "Markets fell"])
        // A first paragraph of prose.
        XCTAssertEqual(
            FixtureSupport.sentences("Prices rose sharply. Markets fell.\n\nThen calm.", splitter: splitter),
            ["Prices rose sharply.", "Markets fell.", "Then calm."])
        // A short first paragraph of prose whose last sentence has no full stop.
        XCTAssertEqual(
            FixtureSupport.sentences("The PM spoke. He met Vladimir Putin\n\nToo many said no.", splitter: splitter),
            ["The PM spoke.", "He met Vladimir Putin", "Too many said no."])
        XCTAssertEqual(
            FixtureSupport.sentences("Mr. Blair resigns\n\nHe said so.", splitter: splitter),
            ["Mr. Blair resigns", "He said so."])
        // Final punctuation: not a headline, but the line break after it does not join it to the next line either.
        XCTAssertEqual(
            FixtureSupport.sentences("Is this the end?\nNo. It goes on.", splitter: splitter),
            ["Is this the end?", "No.", "It goes on."])
        // Hard-wrapped prose: the next line continues the first.
        XCTAssertEqual(
            FixtureSupport.sentences(
                "The company said on Monday that it\nwould cut 500 jobs. Shares fell.", splitter: splitter),
            ["The company said on Monday that it\nwould cut 500 jobs.", "Shares fell."])
        // Too long for a headline.
        let long =
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
        XCTAssertEqual(
            FixtureSupport.sentences(long + "\nNext line here.", splitter: splitter), [long + "\nNext line here."])
        // BBC style: headline, blank line, body; and a headline followed directly by its body.
        XCTAssertEqual(
            FixtureSupport.sentences(
                "Worldcom boss 'left books alone'\n\nFormer boss Bernie Ebbers spoke. He left.", splitter: splitter),
            ["Worldcom boss 'left books alone'", "Former boss Bernie Ebbers spoke.", "He left."])
        XCTAssertEqual(
            FixtureSupport.sentences("Oil prices fall back\nUS crude fell 32 cents. It rose later", splitter: splitter),
            ["Oil prices fall back", "US crude fell 32 cents.", "It rose later"])
    }

    func testTitlesAbbreviationsInitials() {
        XCTAssertEqual(
            split("Mr. Smith met Dr. Jones and Gen. Powell on Jan. 5 at Acme Inc. The talks failed."),
            ["Mr. Smith met Dr. Jones and Gen. Powell on Jan. 5 at Acme Inc.", "The talks failed."])
        XCTAssertEqual(
            split("J. K. Rowling wrote it. The U.S. Senate agreed. It rose 1.5% in v2.0.1 tests."),
            ["J. K. Rowling wrote it.", "The U.S. Senate agreed.", "It rose 1.5% in v2.0.1 tests."])
        XCTAssertEqual(split("Watch the SEC. The company said so."), ["Watch the SEC.", "The company said so."])
    }

    func testQuotes() {
        XCTAssertEqual(split("\"Why?\" he asked. She said nothing."), ["\"Why?\" he asked.", "She said nothing."])
        XCTAssertEqual(split("“Why?” he asked. She said nothing."), ["“Why?” he asked.", "She said nothing."])
        XCTAssertEqual(
            split("He attacked the \"regime.\" The PM replied."), ["He attacked the \"regime.\"", "The PM replied."])
        XCTAssertEqual(
            split("He attacked the “regime.” The PM replied."), ["He attacked the “regime.”", "The PM replied."])
        XCTAssertEqual(split("She said: 'It's over!' Then she left."), ["She said: 'It's over!'", "Then she left."])
    }

    func testEllipses() {
        XCTAssertEqual(split("It was... well, odd. Next."), ["It was... well, odd.", "Next."])
        XCTAssertEqual(
            split("It was a murky area... There will be questions."),
            ["It was a murky area...", "There will be questions."])
        XCTAssertEqual(
            split("It was a murky area… There will be questions."),
            ["It was a murky area…", "There will be questions."])
        XCTAssertEqual(
            split("I'm A Celebrity... Get Me Out Of Here ended."), ["I'm A Celebrity... Get Me Out Of Here ended."])
    }

    func testListsAndBullets() {
        XCTAssertEqual(
            split("Options:\n- cut rates\n- raise taxes", SentenceSplitter(headlineIsSentence: false)),
            ["Options:", "- cut rates", "- raise taxes"])
        XCTAssertEqual(split("• First point • Second point"), ["• First point", "• Second point"])
        XCTAssertEqual(split("1. Buy low 2. Sell high"), ["1. Buy low", "2. Sell high"])
    }

    func testNonASCII() {
        XCTAssertEqual(
            split("Zürich gewann. Österreich verlor. Café au lait? Oui."),
            ["Zürich gewann.", "Österreich verlor.", "Café au lait?", "Oui."])
        XCTAssertEqual(split("Он пришёл. Она ушла."), ["Он пришёл.", "Она ушла."])
    }

    func testCustomAbbreviations() {
        let s = SentenceSplitter(abbreviations: ["Chmn."], headlineIsSentence: false, titles: ["Chmn."])
        XCTAssertEqual(split("Ask Chmn. Jones. He knows.", s), ["Ask Chmn. Jones.", "He knows."])
        XCTAssertEqual(split("Ask Chmn. Jones. He knows."), ["Ask Chmn.", "Jones.", "He knows."])
        // Removing an abbreviation from the default list.
        let noInc = SentenceSplitter(
            abbreviations: SentenceSplitter.defaultAbbreviations.filter { $0 != "U.S." }, headlineIsSentence: false)
        XCTAssertEqual(split("The U.S. Senate met.", noInc), ["The U.S. Senate met."])  // still an initialism
        XCTAssertEqual(split("Cllr. Smith spoke."), ["Cllr. Smith spoke."])
        // Canadian, Australian and Nigerian titles are defaults too.
        XCTAssertEqual(split("Ask Coun. Bligh. Or Ald. Jones."), ["Ask Coun. Bligh.", "Or Ald. Jones."])
    }

    /// Passages taken from the BBC corpus.
    func testBBCNewsPassages() {
        let text = """
            $1m payoff for former Shell boss

            Shell is to pay $1m (£522,000) to the ex-finance chief who stepped down from her post in April 2004 after the firm over-stated its reserves.

            She was leaving "by mutual agreement to pursue other career opportunities", the firm said in a statement. In September, it paid £82.7m in fines to regulators. "I'd like to see Mr. Benn," he said. Viewers said: "This is a very murky area... There will inevitably be suspicions."
            """
        XCTAssertEqual(
            FixtureSupport.sentences(text),
            [
                "$1m payoff for former Shell boss",
                "Shell is to pay $1m (£522,000) to the ex-finance chief who stepped down from her post in April 2004 after the firm over-stated its reserves.",
                "She was leaving \"by mutual agreement to pursue other career opportunities\", the firm said in a statement.",
                "In September, it paid £82.7m in fines to regulators.",
                "\"I'd like to see Mr. Benn,\" he said.",
                "Viewers said: \"This is a very murky area...",
                "There will inevitably be suspicions.\"",
            ])
        XCTAssertEqual(
            split("the deal with the SEC. The company said it was unable to comment."),
            ["the deal with the SEC.", "The company said it was unable to comment."])
        XCTAssertEqual(
            split("said President George W. Bush, adding that the U.S. economy grew 3.5%. Shares rose."),
            ["said President George W. Bush, adding that the U.S. economy grew 3.5%.", "Shares rose."])
    }
}
