#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The blank lines of a document, found in one pass over its bytes, so the entities stage can keep every mention inside
/// one paragraph: no rule, list or normaliser may join text across a blank line (`\s+` in a pattern would otherwise
/// cross `\n\n` silently and produce `Putin\n\nToo`).
///
/// A blank line is two line feeds with only spaces, tabs, carriage returns, form feeds or vertical tabs between them,
/// so CRLF text (`\r\n\r\n`) and lines holding stray spaces count too. It is recorded as the positions of its two line
/// feeds; a run of several blank lines gives one pair per consecutive pair of line feeds.
struct ParagraphBreaks {
    /// Positions of the first and the second line feed of each blank line, in increasing order.
    private(set) var pairs: [(first: Int, second: Int)] = []

    init(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        var previous = -1
        var from = 0
        // memchr jumps from line feed to line feed; only the bytes between two of them are looked at.
        while from < count, let found = memchr(base + from, 0x0A, count - from) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if previous >= 0 {
                var blank = true
                for between in (previous + 1)..<index where !Self.isBlank(base[between]) {
                    blank = false
                    break
                }
                if blank { pairs.append((previous, index)) }
            }
            previous = index
            from = index + 1
        }
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    var isEmpty: Bool { pairs.isEmpty }

    /// The first blank line that lies inside `range` (both line feeds in it), or nil. Ranges must be asked in
    /// increasing start order with the same `cursor` (it starts at 0): the cursor moves past blank lines that start
    /// before `range`, so a whole document's matches cost one pass over its blank lines, not a search each.
    @inline(__always)
    func crossed(by range: Range<Int>, cursor: inout Int) -> (first: Int, second: Int)? {
        while cursor < pairs.count, pairs[cursor].first < range.lowerBound { cursor += 1 }
        guard cursor < pairs.count, pairs[cursor].second < range.upperBound else { return nil }
        return pairs[cursor]
    }

    /// Where the paragraph that ends at blank line `cursor` begins: after the blank line before it, or at 0.
    func paragraphStart(before cursor: Int) -> Int {
        cursor > 0 ? pairs[cursor - 1].second : 0
    }
}
