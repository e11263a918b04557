// Byte-level character classification shared by the tokenizer and the sentence splitter.

/// Bit flags describing a code point, mirroring the character classes of spaCy's English
/// punctuation rules (see `TokenizerTables`).
@usableFromInline
enum CharFlags {
    static let space: UInt16 = 1
    static let alpha: UInt16 = 2
    static let lower: UInt16 = 4
    static let upper: UInt16 = 8
    static let quote: UInt16 = 16
    static let icon: UInt16 = 32
    static let prefix: UInt16 = 64
    static let suffix: UInt16 = 128
    static let dotBefore: UInt16 = 256
    static let digit: UInt16 = 512
    static let urlLabel: UInt16 = 1024
    static let word: UInt16 = 2048
    static let currency: UInt16 = 4096
    static let hyphen: UInt16 = 8192
    /// Set in the 256-entry byte table for bytes >= 0x80 (a multi-byte sequence must be decoded).
    static let nonASCII: UInt16 = 32768
}

/// Immutable, heap-allocated lookup tables (allocated once per process, never freed).
final class CharTable: @unchecked Sendable {
    /// 256-entry table indexed by a UTF-8 byte.
    let bytes: UnsafeMutablePointer<UInt16>
    /// Non-ASCII ranges: `firsts[i]...lasts[i]` has `rangeFlags[i]`.
    let firsts: UnsafeMutablePointer<UInt32>
    let lasts: UnsafeMutablePointer<UInt32>
    let rangeFlags: UnsafeMutablePointer<UInt16>
    let rangeCount: Int

    static let shared = CharTable()

    private init() {
        bytes = .allocate(capacity: 256)
        for i in 0..<256 {
            bytes[i] = i < 128 ? TokenizerTables.asciiFlags[i] : CharFlags.nonASCII
        }
        let triples = TokenizerTables.unicodeRanges
        rangeCount = triples.count / 3
        firsts = .allocate(capacity: rangeCount)
        lasts = .allocate(capacity: rangeCount)
        rangeFlags = .allocate(capacity: rangeCount)
        for i in 0..<rangeCount {
            firsts[i] = triples[3 * i]
            lasts[i] = triples[3 * i + 1]
            rangeFlags[i] = UInt16(triples[3 * i + 2])
        }
    }

    /// Flags of a Unicode scalar value.
    @inline(__always)
    func flags(_ cp: UInt32) -> UInt16 {
        if cp < 128 { return bytes[Int(cp)] }
        var lo = 0
        var hi = rangeCount
        while lo < hi {
            let mid = (lo + hi) >> 1
            if lasts[mid] < cp { lo = mid + 1 } else { hi = mid }
        }
        if lo < rangeCount && firsts[lo] <= cp { return rangeFlags[lo] }
        return 0
    }
}

/// Decodes the UTF-8 scalar starting at `i` (which must be `< end`). Invalid sequences decode as
/// one byte with the value `0xFFFF_FFFF` (no flags).
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 >= 0xC2 && b0 < 0xE0 {
        if i + 1 < end, p[i + 1] & 0xC0 == 0x80 {
            return (((b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2)
        }
    } else if b0 >= 0xE0 && b0 < 0xF0 {
        if i + 2 < end, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
            let v = ((b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
            if v >= 0x800 { return (v, 3) }
        }
    } else if b0 >= 0xF0 && b0 < 0xF5 {
        if i + 3 < end, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
            let v =
                ((b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12)
                | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
            if v >= 0x10000 && v < 0x110000 { return (v, 4) }
        }
    }
    return (0xFFFF_FFFF, 1)
}

/// Start index of the scalar that ends right before `i` (never moves below `lowerBound`).
@inline(__always)
func previousScalarStart(_ p: UnsafePointer<UInt8>, _ i: Int, _ lowerBound: Int) -> Int {
    var j = i - 1
    var steps = 0
    while j > lowerBound && p[j] & 0xC0 == 0x80 && steps < 3 {
        j -= 1
        steps += 1
    }
    return j
}

/// An open-addressing hash table from byte strings to small integer payloads, looked up with
/// byte slices (no allocation per lookup).
struct ByteSliceTable: @unchecked Sendable {
    private(set) var pool: [UInt8] = []
    private(set) var keyStart: [Int] = []
    private(set) var keyLength: [Int] = []
    private var slots: [Int32] = []
    private var mask = 0
    /// Fold ASCII letters to lower case when hashing and comparing.
    let caseInsensitive: Bool
    private(set) var maxKeyLength = 0
    /// Bloom filter over (first byte, last byte, length) of the keys: 2^16 bits.
    private var bloom = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    private func bloomBit(_ first: UInt8, _ last: UInt8, _ length: Int) -> Int {
        (Int(first) &* 131 &+ Int(last) &* 1031 &+ length &* 8191) & 0xFFFF
    }

    init(caseInsensitive: Bool = false) { self.caseInsensitive = caseInsensitive }

    var count: Int { keyStart.count }

    @inline(__always)
    private func fold(_ b: UInt8) -> UInt8 {
        caseInsensitive && b >= 65 && b <= 90 ? b | 0x20 : b
    }

    @inline(__always)
    private func hash(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            h = (h ^ UInt64(fold(p[i]))) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h ^ (h >> 29)
    }

    /// Adds `key`; returns its entry index (existing index if already present).
    @discardableResult
    mutating func insert(_ key: [UInt8]) -> Int {
        if let existing = key.withBytePointer({ find($0, 0, key.count) }) {
            return existing
        }
        let index = keyStart.count
        keyStart.append(pool.count)
        keyLength.append(key.count)
        pool.append(contentsOf: key.map { fold($0) })
        maxKeyLength = max(maxKeyLength, key.count)
        if let first = key.first, let last = key.last {
            let bit = bloomBit(fold(first), fold(last), key.count)
            bloom[bit >> 6] |= UInt64(1) << UInt64(bit & 63)
        }
        if keyStart.count * 2 > slots.count { rehash() } else { place(index) }
        return index
    }

    private mutating func rehash() {
        var size = 16
        while size < keyStart.count * 4 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for i in 0..<keyStart.count { place(i) }
    }

    private mutating func place(_ index: Int) {
        let h = pool.withBytePointer { hash($0, keyStart[index], keyStart[index] + keyLength[index]) }
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    /// Entry index of the key equal to bytes `start..<end` of `p`, or nil.
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let length = end - start
        if length <= 0 || length > maxKeyLength { return nil }
        let bit = bloomBit(fold(p[start]), fold(p[end - 1]), length)
        if bloom.withUnsafeBufferPointer({ $0[bit >> 6] }) & (UInt64(1) << UInt64(bit & 63)) == 0 { return nil }
        let h = hash(p, start, end)
        return slots.withUnsafeBufferPointer { slotBuf -> Int? in
            pool.withUnsafeBufferPointer { poolBuf -> Int? in
                keyStart.withUnsafeBufferPointer { starts -> Int? in
                    keyLength.withUnsafeBufferPointer { lengths -> Int? in
                        var slot = Int(truncatingIfNeeded: h) & mask
                        while true {
                            let entry = Int(slotBuf[slot])
                            if entry < 0 { return nil }
                            if lengths[entry] == length {
                                let ks = starts[entry]
                                var k = 0
                                while k < length && poolBuf[ks + k] == fold(p[start + k]) { k += 1 }
                                if k == length { return entry }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }
}
