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
        var lastNewline = -1
        var onlySpaceSince = false
        for index in 0..<text.count {
            switch text[index] {
            case 0x0A:
                if onlySpaceSince { pairs.append((lastNewline, index)) }
                lastNewline = index
                onlySpaceSince = true
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                break
            default:
                onlySpaceSince = false
            }
        }
    }

    var isEmpty: Bool { pairs.isEmpty }

    /// The first blank line that lies inside `range` (both line feeds in it), or nil. Pairs are sorted by position, so
    /// the first pair starting at or after `range.lowerBound` is the only one to check.
    func firstCrossed(by range: Range<Int>) -> (first: Int, second: Int)? {
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].first < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < pairs.count, pairs[low].second < range.upperBound else { return nil }
        return pairs[low]
    }
}
