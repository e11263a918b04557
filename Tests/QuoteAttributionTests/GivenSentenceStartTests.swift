import XCTest

@testable import QuoteAttribution

/// `assignSentences` adds a boundary where a given sentence (the `sentences` layer) starts, looked up by halving a
/// sorted array of starts: whatever order and repetitions the starts come in, a token starts a sentence exactly when
/// the tokens' own rules say so or its start is one of them.
final class GivenSentenceStartTests: XCTestCase {
    func testGivenStartsInAnyOrderMarkExactlyTheirTokens() {
        let text =
            "the council met on monday and agreed a budget. it will rise by three per cent. staff said little of it"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { p in
            var natural = tokenize(p, paras: [0..<bytes.count], marks: [])
            XCTAssertGreaterThan(natural.count, 20)
            assignSentences(p, &natural, given: [])
            var state: UInt64 = 7
            for round in 0..<200 {
                var chosen: [Int] = []
                for index in natural.indices {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    if state >> 61 == 0 { chosen.append(index) }
                }
                let starts = Set(chosen.map { Int(natural[$0].start) })
                // Shuffled, some twice, plus starts that fall inside tokens (no token starts there).
                var given = (starts.map { $0..<($0 + 1) } + starts.prefix(3).map { $0..<($0 + 2) }).shuffled()
                given.append((round % 7 + 1)..<(round % 7 + 2))
                var toks = tokenize(p, paras: [0..<bytes.count], marks: [])
                assignSentences(p, &toks, given: given)
                let givenStarts = Set(given.map(\.lowerBound))
                var expected: Int32 = 0
                for i in toks.indices {
                    if i > 0, natural[i].sent != natural[i - 1].sent || givenStarts.contains(Int(toks[i].start)) {
                        expected += 1
                    }
                    XCTAssertEqual(toks[i].sent, expected, "round \(round), token \(i)")
                }
            }
        }
    }
}
