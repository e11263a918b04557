import Dispatch
import Synchronization
import VADER
import XCTest

/// Focused tests, one group per VADER rule. Expected values are the output of
/// vaderSentiment 3.3.2's `polarity_scores` for the same text.
final class RuleTests: XCTestCase {
    let analyzer = SentimentAnalyzer()

    private func check(
        _ text: String, _ neg: Double, _ neu: Double, _ pos: Double, _ compound: Double,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let got = analyzer.scores(for: text)
        let expected = SentimentScores(negative: neg, neutral: neu, positive: pos, compound: compound)
        XCTAssertEqual(got, expected, "\(text.debugDescription)", file: file, line: line)
        let viaBytes = Array(text.utf8).withUnsafeBufferPointer { analyzer.scores(utf8: $0) }
        XCTAssertEqual(viaBytes, got, "utf8 API: \(text.debugDescription)", file: file, line: line)
    }

    private func compound(_ text: String) -> Double { analyzer.scores(for: text).compound }

    func testPlainLexiconWords() {
        check("good", 0.0, 0.0, 1.0, 0.4404)
        check("The movie was good.", 0.0, 0.508, 0.492, 0.4404)
        check("The book was good.", 0.0, 0.508, 0.492, 0.4404)
    }

    func testEmptyAndNonLexicalText() {
        check("", 0, 0, 0, 0)
        check("   ", 0, 0, 0, 0)
        check("!!!", 0.0, 1.0, 0.0, 0.0)
        check("I waited at the bus stop.", 0.0, 1.0, 0.0, 0.0)
        XCTAssertEqual([UInt8]().withUnsafeBufferPointer { analyzer.scores(utf8: $0) }, .zero)
    }

    func testNegation() {
        check("The movie was not good.", 0.376, 0.624, 0.0, -0.3412)
        check("The movie wasn't good.", 0.445, 0.555, 0.0, -0.3412)  // any token containing n't
        check("The movie was never so good.", 0.0, 0.53, 0.47, 0.6626)  // "never so" intensifies
        check("It was never this good at all.", 0.0, 0.602, 0.398, 0.6084)
        check("It was without doubt good.", 0.0, 0.375, 0.625, 0.6136)  // "without doubt" is not negation
        check("It was so good.", 0.0, 0.445, 0.555, 0.5777)
    }

    func testNo() {
        check("no", 1.0, 0.0, 0.0, -0.296)  // "no" alone is a lexicon word
        check("No good.", 0.706, 0.294, 0.0, -0.3412)  // "no" before a lexicon word negates it
        check("There was no joy or happiness.", 0.6, 0.4, 0.0, -0.7181)  // no X or Y
        check("I have no problem", 0.0, 0.571, 0.429, 0.3089)
    }

    func testBoostersAndDampeners() {
        check("The movie was very good.", 0.0, 0.556, 0.444, 0.4927)
        check("The movie was kind of good.", 0.0, 0.657, 0.343, 0.3832)
        check("The movie was sort of good.", 0.0, 0.657, 0.343, 0.3832)
        check("kind of", 0.0, 1.0, 0.0, 0.0)
        check("It was kind of them.", 0.0, 1.0, 0.0, 0.0)
        XCTAssertGreaterThan(compound("extremely good"), compound("good"))
        XCTAssertLessThan(compound("slightly good"), compound("good"))
    }

    func testAllCaps() {
        check("The movie was GOOD.", 0.0, 0.452, 0.548, 0.5622)
        check("The movie was VERY good.", 0.0, 0.505, 0.495, 0.6028)
        check("THE MOVIE WAS GOOD.", 0.0, 0.508, 0.492, 0.4404)  // all caps: no differential
        check("THE CAFÉ WAS GREAT.", 0.0, 0.423, 0.577, 0.6249)  // Unicode isupper()
    }

    func testPunctuationEmphasis() {
        check("The movie was good!", 0.0, 0.484, 0.516, 0.4926)
        check("The movie was good!!!!!!", 0.0, 0.424, 0.576, 0.6209)  // at most 4 count
        check("Is it good?", 0.0, 0.408, 0.592, 0.4404)  // a single ? adds nothing
        check("Is it good??", 0.0, 0.38, 0.62, 0.504)
        check("Is it good????", 0.0, 0.341, 0.659, 0.594)
    }

    func testBut() {
        check("The food was good, but the service was bad.", 0.347, 0.511, 0.142, -0.5859)
        // Repeated equal values: the reference scales the first equal value again.
        check("It was good but good but good.", 0.0, 0.293, 0.707, 0.8641)
    }

    func testLeast() {
        check("At least it was good.", 0.0, 0.58, 0.42, 0.4404)
        check("It was the least good film.", 0.325, 0.675, 0.0, -0.3412)
        check("Least good.", 0.706, 0.294, 0.0, -0.3412)
    }

    func testSpecialCasesAndIdioms() {
        check("That is the shit.", 0.0, 0.429, 0.571, 0.6124)
        check("This cake is to die for.", 0.438, 0.562, 0.0, -0.5994)
        check("It was a kiss of death.", 0.556, 0.444, 0.0, -0.6124)
        check("the shit hit the fan", 0.404, 0.337, 0.258, -0.3182)
        check("She is so badass.", 0.0, 0.49, 0.51, 0.4795)
    }

