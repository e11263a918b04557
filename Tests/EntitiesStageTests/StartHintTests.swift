import Foundation
import PCRE2
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// Rules search with a start-hint lookahead in front of their pattern (``StartHint``). These tests check which
/// patterns get one, and that the hints never change a match: rule by rule on tricky texts, and the whole entities
/// layer of the default news configuration on Samples/ and the BBC corpus.
final class StartHintTests: XCTestCase {
    private func hint(_ pattern: String, _ options: PCRE2Regex.Options = [.unicodeProperties]) throws -> String? {
        StartHint.hintedPattern(for: try PCRE2Regex(pattern, options: options))
    }

    func testPropertyLedPatternsGetTheirFirstCharacters() throws {
        let upper = "(?=[\\x{41}-\\x{5A}\\x{C0}-\\x{10FFFF}])"
        XCTAssertEqual(
            try hint("\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b"),
            upper + "\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b")
        XCTAssertEqual(try hint("\\b\\p{Lu}{2,}s?\\b"), upper + "\\b\\p{Lu}{2,}s?\\b")
        XCTAssertEqual(try hint("(\\p{Lu})\\1"), upper + "(\\p{Lu})\\1")
        XCTAssertEqual(
            try hint("\\b(?=\\p{Lu})(?!(?:The|A)\\h)(?:\\p{Lu}\\p{L}+\\h){0,2}Bank"),
            upper + "\\b(?=\\p{Lu})(?!(?:The|A)\\h)(?:\\p{Lu}\\p{L}+\\h){0,2}Bank")
        XCTAssertEqual(
            try hint("\\p{Lu}+|[0-3]+"), "(?=[\\x{30}-\\x{33}\\x{41}-\\x{5A}\\x{C0}-\\x{10FFFF}])\\p{Lu}+|[0-3]+")
        XCTAssertNil(try hint("\\p{Lu}+|\\d+"), "36 ASCII characters: wider than a hint pays")
        XCTAssertEqual(
            try hint("\\b(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?\\h?(?:am|pm)\\b"),
            "(?=[\\x{30}-\\x{39}\\x{660}-\\x{10FFFF}])\\b(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?\\h?(?:am|pm)\\b",
            "UCP takes PCRE2's bitmap away from \\d; the reader gives it back")
        XCTAssertEqual(
            try hint("(?<name>[£$€])?\\d"), "(?=[\\x{24}\\x{30}-\\x{39}\\x{80}-\\x{10FFFF}])(?<name>[£$€])?\\d")
        XCTAssertEqual(try hint("(?<=\\s)\\p{Ll}\\pL+"), "(?=[\\x{61}-\\x{7A}\\x{80}-\\x{10FFFF}])(?<=\\s)\\p{Ll}\\pL+")
    }

    func testNarrowBitmapsAreHintedAndWideOrFixedOnesAreNot() throws {
        XCTAssertEqual(
            try hint("\\b(?:[01]?\\d|2[0-3])\\h?(?:am|pm)\\b", []),
            "(?=[\\x{30}-\\x{39}])\\b(?:[01]?\\d|2[0-3])\\h?(?:am|pm)\\b")
        XCTAssertNil(try hint("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b"), "65 starting characters: left to PCRE2")
        XCTAssertNil(try hint("https?://\\S+"), "a fixed first code unit is found with memchr already")
        XCTAssertNil(try hint("^\\p{Lu}", [.unicodeProperties, .multiline]), "line starts are PCRE2's own business")
        let pound = try XCTUnwrap(try hint("£\\d+|€\\d+"))
        XCTAssertTrue(pound.hasPrefix("(?=[\\x{80}-\\x{10FFFF}])"), pound)
    }

