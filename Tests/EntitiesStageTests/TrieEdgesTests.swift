import TextMineTesting
import XCTest

@testable import EntitiesStage

/// ``TrieEdges`` replaces `[UInt64: Int32]` for the phrase lists' trie: every inserted edge is found after the table
/// has grown, and no other.
final class TrieEdgesTests: XCTestCase {
    func testFindsEveryEdgeAndNoOther() {
        var random = SeededRandom(seed: 20)
        var edges = TrieEdges()
        var reference: [UInt64: Int32] = [:]
        while reference.count < 20_000 {
            let key = UInt64(random.next() % 5_000) << 8 | UInt64(random.next() % 256)
            guard reference[key] == nil else { continue }
            let child = Int32(reference.count + 1)
            edges.insert(key, child)
            reference[key] = child
        }
        XCTAssertEqual(edges.count, reference.count)
        for (key, child) in reference { XCTAssertEqual(edges[key], child) }
        var missing = 0
        for node in 0..<5_000 where reference[UInt64(node) << 8 | 0x41] == nil {
            XCTAssertNil(edges[UInt64(node) << 8 | 0x41])
            missing += 1
        }
        XCTAssertGreaterThan(missing, 0)
    }
}
