import VADER
import XCTest

/// Texts up to 16 KB size their token buffer by the bound n / 2 + 1, longer ones by counting tokens first. The densest
/// texts (one-letter tokens between single spaces) fill that bound exactly; trailing whitespace moves a text across
/// the 16 KB line without changing its tokens, so both ways of sizing must give the same scores.
final class TokenBufferTests: XCTestCase {
    func testScoresAreTheSameOnBothSidesOfTheBoundedLength() {
        let analyzer = SentimentAnalyzer()
        let words = ["a", "good", "b", "not", "bad", "c", "VERY", "nice", "d", "!"]
        var checked = 0
        for target in [16_370, 16_383, 16_384, 16_385, 16_400] {
            for dense in [true, false] {
                var text = ""
                var index = 0
                while text.utf8.count + 6 < target {
                    text += (dense ? "x" : words[index % words.count]) + " "
                    index += 1
                }
                while text.utf8.count < target { text += "y" }
                let plain = analyzer.scores(for: text)
                // Padded past 16 KB (or further past it): the tokens are the same, so must be the scores.
                let padded = analyzer.scores(for: text + String(repeating: " ", count: 40))
                XCTAssertEqual(plain, padded, "length \(target), dense \(dense)")
                if !dense { XCTAssertNotEqual(plain.compound, 0) }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 10)
    }
}
