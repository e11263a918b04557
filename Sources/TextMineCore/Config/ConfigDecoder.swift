/// Decodes `Decodable` values (stage options, the pipeline outline) from ``ConfigNode``s, collecting every problem
/// with its position instead of stopping at the first.
///
/// - Optional keys (`decodeIfPresent`) with a bad value are reported and read as absent, so one pass finds all bad
///   values of a stage.
/// - Keys of a mapping that the type never asked for are reported as unknown, with the closest known key as a
///   suggestion. Types that read every key (dictionaries) accept any key.
public enum ConfigDecoding {
    /// Decodes `type` from `node`.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - node: The configuration node holding it.
    ///   - subject: How messages name the owner of the keys, e.g. `stage 'entities'`.
    /// - Returns: The decoded value.
    /// - Throws: ``ConfigError`` with all problems found.
    public static func decode<T: Decodable>(_ type: T.Type, from node: ConfigNode, subject: String) throws -> T {
        let (value, diagnostics) = decodeCollecting(type, from: node, subject: subject)
        guard let value, diagnostics.isEmpty else { throw ConfigError(diagnostics) }
        return value
    }

    /// Decodes `type` from `node`, returning the value (nil when a required part was unusable) together with every
    /// problem found, so a caller can go on validating with a partly bad value.
    public static func decodeCollecting<T: Decodable>(_ type: T.Type, from node: ConfigNode, subject: String) -> (
        T?, [Diagnostic]
    ) {
        let session = DecodingSession(subject: subject)
        let decoder = ConfigDecoder(node: node, session: session, codingPath: [])
        var result: T?
        do {
            result = try T(from: decoder)
        } catch let failure as ConfigDecodingFailure {
            session.diagnostics.append(failure.diagnostic)
        } catch let error as ConfigError {
            session.diagnostics += error.diagnostics
        } catch let error as DecodingError {
            session.diagnostics.append(session.diagnostic(for: error, root: node))
        } catch {
            session.diagnostics.append(node.error("\(error)"))
        }
        if result != nil {
            session.diagnostics += session.unknownKeyDiagnostics()
        }
        return (result, session.diagnostics)
    }
}

/// A string-valued option with a fixed set of values; decoding names the allowed values and suggests the closest.
///
/// ```swift
/// enum Overlap: String, OptionEnum { case all, longest, priority }
/// ```
public protocol OptionEnum: RawRepresentable, CaseIterable, Decodable, Sendable where RawValue == String {}

extension OptionEnum {
    /// Decodes one of the allowed values.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            let allowed = Self.allCases.map(\.rawValue)
            let key = decoder.codingPath.last { $0.intValue == nil }.map { "'\($0.stringValue)'" } ?? "value"
            let message =
                "unknown \(key) value '\(text)' (expected \(allowed.joined(separator: ", ")))\(Suggestion.didYouMean(text, in: allowed))"
            if let configDecoder = decoder as? ConfigDecoder { throw configDecoder.fail(message) }
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: message))
        }
        self = value
    }
}

/// A thrown problem carrying its diagnostic.
struct ConfigDecodingFailure: Error {
    var diagnostic: Diagnostic
}

/// The mutable record of one decoding pass (single-threaded).
final class DecodingSession {
    let subject: String
    var diagnostics: [Diagnostic] = []
    var mappings: [MappingUse] = []

    init(subject: String) { self.subject = subject }

    /// Which keys of one mapping were asked for.
    final class MappingUse {
        let node: ConfigNode
        var requested: Set<String> = []
        var readsAllKeys = false
        init(node: ConfigNode) { self.node = node }
    }

    func unknownKeyDiagnostics() -> [Diagnostic] {
        var result: [Diagnostic] = []
        for use in mappings where !use.readsAllKeys {
            for pair in use.node.pairs ?? [] {
                guard let key = pair.key.scalar, !use.requested.contains(key) else { continue }
                let suggestion = Suggestion.didYouMean(key, in: use.requested.sorted())
                result.append(pair.key.error("unknown option '\(key)' for \(subject)\(suggestion)"))
            }
        }
        return result
    }

