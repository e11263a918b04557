/// A minimal, fast JSON writer appending UTF-8 bytes to a buffer: used for `documents.jsonl`, where
/// `JSONEncoder` would dominate the run time. Output is compact, keys in the order written.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// An empty writer.
    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Starts an object (as a value or the root).
    public mutating func beginObject() {
        separator()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }
    /// Ends the current object.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma.removeLast()
    }
    /// Starts an array.
    public mutating func beginArray() {
        separator()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }
    /// Ends the current array.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma.removeLast()
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    private var afterKey = false

    private mutating func separator() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
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
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<text.count {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            default:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
        }
        if runStart < text.count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
