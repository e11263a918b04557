// Fixed-size open-addressing hash tables used by the scoring hot path.
// Both are built once (when a `Lexicon` is created) and are immutable
// afterwards, which is what makes the `@unchecked Sendable` conformances sound.

/// Words with a fixed role in VADER's rules (negation of "no", "but", idioms, ...).
/// A token gets one of these ids when its lowercased form equals the word.
@usableFromInline
enum WordID: UInt8, Sendable {
    case none = 0
    case no, but, kind, of, never, so, this, without, doubt, least, at, very, or, nor
    case the, shit, bomb, bad, ass, bus, stop, yeah, right, kiss, death, to, die, `for`
    case beating, heart, sort, just, enough

    /// Spelling of every id except `.none`, used to seed the key table.
    static let spellings: [(String, WordID)] = [
        ("no", .no), ("but", .but), ("kind", .kind), ("of", .of), ("never", .never),
        ("so", .so), ("this", .this), ("without", .without), ("doubt", .doubt),
        ("least", .least), ("at", .at), ("very", .very), ("or", .or), ("nor", .nor),
        ("the", .the), ("shit", .shit), ("bomb", .bomb), ("bad", .bad), ("ass", .ass),
        ("bus", .bus), ("stop", .stop), ("yeah", .yeah), ("right", .right),
        ("kiss", .kiss), ("death", .death), ("to", .to), ("die", .die), ("for", .for),
        ("beating", .beating), ("heart", .heart), ("sort", .sort), ("just", .just),
        ("enough", .enough),
    ]
}

/// Everything the rules need to know about one lowercased token.
@usableFromInline
struct KeyInfo: Sendable {
    /// Lexicon valence, or NaN when the word is not in the lexicon.
    var valence: Double
    /// Booster (+0.293) / dampener (-0.293) value for single-word boosters, else 0.
    var booster: Double
    /// Role in the fixed rules, if any.
    var word: WordID
    /// Member of VADER's negation word list.
    var negation: Bool

    static let unknown = KeyInfo(valence: .nan, booster: 0, word: .none, negation: false)
}

/// FNV-1a (32 bit) step.
@inline(__always)
func fnvStep(_ h: UInt32, _ b: UInt8) -> UInt32 {
    (h ^ UInt32(b)) &* 16_777_619
}

@usableFromInline let fnvSeed: UInt32 = 2_166_136_261

/// Open-addressing (linear probing) table keyed on byte strings.
@usableFromInline
final class KeyTable: @unchecked Sendable {
    struct Slot {
        var hash: UInt32
        var length: UInt32
        var start: Int32
        var info: Int32  // -1: empty
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let keyBytes: UnsafeMutablePointer<UInt8>
    private let infos: UnsafeMutablePointer<KeyInfo>
    /// One bit per value of a hash's low `filterBits` bits, set when some key has that hash: most tokens are not in
    /// the lexicon, and this 16 KB bit set (which stays in the core's cache) answers for them without reading the
    /// 256 KB of slots, whose first probe was half of `makeToken`'s time on news text. A set bit only means "look".
    private let filter: UnsafeMutablePointer<UInt64>
    private static let filterBits = 17
    let count: Int

    /// `keys` must be distinct.
    init(_ keys: [(key: [UInt8], info: KeyInfo)]) {
        count = keys.count
        var capacity = 16
        while capacity < keys.count * 2 + 1 { capacity <<= 1 }
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(hash: 0, length: 0, start: 0, info: -1), count: capacity)
        let totalBytes = keys.reduce(0) { $0 + $1.key.count }
        keyBytes = .allocate(capacity: max(totalBytes, 1))
        infos = .allocate(capacity: max(keys.count, 1))
        filter = .allocate(capacity: 1 << (KeyTable.filterBits - 6))
        filter.initialize(repeating: 0, count: 1 << (KeyTable.filterBits - 6))
        var offset = 0
        for (index, entry) in keys.enumerated() {
            var h = fnvSeed
            for (j, b) in entry.key.enumerated() {
                keyBytes[offset + j] = b
                h = fnvStep(h, b)
            }
            (infos + index).initialize(to: entry.info)
            let bit = Int(h) & (1 << KeyTable.filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var s = Int(h) & mask
            while slots[s].info >= 0 { s = (s + 1) & mask }
            slots[s] = Slot(hash: h, length: UInt32(entry.key.count), start: Int32(offset), info: Int32(index))
            offset += entry.key.count
        }
    }

    deinit {
        slots.deallocate()
        keyBytes.deallocate()
        infos.deinitialize(count: count)
        infos.deallocate()
        filter.deallocate()
    }

