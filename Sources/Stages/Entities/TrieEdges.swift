/// The edges of a ``Gazetteer``'s byte trie in one open-addressing hash table (key `node << 8 | byte`, value the
/// child node), probed linearly after a multiplicative hash.
///
/// Why not `[UInt64: Int32]`: the trie is walked at every word start that begins a phrase, one lookup per byte, and
/// `Dictionary`'s seeded SipHash made those lookups a fifth of the entities stage on the news lists. Memory stays
/// proportional to the number of edges (at most twice as many slots), so 100,000-phrase lists still fit.
struct TrieEdges: Sendable {
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: Self.empty, count: 16)
        values = [Int32](repeating: 0, count: 16)
        shift = 60
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child reached from `key`'s node by `key`'s byte, or nil.
    @inline(__always) subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    /// Adds an edge that is not in the table yet.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = slot(key)
        while keys[index] != Self.empty { index = (index + 1) & mask }
        keys[index] = key
        values[index] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != Self.empty { insert(key, oldValues[index]) }
    }
}
