public import TextMineCore

/// Keyword-in-context lines for `textmine explain --rule`: `document:line:col  …left [match] right…`, with the
/// matches lined up in one column. Context is taken from the bytes around the span (at most `width` characters a
/// side), on one line with runs of white space as one space, terminal-safe; work per match is bounded by the context width and the match's excerpt.
public struct KeywordInContext: Sendable {
    /// One match.
    public struct Line: Sendable, Hashable {
        /// `path:line:col` (1-based, columns in code points).
        public var location: String
        /// The context before the match, starting with `…` when cut.
        public var left: String
        /// The match, on one line (a long one keeps its ends around `…`).
        public var match: String
        /// The context after the match, ending with `…` when cut.
        public var right: String
    }

    /// Characters of context on each side.
    public var width: Int

    /// A formatter with `width` characters of context a side.
    public init(width: Int = 40) { self.width = width }

    /// The line for one span of a document, located as `name:line:col`.
    public func line(for span: Span, in document: Document, positions: TextPositions, name: String) -> Line {
        let bytes = document.utf8
        var leftStart = span.start
        var scalars = 0
        while leftStart > 0, scalars < width {
            leftStart -= 1
            while leftStart > 0, bytes[leftStart] & 0xC0 == 0x80 { leftStart -= 1 }
            scalars += 1
        }
        var rightEnd = span.end
        scalars = 0
        while rightEnd < bytes.count, scalars < width {
            rightEnd += 1
            while rightEnd < bytes.count, bytes[rightEnd] & 0xC0 == 0x80 { rightEnd += 1 }
            scalars += 1
        }
        let left = Self.collapsingSpaces(
            DisplayText.excerpt(String(decoding: bytes[leftStart..<span.start], as: UTF8.self), limit: width + 1))
        let right = Self.collapsingSpaces(
            DisplayText.excerpt(String(decoding: bytes[span.end..<rightEnd], as: UTF8.self), limit: width + 1))
        return Line(
            location: name + ":" + positions.location(ofByte: span.start),
            left: (leftStart > 0 ? "…" : "") + left,
            match: DisplayText.excerpt(document[span], limit: 80),
            right: right + (rightEnd < bytes.count ? "…" : ""))
    }

    /// Runs of spaces (from line breaks between paragraphs) as one space, so context reads as prose.
    static func collapsingSpaces(_ text: String) -> String {
        guard text.contains("  ") else { return text }
        var out = String.UnicodeScalarView()
        var previousSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " ", previousSpace { continue }
            previousSpace = scalar == " "
            out.append(scalar)
        }
        return String(out)
    }

    /// The lines aligned: locations padded to the longest, left contexts right-aligned so the matches line up.
    public func format(_ lines: [Line]) -> String {
        let locationWidth = lines.map { $0.location.unicodeScalars.count }.max() ?? 0
        var out = ""
        for line in lines {
            var text = DisplayText.padded(line.location, to: locationWidth) + "  "
            text += DisplayText.padded(line.left, to: width + 1, left: true) + " [" + line.match + "] " + line.right
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        return out
    }
}
