import Foundation
import TextMineCore
import XCTest

/// The digest of a file's content is the same whether its bytes come as `Data`, an array (both read in place) or a
/// sequence read byte by byte: checkpoints compare digests taken at different times.
final class StableHashTests: XCTestCase {
    func testContiguousAndIteratedBytesDigestAlike() {
        for length in [0, 1, 7, 8, 9, 100, 4097] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var fromArray = StableHash()
            fromArray.add(bytes)
            var fromData = StableHash()
            fromData.add(Data(bytes))
            var iterated = StableHash()
            iterated.add(bytes.lazy.map { $0 })
            XCTAssertEqual(fromArray.hex, iterated.hex, "length \(length)")
            XCTAssertEqual(fromData.hex, iterated.hex, "length \(length)")
        }
        var empty = StableHash()
        empty.add([UInt8]())
        XCTAssertEqual(empty.hex, "cbf29ce484222325")
    }
}
