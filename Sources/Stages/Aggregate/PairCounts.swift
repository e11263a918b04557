/// Counts keyed by a packed pair of entity ids (the co-occurrence tables of ``AggregateStage/State``), in one
/// open-addressing hash table probed linearly after a multiplicative hash.
///
/// Why not `[UInt64: Int]`: counting pairs adds one for every pair of distinct entities in every sentence and
/// document, millions of updates per corpus, and `Dictionary`'s seeded SipHash plus its separate lookup and store
/// made those updates most of the aggregate stage's own time. Here an update is one multiply and a short probe. The
/// table is filled to at most three quarters (16 bytes a slot), so it holds no more memory than the `Dictionary` it
/// replaces (half full measured +20 MB peak at x20).
/// It offers the part of `Dictionary`'s interface the state uses; iteration order is unspecified, as there (every
/// output sorts the pairs).
struct PairCounts: Sequence, Sendable {
    /// No pair key is all ones: entity ids are below `UInt32.max`.
    private static let empty = UInt64.max
    private var slots: [UInt64] = []
    private var values: [Int] = []
    private var shift: UInt64 = 64
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var index = slot(key)
        while slots[index] != key && slots[index] != Self.empty { index = (index + 1) & mask }
        return index
    }

    /// The count of `key`, or nil.
    subscript(key: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let index = find(key)
        return slots[index] == key ? values[index] : nil
    }

    /// The count of `key`, created as `defaultValue` when it is modified and absent (as `Dictionary`'s).
    subscript(key: UInt64, default defaultValue: Int) -> Int {
        get { self[key] ?? defaultValue }
        _modify {
            precondition(key != Self.empty, "pair key out of range")
            if (count + 1) * 4 > slots.count * 3 { grow() }
            let index = find(key)
            if slots[index] != key {
                slots[index] = key
                values[index] = defaultValue
                count += 1
            }
            yield &values[index]
        }
    }

    /// The keys, in table order.
    var keys: [UInt64] { slots.filter { $0 != Self.empty } }

    private mutating func grow() {
        let oldKeys = slots
        let oldValues = values
        let capacity = Swift.max(16, oldKeys.count * 2)
        slots = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int](repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (index, key) in oldKeys.enumerated() where key != Self.empty {
            let slot = find(key)
            slots[slot] = key
            values[slot] = oldValues[index]
        }
    }

    func makeIterator() -> Iterator { Iterator(table: self) }

    /// The `(key, value)` pairs, in table order.
    struct Iterator: IteratorProtocol {
        let table: PairCounts
        var index = 0
        mutating func next() -> (key: UInt64, value: Int)? {
            while index < table.slots.count {
                defer { index += 1 }
                if table.slots[index] != PairCounts.empty { return (table.slots[index], table.values[index]) }
            }
            return nil
        }
    }
}
