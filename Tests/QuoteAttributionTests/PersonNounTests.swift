import QuoteAttribution
import XCTest

/// The caller's person nouns (`person_nouns`, WordNet's `noun.person` in news.yaml): a description headed by one is a
/// person's (`the youngster said`, `politics student Nick Vaughan`, `one dealer … told Reuters`), resolved only to
/// someone the article wrote with the noun, never to whoever spoke last.
final class PersonNounTests: XCTestCase {
    /// A few of the list's nouns; the built-in titles know none of them.
    static let nouns: QuoteOptions = {
        var o = QuoteOptions()
        o.personNouns = ["student", "dealer", "youngster", "grandmother", "batsman"]
        return o
    }()

    /// The speaker of the quote starting with `quote` with and without the nouns, the same in straight and curly marks.
    func speakers(_ body: String, _ quote: String, file: StaticString = #filePath, line: UInt = #line) -> (
        with: String?, without: String?
    ) {
        func speaker(_ options: QuoteOptions) -> String? {
            let found = [body, curly(body)].map { text in
                Run("Conference report\n\n" + text, options: options).quote(quote, file: file, line: line)?.speaker
            }
            XCTAssertEqual(found[0], found[1], "straight and curly marks disagree", file: file, line: line)
            return found[0]
        }
        return (speaker(Self.nouns), speaker(QuoteOptions()))
    }

    /// `said 20-year-old politics student Nick Vaughan`: the noun before the name makes the subject after the verb.
    func testANounBeforeANameAfterTheCue() {
        let found = speakers(
            "Michael Howard spoke in Brighton. \"It was good,\" said Oliver Letwin.\n\nTory morale is high. \"It has been a fantastic few weeks,\" said 20-year-old politics student Nick Vaughan.",
            "It has been")
        XCTAssertEqual(found.with, "Nick Vaughan")
        XCTAssertNotEqual(found.without, "Nick Vaughan")
    }

    /// `one dealer, who asked not to be named, told Reuters …`: the unnamed dealer spoke, not the analyst named before;
    /// and `he said` after it goes on with the dealer (the `quotes` stage names no one for a description no one is
    /// named by).
    func testAnUnnamedDescriptionKeepsTheQuoteFromTheLastNamedSpeaker() {
        let body =
            "\"It is a result,\" said Nick Bubb, an analyst at Evolution Securities. However, one dealer, who asked not to be named, told Reuters the performance was \"not what people had hoped for\". \"Christmas has been tough for the whole sector,\" he said."
        let partial = speakers(body, "not what people")
        XCTAssertEqual(partial.with, "one dealer")
        XCTAssertNil(partial.without)
        let next = speakers(body, "Christmas has been")
        XCTAssertEqual(next.with, "one dealer")
        XCTAssertEqual(next.without, "Nick Bubb")
    }

    /// `"It is incredible," the youngster said`: the person introduced before, whom a word for what a known person is
    /// (`youngster`, `filmmaker`) describes as the built-in role words do; without the noun the quote had no speaker.
    func testTheYoungsterSaid() {
        let found = speakers(
            "Meanwhile, Perpignan centre Jean-Philippe Granclaude is delighted to have received his first call-up. \"It is incredible,\" the youngster said.",
            "It is incredible")
        XCTAssertEqual(found.with, "Jean-Philippe Granclaude")
        XCTAssertNil(found.without)
    }

    /// A cue inside a quote is the quoted speaker's, not a description subject for `she` (`"My grandmother testified
    /// …," she said` is Tanya Antone's).
    func testACueInsideTheQuoteIsNoSubjectForThePronoun() {
        let found = speakers(
            "Chairwoman Tanya Antone said her tribe had waited long enough.\n\n\"My grandmother testified about this water in 1985,\" she said. \"She did not live to see this day.\"",
            "My grandmother")
        XCTAssertEqual(found.with, "Tanya Antone")
        XCTAssertEqual(found.without, "Tanya Antone")
    }

    /// `The wicketkeeper-batsman also hailed …` ¶ `"Q," he said`: a definite description that resolves to no one named
    /// with it refers back to the man who spoke before (the engine names him as written; the `quotes` stage gives the
    /// full name).
    func testACompoundPersonNounRefersBackToTheSpeaker() {
        // (`tight-head` is a rugby position, no `head`: the description is no subject for `he`)
        for (body, quote, speaker) in [
            (
                "Pakistan captain Sarfraz Ahmed was pleased. \"We hosted them here,\" said Sarfraz.\n\nThe wicketkeeper-batsman also hailed the fans.\n\n\"Karachiites proved it,\" he said.",
                "Karachiites", "Sarfraz"
            ),
            (
                "Tough-scrummaging prop Julian White is in form.\n\nThe Leicester tight-head is in the form of his life. \"The Welsh scrum is a force,\" he told BBC Sport.",
                "The Welsh scrum", "Julian White"
            ),
        ] {
            let found = speakers(body, quote)
            XCTAssertEqual([found.with, found.without], [speaker, speaker], quote)
        }
    }
}
