// Between byte offsets, tokens and strings: rules work on token indices, results are byte ranges and names.

extension DocState {
    /// Whether token `k` is the first of its line (a line break between it and the token before).
    func opensLine(_ k: Int) -> Bool {
        guard k > 0 else { return true }
        return (Int(toks[k - 1].end)..<Int(toks[k].start)).contains { p[$0] == 0x0A }
    }

    /// The text of a byte range with every whitespace run (newlines, no-break spaces) collapsed to one space: names
    /// and cues written across a line break compare equal to the same words on one line.
    func text(_ r: Range<Int>) -> String { String(decoding: textBytes(r), as: UTF8.self) }

    /// The bytes of ``text(_:)``: whitespace runs collapsed to one space.
    func textBytes(_ r: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        var pendingSpace = false
        while i < r.upperBound {
            let s = spaceLen(p, i, p.count)
            if s > 0 {
                pendingSpace = true
                i += s
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(.space) }
            pendingSpace = false
            out.append(p[i])
            i += 1
        }
        return out
    }

    /// The first token starting at or after byte `pos` (binary search; tokens are in text order).
    func tokIndex(atOrAfter pos: Int) -> Int {
        var lo = 0
        var hi = toks.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(toks[mid].start) < pos { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Byte range from the start of token `a` to the end of token `b` (inclusive).
    func byteRange(_ a: Int, _ b: Int) -> Range<Int> { Int(toks[a].start)..<Int(toks[b].end) }
}
