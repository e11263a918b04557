import Foundation
import TextSegmentation
import XCTest

/// Adversarial runs of one character must cost time linear in their length (they used to be quadratic).
final class ScannerLinearityTests: XCTestCase {
    /// Seconds `body` takes on `count` repetitions of `unit` (best of three, to ride out a busy machine).
    func seconds(_ unit: String, _ count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Double {
        let bytes = Array(("Headline\n\n" + String(repeating: unit, count: count) + "\n").utf8)
        var best = Double.infinity
        for _ in 0..<3 {
            let started = DispatchTime.now()
            bytes.withUnsafeBufferPointer { body($0) }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
        }
        return best
    }

    /// Four times the input may cost at most ~10 times the time (quadratic work costs 16 times).
    func assertLinear(
        _ unit: String, file: StaticString = #filePath, line: UInt = #line, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let small = seconds(unit, 10_000, body)
        let large = seconds(unit, 40_000, body)
        XCTAssertLessThan(
            large, small * 10 + 0.05, "'\(unit)' × 40,000 took \(large) s, × 10,000 \(small) s", file: file, line: line)
    }

    func testTokenizerIsLinearOnRunsOfQuotesAndPunctuation() {
        let tokenizer = Tokenizer()
        for unit in ["'", "\"", "''", ".", "-", "'s"] {
            assertLinear(unit) { text in
                var tokens: [Range<Int>] = []
                tokenizer.tokenize(text, into: &tokens)
                XCTAssertFalse(tokens.isEmpty)
            }
        }
    }

    func testSentenceSplitterIsLinearOnRunsOfMarks() {
        let splitter = SentenceSplitter()
        for unit in ["'", "\"", ".", "!?", "\u{201C}", "Mr. "] {
            assertLinear(unit) { text in
                var sentences: [Range<Int>] = []
                splitter.split(text, into: &sentences)
            }
        }
    }
}