    func testUnreadablePatternsGetNoHint() throws {
        XCTAssertNil(try hint("\\p{Lu}+|x?"), "an alternative that may match nothing")
        XCTAssertNil(try hint("\\p{Lu}+|.x"), "an item the reader does not know")
        XCTAssertNil(try hint("[^a]\\p{Lu}"), "a negated class")
        XCTAssertNil(try hint("\\b\\w+@\\w+"), "as wide as a word character")
        XCTAssertNil(try hint("(?i)\\p{Lu}\\w+"), "an option setting")
        XCTAssertNil(try hint("\\p{Lu}\\w+", [.unicodeProperties, .caseless]), "the i flag")
        XCTAssertNil(try hint("\\p{Lu} \\w+", [.unicodeProperties, .extended]), "the x flag")
        XCTAssertNil(try hint("\\p{Lu}?.x"), "an optional first item, then one the reader does not know")
        XCTAssertNil(try hint("\\p{Lu}{0,3}"), "only optional items")
        XCTAssertNil(try hint("\\p{Lu}(?R)?x"), "whole-pattern recursion")
        XCTAssertNil(try hint("(*UCP)\\p{Lu}\\w+"), "a leading verb")
        XCTAssertNil(
            try hint("\\p{Lu}(*COMMIT)\\w+"), "a backtracking verb: its result depends on where attempts start")
        XCTAssertNil(try hint("(?=\\d)(*COMMIT)\\d+x"), "even when PCRE2 has a bitmap")
        XCTAssertNil(try hint("\\Q\\p{Lu}\\E"), "quoted text")
        XCTAssertNil(try hint("\\P{Lu}\\w+"), "a negated property")
        XCTAssertNil(try hint("(a)?(?(1)\\p{Lu}|\\p{Ll})x"), "a condition")
        XCTAssertEqual(try hint("[|(]\\p{Lu}"), "(?=[\\x{28}\\x{7C}])[|(]\\p{Lu}", "a class first: PCRE2's own bitmap")
    }

    func testHintedPatternsFindTheSameMatches() throws {
        let texts = [
            "Łukasz Ödegaard met ÉLAN and NATO's Jens Stoltenberg at 10am and 2300 GMT. The Bank of England said so.",
            "ÀÉÎ Ça va. Über Straße, ﬁ ΣΟΦΙΑ Σοφία. “Quoted Words” ’Tis 12.30pm; x9am 7 pm.",
            "", "A", "é", "Ab Cd", "\u{00D7}Times Square\u{00D7}",
        ]
        let patterns = [
            "\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b", "\\b\\p{Lu}{2,}s?\\b", "(?=\\p{Lu})\\p{L}+",
            "\\b(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d|[0-5]\\d)?\\h?(?:GMT|BST|am|pm)\\b", "\\p{Ll}\\pL", "\\p{Ll}+",
            "(?<!x)(?:\\p{Lu}|[0-3])\\S*",
        ]
        for pattern in patterns {
            for options: PCRE2Regex.Options in [[.unicodeProperties], []] {
                let plain = try PCRE2Regex(pattern, options: options)
                let hinted = try XCTUnwrap(
                    StartHint.compile(plain, matchLimit: 10_000_000, depthLimit: 100_000), pattern)
                for text in texts {
                    XCTAssertEqual(try hinted.matches(in: text), try plain.matches(in: text), "\(pattern) on \(text)")
                }
            }
        }
    }