    func diagnostic(for error: DecodingError, root: ConfigNode) -> Diagnostic {
        let (path, message): ([any CodingKey], String)
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            (path, message) = (context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context):
            (path, message) = (context.codingPath, "missing required option '\(key.stringValue)'")
        @unknown default:
            (path, message) = ([], "\(error)")
        }
        var node = root
        for key in path {
            if let index = key.intValue, let items = node.items, index < items.count {
                node = items[index]
            } else if let next = node[key.stringValue] {
                node = next
            }
        }
        return node.error(message)
    }
}

/// The `Decoder` over one node.
struct ConfigDecoder: Decoder {
    let node: ConfigNode
    let session: DecodingSession
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func fail(_ message: String, at node: ConfigNode? = nil) -> ConfigDecodingFailure {
        ConfigDecodingFailure(diagnostic: (node ?? self.node).error(message))
    }

    var keyName: String {
        codingPath.last.map { "'\($0.stringValue)'" } ?? "the value"
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let pairs: [ConfigNode.Pair]
        switch node.kind {
        case .mapping(let found): pairs = found
        case .null: pairs = []
        default: throw fail("\(keyName) must be a mapping (key: value), found \(node.kindDescription)")
        }
        var seen: [String: ConfigNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                session.diagnostics.append(pair.key.error("keys must be plain strings"))
                continue
            }
            if seen[key] != nil {
                session.diagnostics.append(pair.key.error("duplicate key '\(key)'"))
            }
            seen[key] = pair.value
        }
        let use = DecodingSession.MappingUse(node: node)
        session.mappings.append(use)
        return KeyedDecodingContainer(KeyedConfigContainer<Key>(decoder: self, values: seen, use: use))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch node.kind {
        case .sequence(let items): return UnkeyedConfigContainer(decoder: self, items: items)
        case .null: return UnkeyedConfigContainer(decoder: self, items: [])
        default: throw fail("\(keyName) must be a list, found \(node.kindDescription)")
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueConfigContainer(decoder: self)
    }

    func child(_ node: ConfigNode, key: any CodingKey) -> ConfigDecoder {
        ConfigDecoder(node: node, session: session, codingPath: codingPath + [key])
    }

    // MARK: Scalars

    func scalarText(_ expected: String) throws -> String {
        switch node.kind {
        case .scalar(let text, _): return text
        default: throw fail("\(keyName) must be \(expected), found \(node.kindDescription)")
        }
    }

    func decodeBool() throws -> Bool {
        let text = try scalarText("true or false")
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail("\(keyName) must be true or false, found '\(text)'")
        }
    }

    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let text = try scalarText("an integer")
        guard let value = T(text.replacingUnderscores()) else {
            throw fail("\(keyName) must be an integer, found '\(text)'")
        }
        return value
    }

    func decodeFloat<T: LosslessStringConvertible>(_ type: T.Type) throws -> T {
        let text = try scalarText("a number")
        guard let value = T(text.replacingUnderscores()) else {
            throw fail("\(keyName) must be a number, found '\(text)'")
        }
        return value
    }

    // swift-format-ignore: NeverForceUnwrap
    // Each cast follows the check that `T` is that very type.
    func decodeAny<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type: return try scalarText("a string") as! T
        case is Bool.Type: return try decodeBool() as! T
        case is Int.Type: return try decodeInteger(Int.self) as! T
        case is Int64.Type: return try decodeInteger(Int64.self) as! T
        case is UInt32.Type: return try decodeInteger(UInt32.self) as! T
        case is Double.Type: return try decodeFloat(Double.self) as! T
        default: return try T(from: self)
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(self.filter { $0 != "_" }) }
}

