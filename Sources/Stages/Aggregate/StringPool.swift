/// Strings numbered densely in the order they are first added, so the aggregate state can key its tables on small
/// integers instead of composite strings: one hash of the text per mention, 8-byte keys, and sorting by integer
/// ranks instead of byte comparisons.
///
/// Ids depend on the order strings arrive in; anything written out (state files, tables) goes through
/// ``byteOrderRanks()`` so it does not.
struct StringPool: Sendable {
    /// The strings, indexed by id.
    private(set) var strings: [String] = []
    private var ids: [String: UInt32] = [:]

    /// An empty pool.
    init() {}

    /// How many strings the pool holds.
    var count: Int { strings.count }

    /// The string with this id.
    subscript(id: UInt32) -> String { strings[Int(id)] }

    /// The id of `string`, adding it when new: one hash of the string either way (a look-up and then an insert
    /// hashed a new string twice).
    mutating func id(for string: String) -> UInt32 {
        let (id, inserted) = ids.idInsertingIfAbsent(string, next: UInt32(strings.count))
        if inserted { strings.append(string) }
        return id
    }

    /// For each id, the string's position among all the pool's strings in byte order of their UTF-8 forms.
    func byteOrderRanks() -> [UInt32] {
        let order = strings.indices.sorted { bytesLess(strings[$0], strings[$1]) }
        var ranks = [UInt32](repeating: 0, count: strings.count)
        for (rank, id) in order.enumerated() { ranks[id] = UInt32(rank) }
        return ranks
    }
}

/// Entities (a type and a text, both ``StringPool`` ids) numbered densely in the order they are first seen.
struct EntityPool: Sendable {
    /// `(type, text)` string ids, indexed by entity id.
    private(set) var members: [(type: UInt32, text: UInt32)] = []
    private var ids: [UInt64: UInt32] = [:]

    /// An empty pool.
    init() {}

    /// How many entities the pool holds.
    var count: Int { members.count }

    /// The type and text ids of an entity.
    subscript(id: UInt32) -> (type: UInt32, text: UInt32) { members[Int(id)] }

    /// The id of the entity `(type, text)`, adding it when new.
    mutating func id(type: UInt32, text: UInt32) -> UInt32 {
        let (id, inserted) = ids.idInsertingIfAbsent(UInt64(type) << 32 | UInt64(text), next: UInt32(members.count))
        if inserted { members.append((type, text)) }
        return id
    }
}

extension Dictionary where Value == UInt32 {
    /// The id stored under `key`, or `next` stored there now (`inserted`), in one hashed access: ids are below
    /// `UInt32.max`, which marks the slot the access has just created.
    @inline(__always)
    mutating func idInsertingIfAbsent(_ key: Key, next: UInt32) -> (id: UInt32, inserted: Bool) {
        precondition(next < UInt32.max, "more than 2^32 - 1 ids")
        func settle(_ slot: inout UInt32) -> (id: UInt32, inserted: Bool) {
            if slot != UInt32.max { return (slot, false) }
            slot = next
            return (next, true)
        }
        return settle(&self[key, default: UInt32.max])
    }
}

/// Two 32-bit ids packed into one dictionary key.
@inline(__always)
func packed(_ high: UInt32, _ low: UInt32) -> UInt64 { UInt64(high) << 32 | UInt64(low) }

extension UInt64 {
    /// The upper id of a ``packed(_:_:)`` key.
    @inline(__always) var highID: UInt32 { UInt32(truncatingIfNeeded: self >> 32) }
    /// The lower id of a ``packed(_:_:)`` key.
    @inline(__always) var lowID: UInt32 { UInt32(truncatingIfNeeded: self) }
}
