import Foundation
import PCRE2
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// Rules search texts without non-ASCII letters with their letter properties as ASCII classes (``ASCIILetters``).
/// These tests pin which patterns are rewritten and check that the rewritten rules find exactly the matches of the
/// originals on such texts; `StartHintTests` compares the whole entities layer on the BBC corpus.
final class ASCIILettersTests: XCTestCase {
    private func rewrite(_ pattern: String, caseless: Bool = false, extended: Bool = false) -> String? {
        ASCIILetters.rewrite(pattern, caseless: caseless, extended: extended)
    }

    func testLetterPropertiesBecomeASCIIClasses() {
        XCTAssertEqual(
            rewrite("\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b"), "\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)+\\b")
        XCTAssertEqual(rewrite("\\b\\p{Lu}{2,}s?\\b"), "\\b[A-Z]{2,}s?\\b")
        XCTAssertEqual(rewrite("(?:\\p{Lu}[\\p{L}&-]*\\h){1,4}"), "(?:[A-Z][A-Za-z&-]*\\h){1,4}")
        XCTAssertEqual(rewrite("[^\\p{L}\\d]\\P{Lu}"), "[^A-Za-z\\d][^A-Z]")
        XCTAssertEqual(rewrite("[]\\p{Ll}]"), "[]a-z]", "a `]` first in a class is a literal")
        XCTAssertEqual(rewrite("\\\\p{Lu}\\p{L}"), "\\\\p{Lu}[A-Za-z]", "an escaped backslash is no property")
        XCTAssertEqual(rewrite("\\x{e9}\\p{Lu}[\\x{41}\\]\\p{Ll}]"), "\\x{e9}[A-Z][\\x{41}\\]a-z]")
        XCTAssertEqual(rewrite("(?=\\p{Lu})(?!The\\h)(?<n>\\p{Lu})"), "(?=[A-Z])(?!The\\h)(?<n>[A-Z])")
    }

    func testAnythingTheRewriteDoesNotFollowIsLeftAlone() {
        XCTAssertNil(rewrite("\\b\\w+\\b"), "no letter property")
        XCTAssertNil(rewrite("\\p{Lu}\\w+", caseless: true), "caseless: [A-Z] would match lower case")
        XCTAssertNil(rewrite("(?i)\\p{Lu}\\w+"), "an option setting")
        XCTAssertNil(rewrite("a(?i:\\p{Lu})"), "an option setting in a group")
        XCTAssertNil(rewrite("\\p{Lu} # capital", extended: true), "extended: comments may hold anything")
        XCTAssertNil(rewrite("\\Q\\p{Lu}\\E"), "quoted text")
        XCTAssertNil(rewrite("\\c[\\p{Lu}"), "a control escape")
        XCTAssertNil(rewrite("(*UCP)\\p{Lu}"), "a verb")
        XCTAssertNil(rewrite("[\\P{L}x]"), "a negated property inside a class")
        XCTAssertNil(rewrite("[\\p{L}-~]"), "a `-` after the property would make a range")
        XCTAssertNil(rewrite("[!-\\p{L}]"), "a `-` before the property")
        XCTAssertNil(rewrite("\\p{N}\\p{Lu}"), "another property")
        XCTAssertNil(rewrite("\\pL"), "the one-letter form")
        XCTAssertNil(rewrite("\\p{^Lu}"), "a negated name")
        XCTAssertNil(rewrite("\\p{lu}"), "a loosely written name")
        XCTAssertNil(rewrite("[[:alpha:]\\p{L}]"), "a POSIX class")
    }

    /// Every rewritten news rule, and patterns with the constructs the rewrite handles, against the original compiled
    /// with and without UCP on texts whose only letters are ASCII (with non-ASCII punctuation and symbols).
    func testRewrittenRulesFindTheSameMatchesOnTextsWithASCIILetters() throws {
        let file = try String(
            contentsOfFile: TestSupport.repositoryRoot + "/Pipelines/patterns/news.tsv", encoding: .utf8)
        var patterns = PatternFile.parse(file, path: "news.tsv").lines.map(\.pattern)
        patterns += [
            "\\P{Lu}+", "[^\\p{L}]+\\p{Ll}", "[\\p{Lu}\\d]{2,}", "\\b\\p{L}+'\\p{Ll}*", "(?<=\\p{Ll})\\P{L}",
            "(\\p{Lu})\\1", "\\p{Ll}{2}(?=\\P{Ll})",
        ]
        var random = SeededRandom(seed: 19)
        let pieces = [
            "The", "Bank", "of", "England", "BBC", "NATO's", "Acme Group plc", "said", "Mr", "J.", "K.", "Rowling", "a",
            "x", "Q", "1", "2005", "$1.3bn", "£600m", "4.5%", "10am", "GMT", "March", "3", "’s", "“Quoted”", "—", "-",
            "&", "'", ".", ",", " ", " ", " ", "\n", "\n\n", "\t", "€", "×", "AT&T", "McDonald", "O'Neil", "iPhone",
        ]
        var texts = [
            "Shares in Acme Group plc rose 4.5% to $1.13bn, said Mr. John Smith of the Bank of England.",
            "UEFA and FIFA met at 0900 GMT; “Frank Talks” £600m — Prime Minister Jane Doe.",
        ]
        for _ in 0..<300 {
            texts.append(
                (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                    .joined())
        }
        var rewritten = 0
        for pattern in patterns {
            let original = try PCRE2Regex(pattern, options: [.unicodeProperties])
            let twin = try PCRE2Regex(pattern, options: [])
            guard let ascii = rewrite(pattern) else { continue }
            rewritten += 1
            let fast = try PCRE2Regex(ascii, options: [])
            for text in texts {
                var text = text
                XCTAssertFalse(text.withUTF8 { EntitiesStage.needsUnicodeClasses($0) }, text)
                let expected = try original.matches(in: text)
                XCTAssertEqual(try twin.matches(in: text), expected, "\(pattern) on \(text)")
                XCTAssertEqual(try fast.matches(in: text), expected, "\(ascii) on \(text)")
            }
        }
        XCTAssertGreaterThanOrEqual(rewritten, 5 + 7, "PROPN, ACRONYM, the three ORG rules and the patterns above")
    }
}
