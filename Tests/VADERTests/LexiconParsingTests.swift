import XCTest

@testable import VADER

/// Lexicon text is read on bytes for ASCII lines: the entries must be those of reading every line by Characters
/// (split at LF and CRLF, Python's strip, the first two tab-separated fields), whatever the spaces, CRs, tabs,
/// non-ASCII and unparsable values.
final class LexiconParsingTests: XCTestCase {
    private func characterReading(_ text: String) -> [String: Double] {
        var entries: [String: Double] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            parseLexiconLine(line, into: &entries)
        }
        return entries
    }

    func testByteReadingIsTheCharacterReading() {
        let pieces = [
            "\n", "\r\n", "\r", "\t", " ", "\u{0B}", "\u{1C}", "\u{A0}", "\u{2003}", "good", "bad", "é", "e\u{301}",
            ":-)", "1.5", "-2", "0.3e1", "nan", "inf", "1,5", "x", "\t1.0\t", "[1, 2]", "\u{301}",
        ]
        var random = Pieces(seed: 7)
        func next(_ bound: Int) -> Int { random.next(bound) }
        var entered = 0
        for _ in 0..<3000 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
            var bytes: [String: Double] = [:]
            parseLexicon(text, into: &bytes)
            XCTAssertEqual(bytes, characterReading(text), "lexicon \(text.debugDescription)")
            entered += bytes.count
        }
        XCTAssertGreaterThan(entered, 300, "the random lines must make entries")
    }

    func testTheEmbeddedLexiconReadsAsByCharacters() {
        var bytes: [String: Double] = [:]
        var characters: [String: Double] = [:]
        for chunk in LexiconData.vaderLexicon {
            parseLexicon(chunk, into: &bytes)
            for line in chunk.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                parseLexiconLine(line, into: &characters)
            }
        }
        XCTAssertEqual(bytes.count, 7506)
        XCTAssertEqual(bytes, characters)
    }

    /// The emoji lexicon read by Characters, as before the byte reading.
    private func characterEmojiReading(_ chunks: [String]) -> [(scalar: UInt32, description: [UInt8])] {
        var out: [(scalar: UInt32, description: [UInt8])] = []
        for chunk in chunks {
            for rawLine in chunk.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                let fields = pythonStrip(rawLine).split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count >= 2 else { continue }
                let key = fields[0].unicodeScalars
                guard key.count == 1, let scalar = key.first else { continue }
                out.append((scalar.value, Array(fields[1].utf8)))
            }
        }
        return out
    }

    func testEmojiLinesReadOnBytesAsByCharacters() {
        let pieces = [
            "\n", "\r\n", "\r", "\t", " ", "\u{A0}", "\u{1F600}", "\u{1F44D}\u{1F3FD}", "\u{301}", "x", "grinning face",
            "\u{2764}\u{FE0F}", "\u{200D}",
        ]
        var random = Pieces(seed: 3)
        func next(_ bound: Int) -> Int { random.next(bound) }
        var entered = 0
        for _ in 0..<3000 {
            let chunks = (0..<(1 + next(2))).map { _ in (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            }
            let bytes = parseEmojiLexicon(chunks)
            let characters = characterEmojiReading(chunks)
            XCTAssertEqual(bytes.map(\.scalar), characters.map(\.scalar), "emoji \(chunks.debugDescription)")
            XCTAssertEqual(bytes.map(\.description), characters.map(\.description), "emoji \(chunks.debugDescription)")
            entered += bytes.count
        }
        XCTAssertGreaterThan(entered, 100, "the random lines must make entries")
        let embedded = parseEmojiLexicon(LexiconData.emojiLexicon)
        let reference = characterEmojiReading(LexiconData.emojiLexicon)
        XCTAssertGreaterThan(embedded.count, 1000)
        XCTAssertEqual(embedded.map(\.scalar), reference.map(\.scalar))
        XCTAssertEqual(embedded.map(\.description), reference.map(\.description))
    }
}

/// A seeded generator of small numbers, for the random lexicon texts.
private struct Pieces {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number below `bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// The emoji pre-pass skips eight bytes at a time when they are plain ASCII (no `!`, `?` or byte above 0x7F): the
/// word test must agree with the byte-by-byte definition, and scores must not depend on where `!` and `?` fall.
final class PlainASCIIWordTests: XCTestCase {
    func testWordTestIsTheByteDefinition() {
        let bytes: [UInt8] = [0x20, 0x21, 0x3F, 0x41, 0x61, 0x7F, 0x80, 0xC3, 0xFF, 0x00, 0x20, 0x2E]
        var random = Pieces(seed: 5)
        for _ in 0..<100_000 {
            let lanes = (0..<8).map { _ in bytes[random.next(bytes.count)] }
            let word = lanes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let plain = lanes.allSatisfy { $0 < 0x80 && $0 != 0x21 && $0 != 0x3F }
            XCTAssertEqual(SentimentAnalyzer.isPlainASCII(word), plain, "\(lanes)")
        }
    }

    func testPunctuationCountsWhereverTheWordsFall() {
        let analyzer = SentimentAnalyzer()
        // Leading spaces make no token, so every padding must score alike, wherever `!` and `?` fall in the words.
        for text in ["a good day for the club!!! is it?", "bad news?? really bad!", "Great!!!!", "fine, fine?"] {
            let reference = analyzer.scores(for: text)
            for padding in 1..<17 {
                let scores = analyzer.scores(for: String(repeating: " ", count: padding) + text)
                XCTAssertEqual(scores.compound, reference.compound, "\(padding) spaces before \(text)")
                XCTAssertEqual(scores.positive, reference.positive, "\(padding) spaces before \(text)")
            }
        }
    }
}
