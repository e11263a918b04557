/// A plugin layer held as JSON whose spans are UTF-8 byte offsets inside TextMine, like every other layer, and code
/// point offsets in `documents.jsonl`.
///
/// A *span object* is any JSON object, at any depth, with integer fields `start` and `end`. ``Document/
/// setSpannedLayer(named:to:)`` stores such a value (with byte offsets), and ``DocumentSerializer`` converts both
/// fields to code points on output, so `exec` stages and Swift stages that build layers from JSON keep the output
/// contract (README, "Output contract") without knowing the text's encoding.
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

extension Document {
    /// Stores a JSON layer whose span objects (`{"start", "end", …}`) are UTF-8 byte offsets into ``utf8``; they are
    /// written to `documents.jsonl` in code points. `exec` stages store their layers this way.
    public mutating func setSpannedLayer(named name: String, to value: JSONValue) {
        extensionLayers[name] = SpannedJSON(value)
    }

    /// A layer stored with ``setSpannedLayer(named:to:)`` (byte offsets), or with ``setLayer(named:to:)``.
    public func jsonLayer(named name: String) -> JSONValue? {
        switch extensionLayers[name] {
        case let spanned as SpannedJSON: return spanned.value
        case let json as JSONValue: return json
        default: return nil
        }
    }
}
