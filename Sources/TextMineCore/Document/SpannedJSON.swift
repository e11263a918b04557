/// A plugin layer held as JSON whose spans are UTF-8 byte offsets inside TextMine, like every other layer, and code
/// point offsets in `documents.jsonl`.
///
/// A *span object* is any JSON object, at any depth, with integer fields `start` and `end`. In every plugin layer —
/// set with ``Document/setLayer(named:to:)`` or through a typed ``LayerKey`` whose value encodes ``Span``s or
/// `start`/`end` fields — ``DocumentSerializer`` converts both fields from bytes to code points on output, so
/// plugins keep the output contract (README, "Output contract") without knowing the text's encoding. The names
/// `start` and `end` are therefore reserved for spans in plugin layers.
public struct SpannedJSON: Sendable, Hashable, Encodable {
    /// The layer's value; span objects hold UTF-8 byte offsets.
    public var value: JSONValue

    /// Wraps a value whose span objects hold byte offsets.
    public init(_ value: JSONValue) { self.value = value }

    /// Encodes the value as it is (byte offsets); ``DocumentSerializer`` converts offsets itself.
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }

    /// The value with every span object's `start` and `end` mapped through `transform`.
    ///
    /// - Throws: Whatever `transform` throws (e.g. for an offset outside the text).
    public static func mapSpans(_ value: JSONValue, _ transform: (Int) throws -> Int) rethrows -> JSONValue {
        switch value {
        case .array(let items):
            return .array(try items.map { try mapSpans($0, transform) })
        case .object(var fields):
            for (key, field) in fields where key != "start" && key != "end" {
                fields[key] = try mapSpans(field, transform)
            }
            if case .int(let start)? = fields["start"], case .int(let end)? = fields["end"] {
                fields["start"] = .int(try transform(start))
                fields["end"] = .int(try transform(end))
            }
            return .object(fields)
        default:
            return value
        }
    }
}

extension SpannedJSON: JSONWritable {
    /// Writes the value with every span object's offsets in code points (offsets outside the text are clamped to it).
    public func write(to json: inout JSONWriter, spans: SpanWriter) {
        json.value(Self.mapSpans(value) { spans.clampedCodePointOffset(ofByte: $0) })
    }
}

extension Document {
    /// A plugin layer as JSON: one set with ``setLayer(named:to:)`` (span offsets in bytes), or a typed layer
    /// encoded through `Encodable`; nil when the document has no layer of that name.
    public func jsonLayer(named name: String) -> JSONValue? {
        switch extensionLayers[name] {
        case nil: return nil
        case let spanned as SpannedJSON: return spanned.value
        case let json as JSONValue: return json
        case let value?: return try? JSONValueEncoder.encode(value)
        }
    }

    /// A plugin layer ready to be written: a type that writes itself as it is, any other value as JSON whose span
    /// objects are converted (a value that cannot be encoded is written as `null`).
    func writableLayer(named name: String) -> (any JSONWritable)? {
        switch extensionLayers[name] {
        case nil: return nil
        case let writable as any JSONWritable: return writable
        case let json as JSONValue: return SpannedJSON(json)
        case let value?: return SpannedJSON((try? JSONValueEncoder.encode(value)) ?? .null)
        }
    }
}
