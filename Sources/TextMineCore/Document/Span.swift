/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Spans are what every stage produces and consumes internally: byte offsets are what PCRE2 returns and what lets
/// stages slice the text without decoding it. They are converted to Unicode code point offsets only when results
/// are written (see ``CodePointIndex``).
public struct Span: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The first byte of the span.
    public var start: Int
    /// One past the last byte of the span.
    public var end: Int

    /// Creates a span from `start` (inclusive) to `end` (exclusive).
    @inlinable
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// Creates a span covering a byte range.
    @inlinable
    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// The span as a range of byte offsets.
    @inlinable
    public var range: Range<Int> { start..<end }

    /// The number of bytes covered.
    @inlinable
    public var count: Int { end - start }

    /// Whether the span covers no bytes.
    @inlinable
    public var isEmpty: Bool { end <= start }

    /// Whether `other` lies entirely inside this span.
    @inlinable
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one byte.
    @inlinable
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    /// Orders spans by start, then by end.
    @inlinable
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// `start..<end`, in bytes.
    public var description: String { "\(start)..<\(end)" }
}
