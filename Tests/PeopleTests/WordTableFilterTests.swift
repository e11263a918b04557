import People
import Testing

/// The word table answers most absent words from a bit set of its keys' top bits before probing its slots: with a
/// table the size of the name lists, every entry must still be found, including keys that share their top bits (one
/// filter bit) and the key 0, and every other key must give the missing value.
@Suite struct WordTableFilterTests {
    @Test func filterKeepsEveryEntryAndRejectsTheRest() {
        var state: UInt64 = 19
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 31)
        }
        var entries: [UInt64: UInt32] = [0: 1]
        while entries.count < 30_000 {
            let key = next()
            entries[key] = UInt32(entries.count + 1)
            // A neighbour with the same top bits: the same filter bit, a different key.
            entries[key ^ 1] = UInt32(entries.count + 1)
        }
        let table = WordTable(entries, missing: 0)
        for (key, value) in entries { #expect(table[key] == value) }
        var absent = 0
        while absent < 100_000 {
            let key = next()
            guard entries[key] == nil, key != 1 else { continue }
            #expect(table[key] == 0)
            absent += 1
        }
    }
}
