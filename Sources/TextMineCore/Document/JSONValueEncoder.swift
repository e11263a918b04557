import Foundation

/// Turns an `Encodable` value into a ``JSONValue`` directly, the value `JSONDecoder` would read back from what
/// `JSONEncoder` writes (default strategies), without making and parsing the bytes. Typed plugin layers are written
/// through it once per document, so the round trip through `Data` was a cost on every line of `documents.jsonl`.
///
/// Numbers come out as that round trip gives them: a whole `Double` that fits an `Int` is an `.int` (the encoder
/// writes `2` for `2.0` and `JSONDecoder` reads `1e+16` as an `Int`), a `Float` is the `Double` of its shortest decimal text, `Data` is base64 text, `URL` its
/// absolute string. A non-finite number throws, as `JSONEncoder` does.
public enum JSONValueEncoder {
    /// The JSON form of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a non-finite number, a top-level value that encodes nothing, or
    ///   whatever the value's `encode(to:)` throws.
    public static func encode(_ value: any Encodable) throws -> JSONValue {
        let node = Node()
        try node.store(value, codingPath: [])
        guard node.kind != nil else {
            throw EncodingError.invalidValue(
                value,
                .init(codingPath: [], debugDescription: "Top-level \(type(of: value)) did not encode any values."))
        }
        return node.json
    }

    /// One value under construction; containers hand out child nodes that are filled in later.
    fileprivate final class Node {
        enum Kind {
            case value(JSONValue)
            case object([String: Node])
            case array([Node])
        }

        var kind: Kind?

        var json: JSONValue {
            switch kind {
            case nil: return .object([:])  // a nested value that encoded nothing: JSONEncoder writes {}
            case .value(let value): return value
            case .object(let fields): return .object(fields.mapValues(\.json))
            case .array(let items): return .array(items.map(\.json))
            }
        }

        /// Stores a value, with the special forms `JSONEncoder` gives some Foundation types.
        func store(_ value: any Encodable, codingPath: [any CodingKey]) throws {
            switch value {
            case let number as Double: kind = .value(try Self.number(number, codingPath))
            case let number as Float: kind = .value(try Self.number(Double("\(number)") ?? Double(number), codingPath))
            case let data as Data: kind = .value(.string(data.base64EncodedString()))
            case let url as URL: kind = .value(.string(url.absoluteString))
            case let decimal as Decimal: kind = .value(try Self.number(Double("\(decimal)") ?? .nan, codingPath))
            default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
            }
        }

        func child(_ key: String) -> Node {
            let node = Node()
            if case .object(var fields) = kind {
                fields[key] = node
                kind = .object(fields)
            } else {
                kind = .object([key: node])
            }
            return node
        }

        func append() -> Node {
            let node = Node()
            if case .array(var items) = kind {
                items.append(node)
                kind = .array(items)
            } else {
                kind = .array([node])
            }
            return node
        }

        func makeObject() { if case .object = kind {} else { kind = .object([:]) } }
        func makeArray() { if case .array = kind {} else { kind = .array([]) } }

        static func number(_ number: Double, _ codingPath: [any CodingKey]) throws -> JSONValue {
            guard number.isFinite else {
                throw EncodingError.invalidValue(
                    number,
                    .init(codingPath: codingPath, debugDescription: "Unable to encode \(number) directly in JSON."))
            }
            // JSONDecoder reads any whole number that fits (`2`, `1e+16`) as an Int.
            return Int(exactly: number).map(JSONValue.int) ?? .double(number)
        }

        static func integer<T: BinaryInteger>(_ number: T) -> JSONValue {
            Int(exactly: number).map(JSONValue.int) ?? .double(Double(number))
        }
    }

    private struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.makeObject()
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.makeArray()
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        func set(_ value: JSONValue, _ key: Key) { node.child(key.stringValue).kind = .value(value) }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(Node.integer(value), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try node.child(key.stringValue).store(value, codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = node.child(key.stringValue)
            child.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = node.child(key.stringValue)
            child.makeArray()
            return Unkeyed(node: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.child("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = node.kind { return items.count }
            return 0
        }

        func add(_ value: JSONValue) { node.append().kind = .value(value) }

        mutating func encodeNil() throws { add(.null) }
        mutating func encode(_ value: Bool) throws { add(.bool(value)) }
        mutating func encode(_ value: String) throws { add(.string(value)) }
        mutating func encode(_ value: Int) throws { add(.int(value)) }
        mutating func encode(_ value: Int8) throws { add(Node.integer(value)) }
        mutating func encode(_ value: Int16) throws { add(Node.integer(value)) }
        mutating func encode(_ value: Int32) throws { add(Node.integer(value)) }
        mutating func encode(_ value: Int64) throws { add(Node.integer(value)) }
        mutating func encode(_ value: UInt) throws { add(Node.integer(value)) }
        mutating func encode(_ value: UInt8) throws { add(Node.integer(value)) }
        mutating func encode(_ value: UInt16) throws { add(Node.integer(value)) }
        mutating func encode(_ value: UInt32) throws { add(Node.integer(value)) }
        mutating func encode(_ value: UInt64) throws { add(Node.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try node.append().store(value, codingPath: codingPath + [IndexKey(count)])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
            NestedKey
        > {
            let path = codingPath + [IndexKey(count)]
            let child = node.append()
            child.makeObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let path = codingPath + [IndexKey(count)]
            let child = node.append()
            child.makeArray()
            return Unkeyed(node: child, codingPath: path)
        }

        mutating func superEncoder() -> any Encoder {
            let path = codingPath + [IndexKey(count)]
            return NodeEncoder(node: node.append(), codingPath: path)
        }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.kind = .value(.null) }
        mutating func encode(_ value: Bool) throws { node.kind = .value(.bool(value)) }
        mutating func encode(_ value: String) throws { node.kind = .value(.string(value)) }
        mutating func encode(_ value: Int) throws { node.kind = .value(.int(value)) }
        mutating func encode(_ value: Int8) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: Int16) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: Int32) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: Int64) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: UInt) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: UInt8) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: UInt16) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: UInt32) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode(_ value: UInt64) throws { node.kind = .value(Node.integer(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try node.store(value, codingPath: codingPath) }
    }

    private struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
}
