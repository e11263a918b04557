import People
import Testing

/// The binary search the engines use to find where names or blocked ranges start after an offset.
@Suite struct PartitionPointTests {
    @Test func findsTheFirstElementThePredicateHoldsFor() {
        let starts = [2, 5, 5, 9, 14]
        #expect(partitionPoint(starts) { $0 >= 0 } == 0)
        #expect(partitionPoint(starts) { $0 >= 5 } == 1)
        #expect(partitionPoint(starts) { $0 >= 6 } == 3)
        #expect(partitionPoint(starts) { $0 >= 14 } == 4)
        #expect(partitionPoint(starts) { $0 >= 15 } == 5)
        #expect(partitionPoint([Int]()) { $0 >= 1 } == 0)
    }

    @Test func agreesWithALinearScanOnEveryOffset() {
        let ranges = [0..<3, 4..<9, 4..<6, 12..<20, 21..<22]
        for offset in -1...23 {
            let linear = ranges.firstIndex { $0.lowerBound >= offset } ?? ranges.count
            #expect(partitionPoint(ranges) { $0.lowerBound >= offset } == linear)
        }
    }
}
