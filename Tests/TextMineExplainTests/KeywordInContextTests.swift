import TextMineCore
import XCTest

@testable import TextMineExplain

/// `--rule` lines: exact `line:col` (1-based, columns in characters), context cut with `…`, matches lined up.
final class KeywordInContextTests: XCTestCase {
    func span(of needle: String, in text: String, from: String.Index? = nil) -> Span {
        let range = text.range(of: needle, range: (from ?? text.startIndex)..<text.endIndex)!
        return Span(
            text.utf8.distance(from: text.startIndex, to: range.lowerBound),
            text.utf8.distance(from: text.startIndex, to: range.upperBound))
    }

    func testLineAndColumnCountCharactersNotBytes() {
        let text = "Headline\n\nŁódź café paid £5m.\nThen €7m more"
        let document = Document(id: "d", text: text)
        let positions = TextPositions(document)
        let formatter = KeywordInContext(width: 8)
        let first = formatter.line(for: span(of: "£5m", in: text), in: document, positions: positions, name: "a/b.txt")
        XCTAssertEqual(first.location, "a/b.txt:3:16")
        XCTAssertEqual(first.left, "…fé paid ")
        XCTAssertEqual(first.match, "£5m")
        XCTAssertEqual(first.right, ". Then €…")
        let second = formatter.line(for: span(of: "€7m", in: text), in: document, positions: positions, name: "a/b.txt")
        XCTAssertEqual(second.location, "a/b.txt:4:6")
        XCTAssertEqual(second.right, " more", "no … at the end of the text")
        XCTAssertEqual(
            formatter.format([first, second]),
            """
            a/b.txt:3:16  …fé paid  [£5m] . Then €…
            a/b.txt:4:6   …m. Then  [€7m]  more

            """)
    }

    func testMatchAtTheStartHasNoLeftEllipsisAndLongMatchesAreShortened() {
        let text = "Alpha " + String(repeating: "x", count: 200) + " omega"
        let document = Document(id: "d", text: text)
        let positions = TextPositions(document)
        let formatter = KeywordInContext(width: 10)
        let start = formatter.line(for: Span(0, 5), in: document, positions: positions, name: "n")
        XCTAssertEqual(start.location, "n:1:1")
        XCTAssertEqual(start.left, "")
        let long = formatter.line(for: Span(6, 206), in: document, positions: positions, name: "n")
        XCTAssertEqual(long.match.count, 80)
        XCTAssertTrue(long.match.contains("…"))
        XCTAssertEqual(long.right, " omega")
    }

    func testControlCharactersAndNewlinesNeverReachTheTerminal() {
        let text = "a\u{1B}[31mred\u{1B}[0m b\r\nMONEY $5 \u{9B}x"
        let document = Document(id: "d", text: text)
        let line = KeywordInContext(width: 20).line(
            for: span(of: "$5", in: text), in: document, positions: TextPositions(document), name: "n")
        let rendered = KeywordInContext(width: 20).format([line])
        XCTAssertFalse(rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, rendered)
        XCTAssertFalse(rendered.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) }, rendered)
        XCTAssertEqual(line.location, "n:2:7")
    }
}
