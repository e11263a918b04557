import TextMineCore

/// Turns marks that nest or cross into a flat stream of text pieces and properly nested open/close steps, the shape
/// both HTML elements and terminal styles need.
///
/// Marks come sorted outer-first (``ExplainedDocument/marks``). At each boundary, marks ending there close and marks
/// starting there open. A quote holding entities nests directly; when two marks cross (`overlap: all` can give
/// `[New [York] City]`-like crossings), closing the lower one first closes the marks opened above it and reopens them
/// right after, as continued fragments. The walk is linear in the text plus, per closing mark, the marks open above
/// it (none for well-nested annotations).
public enum SpanNesting {
    /// One step of the walk.
    public enum Step: Equatable, Sendable {
        /// Text between boundaries, as a byte range.
        case text(Range<Int>)
        /// A mark starts (or, with `continued`, a fragment of it resumes after a crossing mark closed).
        case open(mark: Int, continued: Bool)
        /// A mark stops (`final`: its real end; otherwise it resumes at once with a continued `open`).
        case close(mark: Int, final: Bool)
    }

    /// Walks `marks` (indices into the array) over a text of `length` bytes. Empty spans are skipped.
    public static func walk(_ marks: [ExplainMark], length: Int, _ visit: (Step) -> Void) {
        let opening = marks.indices.filter { !marks[$0].span.isEmpty }
        let closing = opening.sorted { (marks[$0].span.end, $0) < (marks[$1].span.end, $1) }
        var stack: [Int] = []
        var endsHere = [Bool](repeating: false, count: marks.count)
        var nextOpen = 0
        var nextClose = 0
        var position = 0
        while nextOpen < opening.count || nextClose < closing.count {
            let openAt = nextOpen < opening.count ? marks[opening[nextOpen]].span.start : Int.max
            let closeAt = nextClose < closing.count ? marks[closing[nextClose]].span.end : Int.max
            let boundary = min(openAt, closeAt, length)
            if boundary > position {
                visit(.text(position..<boundary))
                position = boundary
            }
            if closeAt == boundary {
                var deepest = stack.count
                while nextClose < closing.count, marks[closing[nextClose]].span.end == boundary {
                    endsHere[closing[nextClose]] = true
                    if let depth = stack.lastIndex(of: closing[nextClose]) { deepest = min(deepest, depth) }
                    nextClose += 1
                }
                var resumed: [Int] = []
                while stack.count > deepest {
                    let mark = stack.removeLast()
                    visit(.close(mark: mark, final: endsHere[mark]))
                    if !endsHere[mark] { resumed.append(mark) }
                }
                for mark in resumed.reversed() {
                    stack.append(mark)
                    visit(.open(mark: mark, continued: true))
                }
            }
            while nextOpen < opening.count, marks[opening[nextOpen]].span.start == boundary {
                stack.append(opening[nextOpen])
                visit(.open(mark: opening[nextOpen], continued: false))
                nextOpen += 1
            }
            if boundary == length { break }
        }
        if position < length { visit(.text(position..<length)) }
        while let mark = stack.popLast() { visit(.close(mark: mark, final: true)) }
    }
}
