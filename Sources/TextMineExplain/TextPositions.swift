public import TextMineCore

/// Line and column of byte offsets in one document: 1-based lines, 1-based columns counted in Unicode code points
/// (as offsets in `documents.jsonl` and config diagnostics are). Line starts are found once; each lookup is a binary
/// search plus the code point index's bounded count, so positions for every mark stay linear in the document.
public struct TextPositions: Sendable {
    private let lineStarts: [Int]
    private let codePoints: CodePointIndex

    /// Indexes a document's lines.
    public init(_ document: Document) {
        var starts = [0]
        document.withUTF8 { text in
            for index in text.indices where text[index] == 0x0A { starts.append(index + 1) }
        }
        lineStarts = starts
        codePoints = document.codePoints
    }

    /// The number of lines (a final line without a newline counts; a text ending in a newline has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The byte offset where line `number` (1-based) starts.
    public func start(ofLine number: Int) -> Int { lineStarts[number - 1] }

    /// The 1-based line and column of a byte offset.
    public func lineAndColumn(ofByte offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column =
            codePoints.codePointOffset(ofByte: offset) - codePoints.codePointOffset(ofByte: lineStarts[low]) + 1
        return (low + 1, column)
    }

    /// `line:column` of a byte offset.
    public func location(ofByte offset: Int) -> String {
        let (line, column) = lineAndColumn(ofByte: offset)
        return "\(line):\(column)"
    }

    /// A span's start and end in code points, as `documents.jsonl` writes them.
    public func codePointRange(_ span: Span) -> (start: Int, end: Int) { codePoints.codePoints(of: span) }
}