    func testEmoticonsAndTokenization() {
        check("I am happy :)", 0.0, 0.23, 0.77, 0.7717)
        check(":-Þ", 0.0, 1.0, 0.0, 0.0)  // lexicon key ":-Þ" never matches: lookups are lowercased
        check("good\u{00A0}day", 0.0, 0.256, 0.744, 0.4404)  // Unicode whitespace splits
    }

    func testEmoji() {
        check("I love it 😍", 0.0, 0.41, 0.59, 0.802)
        check("😁😁", 0.0, 0.571, 0.429, 0.7184)
        check("hello😀world", 0.0, 0.444, 0.556, 0.3612)  // description glues to the next word
        check("Great job 👍 ON! 🔛", 0.0, 0.562, 0.438, 0.6892)  // "ON! arrow": its ! counts
    }

    func testLabel() {
        XCTAssertEqual(analyzer.scores(for: "good").label, .positive)
        XCTAssertEqual(analyzer.scores(for: "bad").label, .negative)
        XCTAssertEqual(analyzer.scores(for: "table").label, .neutral)
    }

    // MARK: Lexicon

    func testStandardLexicon() {
        let lexicon = Lexicon.standard
        XCTAssertEqual(lexicon.count, 7506)
        XCTAssertEqual(lexicon.valence(of: "good"), 1.9)
        XCTAssertEqual(lexicon.valence(of: ":)"), 2.0)
        XCTAssertEqual(lexicon.valence(of: "$:"), -1.5)
        XCTAssertNil(lexicon.valence(of: "table"))
    }

    func testCustomLexicons() {
        let vader = Lexicon(vaderFormat: "fab\t3.0\t0.5\t[3, 3]\r\nmeh\t-1.0\t0.2\t[-1]\n\nfab\t2.0\t0\t[]\n")
        XCTAssertEqual(vader.count, 2)
        XCTAssertEqual(vader.valence(of: "fab"), 2.0)  // later duplicate wins
        let simple = Lexicon(simple: "fab\t2\nMeh\t-1\nbroken line\n")
        XCTAssertEqual(simple.count, 2)
        let analyzer = SentimentAnalyzer(lexicon: simple)
        XCTAssertEqual(
            analyzer.scores(for: "so fab").compound,
            SentimentAnalyzer(lexicon: Lexicon(valences: ["fab": 2])).scores(for: "so fab").compound)
        XCTAssertGreaterThan(analyzer.scores(for: "FAB").compound, 0)
        // Keys are matched against lowercased tokens, so "Meh" never matches.
        XCTAssertEqual(analyzer.scores(for: "Meh").compound, 0)
        XCTAssertEqual(analyzer.scores(for: "good").compound, 0)
    }

    func testOverriding() {
        let lexicon = Lexicon.standard.overriding(["good": -1.9, "textmine": 3.0])
        let custom = SentimentAnalyzer(lexicon: lexicon)
        XCTAssertEqual(custom.scores(for: "good").compound, -analyzer.scores(for: "good").compound)
        XCTAssertGreaterThan(custom.scores(for: "TextMine").compound, 0)
        XCTAssertEqual(Lexicon.standard.valence(of: "good"), 1.9)  // original unchanged
        XCTAssertEqual(lexicon.count, Lexicon.standard.count + 1)
    }

    func testNonASCIILowercasing() {
        let lexicon = Lexicon(valences: ["café": 2.0, "straße": -2.0])
        let custom = SentimentAnalyzer(lexicon: lexicon)
        XCTAssertEqual(custom.scores(for: "CAFÉ").compound, custom.scores(for: "café").compound)
        XCTAssertGreaterThan(custom.scores(for: "Café").compound, 0)
        XCTAssertLessThan(custom.scores(for: "STRAßE").compound, 0)
    }

    func testInvalidUTF8DoesNotCrash() {
        let bytes: [UInt8] = [0x67, 0x6F, 0x6F, 0x64, 0x20, 0xFF, 0xC3, 0x20, 0xE2, 0x80, 0x20, 0xF0, 0x9F]
        let scores = bytes.withUnsafeBufferPointer { analyzer.scores(utf8: $0) }
        XCTAssertGreaterThan(scores.compound, 0)
    }

    func testConcurrentUse() {
        let texts = ["The movie was good, but the ending was bad!!", "I love it 😍", "NOT GOOD at all", "meh"]
        let shared = self.analyzer
        let expected = texts.map { shared.scores(for: $0) }
        // Each worker counts its mismatches; the assertion runs on the test's own thread (XCTest assertions are not
        // meant to be called from many threads at once).
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<200 {
                for (text, want) in zip(texts, expected) where shared.scores(for: text) != want {
                    mismatches.withLock { $0 += 1 }
                }
            }
        }
        XCTAssertEqual(mismatches.withLock { $0 }, 0, "scores differed under concurrent use")
    }

    func testLongText() {
        let paragraph = String(repeating: "The results were good but the outlook is not great! ", count: 2000)
        let scores = analyzer.scores(for: paragraph)
        XCTAssertTrue(scores.compound.isFinite)
        XCTAssertEqual(scores.negative + scores.neutral + scores.positive, 1.0, accuracy: 0.002)
    }
}
