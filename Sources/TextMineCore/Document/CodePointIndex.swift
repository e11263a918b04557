/// Converts UTF-8 byte offsets into Unicode code point offsets, the unit results are written in (so they line up
/// with Python strings, pandas and spaCy).
///
/// For pure-ASCII text the conversion is the identity and costs nothing. Otherwise a table of code point counts at
/// every 64th byte is built once, and each conversion counts at most 63 bytes.
public struct CodePointIndex: Sendable {
    private let blockStarts: [Int]?
    private let bytes: [UInt8]

    /// Builds the index for a text.
    public init(_ utf8: [UInt8]) {
        self.bytes = utf8
        var isASCII = true
        utf8.withUnsafeBufferPointer { buffer in
            for byte in buffer where byte >= 0x80 {
                isASCII = false
                break
            }
        }
        if isASCII {
            blockStarts = nil
            return
        }
        var table = [Int]()
        table.reserveCapacity(utf8.count / 64 + 2)
        var scalars = 0
        utf8.withUnsafeBufferPointer { buffer in
            for (offset, byte) in buffer.enumerated() {
                if offset & 63 == 0 { table.append(scalars) }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
        }
        table.append(scalars)
        blockStarts = table
    }

    /// The code point offset of a byte offset (which must lie on a scalar boundary or at the end).
    public func codePointOffset(ofByte offset: Int) -> Int {
        guard let blockStarts else { return offset }
        let block = offset >> 6
        var count = blockStarts[block]
        var index = block << 6
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Both ends of a span in code points.
    public func codePoints(of span: Span) -> (start: Int, end: Int) {
        (codePointOffset(ofByte: span.start), codePointOffset(ofByte: span.end))
    }
}
