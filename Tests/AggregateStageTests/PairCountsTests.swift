import TextMineTesting
import XCTest

@testable import AggregateStage

/// ``PairCounts`` stands in for `[UInt64: Int]` in the aggregate state: checked against a `Dictionary` fed the same
/// updates, through several growths of the table.
final class PairCountsTests: XCTestCase {
    func testAgreesWithADictionaryThroughGrowth() {
        var random = SeededRandom(seed: 19)
        var table = PairCounts()
        var reference: [UInt64: Int] = [:]
        XCTAssertTrue(table.isEmpty)
        XCTAssertNil(table[42])
        for _ in 0..<50_000 {
            // Keys shaped like packed pairs of small ids, so many collide in their low bits.
            let key = UInt64(random.next() % 300) << 32 | UInt64(random.next() % 300)
            let step = Int(random.next() % 3) + 1
            table[key, default: 0] += step
            reference[key, default: 0] += step
        }
        XCTAssertEqual(table.count, reference.count)
        XCTAssertEqual(Set(table.keys), Set(reference.keys))
        var seen: [UInt64: Int] = [:]
        for (key, value) in table { seen[key] = value }
        XCTAssertEqual(seen, reference)
        for (key, value) in reference { XCTAssertEqual(table[key], value) }
        XCTAssertNil(table[UInt64(7_000) << 32])
        XCTAssertEqual(table[UInt64(7_000) << 32, default: 5], 5, "reading with a default adds nothing")
        XCTAssertEqual(table.count, reference.count)
    }
}
