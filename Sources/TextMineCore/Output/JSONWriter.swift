/// A minimal, fast JSON writer appending UTF-8 bytes to a buffer: used for `documents.jsonl`, where
/// `JSONEncoder` would dominate the run time. Output is compact, keys in the order written.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public var bytes: [UInt8] = []
    /// Whether the current object or array already holds a member (the next one needs a comma before it).
    private var needsComma = false
    /// The same flag of each enclosing container, innermost in the lowest bit, for the first 64 levels: keys and
    /// values are written millions of times per run, and a `[Bool]` stack cost an array access with a uniqueness
    /// check on each.
    private var enclosing: UInt64 = 0
    /// Levels below the 64th, innermost last.
    private var deeperEnclosing: [Bool] = []
    private var depth = 0

    /// An empty writer.
    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Starts an object (as a value or the root).
    public mutating func beginObject() {
        separator()
        bytes.append(UInt8(ascii: "{"))
        enter()
    }
    /// Ends the current object.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        leave()
    }
    /// Starts an array.
    public mutating func beginArray() {
        separator()
        bytes.append(UInt8(ascii: "["))
        enter()
    }
    /// Ends the current array.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        leave()
    }

    /// Saves the enclosing container's comma flag and starts an empty one.
    private mutating func enter() {
        if depth < 64 {
            enclosing = enclosing << 1 | (needsComma ? 1 : 0)
        } else {
            deeperEnclosing.append(needsComma)
        }
        depth += 1
        needsComma = false
    }

    /// Returns to the enclosing container's comma flag.
    private mutating func leave() {
        precondition(depth > 0, "JSONWriter: a container was closed that was not opened")
        depth -= 1
        if depth < 64 {
            needsComma = enclosing & 1 != 0
            enclosing >>= 1
        } else {
            needsComma = deeperEnclosing.removeLast()
        }
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    private var afterKey = false

    /// Writes an object key that needs no escaping (a field name of the output contract, ASCII without quotes,
    /// backslashes or control bytes), copied as it is: ``key(_:)`` lends a `String`'s bytes and scans them for
    /// bytes to escape, about 280 instructions a key, and `documents.jsonl` writes six keys per entity.
    public mutating func key(plain key: StaticString) {
        assert(
            key.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } },
            "a plain key needs no escaping")
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    private mutating func separator() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separator()
        appendString(value)
    }

    /// Writes a string value from UTF-8 bytes (must be valid UTF-8).
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        separator()
        appendEscaped(value)
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        separator()
        bytes.appendDecimal(value)
    }

    /// Writes a floating-point number (shortest round-trip form; non-finite values as null).
    public mutating func double(_ value: Double) {
        separator()
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.appendDecimal(Int(value))
            bytes.append(contentsOf: ".0".utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// Writes a Boolean.
    public mutating func bool(_ value: Bool) {
        separator()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes null.
    public mutating func null() {
        separator()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes already-serialised JSON as a value.
    public mutating func raw(_ json: some Sequence<UInt8>) {
        separator()
        bytes.append(contentsOf: json)
    }

    /// Writes a ``JSONValue``.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let fields):
            beginObject()
            for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
                key(name)
                self.value(field)
            }
            endObject()
        }
    }

    private mutating func appendString(_ value: String) {
        // Native strings (every key, and almost every value) lend their bytes without the copy `withUTF8` needs.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) != nil { return }
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    /// Appends `run` to ``bytes``: short runs (keys, most names, the words between escapes) byte by byte, since
    /// `append(contentsOf:)` costs a uniqueness check and a `memmove` call however few bytes it copies, and the keys
    /// alone are written a dozen times per entity.
    @inline(__always)
    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        if run.count <= 16 {
            for byte in run { bytes.append(byte) }
        } else {
            bytes.append(contentsOf: run)
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string. Runs without a byte to escape are copied whole; the scan for those bytes
    /// reads eight at a time (most of `documents.jsonl` is text with nothing to escape, and this scan was its largest
    /// single cost) and looks at single bytes only in words that hold one.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = text.count
        let raw = UnsafeRawPointer(text.baseAddress)
        while index < count {
            let end: Int
            if let raw, index + 8 <= count {
                guard Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) else {
                    index += 8
                    continue
                }
                end = index + 8
            } else {
                end = count
            }
            while index < end {
                let byte = text[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index - 1 { appendRun(UnsafeBufferPointer(rebasing: text[runStart..<index - 1])) }
                runStart = index
                appendEscape(byte)
            }
        }
        if runStart < count { appendRun(UnsafeBufferPointer(rebasing: text[runStart..<count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes of `word` is below 0x20, a quote or a backslash (exact: no byte is missed, and
    /// a word without one is never flagged).
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// The escape sequence of one byte that needs one.
    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""): bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        }
    }
}
