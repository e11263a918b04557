/// A value of `documents.jsonl` that writes itself as one JSON value with ``JSONWriter``: every built-in annotation
/// type, a document's sentiment and every plugin layer (see ``DocumentSerializer``), so all layers take one path.
///
/// A plugin's layer type may adopt this protocol to be written straight into the line's bytes, like the built-in
/// layers; a layer type that is only `Encodable` is turned into a ``JSONValue`` without a `JSONEncoder` (see
/// ``JSONValueEncoder``) and its span objects are converted (see ``SpannedJSON``).
public protocol JSONWritable {
    /// Writes the value at the writer's current position (an array element or after a key).
    func write(to json: inout JSONWriter, spans: SpanWriter)
}

/// Writes spans as the output contract wants them: code point offsets, end exclusive, with the covered text when
/// the pipeline asks for it (`output.span_text`).
public struct SpanWriter {
    /// The document's text, in UTF-8 bytes.
    public let text: UnsafeBufferPointer<UInt8>
    /// Byte → code point conversion for ``text``.
    public let codePoints: CodePointIndex
    /// Whether span objects carry their `text`.
    public let includeText: Bool

    /// A writer for the spans of one document's text.
    public init(text: UnsafeBufferPointer<UInt8>, codePoints: CodePointIndex, includeText: Bool) {
        self.text = text
        self.codePoints = codePoints
        self.includeText = includeText
    }

    /// Writes `"start"`, `"end"` and (when asked) `"text"` into the open object.
    public func fields(of span: Span, into json: inout JSONWriter) {
        let (start, end) = codePoints.codePoints(of: span)
        json.key(plain: "start")
        json.int(start)
        json.key(plain: "end")
        json.int(end)
        if includeText {
            json.key(plain: "text")
            json.string(utf8: UnsafeBufferPointer(rebasing: text[span.range]))
        }
    }

    /// Both ends of a span in code points.
    public func offsets(of span: Span) -> (start: Int, end: Int) { codePoints.codePoints(of: span) }

    /// The code point offset of a byte offset a plugin gave, clamped to the text (a plugin's offsets are not
    /// trusted to lie inside it).
    public func clampedCodePointOffset(ofByte offset: Int) -> Int {
        codePoints.codePointOffset(ofByte: min(max(offset, 0), text.count))
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    /// Writes the elements as a JSON array.
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.beginArray()
        for element in self { element.write(to: &json, spans: spans) }
        json.endArray()
    }
}
