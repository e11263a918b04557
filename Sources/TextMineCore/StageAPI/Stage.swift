/// A pipeline stage: one step of a pipeline file, built once from its options and then applied to every document.
///
/// Every stage, built-in or plugin, conforms to this protocol and is registered by its type (see
/// ``StageRegistry``); the core knows no stage by name.
///
/// ## Implementation requirements
/// - `init(options:context:)` does all the setup: compile patterns, load lists and lexicons, and throw a
///   ``ConfigError`` pointing at the offending option for anything wrong. After it returns the stage must not fail
///   for configuration reasons.
/// - The instance is shared by every worker thread, so it is immutable (`Sendable`). Per-thread scratch space
///   (PCRE2 match data, buffers) lives in thread-local caches, never in the stage value.
/// - `process(_:)` looks only at the one document it is given, adds to the layers the stage declares in
///   ``StageDescriptor/produces`` and leaves the others alone, and keeps every span inside the text and on UTF-8
///   scalar boundaries. Throwing fails that document only; the batch goes on.
public protocol Stage: Sendable {
    /// The stage's options, decoded from its entry in the pipeline file.
    associatedtype Options: StageOptions

    /// The stage's name, summary, layers and option documentation.
    static var descriptor: StageDescriptor { get }

    /// Builds the stage: all setup happens here.
    ///
    /// - Throws: ``ConfigError`` (with the position of the bad option) for configuration problems.
    init(options: Options, context: StageContext) throws

    /// Adds this stage's annotations to one document.
    ///
    /// - Throws: Any error; it is reported for this document (in `failures.jsonl`) and the run continues.
    func process(_ document: inout Document) throws

    /// The layers this configured instance needs; defaults to the descriptor's.
    var consumes: [Layer] { get }

    /// The layers this configured instance adds; defaults to the descriptor's.
    var produces: [Layer] { get }
}

extension Stage {
    /// The descriptor's consumed layers.
    public var consumes: [Layer] { Self.descriptor.consumes }

    /// The descriptor's produced layers.
    public var produces: [Layer] { Self.descriptor.produces }
}

/// The options of a stage: decoded from YAML with positions, unknown keys rejected.
///
/// Write options as a `Decodable` struct whose `init(from:)` reads each key with `decodeIfPresent` and falls back
/// to a default, so every key is optional:
/// ```swift
/// struct Options: StageOptions {
///     var maxLength = 60
///     init() {}
///     init(from decoder: any Decoder) throws {
///         let container = try decoder.container(keyedBy: CodingKeys.self)
///         maxLength = try container.decode(Int.self, forKey: .maxLength, default: 60)
///     }
/// }
/// ```
/// Keys that the type never asks for are reported as unknown, with a suggestion.
public protocol StageOptions: Decodable, Sendable {}

/// The options of a stage that takes none.
public struct NoOptions: StageOptions, Equatable {
    /// Creates the empty options.
    public init() {}

    /// Decodes an empty mapping (any key in it is reported as unknown).
    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: AnyCodingKey.self)
    }
}

/// A coding key made from any string or integer.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    /// The key's string value.
    public let stringValue: String
    /// The key's integer value, for sequence positions.
    public let intValue: Int?

    /// Creates a key from a string.
    public init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    /// Creates a key from a position.
    public init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// Creates a key from a string.
    public init(_ string: String) { self.init(stringValue: string) }
}

extension KeyedDecodingContainer {
    /// Decodes an optional key, falling back to `defaultValue` when it is absent or null.
    public func decode<T: Decodable>(_ type: T.Type, forKey key: Key, default defaultValue: T) throws -> T {
        try decodeIfPresent(type, forKey: key) ?? defaultValue
    }
}