struct KeyedConfigContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ConfigDecoder
    let values: [String: ConfigNode]
    let use: DecodingSession.MappingUse

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        use.readsAllKeys = true
        return values.keys.sorted().compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
        use.requested.insert(key.stringValue)
        return values[key.stringValue] != nil
    }

    func node(for key: Key) throws -> ConfigNode {
        use.requested.insert(key.stringValue)
        guard let node = values[key.stringValue] else {
            throw decoder.fail("missing required option '\(key.stringValue)' for \(decoder.session.subject)")
        }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        use.requested.insert(key.stringValue)
        return values[key.stringValue]?.isNull ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let node = try node(for: key)
        return try decoder.child(node, key: key).decodeAny(type)
    }

    /// Absent and null keys read as nil; a bad value is reported and also reads as nil, so decoding goes on.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        use.requested.insert(key.stringValue)
        guard let node = values[key.stringValue], !node.isNull else { return nil }
        do {
            return try decoder.child(node, key: key).decodeAny(type)
        } catch let failure as ConfigDecodingFailure {
            decoder.session.diagnostics.append(failure.diagnostic)
        } catch let error as ConfigError {
            decoder.session.diagnostics += error.diagnostics
        } catch let error as DecodingError {
            decoder.session.diagnostics.append(decoder.session.diagnostic(for: error, root: node))
        }
        return nil
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try decoder.child(node(for: key), key: key).decodeBool()
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try decoder.child(node(for: key), key: key).scalarText("a string")
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try decoder.child(node(for: key), key: key).decodeInteger(Int.self)
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try decoder.child(node(for: key), key: key).decodeFloat(Double.self)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder.child(node(for: key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(node(for: key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder.child(node(for: key), key: key) }
}

struct UnkeyedConfigContainer: UnkeyedDecodingContainer {
    let decoder: ConfigDecoder
    let items: [ConfigNode]
    var currentIndex = 0

    init(decoder: ConfigDecoder, items: [ConfigNode]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> ConfigDecoder {
        guard !isAtEnd else { throw decoder.fail("list has too few items") }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], key: AnyCodingKey(intValue: currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeAny(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct SingleValueConfigContainer: SingleValueDecodingContainer {
    let decoder: ConfigDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.node.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool() }
    func decode(_ type: String.Type) throws -> String { try decoder.scalarText("a string") }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeFloat(Double.self) }
    func decode(_ type: Float.Type) throws -> Float { try decoder.decodeFloat(Float.self) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decodeInteger(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decodeInteger(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decodeInteger(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decodeInteger(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.decodeInteger(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decodeInteger(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decodeInteger(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decodeInteger(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decodeInteger(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeAny(type) }
}

/// A decoded option value together with its node, so a stage can point diagnostics at it (or at a position inside
/// it, like the offset of a regex error).
public struct Located<Value: Decodable & Sendable>: Decodable, Sendable {
    /// The decoded value.
    public var value: Value
    /// The node it was decoded from (nil when decoded from something other than a pipeline file).
    public var node: ConfigNode?

    /// Wraps a value that did not come from a file.
    public init(_ value: Value) {
        self.value = value
        self.node = nil
    }

    /// Decodes the value and keeps its node.
    public init(from decoder: any Decoder) throws {
        if let configDecoder = decoder as? ConfigDecoder {
            self.node = configDecoder.node
            self.value = try configDecoder.decodeAny(Value.self)
        } else {
            self.node = nil
            self.value = try Value(from: decoder)
        }
    }

    /// The value's position, if known.
    public var location: SourceLocation { node?.location ?? .unknown() }

    /// An error diagnostic at the value (or at a byte offset inside a scalar value).
    public func error(_ message: String, valueOffset: Int? = nil) -> Diagnostic {
        guard let node else { return Diagnostic(at: .unknown(), message) }
        guard let valueOffset else { return node.error(message) }
        let location = node.location(ofValueOffset: valueOffset)
        return node.source.diagnostic(at: location, message)
    }
}

/// An option that takes one value or a list of values (`file: a.txt` or `file: [a.txt, b.txt]`).
public struct OneOrMany<Element: Decodable & Sendable>: Decodable, Sendable {
    /// The values, one or more.
    public var values: [Element]

    /// No values.
    public init() { values = [] }

    /// Decodes a single value or a list.
    public init(from decoder: any Decoder) throws {
        if let configDecoder = decoder as? ConfigDecoder, configDecoder.node.items == nil {
            values = [try configDecoder.decodeAny(Element.self)]
        } else if let configDecoder = decoder as? ConfigDecoder {
            values = try [Element](from: configDecoder)
        } else if let single = try? decoder.singleValueContainer().decode(Element.self) {
            values = [single]
        } else {
            values = try [Element](from: decoder)
        }
    }
}
