import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import ReadabilityStage

final class ReadabilityStageTests: XCTestCase {
    /// A document with hand-made layers: tokens are runs of letters/digits/apostrophes or single punctuation marks,
    /// sentences end after `.`, `!` or `?` (the `tokenize` and `sentences` stages are not needed here).
    static func document(_ text: String) -> Document {
        var document = Document(id: "t.txt", text: text)
        let bytes = document.utf8
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == 0x27
        }
        var index = 0
        var sentenceStart: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A {
                index += 1
                continue
            }
            let start = index
            if isWordByte(byte) {
                while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            } else {
                index += 1
            }
            document.tokens.append(Token(span: Span(start, index)))
            if sentenceStart == nil { sentenceStart = start }
            if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(byte), let begin = sentenceStart {
                document.sentences.append(Sentence(span: Span(begin, index)))
                sentenceStart = nil
            }
        }
        if let begin = sentenceStart { document.sentences.append(Sentence(span: Span(begin, bytes.count))) }
        return document
    }

    func testSyllableHeuristic() {
        let expected: [String: Int] = [
            "cat": 1, "the": 1, "make": 1, "table": 2, "agree": 2, "jumped": 1, "wanted": 2, "boxes": 2, "makes": 1,
            "wishes": 2, "happy": 2, "yes": 1, "reading": 2, "beautiful": 3, "café": 2, "Minister": 3, "I": 1,
            "queue": 1, "played": 1, "need": 1, "simple": 2, "2024": 1, "ελλάδα": 1,
        ]
        for (word, count) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(Syllables.count(word), count, word)
        }
    }

    /// 9 words (punctuation is not a word), 2 sentences, 10 syllables (happy has 2):
    /// ease = 206.835 − 1.015 × 4.5 − 84.6 × 10/9 = 108.2675; grade = 0.39 × 4.5 + 11.8 × 10/9 − 15.59 = −0.7239.
    func testHandComputedScores() throws {
        let stage = try TestSupport.makeStage(ReadabilityStage.self)
        var document = Self.document("The cat sat on the mat. It was happy.")
        XCTAssertEqual(ReadabilityStage.counts(document), .init(words: 9, sentences: 2, syllables: 10))
        try stage.process(&document)
        XCTAssertEqual(document.features["reading_ease"], .double(108.27))
        XCTAssertEqual(document.features["flesch_kincaid_grade"], .double(-0.72))
        XCTAssertEqual(document.features["avg_sentence_length"], .double(4.5))
        XCTAssertEqual(document.features["avg_syllables_per_word"], .double(1.11))
    }

    /// 9 words, 1 sentence, 27 syllables by the heuristic (the 1, gov·ern·ment 3, an·nounced 2, a 1,
    /// com·pre·hen·sive 4, in·ves·ti·ga·tion 5, in·to 2, fi·nan·cial 3, ir·reg·u·lar·i·ties 6):
    /// ease = 206.835 − 1.015 × 9 − 84.6 × 27/9 = 197.7 − 253.8 = −56.1.
    func testHarderTextScoresLower() throws {
        let stage = try TestSupport.makeStage(ReadabilityStage.self, "{decimals: 1, grade: false}")
        var document = Self.document(
            "The government announced a comprehensive investigation into financial irregularities.")
        XCTAssertEqual(ReadabilityStage.counts(document), .init(words: 9, sentences: 1, syllables: 27))
        try stage.process(&document)
        XCTAssertEqual(document.features["reading_ease"], .double(-56.1))
        XCTAssertNil(document.features["flesch_kincaid_grade"])
    }

    func testSentencesWithoutWordsDoNotCountAndMissingSentencesCountAsOne() throws {
        var document = Self.document("Hello there. ... !")
        XCTAssertEqual(ReadabilityStage.counts(document).sentences, 1)
        document.sentences = []
        XCTAssertEqual(ReadabilityStage.counts(document), .init(words: 2, sentences: 1, syllables: 3))
        var empty = Self.document("2024 — 12.")
        try TestSupport.makeStage(ReadabilityStage.self).process(&empty)
        XCTAssertTrue(empty.features.isEmpty)
    }

    func testOptionErrorsHavePositions() {
        let yaml = "stages:\n  - readability: {decimals: 11, grades: true}\n"
        guard case .failure(let error) = TestSupport.load(yaml, registry: StageRegistry([ReadabilityStage.self])) else {
            return XCTFail("accepted")
        }
        let messages = error.diagnostics.map(\.description)
        XCTAssertTrue(
            messages.contains("test.yaml:2:29: error: 'decimals' must be between 0 and 10, found 11"), "\(messages)")
        XCTAssertTrue(
            messages.contains(
                "test.yaml:2:33: error: unknown option 'grades' for stage 'readability'; did you mean 'grade'?"),
            "\(messages)")
    }
}
