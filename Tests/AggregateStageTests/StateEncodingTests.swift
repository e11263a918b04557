import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import AggregateStage

/// The state file's compact parts: integer lists packed into strings, interned strings, and the errors a damaged or
/// outdated state file gives.
final class StateEncodingTests: XCTestCase {
    func roundTrip(_ values: [Int]) throws -> [Int] {
        let data = try JSONEncoder().encode(PackedIntegers(values))
        return try JSONDecoder().decode(PackedIntegers.self, from: data).values
    }

    func testPackedIntegersRoundTripIncludingExtremes() throws {
        XCTAssertEqual(try roundTrip([]), [])
        XCTAssertEqual(try roundTrip([0]), [0])
        let extremes = [Int.min, Int.max, -1, 1, 10, -10, 1_000_000_007, 0]
        XCTAssertEqual(try roundTrip(extremes), extremes)
        var random = SeededRandom(seed: 99)
        let many = (0..<10_000).map { _ in Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 64) }
        XCTAssertEqual(try roundTrip(many), many)
        XCTAssertEqual(
            String(decoding: try JSONEncoder().encode(PackedIntegers([3, -4, 0])), as: UTF8.self), "\"3 -4 0\"")
    }

    func testMalformedPackedIntegersAreRejected() {
        for text in [
            "1  2", " 1", "1 ", "1,2", "-", "1 x", "99999999999999999999", "9223372036854775808",
            "-9223372036854775809", "--1",
        ] {
            let json = Data("\"\(text)\"".utf8)
            XCTAssertThrowsError(
                try JSONDecoder().decode(PackedIntegers.self, from: json), "'\(text)' should be rejected")
        }
    }

    func testStringPoolRanksFollowByteOrderNotArrivalOrder() {
        var pool = StringPool()
        for string in ["b", "a", "Z", "é", "e\u{301}", "a"] { _ = pool.id(for: string) }
        // "é" precomposed and decomposed are equal Strings; the pool keeps the first spelling.
        XCTAssertEqual(pool.strings, ["b", "a", "Z", "é"])
        XCTAssertEqual(pool.byteOrderRanks(), [2, 1, 0, 3])
    }

    /// Ids are dense in arrival order and a string or entity seen again keeps its id (one hashed access each).
    func testPoolsNumberInArrivalOrderAndKeepIds() {
        var strings = StringPool()
        let words = ["b", "a", "b", "a long string past the small-string size", "", "a", ""]
        XCTAssertEqual(words.map { strings.id(for: $0) }, [0, 1, 0, 2, 3, 1, 3])
        XCTAssertEqual(strings.count, 4)
        XCTAssertEqual((0..<4).map { strings[UInt32($0)] }, ["b", "a", "a long string past the small-string size", ""])
        var entities = EntityPool()
        let pairs: [(UInt32, UInt32)] = [(0, 1), (1, 0), (0, 1), (2, 2), (1, 0)]
        XCTAssertEqual(pairs.map { entities.id(type: $0.0, text: $0.1) }, [0, 1, 0, 2, 1])
        XCTAssertEqual(entities.count, 3)
        XCTAssertTrue(entities[1] == (1, 0))
    }

    func testDirectlyWrittenJSONIsTheCodableFormAndReadsBack() throws {
        let stage = try TestSupport.makeStage(AggregateStage.self)
        for seed in UInt64(1)...UInt64(5) {
            var state = stage.makeState()
            for document in CorpusGenerator.corpus(seed: seed, count: 20) { stage.accumulate(document, into: &state) }
            let direct = Data(try state.jsonBytes())
            let viaEncoder = try JSONEncoder().encode(state)
            let a = try JSONSerialization.jsonObject(with: direct) as! NSDictionary
            let b = try JSONSerialization.jsonObject(with: viaEncoder) as! NSDictionary
            XCTAssertEqual(a, b, "seed \(seed)")
            XCTAssertEqual(try JSONDecoder().decode(AggregateStage.State.self, from: direct), state)
            XCTAssertGreaterThan(((a["entities"] as? String) ?? "").count, 0)
        }
    }

    func testOutdatedOrDamagedStateFilesGiveClearErrors() throws {
        let stage = try TestSupport.makeStage(AggregateStage.self)
        var state = stage.makeState()
        for document in CorpusGenerator.corpus(seed: 3, count: 12) { stage.accumulate(document, into: &state) }
        let good = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(state)) as! [String: Any]
        func decode(_ change: (inout [String: Any]) -> Void) -> String {
            var object = good
            change(&object)
            do {
                _ = try JSONDecoder().decode(
                    AggregateStage.State.self, from: try JSONSerialization.data(withJSONObject: object))
                return "decoded"
            } catch let DecodingError.dataCorrupted(context) {
                return context.debugDescription
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(decode { _ in }, "decoded")
        XCTAssertTrue(decode { $0["format"] = 1 }.contains("format 1 is not the supported format 2"))
        XCTAssertTrue(decode { $0["entities"] = "0 0 0 1" }.contains("incomplete"))
        XCTAssertTrue(decode { $0["entities"] = "0 0 999999 1 1" }.contains("out of range"))
        XCTAssertTrue(decode { $0["pairs"] = "7 0 0 0 0 1" }.contains("neither 0"))
        XCTAssertTrue(decode { $0["strings"] = ["a", "a"] }.contains("repeats"))
    }
}
