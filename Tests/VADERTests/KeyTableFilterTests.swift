import VADER
import XCTest

/// The lexicon's key table answers most look-ups from a bit set of key hashes before reading its slots: every key
/// must still be found (ASCII, folded from upper case, and non-ASCII through the Unicode lowercasing path) and words
/// that are not keys must not be.
final class KeyTableFilterTests: XCTestCase {
    private func word(_ state: inout UInt64) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzé")
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var bits = state >> 20
        var out = ""
        for _ in 0..<(3 + Int(bits % 6)) {
            bits /= 6
            out.append(letters[Int(bits % UInt64(letters.count))])
            bits /= UInt64(letters.count)
        }
        return out
    }

    func testEveryKeyIsFoundAndNoOther() {
        var state: UInt64 = 19
        var keys: Set<String> = []
        while keys.count < 20_000 { keys.insert(word(&state)) }
        let analyzer = SentimentAnalyzer(
            lexicon: Lexicon(valences: Dictionary(uniqueKeysWithValues: keys.map { ($0, 2.0) })))
        // What a key of valence 2 scores alone, and in upper case before a lower-case word (caps emphasis).
        let reference = SentimentAnalyzer(lexicon: Lexicon(valences: ["good": 2.0]))
        let plain = reference.scores(for: "good").compound
        let shouted = reference.scores(for: "GOOD x").compound
        XCTAssertGreaterThan(plain, 0)
        XCTAssertGreaterThan(shouted, plain)
        for key in keys {
            XCTAssertEqual(analyzer.scores(for: key).compound, plain, key)
            // Upper case: ASCII letters are folded on the fly, `É` takes the allocating lowercasing path.
            XCTAssertEqual(analyzer.scores(for: key.uppercased() + " x").compound, shouted, key)
        }
        var absent = 0
        while absent < 20_000 {
            let other = word(&state)
            guard !keys.contains(other) else { continue }
            XCTAssertEqual(analyzer.scores(for: other).compound, 0, other)
            absent += 1
        }
    }
}