    func testEntitiesLayerIsIdenticalWithAndWithoutHintsOnSamplesAndCorpus() throws {
        let root = TestSupport.repositoryRoot + "/Pipelines"
        let pipeline = try PipelineLoader(registry: StageRegistry([EntitiesStage.self]))
            .load(
                yaml: """
                    stages:
                      - entities:
                          patterns_file: \(root)/patterns/news.tsv
                          currencies: \(root)/currencies.tsv
                          lists:
                            LOCATION: [\(root)/lists/countries.txt, \(root)/lists/capitals.txt, \(root)/lists/cities.txt]
                            ORG: \(root)/lists/organisations.txt
                          lists_case_sensitive: true
                          overlap: priority
                    """, path: "hints.yaml")
        let hinted = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        XCTAssertGreaterThanOrEqual(
            hinted.rules.filter { $0.hinted != nil }.count, 6, "PROPN, ACRONYM, three ORG rules and TIME")
        XCTAssertEqual(
            hinted.rules.filter { $0.requiredText != nil }.map(\.type).sorted(),
            ["DATE", "ORG", "ORG", "ORG", "QUANTITY", "TIME", "YEAR"],
            "the rules that skip documents lacking their words")
        XCTAssertEqual(
            hinted.rules.filter { $0.asciiLetters != nil }.map(\.type).sorted(),
            ["ACRONYM", "MONEY", "ORG", "ORG", "ORG", "PROPN"], "the rules whose letter properties become ASCII classes"
        )
        var plain = hinted
        plain.startHints = false
        var paths = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.repositoryRoot + "/Samples")
            .filter { $0.hasSuffix(".txt") }.map { TestSupport.repositoryRoot + "/Samples/" + $0 }
        XCTAssertFalse(paths.isEmpty)
        if let corpus = TestSupport.bbcCorpus {
            paths += try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }
                .sorted()
                .map { corpus + "/" + $0 }
        } else {
            print(
                "BBC corpus absent (set TEXTMINE_BBC_CORPUS or place it at ../shared/corpora/bbc-news): comparing on Samples/ only"
            )
        }
        var compared = 0
        var entities = 0
        for path in paths {
            var a = Document(id: path, text: try String(contentsOfFile: path, encoding: .utf8))
            var b = a
            try hinted.process(&a)
            try plain.process(&b)
            XCTAssertEqual(a.entities, b.entities, path)
            compared += 1
            entities += a.entities.count
        }
        print("entities identical with and without start hints on \(compared) documents (\(entities) entities)")
        XCTAssertGreaterThan(entities, 0)
    }
}

/// A rule skips documents that lack a punctuation byte all its matches contain (``RequiredByte``).
final class RequiredByteTests: XCTestCase {
    private func required(_ pattern: String) -> String? {
        RequiredByte.find(in: pattern, caseless: false, extended: false).map { String(UnicodeScalar($0)) }
    }

    func testFindsPunctuationEveryMatchContains() {
        XCTAssertEqual(required("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b"), "@")
        XCTAssertEqual(required("\\bhttps?://[^\\s<>\"]+"), ":")
        XCTAssertEqual(required("\\p{Lu}{2,}\\#x"), "#", "an escaped literal after a property escape")
        XCTAssertEqual(required("(?:ab)?%"), "%")
    }

    func testLeavesOutWhatAMatchMayLack() {
        XCTAssertNil(
            required("\\b\\p{Lu}[\\p{L}&]*\\s+(?:Inc|Ltd)\\b"), "`{`, `}` and `&` of a property escape and a class")
        XCTAssertNil(required("\\p{Lu}\\p{Ll}+"), "braces of a property escape are not literals")
        XCTAssertNil(required("x@?y"), "optional")
        XCTAssertNil(required("x@{0,2}y"), "optional")
        XCTAssertNil(required("a|b@c"), "only one branch has it")
        XCTAssertNil(required("(?:a|@)b"), "inside a group")
        XCTAssertNil(required("(?<=@)\\w+"), "inside a lookbehind")
        XCTAssertNil(required("[@]x"), "inside a class")
        XCTAssertNil(required("\\d+\\.\\d+"), "a full stop is in every document anyway")
        XCTAssertNil(required("(?<word>\\b\\w+\\b)\\s+\\k<word>\\b"), "the `<` of a named back reference is no literal")
        XCTAssertNil(required("(a)\\1'#"), "nor are the digits of a numbered one: the reader gives up")
        XCTAssertNil(required("\\x{40}y"), "an escape with an argument")
        XCTAssertNil(required("(?'w'\\w+) \\k'w'"), "the quotes of a named back reference")
        XCTAssertNil(RequiredByte.find(in: "a@b", caseless: false, extended: true), "the x flag")
    }

    func testAbsenceIsOneMemchr() {
        var text = "no at sign here"
        var other = "a@b"
        XCTAssertTrue(text.withUTF8 { RequiredByte.isAbsent(0x40, from: $0) })
        XCTAssertFalse(other.withUTF8 { RequiredByte.isAbsent(0x40, from: $0) })
    }
}
