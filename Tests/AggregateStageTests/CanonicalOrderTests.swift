import TextMineTesting
import XCTest

@testable import AggregateStage

/// The state's canonical form sorts its entity and pair rows on integers worked out from the strings' byte-order
/// ranks; these tests rebuild the same rows from the strings themselves, sorted by their bytes, on states filled in
/// random arrival orders, so any slip in how the integer keys are made or read back shows as a different row.
final class CanonicalOrderTests: XCTestCase {
    /// Texts whose byte order differs from `String`'s `<` and from arrival order: non-ASCII, canonically equivalent
    /// spellings, prefixes, case.
    static let texts = [
        "b", "a", "Z", "é", "e\u{301}", "ab", "a b", "Ω", "Ωmega", "z", "Zürich", "Zurich", "東京", "10", "9", "",
        "Acme Corp", "acme corp", "Ä", "A\u{308}",
    ]
    static let types = ["PERSON", "ORG", "LOCATION", "MONEY", "Ω-TYPE"]
    static let groups = ["", "politics", "business", "culture", "é"]

    /// A state whose pools and tables are filled directly, in an arrival order the seed decides.
    func randomState(seed: UInt64) -> AggregateStage.State {
        var random = SeededRandom(seed: seed)
        var state = AggregateStage.State()
        var entityIDs: [UInt32] = []
        for _ in 0..<60 {
            let type = state.strings.id(for: Self.types.randomElement(using: &random)!)
            let text = state.strings.id(for: Self.texts.randomElement(using: &random)!)
            entityIDs.append(state.entityPool.id(type: type, text: text))
        }
        for _ in 0..<200 {
            let group = state.strings.id(for: Self.groups.randomElement(using: &random)!)
            let entity = entityIDs.randomElement(using: &random)!
            var counts = EntityCounts()
            counts.mentions = Int(random.next() % 50) + 1
            counts.documents = Int(random.next() % 20) + 1
            state.entities[packed(group, entity)] = counts
        }
        for _ in 0..<400 {
            let a = entityIDs.randomElement(using: &random)!
            let b = entityIDs.randomElement(using: &random)!
            guard a != b else { continue }
            if random.next() % 2 == 0 {
                state.documentPairs[AggregateStage.State.pairKey(a, b), default: 0] += Int(random.next() % 9) + 1
            } else {
                state.sentencePairs[AggregateStage.State.pairKey(a, b), default: 0] += Int(random.next() % 9) + 1
            }
        }
        return state
    }

    /// Byte order of a list of strings, element by element (shorter first on a tie).
    static func less(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where !bytesEqual(x, y) { return bytesLess(x, y) }
        return a.count < b.count
    }

    /// Equal lists, reported by their first difference (the lists run to thousands of numbers).
    func assertSame(_ got: [Int], _ expected: [Int], _ what: String, line: UInt = #line) {
        guard got != expected else { return }
        let common = Swift.min(got.count, expected.count)
        let index = (0..<common).first { got[$0] != expected[$0] } ?? common
        XCTFail(
            "\(what): \(got.count) vs \(expected.count) numbers, first difference at \(index): "
                + "\(got.dropFirst(index).prefix(6)) vs \(expected.dropFirst(index).prefix(6))", line: line)
    }

    func testEntityAndPairRowsFollowTheStringsByteOrder() {
        for seed in UInt64(1)...UInt64(40) {
            let state = randomState(seed: seed)
            let canonical = state.canonical
            let sorted = state.strings.strings.sorted(by: bytesLess)
            XCTAssertEqual(canonical.strings, sorted, "seed \(seed)")
            func rank(_ id: UInt32) -> Int {
                sorted.firstIndex { bytesEqual($0, state.strings[id]) }!
            }
            func names(_ entity: UInt32) -> [String] {
                let member = state.entityPool[entity]
                return [state.strings[member.type], state.strings[member.text]]
            }
            func ranks(_ entity: UInt32) -> [Int] {
                let member = state.entityPool[entity]
                return [rank(member.type), rank(member.text)]
            }

            let entityRows = state.entities.map { key, counts in
                (
                    names: [state.strings[key.highID]] + names(key.lowID),
                    values: [rank(key.highID)] + ranks(key.lowID) + [counts.mentions, counts.documents]
                )
            }
            .sorted { Self.less($0.names, $1.names) }
            assertSame(canonical.entities.values, entityRows.flatMap(\.values), "entities, seed \(seed)")

            var pairValues: [Int] = []
            for (scope, table) in [state.documentPairs, state.sentencePairs].enumerated() {
                let rows = table.map { key, count in
                    var (a, b) = (key.highID, key.lowID)
                    if Self.less(names(b), names(a)) { swap(&a, &b) }
                    return (names: names(a) + names(b), values: [scope] + ranks(a) + ranks(b) + [count])
                }
                .sorted { Self.less($0.names, $1.names) }
                pairValues += rows.flatMap(\.values)
            }
            assertSame(canonical.pairs.values, pairValues, "pairs, seed \(seed)")
            XCTAssertGreaterThan(pairValues.count, 6 * 100, "seed \(seed)")
        }
    }

    /// The same tables arriving in another order (other ids for every string and entity) give the same form.
    func testArrivalOrderDoesNotChangeTheForm() throws {
        for seed in UInt64(1)...UInt64(10) {
            let state = randomState(seed: seed)
            var reversed = AggregateStage.State()
            for string in state.strings.strings.reversed() { _ = reversed.strings.id(for: string) }
            func translate(_ id: UInt32) -> UInt32 {
                let member = state.entityPool[id]
                let type = reversed.strings.id(for: state.strings[member.type])
                let text = reversed.strings.id(for: state.strings[member.text])
                return reversed.entityPool.id(type: type, text: text)
            }
            for id in (0..<UInt32(state.entityPool.count)).reversed() { _ = translate(id) }
            XCTAssertEqual(reversed.strings.count, state.strings.count)
            XCTAssertEqual(reversed.entityPool.count, state.entityPool.count)
            for (key, counts) in state.entities {
                reversed.entities[packed(reversed.strings.id(for: state.strings[key.highID]), translate(key.lowID))] =
                    counts
            }
            for (key, count) in state.sentencePairs {
                let reversedKey = AggregateStage.State.pairKey(translate(key.lowID), translate(key.highID))
                reversed.sentencePairs[reversedKey, default: 0] += count
            }
            for (key, count) in state.documentPairs {
                let reversedKey = AggregateStage.State.pairKey(translate(key.lowID), translate(key.highID))
                reversed.documentPairs[reversedKey, default: 0] += count
            }
            assertSame(reversed.canonical.entities.values, state.canonical.entities.values, "entities, seed \(seed)")
            assertSame(reversed.canonical.pairs.values, state.canonical.pairs.values, "pairs, seed \(seed)")
            XCTAssertTrue(try reversed.jsonBytes() == state.jsonBytes(), "state file, seed \(seed)")
        }
    }
}
