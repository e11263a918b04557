/// Checks that a stage documents exactly the options it decodes.
///
/// A stage option is written in two places that nothing else ties together: the `Options` type's `init(from:)`
/// (which keys are read, and whether with `decode` or `decodeIfPresent`) and the descriptor's ``OptionDescriptor``s
/// (what `textmine stages`, the docs and `textmine schema` say). The audit runs `init(from:)` against a probe that
/// has no keys and records every key asked for, so a key added to one place and not the other is caught by a test
/// (`OptionsAuditTests` for every registered stage; `textmine schema` reports it for a binary's own stages).
public enum OptionsAudit {
    /// The top-level keys an options type reads, each with whether it is required (read with `decode`).
    ///
    /// - Throws: Whatever `init(from:)` throws when its reads come back empty (a type that validates its values
    ///   in `init(from:)` should do that in the stage's initializer instead).
    public static func decodedKeys<T: Decodable>(of type: T.Type) throws -> [String: Bool] {
        let record = KeyProbe.Record()
        _ = try T(from: KeyProbe(record: record))
        return record.keys
    }

    /// The differences between what `stage` decodes and what its descriptor documents, in words; empty when they
    /// agree.
    public static func problems(of stage: any Stage.Type) -> [String] {
        problems(ofStage: stage)
    }

    private static func problems<S: Stage>(ofStage stage: S.Type) -> [String] {
        problems(decoding: S.Options.self, documented: S.descriptor.options, subject: "stage '\(S.descriptor.name)'")
    }

    /// The differences between the keys `type` decodes and the `documented` options.
    public static func problems<T: Decodable>(decoding type: T.Type, documented: [OptionDescriptor], subject: String)
        -> [String]
    {
        let decoded: [String: Bool]
        do {
            decoded = try decodedKeys(of: type)
        } catch {
            return ["\(subject): its options could not be decoded from an empty mapping to list their keys: \(error)"]
        }
        var problems: [String] = []
        let documentedKeys = Dictionary(documented.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for key in decoded.keys.sorted() where documentedKeys[key] == nil {
            problems.append("\(subject) decodes option '\(key)', which its descriptor does not document")
        }
        for option in documented {
            guard let required = decoded[option.key] else {
                problems.append("\(subject) documents option '\(option.key)', which its options type never reads")
                continue
            }
            if required != option.required {
                problems.append(
                    "\(subject): option '\(option.key)' is \(required ? "required" : "optional") in decoding but documented as \(option.required ? "required" : "optional")"
                )
            }
        }
        return problems
    }
}

/// A decoder with no keys that records which top-level keys a type asks for. Values it must hand back (for
/// required keys) are built from an equally empty decoder: empty strings, zeros, empty lists, the first case of an
/// enum.
private struct KeyProbe: Decoder {
    final class Record {
        var keys: [String: Bool] = [:]
        func note(_ key: String, required: Bool) { keys[key] = (keys[key] ?? false) || required }
    }

    /// Where top-level keys are recorded; nil for the decoders of values.
    let record: Record?
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(record: record, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { Unkeyed(codingPath: codingPath) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(codingPath: codingPath) }

    /// An empty value of `T`.
    static func empty<T: Decodable>(_ type: T.Type, codingPath: [any CodingKey]) throws -> T {
        if let cases = type as? any CaseIterable.Type, let first = firstCase(cases) as? T { return first }
        if let scalar = emptyScalar(type) as? T { return scalar }
        return try T(from: KeyProbe(record: nil, codingPath: codingPath))
    }

    /// The empty value of a string, Boolean or number type; nil for any other type, which is decoded from the probe.
    private static func emptyScalar(_ type: Any.Type) -> Any? {
        switch type {
        case is String.Type: return ""
        case is Bool.Type: return false
        case is Double.Type: return 0.0
        case is Float.Type: return Float(0)
        case let integer as any FixedWidthInteger.Type: return integer.init(0)
        default: return nil
        }
    }

    private static func firstCase<C: CaseIterable>(_ type: C.Type) -> Any? { type.allCases.first }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let record: Record?
        let codingPath: [any CodingKey]
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool {
            record?.note(key.stringValue, required: false)
            return false
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            record?.note(key.stringValue, required: false)
            return true
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            record?.note(key.stringValue, required: true)
            return try KeyProbe.empty(type, codingPath: codingPath + [key])
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            record?.note(key.stringValue, required: false)
            return nil
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            record?.note(key.stringValue, required: true)
            return KeyedDecodingContainer(Keyed<NestedKey>(record: nil, codingPath: codingPath + [key]))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            record?.note(key.stringValue, required: true)
            return Unkeyed(codingPath: codingPath + [key])
        }

        func superDecoder() throws -> any Decoder { KeyProbe(record: nil, codingPath: codingPath) }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            record?.note(key.stringValue, required: true)
            return KeyProbe(record: nil, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let codingPath: [any CodingKey]
        var count: Int? { 0 }
        var isAtEnd: Bool { true }
        var currentIndex: Int { 0 }

        func fail() -> DecodingError {
            .valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the probe's lists are empty"))
        }

        mutating func decodeNil() throws -> Bool { throw fail() }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { throw fail() }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw fail()
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw fail() }
        mutating func superDecoder() throws -> any Decoder { throw fail() }
    }

    struct Single: SingleValueDecodingContainer {
        let codingPath: [any CodingKey]
        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { false }
        func decode(_ type: String.Type) throws -> String { "" }
        func decode(_ type: Double.Type) throws -> Double { 0 }
        func decode(_ type: Float.Type) throws -> Float { 0 }
        func decode(_ type: Int.Type) throws -> Int { 0 }
        func decode(_ type: Int8.Type) throws -> Int8 { 0 }
        func decode(_ type: Int16.Type) throws -> Int16 { 0 }
        func decode(_ type: Int32.Type) throws -> Int32 { 0 }
        func decode(_ type: Int64.Type) throws -> Int64 { 0 }
        func decode(_ type: UInt.Type) throws -> UInt { 0 }
        func decode(_ type: UInt8.Type) throws -> UInt8 { 0 }
        func decode(_ type: UInt16.Type) throws -> UInt16 { 0 }
        func decode(_ type: UInt32.Type) throws -> UInt32 { 0 }
        func decode(_ type: UInt64.Type) throws -> UInt64 { 0 }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try KeyProbe.empty(type, codingPath: codingPath) }
    }
}
