import TextMineCore
import XCTest

@testable import TextMineExplain

/// The walk that turns marks into nested open/close steps: text kept whole, elements always properly nested, labels
/// once per mark, crossings split into fragments.
final class SpanNestingTests: XCTestCase {
    func mark(_ kind: ExplainMark.Kind, _ start: Int, _ end: Int, _ label: String = "T") -> ExplainMark {
        ExplainMark(number: 0, kind: kind, span: Span(start, end), label: label, stage: "s", rule: "r")
    }

    /// Renders the walk as brackets: `{` `}` for quotes, `[` `]` for entities, `+` before a continued fragment and
    /// `'` after a non-final close.
    func brackets(_ text: String, _ marks: [ExplainMark]) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        SpanNesting.walk(marks, length: bytes.count) { step in
            switch step {
            case .text(let range): out += String(decoding: bytes[range], as: UTF8.self)
            case .open(let index, let continued):
                out += (continued ? "+" : "") + (marks[index].kind == .quote ? "{" : "[")
            case .close(let index, let final): out += (marks[index].kind == .quote ? "}" : "]") + (final ? "" : "'")
            }
        }
        return out
    }

    func testQuoteHoldsEntitiesAsNestedElements() {
        let text = "\"Ann met Bob\" he said"
        // Sorted as ExplainedDocument sorts: outer first.
        let marks = [mark(.quote, 0, 13), mark(.entity, 1, 4), mark(.entity, 9, 12)]
        XCTAssertEqual(brackets(text, marks), "{\"[Ann] met [Bob]\"} he said")
    }

    func testSameSpanAndTouchingMarks() {
        let marks = [mark(.quote, 0, 3), mark(.entity, 0, 3), mark(.entity, 3, 6)]
        XCTAssertEqual(brackets("abcdef", marks), "{[abc]}[def]")
    }

    func testCrossingMarksAreSplitIntoFragments() {
        // [New York] and [York City] cross: York is inside both.
        let marks = [mark(.entity, 0, 8), mark(.entity, 4, 13)]
        XCTAssertEqual(brackets("New York City", marks), "[New [York]']+[ City]")
    }

    func testEmptySpansAreSkippedAndTextIsKeptWhole() {
        let marks = [mark(.entity, 2, 2), mark(.entity, 4, 6)]
        XCTAssertEqual(brackets("abcdefgh", marks), "abcd[ef]gh")
        XCTAssertEqual(brackets("abc", []), "abc")
    }

    /// Random marks (nesting, crossing, equal): the text comes back whole, every open has its close in stack
    /// order, and each mark closes finally exactly once.
    func testRandomMarksAlwaysNestProperly() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let length = Int.random(in: 1...40, using: &generator)
            var marks: [ExplainMark] = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                let start = Int.random(in: 0..<length, using: &generator)
                return mark(
                    Bool.random(using: &generator) ? .quote : .entity, start,
                    Int.random(in: start...length, using: &generator))
            }
            marks.sort { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
            var stack: [Int] = []
            var finals = [Int](repeating: 0, count: marks.count)
            var covered = 0
            SpanNesting.walk(marks, length: length) { step in
                switch step {
                case .text(let range):
                    XCTAssertEqual(range.lowerBound, covered)
                    covered = range.upperBound
                    for index in stack { XCTAssertTrue(marks[index].span.range.contains(range.lowerBound)) }
                case .open(let index, _): stack.append(index)
                case .close(let index, let final):
                    XCTAssertEqual(stack.popLast(), index, "closed out of order")
                    if final { finals[index] += 1 }
                }
            }
            XCTAssertEqual(covered, length)
            XCTAssertTrue(stack.isEmpty)
            for (index, mark) in marks.enumerated() { XCTAssertEqual(finals[index], mark.span.isEmpty ? 0 : 1) }
        }
    }
}
