import QuoteAttribution
import TextMineTesting
import XCTest

/// The rules index tokens around a cue and a subject; at a text's first or last token there is nothing before or after.
/// Random texts made of the words the rules read (cues, titles, speaker nouns in capitals and not, pronouns,
/// determiners, every quotation mark, punctuation, paragraph breaks) must all come through without a trap: one bad
/// article stops a whole run.
final class RandomTextTests: XCTestCase {
    static let words = """
        PARENTS Parents parents OFFICIALS officials The THE the A a He he She she It it They I We Police POLICE police \
        Minister minister spokesman SPOKESMAN Mr Mrs Dr Judge Council council Residents company firm statement report \
        Sources critics Despite But However July Monday M&S AT&T & Tom Hill Ann Lee Smith youngster dealer 31-year-old \
        Labour PC Cllr Colr. said says told added warned calling for have has said: claims accused branded called \
        described as asked according to who which that of by with in at on and , . : ; ? ! - — ( ) ’s “ ” " ' ‘ ’ « » \
        34 BBC UK Jr. III van al- O'Neill
        """.split(separator: " ").map(String.init) + ["\n", "\n\n"]

    /// `PARENTS are calling for …` opening a text: a bare description at the first token (the `the company said` test
    /// read the word before it, at index -1).
    func testABareDescriptionOpeningTheText() {
        let text =
            "PARENTS are calling for a headteacher to resign after he staged a 'World War Three' hoax on his pupils."
        XCTAssertEqual(Run(text).quotes.count, 1)
    }

    func testRandomTextsOfTheRulesWords() {
        var random = SeededRandom(seed: 2026_12_02)
        var quotes = 0
        for _ in 0..<1_000 {
            let count = Int.random(in: 1...60, using: &random)
            let text = (0..<count).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ")
            quotes += Run(text).quotes.count
            quotes += Run("Headline\n\n" + text).quotes.count
        }
        XCTAssertGreaterThan(quotes, 300, "the texts should hold quotations for the rules to read")
    }
}
