/// FNV-1a, 64 bit: a stable digest (Swift's `Hasher` is seeded per process).
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A fresh digest.
    public init() {}

    /// Adds bytes.
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        // Contiguous bytes (a file's `Data`, an array) in place: `Data`'s iterator cost about 50 instructions a byte,
        // and every list and pattern file a pipeline loads is hashed at start-up.
        if bytes.withContiguousStorageIfAvailable({ add(contiguous: $0) }) != nil { return }
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
    }

    private mutating func add(contiguous bytes: UnsafeBufferPointer<UInt8>) {
        var state = state
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
        self.state = state
    }

    /// Adds a string and a separator.
    public mutating func add(_ text: String) {
        add(text.utf8)
        add(CollectionOfOne(0xFF))
    }

    /// The digest as 16 hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The digest.
    public var value: UInt64 { state }
}
