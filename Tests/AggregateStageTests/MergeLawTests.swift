import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import AggregateStage

/// The merge laws the runner, `--shard`, `textmine merge` and Spark rely on: however a corpus is split and in
/// whatever order the parts are merged, the result is exactly the whole-corpus result.
final class MergeLawTests: XCTestCase {
    static let optionVariants = [
        "{}",
        "{group_by: none}",
        "{top: 2, min_count: 2}",
        "{tables: [speakers, quotes], top: 1}",
    ]

    func whole(_ stage: AggregateStage, _ documents: [Document]) -> AggregateStage.State {
        var state = stage.makeState()
        for document in documents { stage.accumulate(document, into: &state) }
        return state
    }

    /// Splits the corpus into `parts` random parts (documents shuffled), aggregates each, then merges random pairs
    /// (either way round) until one state is left.
    func splitAndMerge(_ stage: AggregateStage, _ documents: [Document], parts: Int, random: inout SeededRandom)
        -> AggregateStage.State
    {
        var buckets = Array(repeating: [Document](), count: parts)
        for document in documents.shuffled(using: &random) {
            buckets[Int.random(in: 0..<parts, using: &random)].append(document)
        }
        var pool = buckets.map { whole(stage, $0) }
        while pool.count > 1 {
            let first = pool.remove(at: Int.random(in: 0..<pool.count, using: &random))
            let second = pool.remove(at: Int.random(in: 0..<pool.count, using: &random))
            var (receiver, other) = Bool.random(using: &random) ? (first, second) : (second, first)
            receiver.merge(other)
            pool.append(receiver)
        }
        return pool[0]
    }

    func testRandomSplitsMergeToTheWholeCorpusResult() throws {
        var checked = 0
        for variant in Self.optionVariants {
            let stage = try TestSupport.makeStage(AggregateStage.self, variant)
            for seed in UInt64(1)...UInt64(30) {
                let documents = CorpusGenerator.corpus(seed: seed, count: 10 + Int(seed % 25))
                let expected = whole(stage, documents)
                let expectedReport = stage.report(expected)
                var random = SeededRandom(seed: seed &* 7919)
                for _ in 0..<4 {
                    let parts = Int.random(in: 2...6, using: &random)
                    let merged = splitAndMerge(stage, documents, parts: parts, random: &random)
                    XCTAssertEqual(merged, expected, "state, seed \(seed), \(parts) parts, options \(variant)")
                    let report = stage.report(merged)
                    XCTAssertEqual(report, expectedReport, "report, seed \(seed), \(parts) parts, options \(variant)")
                    if report != expectedReport { return }
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 4 * 30 * 4)
    }

    func testMergingAnEmptyStateChangesNothingAndMergeIsCommutative() throws {
        let stage = try TestSupport.makeStage(AggregateStage.self)
        let documents = CorpusGenerator.corpus(seed: 42, count: 30)
        let state = whole(stage, documents)
        var withEmpty = state
        withEmpty.merge(stage.makeState())
        XCTAssertEqual(withEmpty, state)
        var emptyFirst = stage.makeState()
        emptyFirst.merge(state)
        XCTAssertEqual(emptyFirst, state)

        var a = whole(stage, Array(documents[..<12]))
        var b = whole(stage, Array(documents[12...]))
        let aCopy = a
        a.merge(b)
        b.merge(aCopy)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a, state)
    }

    func testStateRoundTripsThroughItsEncodingByteForByte() throws {
        let stage = try TestSupport.makeStage(AggregateStage.self)
        let aggregator = AnyAggregator(stage, name: "aggregate")
        for seed in UInt64(1)...UInt64(10) {
            let documents = CorpusGenerator.corpus(seed: seed, count: 25)
            let state = whole(stage, documents)
            let data = try aggregator.encode(state)
            let decoded = try XCTUnwrap(aggregator.decode(data) as? AggregateStage.State)
            XCTAssertEqual(decoded, state, "seed \(seed)")
            XCTAssertEqual(try aggregator.encode(decoded), data, "seed \(seed)")
            XCTAssertEqual(stage.report(decoded), stage.report(state))

            // A state built in another order encodes to the same bytes (state files of merged runs are identical).
            var random = SeededRandom(seed: seed)
            var reordered = stage.makeState()
            for document in documents.shuffled(using: &random) { stage.accumulate(document, into: &reordered) }
            XCTAssertEqual(try aggregator.encode(reordered), data, "seed \(seed)")
        }
    }

    func testLargeMoneyTotalsStayExact() throws {
        let stage = try TestSupport.makeStage(AggregateStage.self, "{tables: [money]}")
        var document = Document(id: "a.txt", text: "$10 trillion and $10 trillion and $0.000001")
        document.entities = [
            Entity(
                span: Span(0, 12), type: "MONEY", rule: "m", stage: "e", value: EntityValue(amount: 1e13, unit: "USD")),
            Entity(
                span: Span(17, 29), type: "MONEY", rule: "m", stage: "e", value: EntityValue(amount: 1e13, unit: "USD")),
            Entity(
                span: Span(34, 43), type: "MONEY", rule: "m", stage: "e",
                value: EntityValue(amount: 0.000001, unit: "USD")),
        ]
        var state = stage.makeState()
        stage.accumulate(document, into: &state)
        XCTAssertEqual(state.money["\u{1F}USD"]?.total.units, Int128(20_000_000_000_000) * 1_000_000 + 1)
        let table = try XCTUnwrap(stage.report(state).tables.first)
        XCTAssertEqual(table.csv(), "group,currency,mentions,total,ranges_at_midpoint\n,USD,3,20000000000000,0\n")
    }
}