    /// Whether some key has this hash's low bits (false: no key has this hash).
    @inline(__always)
    private func mayHold(_ hash: UInt32) -> Bool {
        let bit = Int(hash) & (1 << KeyTable.filterBits - 1)
        return filter[bit >> 6] >> UInt64(bit & 63) & 1 != 0
    }

    /// Looks up the ASCII-lowercased form of `p[0..<n]` (bytes >= 0x80 are compared
    /// verbatim). `hash` must be the FNV-1a hash of that lowercased form.
    @inline(__always)
    func lookupFoldingASCII(_ p: UnsafePointer<UInt8>, _ n: Int, hash: UInt32) -> KeyInfo {
        guard mayHold(hash) else { return .unknown }
        var s = Int(hash) & mask
        while true {
            let slot = slots[s]
            if slot.info < 0 { return .unknown }
            if slot.hash == hash && Int(slot.length) == n {
                let k = keyBytes + Int(slot.start)
                var j = 0
                while j < n && k[j] == asciiLower(p[j]) { j += 1 }
                if j == n { return infos[Int(slot.info)] }
            }
            s = (s + 1) & mask
        }
    }

    /// Looks up `p[0..<n]` verbatim. `hash` must be its FNV-1a hash.
    func lookupExact(_ p: UnsafePointer<UInt8>, _ n: Int, hash: UInt32) -> KeyInfo {
        guard mayHold(hash) else { return .unknown }
        var s = Int(hash) & mask
        while true {
            let slot = slots[s]
            if slot.info < 0 { return .unknown }
            if slot.hash == hash && Int(slot.length) == n {
                let k = keyBytes + Int(slot.start)
                var j = 0
                while j < n && k[j] == p[j] { j += 1 }
                if j == n { return infos[Int(slot.info)] }
            }
            s = (s + 1) & mask
        }
    }
}

/// Open-addressing table from a single Unicode scalar to its emoji description (UTF-8).
@usableFromInline
final class EmojiTable: @unchecked Sendable {
    struct Slot {
        var scalar: UInt32  // 0: empty
        var start: Int32
        var length: Int32
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    /// Description bytes, addressed by `Slot.start` / `Slot.length`.
    let bytes: UnsafeMutablePointer<UInt8>
    let count: Int
    /// Smallest scalar value in the table (cheap pre-filter).
    let minScalar: UInt32

    /// `entries` maps scalar values (non-zero) to descriptions; later duplicates win.
    init(_ entries: [(scalar: UInt32, description: [UInt8])]) {
        var dedup: [UInt32: [UInt8]] = [:]
        var order: [UInt32] = []
        for e in entries where e.scalar != 0 {
            if dedup.updateValue(e.description, forKey: e.scalar) == nil { order.append(e.scalar) }
        }
        count = order.count
        var capacity = 16
        while capacity < order.count * 2 + 1 { capacity <<= 1 }
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(scalar: 0, start: 0, length: 0), count: capacity)
        let total = dedup.values.reduce(0) { $0 + $1.count }
        bytes = .allocate(capacity: max(total, 1))
        var offset = 0
        var minimum = UInt32.max
        for scalar in order {
            guard let d = dedup[scalar] else { continue }  // `order` holds exactly the keys of `dedup`
            for (j, b) in d.enumerated() { bytes[offset + j] = b }
            var s = EmojiTable.slotIndex(scalar, mask)
            while slots[s].scalar != 0 { s = (s + 1) & mask }
            slots[s] = Slot(scalar: scalar, start: Int32(offset), length: Int32(d.count))
            offset += d.count
            minimum = min(minimum, scalar)
        }
        minScalar = minimum
    }

    deinit {
        slots.deallocate()
        bytes.deallocate()
    }

    @inline(__always)
    static func slotIndex(_ scalar: UInt32, _ mask: Int) -> Int {
        Int((scalar &* 0x9E37_79B1) >> 7) & mask
    }

    /// Description of `scalar` as (offset into `bytes`, length), or nil.
    @inline(__always)
    func lookup(_ scalar: UInt32) -> (start: Int, length: Int)? {
        if scalar < minScalar { return nil }
        var s = EmojiTable.slotIndex(scalar, mask)
        while true {
            let slot = slots[s]
            if slot.scalar == scalar { return (Int(slot.start), Int(slot.length)) }
            if slot.scalar == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// The emoji table built from the embedded `emoji_utf8_lexicon.txt`.
    static let standard: EmojiTable = EmojiTable(parseEmojiLexicon(LexiconData.emojiLexicon))
}

@inline(__always)
func asciiLower(_ b: UInt8) -> UInt8 {
    b &- 0x41 < 26 ? b | 0x20 : b
}
